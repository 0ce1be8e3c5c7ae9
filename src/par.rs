//! Data parallelism in one place: with the `parallel` feature the maps run on rayon's pool,
//! without it they run in order on the calling thread. Either way the output keeps the
//! input's order, so results do not depend on the feature.

#[cfg(feature = "parallel")]
use rayon::prelude::*;

/// `items` mapped by `f`, in order.
#[cfg(feature = "parallel")]
pub(crate) fn map_vec<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync + Send) -> Vec<U> {
    items.into_par_iter().map(f).collect()
}

/// `items` mapped by `f`, in order.
#[cfg(not(feature = "parallel"))]
pub(crate) fn map_vec<T, U>(items: Vec<T>, f: impl Fn(T) -> U) -> Vec<U> {
    items.into_iter().map(f).collect()
}

/// Each item of `items` mapped by `f`, in order.
#[cfg(feature = "parallel")]
pub(crate) fn map_slice<'a, T: Sync, U: Send>(
    items: &'a [T],
    f: impl Fn(&'a T) -> U + Sync + Send,
) -> Vec<U> {
    items.par_iter().map(f).collect()
}

/// Each item of `items` mapped by `f`, in order.
#[cfg(not(feature = "parallel"))]
pub(crate) fn map_slice<'a, T, U>(items: &'a [T], f: impl Fn(&'a T) -> U) -> Vec<U> {
    items.iter().map(f).collect()
}

/// `0..n` mapped by `f`, in order.
#[cfg(feature = "parallel")]
pub(crate) fn map_range<U: Send>(n: usize, f: impl Fn(usize) -> U + Sync + Send) -> Vec<U> {
    (0..n).into_par_iter().map(f).collect()
}

/// `0..n` mapped by `f`, in order.
#[cfg(not(feature = "parallel"))]
pub(crate) fn map_range<U>(n: usize, f: impl Fn(usize) -> U) -> Vec<U> {
    (0..n).map(f).collect()
}
