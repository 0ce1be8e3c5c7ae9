//! The one data model of the output. HTML and Markdown are templates over its
//! serialisation; JSON is the same serialisation. Templates only show what is here.

use serde::Serialize;

use crate::english::GlossItem;
use crate::summarize::ScoreParts;

/// The version of the JSON shapes; bumped only when a field is renamed or removed.
pub const SCHEMA_VERSION: u32 = 1;

/// A briefing: one or more stories, each from one or more sources.
#[derive(Debug, Clone, Serialize)]
pub struct Briefing {
    /// The JSON shape's version.
    pub schema: u32,
    /// A title for the whole document.
    pub title: String,
    /// The tool that made it.
    pub tool: Tool,
    /// The stories, most important first.
    pub stories: Vec<Story>,
    /// Every term of every story, with counts: the glossary of the briefing.
    pub glossary: Vec<TermUse>,
    /// The title in English, when a translator is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title_translation: Option<String>,
}

/// Name and version of the tool.
#[derive(Debug, Clone, Serialize)]
pub struct Tool {
    /// `muhtasari`.
    pub name: String,
    /// The crate version.
    pub version: String,
}

impl Default for Tool {
    fn default() -> Self {
        Tool {
            name: env!("CARGO_PKG_NAME").to_string(),
            version: env!("CARGO_PKG_VERSION").to_string(),
        }
    }
}

/// One story: what several sources (or one) say about the same event.
#[derive(Debug, Clone, Serialize)]
pub struct Story {
    /// Its headline: the best title among its sources, or its top sentence.
    pub headline: String,
    /// The sources it is drawn from.
    pub sources: Vec<SourceRef>,
    /// The key sentences, in reading order, each beside its English side.
    pub sentences: Vec<KeySentence>,
    /// The glossary terms found in the story's sentences.
    pub terms: Vec<TermUse>,
    /// The headline's translation, when a translator gave one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub headline_translation: Option<Translation>,
    /// The story's most telling names and terms in English, from the gloss of its key
    /// sentences ("Central Bank · interest rate · inflation"): a scanning aid, not a
    /// translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic_en: Option<String>,
    /// Why the story stands where it does in a daily briefing (absent for a single story).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub importance: Option<Importance>,
}

/// A story's importance in a daily briefing, and the reason in words.
#[derive(Debug, Clone, Serialize)]
pub struct Importance {
    /// 1 for the day's most important story.
    pub rank: usize,
    /// The score stories are ordered by.
    pub score: f64,
    /// How many articles tell it.
    pub sources: usize,
    /// How many distinct outlets (or files, when the outlet is unknown).
    pub outlets: usize,
    /// Its newest article's date.
    pub newest: Option<String>,
    /// 1 for the day's latest date, less for older ones, 0 without a date.
    pub recency: f64,
    /// Distinct glossary terms in its key sentences.
    pub glossary_terms: usize,
    /// The reason, e.g. `3 sources from 2 outlets; newest 2025-05-14 (the day's latest); 5
    /// glossary terms`.
    pub why: String,
}

impl From<crate::stories::Rank> for Importance {
    /// The rank's numbers, with the reason in words (`2 sources from 2 outlets; newest
    /// 2025-05-14 (the day's latest); 22 glossary terms`); `rank` is set once stories are
    /// ordered.
    fn from(r: crate::stories::Rank) -> Self {
        let plural = |n: usize, one: &str, many: &str| {
            if n == 1 {
                format!("{n} {one}")
            } else {
                format!("{n} {many}")
            }
        };
        let when = match (&r.newest, r.days_old) {
            (Some(d), Some(0)) => format!("newest {d} (the day's latest)"),
            (Some(d), Some(k)) => format!(
                "newest {d} ({} before the latest)",
                plural(k as usize, "day", "days")
            ),
            _ => "no date".to_string(),
        };
        let why = format!(
            "{} from {}; {}; {}",
            plural(r.sources, "source", "sources"),
            plural(r.outlets, "outlet", "outlets"),
            when,
            plural(r.glossary_terms, "glossary term", "glossary terms"),
        );
        Importance {
            rank: 0,
            score: r.score,
            sources: r.sources,
            outlets: r.outlets,
            newest: r.newest,
            recency: r.recency,
            glossary_terms: r.glossary_terms,
            why,
        }
    }
}

/// Where an article came from.
#[derive(Debug, Clone, Serialize)]
pub struct SourceRef {
    /// Short id (file stem), used by sentences to name their source.
    pub id: String,
    /// The article's title.
    pub title: Option<String>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The file read.
    pub path: String,
    /// The original's address, when it may be a link (`http`, `https` or relative).
    pub url: Option<String>,
    /// An address that may not be a link (`javascript:`, `data:`, …): shown as text only.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url_text: Option<String>,
    /// Publication date.
    pub date: Option<String>,
}

/// A picked sentence with its English side.
#[derive(Debug, Clone, Serialize)]
pub struct KeySentence {
    /// The Swahili sentence.
    pub text: String,
    /// First byte in its source's text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Its index among its source's sentences.
    pub index: usize,
    /// Its score.
    pub score: f64,
    /// The id of its source.
    pub source: String,
    /// Every source that said the same (its own first).
    pub sources: Vec<String>,
    /// What the score is made of.
    pub why: ScoreParts,
    /// Everything recognised in it, with English.
    pub gloss: Vec<GlossItem>,
    /// The sentence cut into plain and recognised pieces, for highlighting.
    pub pieces: Vec<Piece>,
    /// A real translation, only when one exists.
    pub translation: Option<Translation>,
    /// The sentence before it in its article (context for a translation engine; not
    /// serialised).
    #[serde(skip)]
    pub previous: Option<String>,
}

/// A piece of a sentence: plain text, or a recognised item with its English.
#[derive(Debug, Clone, Serialize)]
pub struct Piece {
    /// The Swahili text of the piece.
    pub text: String,
    /// Its English, when recognised.
    pub en: Option<String>,
    /// What it is, when recognised (`term`, `name`, `number`, …).
    pub kind: Option<String>,
    /// For a verb: its Leipzig-style segments and glosses (`wa-li-saini / 3PL-PST-sign`),
    /// shown on hover in the HTML briefing.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interlinear: Option<String>,
}

/// A translation and where it came from. A gloss is never one.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Translation {
    /// The English.
    pub text: String,
    /// `translation-memory` (a human translation the user keeps) or `machine` (a
    /// translation engine the user configured).
    pub origin: String,
    /// Which memory file, or the engine's host or program name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    /// For machine translation: `openai`, `libretranslate` or `command`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub engine: Option<String>,
    /// For machine translation: the model, when the engine names one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// For a translation-memory match: 1.0 exact (after normalisation), less when fuzzy.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub similarity: Option<f64>,
    /// For a fuzzy match: the Swahili segment of the memory that matched, which differs from
    /// the sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched: Option<String>,
    /// For machine translation: what the check against the Swahili found.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qa: Option<QaReport>,
}

/// The check of a machine translation against its Swahili.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QaReport {
    /// The problems found (empty: all agree).
    pub issues: Vec<QaFinding>,
    /// Whether the translation was asked for again after a first check found an error.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub retried: bool,
}

/// One problem the check found (the output's copy of the check's issue, so this model
/// depends on no computing module).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QaFinding {
    /// Which check found it (`numbers`, `terms`, `negation`, …).
    pub check: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// What is wrong, in words.
    pub message: String,
    /// The Swahili bytes it concerns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sw_span: Option<std::ops::Range<usize>>,
    /// The English bytes it concerns.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en_span: Option<std::ops::Range<usize>>,
}

/// A glossary term as used in a story or briefing.
#[derive(Debug, Clone, Serialize)]
pub struct TermUse {
    /// The entry's id.
    pub id: String,
    /// Its head form.
    pub sw: String,
    /// Its English.
    pub en: String,
    /// Part of speech.
    pub pos: String,
    /// Noun class, when a noun.
    pub class: Option<String>,
    /// The translator's note.
    pub note: Option<String>,
    /// How often it was found.
    pub count: usize,
    /// The forms found, as written.
    pub forms: Vec<String>,
}

/// Cuts `text` (which starts at byte `offset` of its source) into pieces at the gloss
/// items' spans.
pub fn pieces(text: &str, offset: usize, gloss: &[GlossItem]) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut at = 0;
    for item in gloss {
        let (s, e) = (item.start - offset, item.end - offset);
        if s < at || e > text.len() {
            continue;
        }
        if s > at {
            out.push(Piece {
                text: text[at..s].to_string(),
                en: None,
                kind: None,
                interlinear: None,
            });
        }
        out.push(Piece {
            text: text[s..e].to_string(),
            en: Some(item.en.clone()),
            kind: Some(item.kind.as_str().to_string()),
            interlinear: item.interlinear.clone(),
        });
        at = e;
    }
    if at < text.len() {
        out.push(Piece {
            text: text[at..].to_string(),
            en: None,
            kind: None,
            interlinear: None,
        });
    }
    out
}
