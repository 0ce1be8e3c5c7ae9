//! A small worker pool: `n` jobs done by at most `workers` threads, results in job order,
//! the first error stopping the rest. Enough for a few concurrent HTTP requests; not a
//! general scheduler.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Runs `f(0..n)` on up to `workers` threads and returns the results in order, or the error
/// of the lowest-numbered job that failed.
pub fn map<T, E, F>(n: usize, workers: usize, f: F) -> Result<Vec<T>, E>
where
    T: Send,
    E: Send,
    F: Fn(usize) -> Result<T, E> + Sync,
{
    let workers = workers.clamp(1, n.max(1));
    if workers == 1 {
        return (0..n).map(&f).collect();
    }
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let slots: Vec<Mutex<Option<Result<T, E>>>> = (0..n).map(|_| Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                while !failed.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    if i >= n {
                        break;
                    }
                    let r = f(i);
                    if r.is_err() {
                        failed.store(true, Ordering::Relaxed);
                    }
                    *slots[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(r);
                }
            });
        }
    });
    let mut out = Vec::with_capacity(n);
    let mut first_err = None;
    for slot in slots {
        match slot.into_inner().unwrap_or_else(|p| p.into_inner()) {
            Some(Ok(t)) => out.push(t),
            Some(Err(e)) => {
                first_err.get_or_insert(e);
            }
            None => {}
        }
    }
    match first_err {
        Some(e) => Err(e),
        None => Ok(out),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_kept_and_first_error_returned() {
        let got: Result<Vec<usize>, ()> = map(50, 4, |i| Ok(i * 2));
        assert_eq!(got.unwrap(), (0..50).map(|i| i * 2).collect::<Vec<_>>());
        let got: Result<Vec<usize>, usize> = map(50, 4, |i| if i == 7 { Err(i) } else { Ok(i) });
        assert_eq!(got.unwrap_err(), 7);
        let none: Result<Vec<u8>, ()> = map(0, 4, |_| Ok(1));
        assert!(none.unwrap().is_empty());
    }
}
