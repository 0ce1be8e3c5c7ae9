//! The glossary's data model: the YAML a terminologist writes, and the checked [`Entry`]
//! the matcher and the English side use.

use serde::{Deserialize, Serialize};

use crate::morph::NounClass;

/// Part of speech of an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Pos {
    /// A noun; `class` gives its forms.
    Noun,
    /// A verb; `sw` is its stem with final vowel.
    Verb,
    /// An adjective.
    Adjective,
    /// An adverb.
    Adverb,
    /// Several words.
    Phrase,
    /// A name of a country, body, place or institution.
    Name,
}

impl Pos {
    /// The part of speech as the YAML writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Pos::Noun => "noun",
            Pos::Verb => "verb",
            Pos::Adjective => "adjective",
            Pos::Adverb => "adverb",
            Pos::Phrase => "phrase",
            Pos::Name => "name",
        }
    }
}

/// Whether a term is approved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The approved term.
    #[default]
    Preferred,
    /// Acceptable.
    Admitted,
    /// Avoid in new text.
    Deprecated,
    /// Wrong.
    Forbidden,
    /// Proposed by `glossary candidates`, not reviewed yet: lint says what is left to do.
    Candidate,
}

/// One example sentence and the form in it the entry must match.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The sentence.
    pub text: String,
    /// The exact substring that must be found as this entry.
    #[serde(rename = "match")]
    pub expect: String,
    /// For verbs: the polarity the hit must report (`affirmative`, `negative`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub polarity: Option<crate::morph::Polarity>,
    /// For verbs: the tense the hit must report (`past`, `perfect`, `future`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tense: Option<crate::morph::Tense>,
    /// For entries with senses: the English of the sense the hit must choose (the entry's
    /// own `en` when no cue may fire).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sense: Option<String>,
}

/// A sense of an entry other than its own English, chosen when one of its cues stands
/// around the term: `shaba` is copper, but bronze after `medali ya`. Cues are folded words;
/// a word ending in `*` stands for any word it begins (`ku*`: an infinitive).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sense {
    /// The English of this sense.
    pub en: String,
    /// The English of its plural, when not the regular plural of `en`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plural_en: Option<String>,
    /// Words or phrases right before the term (`chini ya` + ulinzi: custody); `"."` stands
    /// for the start of a sentence.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub before: Vec<String>,
    /// Words or phrases right after the term (aliongeza + `kuwa`: added that); `"."` stands
    /// for the end of a sentence (`…, aliongeza.`: he added).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
    /// Words or phrases anywhere within a few words in the same sentence (`medali`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub near: Vec<String>,
    /// Why, for translators.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Where a sense cue must stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CuePlace {
    /// Right before the term.
    Before,
    /// Right after the term.
    After,
    /// Within a few words, in the same sentence.
    Near,
}

impl CuePlace {
    /// The place as the YAML writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            CuePlace::Before => "before",
            CuePlace::After => "after",
            CuePlace::Near => "near",
        }
    }
}

impl Sense {
    /// Every cue of the sense with its place, in a fixed order (before, after, near): a
    /// [`crate::glossary::SenseChoice`] names a cue by its index here.
    pub fn cues(&self) -> impl Iterator<Item = (CuePlace, &str)> {
        fn tag(place: CuePlace, v: &[String]) -> impl Iterator<Item = (CuePlace, &str)> {
            v.iter().map(move |c| (place, c.as_str()))
        }
        tag(CuePlace::Before, &self.before)
            .chain(tag(CuePlace::After, &self.after))
            .chain(tag(CuePlace::Near, &self.near))
    }
}

/// An entry as written in YAML.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEntry {
    pub id: serde_saphyr::Spanned<String>,
    pub sw: String,
    pub pos: Pos,
    #[serde(default)]
    pub class: Option<String>,
    pub en: String,
    #[serde(default)]
    pub alt: Vec<String>,
    #[serde(default)]
    pub plural_en: Option<String>,
    #[serde(default)]
    pub plural: Option<Vec<String>>,
    #[serde(default)]
    pub animate: bool,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub forms: Vec<String>,
    #[serde(default)]
    pub negative_forms: Vec<String>,
    #[serde(default)]
    pub locative: bool,
    #[serde(default)]
    pub note: Option<String>,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub not: Vec<String>,
    #[serde(default)]
    pub avoid: Vec<String>,
    #[serde(default)]
    pub examples: Vec<Example>,
    #[serde(default)]
    pub senses: Vec<Sense>,
    #[serde(default)]
    pub needs_cue: bool,
}

/// A glossary file as written in YAML.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawFile {
    pub domain: String,
    #[serde(default)]
    pub entries: Vec<RawEntry>,
}

/// Where an entry was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Origin {
    /// The file (embedded files are named `glossary/<name>.yaml`).
    pub file: String,
    /// The line of the entry's `id`.
    pub line: usize,
    /// The column of the entry's `id`.
    pub column: usize,
}

/// A checked glossary entry.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// Stable identifier.
    pub id: String,
    /// Head form.
    pub sw: String,
    /// Part of speech.
    pub pos: Pos,
    /// Noun class (nouns and noun-headed phrases).
    pub class: Option<NounClass>,
    /// Preferred English.
    pub en: String,
    /// Other acceptable English.
    pub alt: Vec<String>,
    /// English of the plural when it differs in meaning (`vikwazo`: sanctions) or is not
    /// the regular English plural of `en`, which is shown otherwise.
    pub plural_en: Option<String>,
    /// Plurals given by hand; they replace the generated plural (irregular nouns). `Some`
    /// of an empty list: the noun has no plural form of its own.
    pub plural: Option<Vec<String>>,
    /// Whether words after the head agree like a person (class 1/2 concords).
    pub animate: bool,
    /// Surface forms listed by hand.
    pub forms: Vec<String>,
    /// Forms (of `forms`) that are negated.
    pub negative_forms: Vec<String>,
    /// Whether the locative `-ni` form is generated.
    pub locative: bool,
    /// A note for translators.
    pub note: Option<String>,
    /// Approval status.
    pub status: Status,
    /// Where usage differs (TZ, KE).
    pub region: Option<String>,
    /// Where the translation is attested.
    pub source: Option<String>,
    /// Look-alike forms of another concept.
    pub not: Vec<String>,
    /// English renderings that are wrong for this entry (`muhtasari check` reports them).
    pub avoid: Vec<String>,
    /// Example sentences.
    pub examples: Vec<Example>,
    /// Other senses, each chosen by cue words around the term.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub senses: Vec<Sense>,
    /// The entry's own English is too often wrong when no sense cue fires: the gloss then
    /// leaves the term out rather than guess (`glossary find` still reports it).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub needs_cue: bool,
    /// The domain (the file's `domain`).
    pub domain: String,
    /// Where it was written.
    #[serde(skip)]
    pub origin: Origin,
}
