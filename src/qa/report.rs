//! Reports of a checked file: the per-segment results, the summary, and the three shapes
//! they are written in — compiler-style text, JSON, and a self-contained HTML page.

use serde::Serialize;

use super::read::Segment;
use super::{Issue, Severity};

/// One checked segment.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    /// Its position in the file.
    pub index: usize,
    /// The line it starts on.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Its id in the file.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The Swahili.
    pub sw: String,
    /// The English.
    pub en: String,
    /// What was found (accepted checks left out).
    pub issues: Vec<Issue>,
    /// Issues a reviewer accepted.
    #[serde(skip_serializing_if = "is_zero")]
    pub accepted: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// Counts over a report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    /// Segments checked.
    pub segments: usize,
    /// Segments with at least one error.
    pub with_errors: usize,
    /// Issues by severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Infos.
    pub infos: usize,
    /// Issues accepted by a reviewer (not counted above).
    pub accepted: usize,
    /// Issues per check id.
    pub by_check: std::collections::BTreeMap<String, usize>,
}

/// A checked file.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The file as named on the command line.
    #[serde(skip)]
    pub file: String,
    /// The segments, in input order.
    pub segments: Vec<Checked>,
    /// The counts.
    pub summary: Summary,
}

impl Report {
    /// A report from segments and their issues, acceptances applied.
    pub fn new(file: &str, segs: &[Segment], issues: Vec<Vec<Issue>>) -> Report {
        let mut summary = Summary::default();
        let mut out = Vec::new();
        for (s, mut list) in segs.iter().zip(issues) {
            let before = list.len();
            if let Some(accepted) = &s.accepted {
                list.retain(|i| !(accepted.is_empty() || accepted.contains(&i.check)));
            }
            let accepted = before - list.len();
            summary.accepted += accepted;
            summary.segments += 1;
            if list.iter().any(|i| i.severity == Severity::Error) {
                summary.with_errors += 1;
            }
            for i in &list {
                match i.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                    Severity::Info => summary.infos += 1,
                }
                *summary.by_check.entry(i.check.to_string()).or_default() += 1;
            }
            out.push(Checked {
                index: s.index,
                line: s.line,
                id: s.id.clone(),
                sw: s.sw.clone(),
                en: s.en.clone(),
                issues: list,
                accepted,
            });
        }
        Report {
            file: file.to_string(),
            segments: out,
            summary,
        }
    }

    /// Compiler-style lines: `file:line: error[numbers]: message`, then a summary line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for s in &self.segments {
            let place = match (s.line, &s.id) {
                (Some(l), _) => format!("{}:{l}", self.file),
                (None, Some(id)) => format!("{}#{id}", self.file),
                (None, None) => format!("{}#{}", self.file, s.index + 1),
            };
            for i in &s.issues {
                out.push_str(&format!(
                    "{place}: {}[{}]: {}\n",
                    i.severity.as_str(),
                    i.check,
                    i.message
                ));
            }
        }
        let m = &self.summary;
        out.push_str(&format!(
            "{}: {} segments, {} errors, {} warnings, {} infos{}\n",
            self.file,
            m.segments,
            m.errors,
            m.warnings,
            m.infos,
            if m.accepted > 0 {
                format!(" ({} accepted)", m.accepted)
            } else {
                String::new()
            }
        ));
        out
    }

    /// The JSON shape: `{"segments": [...], "summary": {...}}`.
    pub fn json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|_| "{}".into())
    }
}
