//! Gathers the terms of a corpus: single words by lemma, multi-word units (kept when they
//! recur as a unit), and names (capitalised inside sentences), leaving out what the glossary
//! finds, stopwords, numbers and documented look-alikes. Ranking and English are elsewhere.
//! Which of them are kept, and how each is written, is in `keep`.

use std::collections::{HashMap, HashSet};

use super::lemma::{Lemmas, Reading};
use super::nonterms::Nonterms;
use super::shapes::{self, Shape};
use super::termhood;
use super::units::{Words, respects_hits};
use super::{Candidate, Known, MissingForm, Options, Segment};
use crate::lang::LangData;
use crate::morph::{self, NounClass};

/// The connectives written `-a` in a unit's key: they agree with the head.
pub(super) const CONNECTIVES: &[&str] = &["wa", "ya", "za", "la", "cha", "vya", "kwa"];

/// What was gathered.
pub(super) struct Terms {
    pub common: Vec<Candidate>,
    pub names: Vec<Candidate>,
    pub missing: Vec<MissingForm>,
    /// Key (lemma) → the segments it occurs in, sorted.
    pub segments: HashMap<String, Vec<u32>>,
}

#[derive(Default)]
pub(super) struct Acc {
    pub count: usize,
    pub docs: HashSet<usize>,
    pub forms: HashMap<String, usize>,
    pub segs: Vec<u32>,
    /// Readings of the (head) word: noun classes and verb counts.
    pub classes: HashMap<NounClass, usize>,
    pub verb: usize,
    /// Connectives seen in place of `-a`, by position.
    pub connectives: HashMap<String, usize>,
    pub words: usize,
    /// Occurrences in a noun's frame (see [`termhood::framed`]).
    pub framed: usize,
}

impl Acc {
    fn add(&mut self, seg: usize, doc: usize, form: String, reading: Reading) {
        self.count += 1;
        self.docs.insert(doc);
        *self.forms.entry(form).or_default() += 1;
        if self.segs.last() != Some(&(seg as u32)) {
            self.segs.push(seg as u32);
        }
        match reading {
            Reading::Noun(c) => *self.classes.entry(c).or_default() += 1,
            Reading::Verb => self.verb += 1,
            _ => {}
        }
    }

    pub(super) fn forms_by_count(&self) -> Vec<String> {
        let mut f: Vec<(&String, &usize)> = self.forms.iter().collect();
        f.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        f.into_iter().map(|(s, _)| s.clone()).collect()
    }
}

pub(super) struct Classifier<'a> {
    pub stop: &'a crate::text::WordSet,
    pub known: &'a Known,
    pub lemmas: Lemmas,
    pub lemma_totals: HashMap<String, usize>,
    /// Lemma → occurrences outside the glossary's multi-word terms: those a new unit can
    /// still take (`sababu` inside a known `kwa sababu ya` is no `kwa sababu`).
    pub free_totals: HashMap<String, usize>,
    /// Folded form → (occurrences not opening a segment, of those written with a capital).
    pub capitals: HashMap<String, (usize, usize)>,
    /// Folded form → occurrences, every word of the input.
    pub seen: HashMap<String, usize>,
}

impl Classifier<'_> {
    fn excluded(&self, f: &str) -> bool {
        f.chars().count() < 3
            || f.chars().any(|c| c.is_ascii_digit())
            || self.stop.contains(f)
            || morph::is_count(f)
            || self.known.not.contains(f)
    }

    fn name(&self, f: &str) -> bool {
        self.capitals
            .get(f)
            .is_some_and(|&(n, cap)| n > 0 && cap * 10 >= n * 8)
    }

    /// Whether the word's lemma occurs at least `min` times.
    fn frequent(&self, f: &str, min: usize) -> bool {
        let lemma = self.lemmas.lemma(f);
        self.lemma_totals.get(lemma).copied().unwrap_or(0) >= min
    }
}

/// Gathers the terms of the segments.
pub(super) fn count(segments: &[Segment], words: &[Words], known: &Known, opts: &Options) -> Terms {
    let lang = LangData::embedded();
    let nonterms = opts.nonterms.then(Nonterms::embedded).unwrap_or_default();
    let mut form_counts: HashMap<String, usize> = HashMap::new();
    // Occurrences inside a glossary hit of two words or more.
    let mut bound: HashMap<String, usize> = HashMap::new();
    let mut capitals: HashMap<String, (usize, usize)> = HashMap::new();
    for w in words {
        for (i, t) in w.tokens.iter().enumerate() {
            *form_counts.entry(t.folded.clone()).or_default() += 1;
            let in_phrase = t.hit.is_some_and(|h| {
                let same = |k: usize| w.tokens.get(k).is_some_and(|o| o.hit == Some(h));
                (i > 0 && same(i - 1)) || same(i + 1)
            });
            if in_phrase {
                *bound.entry(t.folded.clone()).or_default() += 1;
            }
            if !t.opens {
                let c = capitals.entry(t.folded.clone()).or_default();
                c.0 += 1;
                c.1 += usize::from(t.capital);
            }
        }
    }
    let lemmas = if opts.lemmatise {
        Lemmas::build(
            &form_counts,
            |w, reading| known.fits(w, reading),
            opts.lone_plurals,
            opts.lone_infinitives,
            opts.reflexive,
        )
    } else {
        Lemmas::default()
    };
    let mut lemma_totals: HashMap<String, usize> = HashMap::new();
    for (f, c) in &form_counts {
        *lemma_totals.entry(lemmas.lemma(f).to_string()).or_default() += c;
    }
    let mut free_totals = lemma_totals.clone();
    for (f, c) in &bound {
        if let Some(n) = free_totals.get_mut(lemmas.lemma(f)) {
            *n -= c;
        }
    }
    let cls = Classifier {
        stop: &lang.stopwords,
        known,
        lemmas,
        lemma_totals,
        free_totals,
        capitals,
        seen: form_counts,
    };
    let lemmas = &cls.lemmas;
    let mut singles: HashMap<String, Acc> = HashMap::new();
    let mut units: HashMap<String, Acc> = HashMap::new();
    let mut names: HashMap<String, Acc> = HashMap::new();
    let mut fixed = Fixed::default();
    for (s, (seg, w)) in segments.iter().zip(words).enumerate() {
        let toks = &w.tokens;
        // A word that agrees with a noun before it (a demonstrative, possessive or
        // relative: `haya`, `hili`) points at a thing and never names one.
        let content = |i: usize| {
            let f = &toks[i].folded;
            let agreeing = opts.grammar_units && termhood::agrees(f);
            !(cls.excluded(f) || cls.name(f) || agreeing)
        };
        for (i, t) in toks.iter().enumerate() {
            if t.hit.is_none() && content(i) && !nonterms.contains(&t.folded) {
                let h = lemmas.of(&t.folded);
                if nonterms.contains(&h.lemma) {
                    continue;
                }
                let acc = singles.entry(h.lemma).or_default();
                acc.add(s, seg.doc, t.folded.clone(), h.reading);
                acc.framed += usize::from(termhood::framed(
                    i,
                    toks.len(),
                    |k| toks[k].folded.as_str(),
                    |k| !toks[k].break_before,
                ));
            }
        }
        // Names: runs of capitalised name words, joined by a connective.
        let mut i = 0;
        while i < toks.len() {
            let is_name = |k: usize| {
                toks[k].hit.is_none()
                    && toks[k].capital
                    && cls.name(&toks[k].folded)
                    && !cls.stop.contains(&toks[k].folded)
            };
            if !is_name(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() && !toks[j].break_before {
                if is_name(j) {
                    j += 1;
                } else if j + 1 < toks.len()
                    && CONNECTIVES.contains(&toks[j].folded.as_str())
                    && !toks[j + 1].break_before
                    && is_name(j + 1)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let text = &seg.sw[toks[i].span.start..toks[j - 1].span.end];
            let key: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            names
                .entry(key.clone())
                .or_default()
                .add(s, seg.doc, key, Reading::Plain);
            i = j;
        }
        // Multi-word units: content words at both ends, no punctuation inside; or the
        // preposition `kwa` opening an adverbial phrase (`kwa ujumla`, `kwa sababu`).
        for i in 0..toks.len() {
            let adverbial = opts.lemmatise
                && toks[i].folded == "kwa"
                && i + 1 < toks.len()
                && !toks[i + 1].break_before
                && content(i + 1);
            let nonterm = |k: usize| opts.grammar_units && nonterms.contains(&toks[k].folded);
            if !adverbial
                && (!content(i) || nonterm(i) || !cls.frequent(&toks[i].folded, opts.min_count))
            {
                continue;
            }
            for j in (i + 2)..=(i + opts.max_words).min(toks.len()) {
                if toks[j - 1].break_before || cls.name(&toks[j - 1].folded) {
                    break;
                }
                if !cls.frequent(&toks[j - 1].folded, opts.min_count) {
                    break;
                }
                // A demonstrative, possessive or relative after the head points at or
                // describes one thing (`janga hili kubwa`): no term runs through it.
                let last = toks[j - 1].folded.as_str();
                if opts.grammar_units && termhood::agrees(last) && !CONNECTIVES.contains(&last) {
                    break;
                }
                if !content(j - 1)
                    || nonterm(j - 1)
                    || (opts.lemmatise && termhood::agrees(&toks[j - 1].folded))
                    || !respects_hits(w, i, j)
                {
                    continue;
                }
                let mut key = String::new();
                let mut form = String::new();
                let mut acc_conn: Vec<String> = Vec::new();
                for (k, t) in toks[i..j].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                        form.push(' ');
                    }
                    form.push_str(&t.folded);
                    if opts.lemmatise && k > 0 && CONNECTIVES.contains(&t.folded.as_str()) {
                        key.push_str("-a");
                        acc_conn.push(t.folded.clone());
                    } else if opts.lemmatise {
                        key.push_str(lemmas.lemma(&t.folded));
                    } else {
                        key.push_str(&t.folded);
                    }
                }
                let acc = units.entry(key).or_default();
                acc.add(s, seg.doc, form, lemmas.of(&toks[i].folded).reading);
                acc.words = j - i;
                for c in acc_conn {
                    *acc.connectives.entry(c).or_default() += 1;
                }
            }
        }
        if opts.fixed_phrases {
            let text = |i: usize, j: usize| {
                let f: Vec<&str> = toks[i..j].iter().map(|t| t.folded.as_str()).collect();
                f.join(" ")
            };
            let Fixed { found, openings } = &mut fixed;
            shapes::windows(
                w,
                opts.max_words,
                |f| cls.stop.contains(f),
                |i, j, shape| {
                    let key = text(i, j);
                    let (_, acc) = found.entry(key.clone()).or_insert((shape, Acc::default()));
                    acc.add(s, seg.doc, key, Reading::Plain);
                    acc.words = j - i;
                },
                |i, j| *openings.entry(text(i, j)).or_default() += 1,
            );
        }
    }
    super::keep::finish(singles, units, names, fixed, &cls, opts)
}

/// Fixed function-word phrases (see [`shapes`]) and the counts of the runs that open them.
#[derive(Default)]
pub(super) struct Fixed {
    pub found: HashMap<String, (Shape, Acc)>,
    pub openings: HashMap<String, usize>,
}
