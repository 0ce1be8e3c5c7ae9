//! Glossary candidates: the terms of a corpus the glossary does not have yet, grouped by
//! lemma (nouns with their class, verbs by stem, recurring multi-word units kept whole),
//! names apart, ranked by keyness against a background, with English proposed from
//! parallel text. It proposes; a terminologist decides (`status: candidate` in YAML).
//!
//! Pipeline: [`units`] marks glossary hits on each segment's words; [`lemma`] chooses each
//! word's lemma by consensus; [`count`] gathers terms; [`align`] proposes English (its word
//! forms in [`enwords`]); [`termhood`] weighs single words by their noun frame and concords;
//! [`background`] holds the keyness background; [`output`] writes JSON, TSV or glossary
//! YAML; [`input`] reads parallel files.
//! Just over 400 lines with a reason: the public types of the report and the one `extract`
//! that ties the stages together belong in one place.

pub mod align;
mod background;
mod count;
mod enwords;
pub mod input;
pub mod lemma;
mod nonterms;
pub mod output;
mod shapes;
mod termhood;
mod units;

use std::collections::HashMap;

use serde::Serialize;

use crate::glossary::forms::{FormKind, forms};
use crate::glossary::{Glossary, Matcher, Pos};
use crate::morph::NounClass;
use crate::text::{fold, word_spans};

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
    /// Group English forms (plural `-s`, `-ed`, `-ing`) before aligning.
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
    /// A multi-word unit is also kept whole when the Dice coefficient of its first and
    /// last word's lemmas reaches this (`afya ya umma`: both words are frequent alone);
    /// above 1: off.
    pub unit_dice: f64,
    /// A plural of classes 2, 4 or 8 (`wazawa`, `michezo`) is grouped under its singular
    /// even when the singular is not seen.
    pub lone_plurals: bool,
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
    /// Fixed function-word phrases are candidates too: reduplications (`mara kwa mara`) and
    /// compound prepositions closing on a connective (`kwa sababu ya`).
    pub fixed_phrases: bool,
    /// English proposals take the glossary's `-ise` spelling when its English writes
    /// `-isation` more than `-ization` (`recognize` → `recognise`).
    pub en_spelling: bool,
    /// Words the grammar says are never terms (`glossary/lang/nonterms.yaml`: modal verbs,
    /// ordinals, invariable adverbs and adjectives) are not single-word candidates.
    pub nonterms: bool,
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
            lone_plurals: false,
            passive_be: true,
            modifiers_as_seen: true,
            reflexive: true,
            unit_boost: 1.0,
            noun_english: true,
            verb_base: true,
            fixed_phrases: true,
            en_spelling: true,
            nonterms: true,
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
            lone_plurals: false,
            passive_be: false,
            modifiers_as_seen: false,
            reflexive: false,
            noun_english: false,
            verb_base: false,
            fixed_phrases: false,
            en_spelling: false,
            nonterms: false,
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
    let scale = 1e6 / total.max(1) as f64;
    let explained: Vec<Vec<String>> = if opts.anchors {
        words
            .iter()
            .map(|w| {
                let mut out: Vec<String> = Vec::new();
                for &(_, e) in &w.hits {
                    let e = &glossary.entries[e];
                    for t in std::iter::once(&e.en)
                        .chain(&e.alt)
                        .chain(e.plural_en.as_ref())
                    {
                        out.extend(word_spans(t).iter().map(|s| fold(s.of(t))));
                    }
                }
                out.sort();
                out.dedup();
                out
            })
            .collect()
    } else {
        Vec::new()
    };
    let aligner = align::Aligner::new(segments, opts, &explained);
    let n_docs = segments
        .iter()
        .map(|s| s.doc)
        .collect::<std::collections::HashSet<_>>()
        .len();
    // Without any English there is no Dice to weigh: the rank is keyness and term-ness.
    let align_weight = if segments.iter().any(|s| s.en.is_some()) {
        opts.align_weight
    } else {
        0.0
    };
    // Names keep their own spelling (`World Health Organization`): common words only.
    let common_english = glossary
        .entries
        .iter()
        .filter(|e| e.pos != Pos::Name)
        .flat_map(|e| std::iter::once(e.en.as_str()).chain(e.alt.iter().map(String::as_str)));
    let ise = opts.en_spelling && enwords::prefers_ise(common_english);
    for t in terms.common.iter_mut().chain(terms.names.iter_mut()) {
        let bg: f64 = t.forms.iter().map(|f| background.per_million(f)).sum();
        let fpm = t.count as f64 * scale;
        let segs = terms.segments.get(&t.lemma).map_or(&[][..], Vec::as_slice);
        let passive = opts.passive_be && t.pos == Some(Pos::Verb) && passive_like(&t.sw);
        t.en = aligner.propose_for(segs, 3, passive);
        if opts.verb_base && t.pos == Some(Pos::Verb) && !passive {
            for p in &mut t.en {
                p.text = aligner.verb_base(&p.text);
            }
        }
        if ise {
            for p in &mut t.en {
                p.text = enwords::ise_spelling(&p.text);
            }
            let mut seen = std::collections::HashSet::new();
            t.en.retain(|p| seen.insert(p.text.clone()));
        }
        // The rank weighs the best Dice, whichever proposal is shown first.
        let dice = t.en.first().map_or(0.0, |p| p.score);
        if opts.noun_english && t.pos != Some(Pos::Verb) && !t.modifier && !t.sw.contains(' ') {
            align::prefer_noun(&mut t.en);
        }
        let keyness = (fpm + opts.keyness_k) / (bg + opts.keyness_k);
        let spread = (n_docs as f64 / t.docs.max(1) as f64).powf(opts.dispersion);
        t.score = keyness * spread * t.termhood * (1.0 - align_weight + align_weight * dice);
    }
    let rank = |v: &mut Vec<Candidate>| {
        v.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.count.cmp(&a.count))
                .then(a.sw.cmp(&b.sw))
        });
        v.truncate(opts.top);
    };
    rank(&mut terms.common);
    terms
        .names
        .sort_by(|a, b| b.count.cmp(&a.count).then(a.sw.cmp(&b.sw)));
    terms.names.truncate(opts.top);
    for t in terms.common.iter_mut().chain(terms.names.iter_mut()) {
        let segs = terms.segments.get(&t.lemma).map_or(&[][..], Vec::as_slice);
        t.examples = examples(segments, segs, &t.en, opts.examples);
    }
    terms
        .missing
        .sort_by(|a, b| b.count.cmp(&a.count).then(a.entry.cmp(&b.entry)));
    terms.missing.truncate(opts.top);
    Report {
        candidates: terms.common,
        names: terms.names,
        missing_forms: terms.missing,
        words: total,
        background: background.name.clone(),
    }
}

/// Whether a verb stem looks passive (`-wa` after three letters or more, or after a
/// vowel-initial root: `ripotiwa`, `lazwa`, `uawa`, `itwa`; not `gawa`) or stative in
/// `-ikana`/`-ekana` (`julikana`, `patikana`).
fn passive_like(stem: &str) -> bool {
    stem.strip_suffix("wa").is_some_and(|r| {
        r.chars().count() >= 3
            || (r.chars().count() == 2 && r.starts_with(['a', 'e', 'i', 'o', 'u']))
    }) || stem.ends_with("ikana")
        || stem.ends_with("ekana")
}

/// Examples: segments whose English holds the first proposal first, then the others.
fn examples(segments: &[Segment], segs: &[u32], en: &[Proposal], n: usize) -> Vec<Seen> {
    let mut picked: Vec<u32> = Vec::new();
    if let Some(p) = en.first() {
        let want = p.text.to_lowercase();
        for &s in segs {
            if picked.len() >= n {
                break;
            }
            let seg = &segments[s as usize];
            if seg
                .en
                .as_ref()
                .is_some_and(|e| e.to_lowercase().contains(&want))
            {
                picked.push(s);
            }
        }
    }
    for &s in segs {
        if picked.len() >= n {
            break;
        }
        if !picked.contains(&s) {
            picked.push(s);
        }
    }
    picked
        .into_iter()
        .map(|s| {
            let seg = &segments[s as usize];
            Seen {
                sw: seg.sw.clone(),
                en: seg.en.clone(),
                source: seg.source.clone(),
            }
        })
        .collect()
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
