//! Glossary candidates: the terms of a corpus the glossary does not have yet, grouped by
//! lemma (nouns with their class, verbs by stem, recurring multi-word units kept whole),
//! names apart, ranked by keyness against a background, with English proposed from
//! parallel text. It proposes; a terminologist decides (`status: candidate` in YAML).
//!
//! Pipeline: [`units`] marks glossary hits on each segment's words; [`lemma`] chooses each
//! word's lemma by consensus; [`count`] gathers terms; [`align`] proposes English (its word
//! forms in [`enwords`]); [`termhood`] weighs single words by their noun frame and concords;
//! [`background`] holds the keyness background; [`rank`] scores and orders the terms and
//! picks their English; [`output`] writes JSON, TSV or glossary
//! YAML; [`input`] reads parallel files.

pub mod align;
mod background;
mod count;
mod enplurals;
mod enwords;
pub mod input;
mod keep;
pub mod lemma;
mod nonterms;
pub mod output;
mod rank;
mod shapes;
mod termhood;
mod units;

use std::collections::HashMap;

use serde::Serialize;

use crate::glossary::forms::{FormKind, forms};
use crate::glossary::{Glossary, Matcher, Pos};
use crate::morph::NounClass;

pub use crate::glossary::forms::normalise;
pub use align::Proposal;
pub use background::Background;

/// Every form an entry generates (head, plural, locative, hand-listed forms; a verb's
/// stem with its endings), folded: what an exact-form list would have to show.
pub fn entry_forms(e: &crate::glossary::Entry) -> Vec<String> {
    let mut out: Vec<String> = forms(e).into_iter().map(|f| normalise(&f.text)).collect();
    out.push(normalise(&e.sw));
    out
}

/// One segment of input: a sentence of an article, or one side of a parallel pair.
#[derive(Debug, Clone, Default)]
pub struct Segment {
    /// The Swahili.
    pub sw: String,
    /// Its English, for parallel text.
    pub en: Option<String>,
    /// Where it comes from (`file:line`, or the article's id).
    pub source: String,
    /// The document it belongs to (for document counts).
    pub doc: usize,
}

/// Settings of the extraction. [`Options::default`] holds the tuned values.
#[derive(Debug, Clone)]
pub struct Options {
    /// How many candidates to keep (names and missing forms are cut the same).
    pub top: usize,
    /// Fewest occurrences of a candidate.
    pub min_count: usize,
    /// Longest multi-word unit, in words.
    pub max_words: usize,
    /// Group forms by lemma (off: exact forms, the baseline).
    pub lemmatise: bool,
    /// The smoothing constant of the keyness ratio, per million words ("simple maths"):
    /// small favours rare specialised words, large favours frequent ones.
    pub keyness_k: f64,
    /// Multi-word units: the least share of one of its words' occurrences the unit must
    /// account for to be kept whole.
    pub cohesion: f64,
    /// A shorter unit (or single word) mostly seen inside a kept longer one is dropped when
    /// the longer holds at least this share of its occurrences.
    pub subsume: f64,
    /// Longest English n-gram proposed.
    pub en_max_words: usize,
    /// Group English forms (plural `-s`, `-ed`, `-ing`, a possessive `'s`) before aligning.
    pub en_normalise: bool,
    /// Known pairs as anchors: the English of the glossary terms found in a segment is not
    /// proposed for the other words of that segment.
    pub anchors: bool,
    /// How many example segments per candidate.
    pub examples: usize,
    /// With parallel text, how much the best English proposal's Dice weighs in the rank
    /// (0: keyness alone; 1: keyness × Dice). A term with a steady translation is a better
    /// glossary term than a common word translated many ways.
    pub align_weight: f64,
    /// Keyness against the other input documents: the score is multiplied by
    /// (documents / documents holding the term) to this power, so a word spread evenly
    /// over every document (`mtu`, `mwaka`) falls behind one concentrated in a few.
    pub dispersion: f64,
    /// How much a single word's noun frame weighs in the rank: its share of occurrences
    /// governed by a preposition or followed by an agreeing word, to this power (0: off).
    /// Adjectives and adverbs (`kubwa`, `baadaye`) are seldom framed; terms mostly are.
    pub noun_frame: f64,
    /// Rank factor of a word whose forms show an adjective's concords or a `ki-` manner
    /// adverb (1: off).
    pub modifier_penalty: f64,
    /// Cohesion and the Dice below count a word's occurrences outside the glossary's own
    /// multi-word terms only: `kwa sababu` is weighed against the `sababu` it can reach,
    /// not the ones a known `kwa sababu ya` holds.
    pub free_cohesion: bool,
    /// A multi-word unit is also kept whole when the Dice coefficient of its first and
    /// last word's lemmas reaches this (`afya ya umma`: both words are frequent alone);
    /// above 1: off.
    pub unit_dice: f64,
    /// A plural of classes 2, 4 or 8 (`wazawa`, `michezo`) is grouped under its singular
    /// even when the singular is not seen.
    pub lone_plurals: bool,
    /// A word read only as the infinitive of a stem no other word shares (`kupitisha`) is
    /// grouped under that stem.
    pub lone_infinitives: bool,
    /// A passive (`-wa`) or stative (`-ikana`, `-ekana`) verb's English is written as the
    /// glossary writes it: `be known`, `be available`.
    pub passive_be: bool,
    /// In a unit's head, a word after a connective or a verb's object keeps its commonest
    /// form (`kiwango cha vifo`, `osha mikono`) instead of its lemma.
    pub modifiers_as_seen: bool,
    /// A verb mostly seen with the reflexive `ji-` is headed with it (`jitenga`).
    pub reflexive: bool,
    /// Rank factor of a multi-word unit kept whole: a recurring unit is what a
    /// terminologist adds first (`afya ya umma`), though each of its words is counted
    /// more often alone (1: none).
    pub unit_boost: f64,
    /// A single-word noun's English puts a noun before the adjective of the same stem
    /// among its proposals (`taifa`: `nation` before `national`).
    pub noun_english: bool,
    /// A verb's English is shown in its base form (`announce`, not `announced`).
    pub verb_base: bool,
    /// A noun's English is shown in its singular (`camel`, not `camels`).
    pub noun_base: bool,
    /// A verb's English puts proposals the parallel English uses as a verb (inflected
    /// `-ed`/`-ing`, or after a modal) before those it never does (`pumua`: `breathe`
    /// before `respiratory`). The rank still weighs the best Dice.
    pub verb_english: bool,
    /// Fixed function-word phrases are candidates too: reduplications (`mara kwa mara`) and
    /// compound prepositions closing on a connective (`kwa sababu ya`).
    pub fixed_phrases: bool,
    /// English proposals take the glossary's `-ise` spelling when its English writes
    /// `-isation` more than `-ization` (`recognize` → `recognise`).
    pub en_spelling: bool,
    /// Words the grammar says are never terms (`glossary/lang/nonterms.yaml`: modal verbs,
    /// ordinals, invariable adverbs and adjectives) are not single-word candidates.
    pub nonterms: bool,
    /// A multi-word unit neither opens nor closes on a non-term (`dalili zozote`, `joto
    /// jingi`), and no unit runs through a demonstrative, possessive or relative after its
    /// head (`janga hili kubwa`); such agreeing words are no candidates of their own
    /// either (`haya`, `hili`).
    pub grammar_units: bool,
    /// Competitive linking: an English rendering goes to the term with the highest Dice
    /// for it. A term's proposals that another term holds with a Dice above this factor
    /// times its own come after the ones it holds (0: off).
    pub competitive_linking: f64,
    /// Competitive linking within each parallel pair: an English n-gram of a pair counts
    /// only for the term of that pair with the highest Dice for it (`joto jingi mwilini`
    /// takes the pair's "fever" from `mwili`), so a word beside the term's English in the
    /// same sentences falls behind it. A term loses the n-gram only where the linked
    /// term's association is this many times its own (0: off).
    pub pair_linking: f64,
    /// In linking within pairs, an English n-gram that is a verb in the pair (`opened`)
    /// goes to a verb term of the pair before any other term (`fungua`, not `mlango`).
    pub pair_link_verbs: bool,
    /// A proposal gives way to a longer n-gram holding it (`mortality` → `mortality
    /// rate`) seen with the term in at least this share of the proposal's segments
    /// (0: off).
    pub en_phrase_share: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            top: 200,
            min_count: 3,
            max_words: 4,
            lemmatise: true,
            keyness_k: 30.0,
            cohesion: 0.5,
            subsume: 0.6,
            en_max_words: 3,
            en_normalise: true,
            anchors: true,
            examples: 3,
            align_weight: 0.5,
            dispersion: 0.0,
            noun_frame: 1.0,
            modifier_penalty: 0.3,
            unit_dice: 0.1,
            free_cohesion: true,
            lone_plurals: false,
            lone_infinitives: true,
            passive_be: true,
            modifiers_as_seen: true,
            reflexive: true,
            unit_boost: 1.0,
            noun_english: true,
            verb_base: true,
            noun_base: true,
            verb_english: true,
            fixed_phrases: true,
            en_spelling: true,
            nonterms: true,
            competitive_linking: 0.0,
            pair_linking: 1.0,
            pair_link_verbs: true,
            en_phrase_share: 0.85,
            grammar_units: true,
        }
    }
}

impl Options {
    /// The baseline: exact-form n-grams ranked by frequency, Dice on surface English.
    pub fn exact_forms() -> Self {
        Options {
            lemmatise: false,
            keyness_k: 1e12,
            en_normalise: false,
            anchors: false,
            cohesion: 0.0,
            subsume: 1.1,
            align_weight: 0.0,
            dispersion: 0.0,
            noun_frame: 0.0,
            modifier_penalty: 1.0,
            unit_dice: 2.0,
            free_cohesion: false,
            lone_plurals: false,
            lone_infinitives: false,
            passive_be: false,
            modifiers_as_seen: false,
            reflexive: false,
            noun_english: false,
            verb_base: false,
            noun_base: false,
            verb_english: false,
            fixed_phrases: false,
            en_spelling: false,
            nonterms: false,
            competitive_linking: 0.0,
            pair_linking: 0.0,
            pair_link_verbs: false,
            en_phrase_share: 0.0,
            grammar_units: false,
            ..Options::default()
        }
    }
}

/// An example of a candidate in the input.
#[derive(Debug, Clone, Serialize)]
pub struct Seen {
    /// The Swahili segment.
    pub sw: String,
    /// Its English, for parallel text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
    /// Where it comes from.
    pub source: String,
}

/// A proposed glossary term.
#[derive(Debug, Clone, Serialize)]
pub struct Candidate {
    /// The head form as a glossary entry writes it (singular, verb stem, phrase).
    pub sw: String,
    /// The grouping key: the lemma of every word (connectives written `-a`).
    pub lemma: String,
    /// Part of speech, when the forms show it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pos: Option<Pos>,
    /// Noun class, when a class prefix pair was seen.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub class: Option<NounClass>,
    /// The plural the class generates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plural: Option<String>,
    /// The forms seen (folded), most frequent first.
    pub forms: Vec<String>,
    /// Occurrences.
    pub count: usize,
    /// Documents it occurs in.
    pub docs: usize,
    /// Rank score: keyness against the background (higher: more typical of the input),
    /// weighed by the best English proposal's Dice when there is parallel text.
    pub score: f64,
    /// Proposed English, best first.
    pub en: Vec<Proposal>,
    /// Where it was seen.
    pub examples: Vec<Seen>,
    /// The term-ness factor of the rank (noun frame, modifier penalty; 1 for verbs and
    /// units), kept for the rank only.
    #[serde(skip)]
    pub termhood: f64,
    /// Its forms show an adjective's concords or a `ki-` manner adverb.
    #[serde(skip)]
    pub modifier: bool,
}

/// Forms of an existing entry that its grammar does not find.
#[derive(Debug, Clone, Serialize)]
pub struct MissingForm {
    /// The entry's id.
    pub entry: String,
    /// The entry's head.
    pub sw: String,
    /// The forms seen that the matcher does not find.
    pub forms: Vec<String>,
    /// Their occurrences.
    pub count: usize,
}

/// The result of a run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// Common-word terms, best first.
    pub candidates: Vec<Candidate>,
    /// Names (written with a capital inside sentences), most frequent first.
    pub names: Vec<Candidate>,
    /// Forms of existing entries the glossary misses.
    pub missing_forms: Vec<MissingForm>,
    /// Words in the input.
    pub words: usize,
    /// What keyness was measured against.
    pub background: String,
}

/// Finds the candidates of a corpus.
pub fn extract(
    glossary: &Glossary,
    segments: &[Segment],
    background: &Background,
    opts: &Options,
) -> Report {
    let matcher = Matcher::new(glossary);
    let words: Vec<units::Words> =
        crate::par::map_slice(segments, |s| units::words(&s.sw, &matcher));
    let known = Known::new(glossary);
    let mut terms = count::count(segments, &words, &known, opts);
    let total: usize = words.iter().map(|w| w.tokens.len()).sum();
    rank::rank(
        glossary, segments, &words, &mut terms, background, total, opts,
    );
    Report {
        candidates: terms.common,
        names: terms.names,
        missing_forms: terms.missing,
        words: total,
        background: background.name.clone(),
    }
}

/// What the glossary already has: every head and generated form, and the `not` words.
pub(crate) struct Known {
    /// Folded head or form → entry index.
    pub forms: HashMap<String, usize>,
    /// Look-alikes documented under `not`.
    pub not: std::collections::HashSet<String>,
    /// Each entry's id and head.
    pub ids: Vec<String>,
    pub heads: Vec<String>,
    /// Each entry's part of speech.
    pub pos: Vec<Pos>,
}

impl Known {
    fn new(glossary: &Glossary) -> Self {
        let mut k = Known {
            forms: HashMap::new(),
            not: Default::default(),
            ids: glossary.entries.iter().map(|e| e.id.clone()).collect(),
            heads: glossary.entries.iter().map(|e| e.sw.clone()).collect(),
            pos: glossary.entries.iter().map(|e| e.pos).collect(),
        };
        for (i, e) in glossary.entries.iter().enumerate() {
            k.forms.entry(normalise(&e.sw)).or_insert(i);
            // Whole-word forms only: a verb's generated endings (`ambukizi`, negative
            // present of `ambukiza`) are not words of their own.
            for f in forms(e).into_iter().filter(|f| f.kind == FormKind::Words) {
                k.forms.entry(normalise(&f.text)).or_insert(i);
            }
            k.not.extend(e.not.iter().map(|n| normalise(n)));
        }
        k
    }

    /// Whether a lemma is a glossary form of the part of speech a reading needs: a noun
    /// (or phrase) for a plural or locative, a verb for a verb form.
    pub fn fits(&self, lemma: &str, reading: lemma::Reading) -> bool {
        self.forms.get(lemma).is_some_and(|&i| match reading {
            lemma::Reading::Verb => self.pos[i] == Pos::Verb,
            lemma::Reading::Plain => true,
            _ => matches!(self.pos[i], Pos::Noun | Pos::Phrase),
        })
    }
}

#[cfg(test)]
mod tests;
