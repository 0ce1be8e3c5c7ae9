//! Glossary candidates: the terms of a corpus the glossary does not have yet, grouped by
//! lemma (nouns with their class, verbs by stem, recurring multi-word units kept whole),
//! names apart, ranked by keyness against a background, with English proposed from
//! parallel text. It proposes; a terminologist decides (`status: candidate` in YAML).
//!
//! Pipeline: [`units`] marks glossary hits on each segment's words; [`lemma`] chooses each
//! word's lemma by consensus; [`count`] gathers terms; [`align`] proposes English;
//! [`output`] writes JSON, TSV or glossary YAML. [`input`] reads parallel files.
//! Just over 400 lines with a reason: the public types of the report and the one `extract`
//! that ties the stages together belong in one place.

pub mod align;
mod count;
pub mod input;
pub mod lemma;
pub mod output;
mod units;

use std::collections::HashMap;

use serde::Serialize;

use crate::glossary::forms::{FormKind, forms};
use crate::glossary::{Glossary, Matcher, Pos};
use crate::morph::NounClass;
use crate::text::{fold, word_spans};

pub use crate::glossary::forms::normalise;
pub use align::Proposal;

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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            top: 200,
            min_count: 3,
            max_words: 4,
            lemmatise: true,
            keyness_k: 100.0,
            cohesion: 0.5,
            subsume: 0.6,
            en_max_words: 3,
            en_normalise: true,
            anchors: true,
            examples: 3,
            align_weight: 1.0,
            dispersion: 0.0,
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
            ..Options::default()
        }
    }
}

/// Word frequencies of a general text to measure keyness against.
#[derive(Debug, Clone, Default)]
pub struct Background {
    counts: HashMap<String, usize>,
    total: usize,
    /// What it was built from, for reports.
    pub name: String,
}

impl Background {
    /// No background: keyness is then the term's frequency in the input (per million words,
    /// smoothed), the measured best default (see `examples/candidates_eval.rs`).
    pub fn none() -> Self {
        Background {
            name: "nothing (frequency in the input)".into(),
            ..Background::default()
        }
    }

    /// Counts the words (folded) of some texts.
    pub fn from_texts<'a>(name: &str, texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut b = Background {
            name: name.to_string(),
            ..Background::default()
        };
        for t in texts {
            for s in word_spans(t) {
                *b.counts.entry(fold(s.of(t))).or_default() += 1;
                b.total += 1;
            }
        }
        b
    }

    /// The project's own Swahili: every example sentence of the glossary in use (written
    /// by the project, never copied) and the demo article, with the glossary's own terms
    /// masked out. What is left is the general news language around terms (about nine
    /// thousand words): it demotes the words every article has (`mtu`, `mwaka`, `sema`).
    pub fn project(glossary: &Glossary) -> Self {
        const DEMO: &str = include_str!("../../../examples/ziara-ya-rais.txt");
        let matcher = Matcher::new(glossary);
        let texts: Vec<&str> = glossary
            .entries
            .iter()
            .flat_map(|e| e.examples.iter().map(|x| x.text.as_str()))
            .chain(std::iter::once(DEMO))
            .collect();
        let mut b = Background {
            name: "the project's own Swahili (glossary examples and demo article, glossary terms masked)".into(),
            ..Background::default()
        };
        for t in texts {
            let hits = matcher.find(t);
            for s in word_spans(t) {
                if hits
                    .iter()
                    .any(|h| h.span.start <= s.start && s.end <= h.span.end)
                {
                    continue;
                }
                *b.counts.entry(fold(s.of(t))).or_default() += 1;
                b.total += 1;
            }
        }
        b
    }

    /// Occurrences per million words of a folded word.
    pub fn per_million(&self, word: &str) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        self.counts.get(word).copied().unwrap_or(0) as f64 * 1e6 / self.total as f64
    }

    /// Words counted.
    pub fn total(&self) -> usize {
        self.total
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
    for t in terms.common.iter_mut().chain(terms.names.iter_mut()) {
        let bg: f64 = t.forms.iter().map(|f| background.per_million(f)).sum();
        let fpm = t.count as f64 * scale;
        let segs = terms.segments.get(&t.lemma).map_or(&[][..], Vec::as_slice);
        t.en = aligner.propose(segs, 3);
        let dice = t.en.first().map_or(0.0, |p| p.score);
        let keyness = (fpm + opts.keyness_k) / (bg + opts.keyness_k);
        let spread = (n_docs as f64 / t.docs.max(1) as f64).powf(opts.dispersion);
        t.score = keyness * spread * (1.0 - opts.align_weight + opts.align_weight * dice);
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
}

impl Known {
    fn new(glossary: &Glossary) -> Self {
        let mut k = Known {
            forms: HashMap::new(),
            not: Default::default(),
            ids: glossary.entries.iter().map(|e| e.id.clone()).collect(),
            heads: glossary.entries.iter().map(|e| e.sw.clone()).collect(),
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
}

#[cfg(test)]
mod tests;
