//! Translation QA: checks an English text against its Swahili — approved terms in any
//! inflection, numbers as values, dates and Swahili clock times, names, negation, words left
//! untranslated, empty or copied targets, length — on the same analysis as the gloss (the
//! glossary matcher, the English side's recognisers, the morphology). It does not know
//! where the English came from, and it does not translate.

mod assoc;
mod config;
mod consistency;
mod dates;
mod lexicon;
mod model;
mod names;
mod negation;
mod numbers;
pub mod read;
pub mod report;
mod source;
mod stem;
mod surface;
mod target;
mod terms;

use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::english::Date;
use crate::pipeline::Pipeline;

pub use assoc::keys as assoc_keys;
pub use consistency::consistency;
pub use model::FEATURES;
pub use read::{Format, Segment, read_file, read_pairs};
pub use report::Report;

/// How much an issue matters.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never a fault.
    Info,
    /// Worth a look.
    #[default]
    Warning,
    /// Very likely a fault of the translation.
    Error,
}

impl Severity {
    /// Its name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl FromStr for Severity {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s.trim() {
            "info" => Ok(Severity::Info),
            "warning" => Ok(Severity::Warning),
            "error" => Ok(Severity::Error),
            other => Err(format!("unknown severity {other:?} (info, warning, error)")),
        }
    }
}

/// A check: its stable id is its lower-case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CheckId {
    /// A glossary term's approved English is missing, or an `avoid` rendering is used.
    Terms,
    /// A number (digits or Swahili words, scales, fractions, money, percent) differs.
    Numbers,
    /// A date, month, weekday, year or clock time differs.
    Dates,
    /// A name of the Swahili is missing from the English.
    Names,
    /// Negation on one side only.
    Negation,
    /// Swahili words left in the English.
    Untranslated,
    /// An empty English side.
    Empty,
    /// An English side identical to the Swahili.
    Same,
    /// A length ratio far from the usual one.
    Length,
    /// One source translated two ways, or one term rendered with different variants.
    Consistency,
}

impl CheckId {
    /// Every check, in report order.
    pub const ALL: [CheckId; 10] = [
        CheckId::Terms,
        CheckId::Numbers,
        CheckId::Dates,
        CheckId::Names,
        CheckId::Negation,
        CheckId::Untranslated,
        CheckId::Empty,
        CheckId::Same,
        CheckId::Length,
        CheckId::Consistency,
    ];

    /// The stable id.
    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::Terms => "terms",
            CheckId::Numbers => "numbers",
            CheckId::Dates => "dates",
            CheckId::Names => "names",
            CheckId::Negation => "negation",
            CheckId::Untranslated => "untranslated",
            CheckId::Empty => "empty",
            CheckId::Same => "same",
            CheckId::Length => "length",
            CheckId::Consistency => "consistency",
        }
    }
}

impl fmt::Display for CheckId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for CheckId {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        CheckId::ALL
            .into_iter()
            .find(|c| c.as_str() == s.trim())
            .ok_or_else(|| {
                let names: Vec<&str> = CheckId::ALL.iter().map(|c| c.as_str()).collect();
                format!("unknown check {s:?} (one of: {})", names.join(", "))
            })
    }
}

/// One finding about a segment pair.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// Which check found it.
    pub check: CheckId,
    /// How much it matters.
    pub severity: Severity,
    /// What is wrong, in the reader's words.
    pub message: String,
    /// The Swahili bytes it concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sw_span: Option<Range<usize>>,
    /// The English bytes it concerns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en_span: Option<Range<usize>>,
}

impl Issue {
    pub(crate) fn new(check: CheckId, severity: Severity, message: String) -> Self {
        Issue {
            check,
            severity,
            message,
            sw_span: None,
            en_span: None,
        }
    }

    pub(crate) fn sw(mut self, span: Range<usize>) -> Self {
        self.sw_span = Some(span);
        self
    }

    pub(crate) fn en(mut self, span: Range<usize>) -> Self {
        self.en_span = Some(span);
        self
    }
}

/// Which checks run, at what severity, and what the file knows.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Checks that do not run.
    pub skip: Vec<CheckId>,
    /// Severity overrides per check.
    pub severity: HashMap<CheckId, Severity>,
    /// The document's date: relative days (`jana`, `leo`) are resolved against it.
    pub date: Option<Date>,
}

impl Options {
    /// Whether `check` runs.
    pub fn runs(&self, check: CheckId) -> bool {
        !self.skip.contains(&check)
    }
}

/// Checks the English `en` against the Swahili `sw` with every check and its default
/// severity. Spans are byte ranges into `sw` and `en`.
pub fn check(sw: &str, en: &str, pipeline: &Pipeline) -> Vec<Issue> {
    check_with(sw, en, pipeline, &Options::default())
}

/// [`check`] with options: checks skipped, severities overridden, a document date.
pub fn check_with(sw: &str, en: &str, pipeline: &Pipeline, options: &Options) -> Vec<Issue> {
    let out = run(sw, en, pipeline, options, |out, pair, cov| {
        model::grade(out, pair, cov)
    });
    finish(out, options)
}

/// Every issue with its own check's severity (before the model grades it) and its feature
/// vector (named by [`FEATURES`]): what `eval/qa_train.py` learns from.
pub fn candidates(sw: &str, en: &str, pipeline: &Pipeline) -> Vec<(Issue, Vec<f64>)> {
    let mut xs = Vec::new();
    let out = run(sw, en, pipeline, &Options::default(), |out, pair, cov| {
        xs = model::features(out, pair, cov)
    });
    let mut xs = xs.into_iter().map(|x| x.to_vec());
    out.into_iter()
        .map(|i| (i, xs.next().unwrap_or_default()))
        .collect()
}

/// Runs the checks; `then` sees their issues with the pair and the terms' alignment.
fn run(
    sw: &str,
    en: &str,
    pipeline: &Pipeline,
    options: &Options,
    then: impl FnOnce(&mut [Issue], &Pair, &model::Coverage),
) -> Vec<Issue> {
    let mut out = Vec::new();
    if surface::empty_or_same(sw, en, pipeline, &mut out) {
        return out;
    }
    let src = source::Source::read(sw, pipeline, options.date);
    let tgt = target::Target::read(en);
    let pair = Pair {
        sw,
        en,
        src: &src,
        tgt: &tgt,
        pipeline,
    };
    let runs = |c| options.runs(c);
    let mut cov = model::Coverage::default();
    if runs(CheckId::Terms) {
        cov = terms::check(&pair, &mut out);
    }
    if runs(CheckId::Numbers) {
        numbers::check(&pair, &mut out);
    }
    if runs(CheckId::Dates) {
        dates::check(&pair, &mut out);
    }
    if runs(CheckId::Names) {
        names::check(&pair, &mut out);
    }
    if runs(CheckId::Negation) {
        negation::check(&pair, &mut out);
    }
    if runs(CheckId::Untranslated) {
        surface::untranslated(&pair, &mut out);
    }
    if runs(CheckId::Length) {
        surface::length(&pair, &mut out);
    }
    then(&mut out, &pair, &cov);
    out
}

fn finish(mut out: Vec<Issue>, options: &Options) -> Vec<Issue> {
    out.retain(|i| options.runs(i.check));
    for i in &mut out {
        if let Some(s) = options.severity.get(&i.check) {
            i.severity = *s;
        }
    }
    out
}

/// What every check reads: both sides and their analyses.
pub(crate) struct Pair<'a> {
    pub sw: &'a str,
    pub en: &'a str,
    pub src: &'a source::Source,
    pub tgt: &'a target::Target,
    pub pipeline: &'a Pipeline,
}
