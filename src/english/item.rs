//! The items of a gloss: what each is (term, name, number, date…), its span, its English and
//! where the English came from, and what the gloss may know beyond the sentence.

use serde::Serialize;

use crate::dates::Date;
use crate::glossary::Polarity;
use crate::morph::Tense;

/// What a gloss item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GlossKind {
    /// A glossary term.
    Term,
    /// A name: from the glossary's names, or a person's name passed through.
    Name,
    /// A title before a name (`Dkt.` → Dr) with no name after it.
    Title,
    /// A number.
    Number,
    /// A counted noun: `miaka 24` → 24 years.
    Quantity,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A date, a day, or a year.
    Date,
    /// A clock time.
    Time,
}

impl GlossKind {
    /// The kind's name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            GlossKind::Term => "term",
            GlossKind::Name => "name",
            GlossKind::Title => "title",
            GlossKind::Number => "number",
            GlossKind::Quantity => "quantity",
            GlossKind::Money => "money",
            GlossKind::Percent => "percent",
            GlossKind::Date => "date",
            GlossKind::Time => "time",
        }
    }
}

/// One recognised piece of a sentence and its English.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GlossItem {
    /// First byte in the article's text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The Swahili as written.
    pub sw: String,
    /// Its English.
    pub en: String,
    /// What it is.
    pub kind: GlossKind,
    /// The glossary entry it came from, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// For verbs: affirmative or negative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polarity: Option<Polarity>,
    /// For verbs: the tense its prefix shows, when it reads one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tense: Option<Tense>,
    /// A normalised value: ISO date (`2024-06-20`), 24-hour time (`09:00`), number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// How it was read, when a reader should know (Swahili time, a resolved relative day).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For verbs: Leipzig-style segments and glosses, `wa-li-saini / 3PL-PST-sign`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interlinear: Option<String>,
    /// For terms read in one of their entry's senses: the sense and the cue that chose it
    /// (`bronze: cue "medali ya" before`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sense: Option<String>,
}

impl GlossItem {
    pub(super) fn new(text: &str, start: usize, end: usize, en: String, kind: GlossKind) -> Self {
        GlossItem {
            start,
            end,
            sw: text[start..end].to_string(),
            en,
            kind,
            entry: None,
            polarity: None,
            tense: None,
            value: None,
            note: None,
            interlinear: None,
            sense: None,
        }
    }

    pub(super) fn value(mut self, v: impl Into<String>) -> Self {
        self.value = Some(v.into());
        self
    }

    pub(super) fn note(mut self, n: impl Into<String>) -> Self {
        self.note = Some(n.into());
        self
    }
}

/// What the gloss may know beyond the sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GlossContext {
    /// The article's date: `leo`, `jana`, `kesho`, `mwaka jana` are resolved against it.
    pub date: Option<Date>,
}

impl GlossContext {
    /// A context with the article's date as written in its metadata (`2024-06-20…`); an
    /// unreadable date is ignored.
    pub fn with_date(date: Option<&str>) -> Self {
        GlossContext {
            date: date.and_then(Date::parse),
        }
    }
}
