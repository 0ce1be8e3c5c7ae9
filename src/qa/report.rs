//! Reports of a checked file: the per-segment results, the summary, and the three shapes
//! they are written in — compiler-style text, JSON, and a self-contained HTML page.

use serde::Serialize;

use super::read::Segment;
use super::{Issue, Severity};

/// One checked segment: the segment as read (its place, both sides, the markup taken out)
/// and what was found.
#[derive(Debug, Clone, Serialize)]
pub struct Checked {
    /// The segment as the reader gave it.
    #[serde(flatten)]
    pub segment: Segment,
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
                segment: s.clone(),
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
        for c in &self.segments {
            let s = &c.segment;
            let place = match (s.line, &s.id) {
                (Some(l), _) => format!("{}:{l}", self.file),
                (None, Some(id)) => format!("{}#{id}", self.file),
                (None, None) => format!("{}#{}", self.file, s.index + 1),
            };
            for i in &c.issues {
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

/// A piece of a segment's text for the HTML report: marked when an issue points at it.
#[derive(Debug, Clone, Serialize)]
struct Piece {
    text: String,
    /// The severity class of the worst issue on it, when marked.
    #[serde(skip_serializing_if = "Option::is_none")]
    mark: Option<&'static str>,
    title: String,
}

/// Cuts `text` at the issues' spans (from `span_of`), marking each piece with the worst.
fn pieces(
    text: &str,
    issues: &[Issue],
    span_of: impl Fn(&Issue) -> Option<std::ops::Range<usize>>,
) -> Vec<Piece> {
    let spans: Vec<(std::ops::Range<usize>, &Issue)> = issues
        .iter()
        .filter_map(|i| span_of(i).map(|s| (s, i)))
        .filter(|(s, _)| {
            s.start < s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
        })
        .collect();
    let mut cuts: Vec<usize> = vec![0, text.len()];
    for (s, _) in &spans {
        cuts.push(s.start);
        cuts.push(s.end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .map(|w| {
            let on: Vec<&Issue> = spans
                .iter()
                .filter(|(s, _)| s.start <= w[0] && w[1] <= s.end)
                .map(|(_, i)| *i)
                .collect();
            let worst = on.iter().map(|i| i.severity).max();
            Piece {
                text: text[w[0]..w[1]].to_string(),
                mark: worst.map(Severity::as_str),
                title: on
                    .iter()
                    .map(|i| format!("{}: {}", i.check, i.message))
                    .collect::<Vec<_>>()
                    .join("\n"),
            }
        })
        .collect()
}

#[derive(Serialize)]
struct HtmlSegment<'a> {
    #[serde(flatten)]
    seg: &'a Checked,
    sw_pieces: Vec<Piece>,
    en_pieces: Vec<Piece>,
}

const TEMPLATE: &str = include_str!("../../templates/check.html");

impl Report {
    /// A self-contained HTML page: each segment's two sides with the issues' spans
    /// highlighted, and the issues listed (Tera, autoescaped).
    pub fn html(&self) -> crate::error::Result<String> {
        let segments: Vec<HtmlSegment> = self
            .segments
            .iter()
            .map(|s| HtmlSegment {
                seg: s,
                sw_pieces: pieces(&s.segment.sw, &s.issues, |i| i.sw_span.clone()),
                en_pieces: pieces(&s.segment.en, &s.issues, |i| i.en_span.clone()),
            })
            .collect();
        let mut ctx = tera::Context::new();
        ctx.insert("file", &self.file);
        ctx.insert("segments", &segments);
        ctx.insert("summary", &self.summary);
        let err = |e: tera::Error| crate::error::Error::Template {
            name: "check.html".into(),
            message: format!("{e:?}"),
        };
        let mut tera = tera::Tera::new();
        tera.autoescape_on(vec![".html"]);
        tera.add_raw_template("check.html", TEMPLATE).map_err(err)?;
        tera.render("check.html", &ctx).map_err(err)
    }
}
