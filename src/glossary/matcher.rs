//! Finding glossary terms in text: one Aho-Corasick automaton over every form of every
//! entry, run over the text's folded words. Whole-word forms must sit on word boundaries;
//! verb forms (a stem with an ending) must end a word, and the letters before them in the
//! same word must parse as a verb prefix chain (`wa-li-`, `ha-wa-ja-`, `a-li-po-`), which
//! gives the hit its polarity, tense and subject. Noun phrases may have one agreeing word
//! inside (`mkataba mpya wa ulinzi`). Longest match first, except that no term starts on a
//! word that agrees as a modifier with the head of an overlapping noun phrase (`Mawaziri
//! Wakuu wa nchi`: prime ministers, not heads of state); spans point into the original
//! text.
//!
//! Over 400 lines with a reason: building the automaton and resolving its overlapping
//! candidates belong together; the candidates' ranking keys are in `hit_rank.rs`, the word
//! stream it reads in `word_stream.rs`.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

use super::Glossary;
use super::forms::{FormKind, animate, forms, normalise};
use super::model::Pos;
pub use crate::morph::Polarity;
use crate::morph::{Analysis, NounClass, Number, Subject, Tense, verb};
use crate::text::Span;

use super::fast_map::FastMap;
use super::hit_rank::{Candidate, NONE};
use super::senses::{Cues, SenseChoice};
use super::word_stream::{WordStream, plural_subject_before};

/// One term found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TermHit {
    /// Index of the entry in the glossary.
    pub entry: usize,
    /// Where the form stands in the text.
    pub span: Span,
    /// The number of the form, for nouns and noun phrases.
    pub number: Option<Number>,
    /// The polarity, for verbs.
    pub polarity: Option<Polarity>,
    /// The tense, for verbs whose prefix chain was analysed.
    pub tense: Option<Tense>,
    /// The subject, for verbs that have one.
    pub subject: Option<&'static Subject>,
    /// The whole analysis of a verb form (relative, object, voice too).
    pub verb: Option<Analysis>,
    /// Whether a noun phrase was found with an agreeing word inside it.
    pub gapped: bool,
    /// The sense the words around the hit chose, for entries with senses.
    pub sense: Option<SenseChoice>,
}

#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    number: Option<Number>,
    negative: bool,
    /// The plural is written the same: the number comes from the next word.
    same_plural: bool,
    name: bool,
    /// A name written in capitals (`EU`): the text must be in capitals too.
    acronym: bool,
    kind: FormKind,
    /// For a hand-listed verb form, its analysis, computed once.
    analysis: Option<Analysis>,
}

/// A noun phrase that may be found with one agreeing word after its head.
#[derive(Debug, Clone)]
struct GapPhrase {
    tail: Vec<String>,
    entry: usize,
    number: Option<Number>,
    class: NounClass,
    animate: bool,
}

/// Whether a head is written in capitals, two letters or more (`EU`, `UNICEF`).
fn is_acronym(sw: &str) -> bool {
    sw.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !sw.chars().any(char::is_lowercase)
}

/// A compiled matcher over one glossary.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    /// For each distinct pattern text, its readings (usually one).
    patterns: Vec<Vec<Pattern>>,
    /// Multi-word noun phrases by head word, for gapped matching.
    gapped: FastMap<String, Vec<GapPhrase>>,
    /// Per entry: forms that are another concept (`not`).
    not: Vec<HashSet<String>>,
    /// Per verb entry: its stem (first word), to analyse hand-listed forms.
    stems: Vec<Option<String>>,
    /// Per noun or noun-phrase entry: its class and whether it agrees like a person.
    nominal: Vec<Option<(NounClass, bool)>>,
    /// Per entry with senses: their cues.
    cues: Vec<Option<Cues>>,
}

impl Matcher {
    /// Compiles the matcher. When two entries share a form, the first entry keeps it (lint
    /// reports the clash).
    pub fn new(glossary: &Glossary) -> Self {
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Vec<Pattern>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut gapped: FastMap<String, Vec<GapPhrase>> = FastMap::default();
        let mut not = Vec::with_capacity(glossary.entries.len());
        let mut stems = Vec::with_capacity(glossary.entries.len());
        let mut nominal = Vec::with_capacity(glossary.entries.len());
        let cues = glossary.entries.iter().map(Cues::of).collect();
        for (i, entry) in glossary.entries.iter().enumerate() {
            nominal.push(
                entry
                    .class
                    .filter(|_| matches!(entry.pos, Pos::Noun | Pos::Phrase))
                    .map(|c| (c, animate(entry))),
            );
            not.push(entry.not.iter().map(|n| normalise(n)).collect());
            stems.push(
                (entry.pos == Pos::Verb)
                    .then(|| normalise(&entry.sw))
                    .and_then(|h| h.split(' ').next().map(str::to_string)),
            );
            let anim = animate(entry);
            let stem = stems[i].clone();
            for form in forms(entry) {
                let analysis = match (&stem, form.kind) {
                    (Some(stem), FormKind::Words) => form
                        .text
                        .split(' ')
                        .next()
                        .and_then(|w| verb::analyse(w, stem)),
                    _ => None,
                };
                let p = Pattern {
                    entry: i,
                    number: form.number,
                    negative: form.negative,
                    same_plural: form.same_plural,
                    name: entry.pos == Pos::Name,
                    acronym: entry.pos == Pos::Name
                        && std::iter::once(&entry.sw)
                            .chain(&entry.forms)
                            .any(|f| is_acronym(f) && normalise(f) == form.text),
                    kind: form.kind,
                    analysis,
                };
                if let (Some(class), FormKind::Words) = (entry.class, form.kind)
                    && let Some((head, tail)) = form.text.split_once(' ')
                {
                    gapped.entry(head.to_string()).or_default().push(GapPhrase {
                        tail: tail.split(' ').map(str::to_string).collect(),
                        entry: i,
                        number: form.number,
                        class,
                        animate: anim,
                    });
                }
                let slot = *index.entry(form.text.clone()).or_insert_with(|| {
                    texts.push(form.text.clone());
                    patterns.push(Vec::new());
                    texts.len() - 1
                });
                let readings = &mut patterns[slot];
                // One reading per kind: the first entry keeps a shared form.
                if !readings.iter().any(|r| r.kind == p.kind) {
                    readings.push(p);
                }
            }
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .build(&texts)
            .expect("glossary forms compile into an automaton");
        Matcher {
            automaton,
            patterns,
            gapped,
            not,
            stems,
            nominal,
            cues,
        }
    }

    /// Every term in `text`, in order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<TermHit> {
        const PIECE: usize = 1 << 30;
        if text.len() <= PIECE {
            return self.find_piece(text);
        }
        // Offsets are kept as u32: match a huge text in pieces cut at whitespace.
        let mut hits = Vec::new();
        let mut from = 0;
        while from < text.len() {
            let mut to = (from + PIECE).min(text.len());
            while to < text.len()
                && !(text.is_char_boundary(to) && text[to..].starts_with(char::is_whitespace))
            {
                to += 1;
            }
            for mut h in self.find_piece(&text[from..to]) {
                h.span = Span::new(h.span.start + from, h.span.end + from);
                hits.push(h);
            }
            from = to;
        }
        hits
    }

    fn find_piece(&self, text: &str) -> Vec<TermHit> {
        let stream = WordStream::new(text);
        let mut candidates: Vec<Candidate> = Vec::with_capacity(stream.len() / 2);
        let mut analyses: Vec<Analysis> = Vec::new();
        let mut end_cursor = 0;
        for m in self.automaton.find_overlapping_iter(&stream.folded) {
            // Matches come in order of their end: walk the word ends alongside.
            let end = m.end() as u32;
            while end_cursor < stream.ends.len() && stream.ends[end_cursor] < end {
                end_cursor += 1;
            }
            if stream.ends.get(end_cursor) != Some(&end) {
                continue;
            }
            let last = end_cursor;
            let pid = m.pattern().as_usize();
            for (ri, p) in self.patterns[pid].iter().enumerate() {
                let (first, analysis, verb) = match p.kind {
                    FormKind::Words => {
                        let Some(first) = stream.word_starting_at(m.start(), last) else {
                            continue;
                        };
                        if p.name
                            && !text[stream.text_start[first] as usize..]
                                .starts_with(char::is_uppercase)
                        {
                            continue;
                        }
                        // An acronym (`EU`, `UN`) is only itself in capitals: `Eu` is a word.
                        if p.acronym
                            && text
                                [stream.text_start[first] as usize..stream.text_end[last] as usize]
                                .chars()
                                .any(char::is_lowercase)
                        {
                            continue;
                        }
                        (first, p.analysis, false)
                    }
                    FormKind::Verb { mood, voice } => {
                        let Some(first) = stream.word_containing(m.start(), last) else {
                            continue;
                        };
                        let prefix = &stream.folded[stream.starts[first] as usize..m.start()];
                        let stem = &stream.folded[m.start()..m.end()];
                        let Some(a) = verb::parse_prefix(prefix, stem, mood, voice).or_else(|| {
                            verb::headline_passive(prefix, stem, mood, voice)
                                .filter(|_| plural_subject_before(text, &stream, first))
                        }) else {
                            continue;
                        };
                        // `not` holds whole words (`makataa`) or stems with an ending that
                        // are another verb (`jitolea` volunteer ≠ `jitoa` withdraw).
                        let not = &self.not[p.entry];
                        if !not.is_empty()
                            && (not.contains(stream.word(first))
                                || not.contains(&stream.folded[m.start()..m.end()]))
                        {
                            continue;
                        }
                        (first, Some(a), true)
                    }
                };
                let idx = match analysis {
                    Some(a) => {
                        analyses.push(a);
                        (analyses.len() - 1) as u32
                    }
                    None => NONE,
                };
                candidates.push(
                    Candidate::new(
                        &stream, first, last, pid, ri, idx, p.entry, false, verb, p.number,
                    )
                    .with_matched(m.end() - m.start()),
                );
            }
        }
        self.gapped_candidates(&stream, &mut candidates);
        // Overlaps are resolved inside clusters of candidates whose words overlap (usually
        // one candidate): longest first (in words, then bytes), leftmost, contiguous before
        // gapped, whole words before verb analyses, then glossary order. Clusters never
        // conflict, so this equals one global greedy pass, with local memory access.
        candidates.sort_unstable_by_key(|c| (c.first, c.last));
        let mut taken = vec![false; stream.len()];
        let mut hits = Vec::with_capacity(candidates.len());
        let mut i = 0;
        while i < candidates.len() {
            let mut j = i + 1;
            let mut reach = candidates[i].last;
            while j < candidates.len() && candidates[j].first <= reach {
                reach = reach.max(candidates[j].last);
                j += 1;
            }
            let cluster = &mut candidates[i..j];
            let mut bound: Vec<bool> = Vec::new();
            if cluster.len() > 1 {
                cluster.sort_unstable_by_key(|c| (c.size_key, c.place_key, c.pattern, c.reading));
                bound = cluster
                    .iter()
                    .map(|r| cluster.iter().any(|l| self.binds(&stream, l, r)))
                    .collect();
            }
            let from = hits.len();
            for (k, c) in cluster.iter().enumerate() {
                if bound.get(k).copied().unwrap_or(false) {
                    continue;
                }
                let (a, b) = (c.first as usize, c.last as usize);
                if taken[a..=b].iter().any(|&t| t) {
                    continue;
                }
                taken[a..=b].iter_mut().for_each(|t| *t = true);
                hits.push(self.hit(text, &stream, c, &analyses));
            }
            if hits.len() - from > 1 {
                hits[from..].sort_by_key(|h| h.span.start);
            }
            i = j;
        }
        hits
    }

    /// Whether noun phrase `l` holds the first word of `r` as a modifier agreeing with its
    /// head, so `r` may not start there even when it is longer: in `mawaziri wakuu wa
    /// nchi` (prime ministers of the countries) `wakuu` is the adjective of `mawaziri`,
    /// not the head of `wakuu wa nchi` (heads of state). Only the agreeing run right after
    /// the head counts: once a connective or a possessor comes, words may start terms.
    fn binds(&self, stream: &WordStream, l: &Candidate, r: &Candidate) -> bool {
        if !(l.first < r.first && r.first <= l.last && l.last < r.last) {
            return false;
        }
        let Some((class, animate)) = self.nominal[l.entry as usize] else {
            return false;
        };
        let number = l.number.unwrap_or(Number::Singular);
        (l.first + 1..=r.first).all(|k| {
            crate::morph::agrees_as_modifier(class, number, animate, stream.word(k as usize))
        })
    }

    fn hit(
        &self,
        text: &str,
        stream: &WordStream,
        c: &Candidate,
        analyses: &[Analysis],
    ) -> TermHit {
        let (a, b) = (c.first as usize, c.last as usize);
        let analysis = (c.analysis != NONE).then(|| analyses[c.analysis as usize]);
        let pattern = &self.patterns[c.pattern as usize][c.reading as usize];
        let negative = !c.gapped && pattern.negative;
        // `sera hizo`, `ndege tatu`, `nchi zimesaini`: the word after a noun whose plural is
        // written the same says which it is; after an adjective that does not
        // (`juhudi kubwa zinaendelea`), the word after that.
        let cue = |animate| {
            let said = |k: usize| {
                stream.space_after(k - 1)
                    && k < stream.len()
                    && crate::morph::plural_cue(stream.word(k), animate)
            };
            said(b + 1)
                || !animate
                    && b + 2 < stream.len()
                    && stream.space_after(b)
                    && crate::morph::number_neutral_adjective(stream.word(b + 1))
                    && said(b + 2)
        };
        // Most hits are not such nouns: the flag is checked before anything is looked up.
        let number = match (pattern.same_plural && !c.gapped)
            .then(|| self.nominal[c.entry as usize])
            .flatten()
        {
            Some((_, animate)) if cue(animate) => Some(Number::Plural),
            _ => c.number,
        };
        let is_verb = self.stems[c.entry as usize].is_some();
        let polarity = if negative {
            Some(Polarity::Negative)
        } else if let Some(a) = analysis {
            Some(a.polarity)
        } else {
            is_verb.then_some(Polarity::Affirmative)
        };
        TermHit {
            entry: c.entry as usize,
            span: Span::new(stream.text_start[a] as usize, stream.text_end[b] as usize),
            number,
            polarity,
            tense: analysis.map(|a| a.tense),
            subject: analysis.and_then(|a| a.subject),
            verb: analysis,
            gapped: c.gapped,
            sense: self.cues[c.entry as usize]
                .as_ref()
                .and_then(|cues| cues.choose(text, stream, a, b)),
        }
    }

    /// Noun phrases with one agreeing word after the head: `mkataba mpya wa ulinzi`.
    fn gapped_candidates(&self, stream: &WordStream, out: &mut Vec<Candidate>) {
        if self.gapped.is_empty() {
            return;
        }
        let n = stream.len();
        for i in 0..n.saturating_sub(2) {
            let Some(phrases) = self.gapped.get(stream.word(i)) else {
                continue;
            };
            let gap = i + 1;
            if !stream.space_after(i) || !stream.space_after(gap) {
                continue;
            }
            let gap_word = stream.word(gap);
            for ph in phrases {
                let end = gap + ph.tail.len();
                if end >= n {
                    continue;
                }
                let number = ph.number.unwrap_or(Number::Singular);
                if !crate::morph::agrees_as_modifier(ph.class, number, ph.animate, gap_word) {
                    continue;
                }
                let tail_ok = ph.tail.iter().enumerate().all(|(k, w)| {
                    let j = gap + 1 + k;
                    stream.word(j) == w && (j == end || stream.space_after(j))
                });
                if tail_ok {
                    out.push(Candidate::new(
                        stream, i, end, 0, 0, NONE, ph.entry, true, false, ph.number,
                    ));
                }
            }
        }
    }
}
