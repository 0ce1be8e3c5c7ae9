//! The hook through which every machine translation is checked against its Swahili: the
//! check itself (terms, numbers, dates, names, negation) is the `qa` module's; this file
//! names what the translation side needs of it, so engines and tests can stand apart from it.

use super::Job;
use crate::pipeline::Pipeline;
use crate::qa::{self, Severity};

/// One problem a check found in a translation.
pub use crate::qa::Issue as QaIssue;

/// Whether an issue is an error (worth a retry).
pub fn is_error(issue: &QaIssue) -> bool {
    issue.severity == Severity::Error
}

/// An issue as the briefing shows it.
pub fn finding(issue: &QaIssue) -> crate::briefing::QaFinding {
    crate::briefing::QaFinding {
        check: issue.check.as_str().to_string(),
        severity: issue.severity.as_str().to_string(),
        message: issue.message.clone(),
        sw_span: issue.sw_span.clone(),
        en_span: issue.en_span.clone(),
    }
}

/// An issue in words, for a retry's request.
pub fn describe(issue: &QaIssue) -> String {
    format!("{}: {}", issue.check, issue.message)
}

/// Checks a translation against its Swahili.
pub trait Check: Send + Sync {
    /// The problems found in `en` as a translation of the job's text (empty: all agree).
    fn check(&self, job: &Job, en: &str, pipeline: &Pipeline) -> Vec<QaIssue>;
}

/// The `qa` module's check with every check at its default severity, relative days
/// resolved against the article's date.
#[derive(Debug, Clone, Copy, Default)]
pub struct QaCheck;

impl Check for QaCheck {
    fn check(&self, job: &Job, en: &str, pipeline: &Pipeline) -> Vec<QaIssue> {
        let options = qa::Options {
            date: job.date.as_deref().and_then(crate::english::Date::parse),
            ..qa::Options::default()
        };
        qa::check_with(&job.text, en, pipeline, &options)
    }
}
