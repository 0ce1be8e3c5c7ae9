//! Import and export for CAT tools: OmegaT's TSV (`source⇥target⇥comment`), CSV with a
//! header, and TBX-Basic. Export says what the target format cannot hold; import writes the
//! glossary YAML of glossary/README.md. CSV and TBX keep every field; TSV keeps the entry
//! (head, English) and the basic fields packed into its comment column. One file per format:
//! [`tsv`], [`csv`], [`tbx`]; [`yaml`] writes what import read.

mod csv;
mod tbx;
mod tsv;
mod yaml;

pub use yaml::to_yaml;

use super::Glossary;
use super::model::{Entry, Example, Status};
use crate::error::Result;
use csv::{export_csv, import_csv};
use tbx::{export_tbx, import_tbx};
use tsv::{export_tsv, import_tsv};

/// A CAT-tool exchange format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeFormat {
    /// OmegaT glossary: `source⇥target⇥comment`, no header, `#` comments.
    Tsv,
    /// Comma-separated, with a header row, every field.
    Csv,
    /// TBX-Basic (ISO 30042) XML.
    Tbx,
}

/// One entry in a flat, format-neutral shape: what is exported and imported.
#[derive(Debug, Clone, Default)]
pub struct Record {
    /// Stable id.
    pub id: String,
    /// Head form.
    pub sw: String,
    /// Part of speech, as written in YAML.
    pub pos: String,
    /// Noun class.
    pub class: Option<String>,
    /// Preferred English.
    pub en: String,
    /// Other English.
    pub alt: Vec<String>,
    /// Note.
    pub note: Option<String>,
    /// Domain.
    pub domain: String,
    /// Status, as written in YAML.
    pub status: String,
    /// Region.
    pub region: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// English of the plural.
    pub plural_en: Option<String>,
    /// Plural override.
    pub plural: Option<Vec<String>>,
    /// Animate agreement.
    pub animate: bool,
    /// Locative opt-in.
    pub locative: bool,
    /// Hand-listed forms.
    pub forms: Vec<String>,
    /// Negative forms.
    pub negative_forms: Vec<String>,
    /// Look-alikes of another concept.
    pub not: Vec<String>,
    /// Examples.
    pub examples: Vec<Example>,
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Preferred => "preferred",
        Status::Admitted => "admitted",
        Status::Deprecated => "deprecated",
        Status::Forbidden => "forbidden",
        Status::Candidate => "candidate",
    }
}

impl From<&Entry> for Record {
    fn from(e: &Entry) -> Self {
        Record {
            id: e.id.clone(),
            sw: e.sw.clone(),
            pos: e.pos.as_str().into(),
            class: e.class.map(|c| c.to_string()),
            en: e.en.clone(),
            alt: e.alt.clone(),
            note: e.note.clone(),
            domain: e.domain.clone(),
            status: status_name(e.status).into(),
            region: e.region.clone(),
            source: e.source.clone(),
            plural_en: e.plural_en.clone(),
            plural: e.plural.clone(),
            animate: e.animate,
            locative: e.locative,
            forms: e.forms.clone(),
            negative_forms: e.negative_forms.clone(),
            not: e.not.clone(),
            examples: e.examples.clone(),
        }
    }
}

/// The result of an export: the file's text and what the format could not hold.
#[derive(Debug, Clone)]
pub struct Exported {
    /// The file's content.
    pub text: String,
    /// One line per kind of loss (`TSV cannot hold forms (12 entries)`).
    pub losses: Vec<String>,
}

const LIST_SEP: &str = " | ";

fn join(v: &[String]) -> String {
    v.join(LIST_SEP)
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

fn one_line(s: &str) -> String {
    s.split(['\t', '\n', '\r'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Exports the glossary.
pub fn export(glossary: &Glossary, format: ExchangeFormat) -> Exported {
    let records: Vec<Record> = glossary.entries.iter().map(Record::from).collect();
    match format {
        ExchangeFormat::Tsv => export_tsv(&records),
        ExchangeFormat::Csv => Exported {
            text: export_csv(&records),
            losses: Vec::new(),
        },
        ExchangeFormat::Tbx => Exported {
            text: export_tbx(&records),
            losses: Vec::new(),
        },
    }
}

/// Reads records from an exchange file's text. `name` is used in error messages.
pub fn import(name: &str, text: &str, format: ExchangeFormat) -> Result<Vec<Record>> {
    let mut records = match format {
        ExchangeFormat::Tsv => import_tsv(name, text)?,
        ExchangeFormat::Csv => import_csv(name, text)?,
        ExchangeFormat::Tbx => import_tbx(name, text)?,
    };
    // Fill what a foreign file may lack: ids from the head word, a part of speech.
    let mut seen = std::collections::HashSet::new();
    for r in &mut records {
        if r.id.is_empty() {
            r.id = slug(&r.sw);
        }
        let base = r.id.clone();
        let mut n = 2;
        while !seen.insert(r.id.clone()) {
            r.id = format!("{base}-{n}");
            n += 1;
        }
        if r.pos.is_empty() || (r.pos == "noun" && r.class.is_none()) {
            r.pos = "phrase".into();
        }
        if r.status.is_empty() {
            r.status = "preferred".into();
        }
        if r.domain.is_empty() {
            r.domain = "imported".into();
        }
    }
    Ok(records)
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let t = out.trim_end_matches('-').to_string();
    if t.is_empty() { "entry".into() } else { t }
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn parse_plural(s: &str) -> Option<Vec<String>> {
    match s.trim() {
        "" => None,
        "-" => Some(Vec::new()),
        v => Some(split_list(v)),
    }
}
