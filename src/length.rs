//! How long a summary should be: a leaf type, so the summariser, the pipeline's builder and
//! the error that names a bad length all use it without importing one another.

/// How long the summary should be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// This many sentences.
    Sentences(usize),
    /// Up to this many words.
    Words(usize),
    /// This share of the sentences (0–1].
    Ratio(f64),
}
