//! The hook through which every machine translation is checked against its Swahili. The
//! check itself (terms, numbers, dates, names, negation) belongs to the `qa` module; this
//! file only names what the translation side needs of it, so engines stay apart from it.

use serde::Serialize;

use crate::pipeline::Pipeline;

/// One problem a check found in a translation (the shape of `qa::Issue`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QaIssue {
    /// Which check found it (`number`, `term`, `negation`, …).
    pub check: String,
    /// `error` or `warning`.
    pub severity: String,
    /// What is wrong, in words.
    pub message: String,
}

/// Whether an issue is an error (worth a retry).
pub fn is_error(issue: &QaIssue) -> bool {
    issue.severity == "error"
}

/// An issue in words, for a retry's request.
pub fn describe(issue: &QaIssue) -> String {
    format!("{}: {}", issue.check, issue.message)
}

/// Checks a translation against its Swahili.
pub trait Check: Send + Sync {
    /// The problems found in `en` as a translation of `sw` (empty: all agree).
    fn check(&self, sw: &str, en: &str, pipeline: &Pipeline) -> Vec<QaIssue>;
}
