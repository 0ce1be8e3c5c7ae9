//! Finding glossary terms in text: one Aho-Corasick automaton over every form of every
//! entry, run over the text's folded words. Whole-word forms must sit on word boundaries;
//! verb forms (a stem with an ending) must end a word, and the letters before them in the
//! same word must parse as a verb prefix chain (`wa-li-`, `ha-wa-ja-`, `a-li-po-`), which
//! gives the hit its polarity, tense and subject. Noun phrases may have one agreeing word
//! inside (`mkataba mpya wa ulinzi`). Longest match first; spans point into the original
//! text.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

use super::Glossary;
use super::forms::{FormKind, animate, forms, normalise};
use super::model::Pos;
pub use crate::morph::Polarity;
use crate::morph::{Analysis, NounClass, Number, Subject, Tense, verb};
use crate::text::{Span, fold, word_spans};

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
    pub subject: Option<Subject>,
    /// The whole analysis of a verb form (relative, object, voice too).
    pub verb: Option<Analysis>,
    /// Whether a noun phrase was found with an agreeing word inside it.
    pub gapped: bool,
}

#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    number: Option<Number>,
    negative: bool,
    name: bool,
    kind: FormKind,
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

/// A compiled matcher over one glossary.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    /// For each distinct pattern text, its readings (usually one).
    patterns: Vec<Vec<Pattern>>,
    /// Multi-word noun phrases by head word, for gapped matching.
    gapped: HashMap<String, Vec<GapPhrase>>,
    /// Per entry: forms that are another concept (`not`).
    not: Vec<HashSet<String>>,
    /// Per verb entry: its stem (first word), to analyse hand-listed forms.
    stems: Vec<Option<String>>,
}

/// Separator between two words with only whitespace between them.
const SPACE: char = ' ';
/// Separator between two words with punctuation between them: no phrase crosses it.
const BREAK: char = '\u{1F}';

#[derive(Debug, Clone, Copy)]
struct Candidate {
    first: usize,
    last: usize,
    pattern: usize,
    reading: usize,
    analysis: Option<Analysis>,
    gapped: bool,
    entry: usize,
    number: Option<Number>,
}

impl Matcher {
    /// Compiles the matcher. When two entries share a form, the first entry keeps it (lint
    /// reports the clash).
    pub fn new(glossary: &Glossary) -> Self {
        let mut texts: Vec<String> = Vec::new();
        let mut patterns: Vec<Vec<Pattern>> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut gapped: HashMap<String, Vec<GapPhrase>> = HashMap::new();
        let mut not = Vec::with_capacity(glossary.entries.len());
        let mut stems = Vec::with_capacity(glossary.entries.len());
        for (i, entry) in glossary.entries.iter().enumerate() {
            not.push(entry.not.iter().map(|n| normalise(n)).collect());
            stems.push(
                (entry.pos == Pos::Verb)
                    .then(|| normalise(&entry.sw))
                    .and_then(|h| h.split(' ').next().map(str::to_string)),
            );
            let anim = animate(entry);
            for form in forms(entry) {
                let p = Pattern {
                    entry: i,
                    number: form.number,
                    negative: form.negative,
                    name: entry.pos == Pos::Name,
                    kind: form.kind,
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
        }
    }

    /// Every term in `text`, in order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<TermHit> {
        let stream = WordStream::new(text);
        let mut candidates: Vec<Candidate> = Vec::new();
        for m in self.automaton.find_overlapping_iter(&stream.folded) {
            let Some(last) = stream.word_at_end(m.end()) else {
                continue;
            };
            let pid = m.pattern().as_usize();
            for (ri, p) in self.patterns[pid].iter().enumerate() {
                let mut cand = Candidate {
                    first: 0,
                    last,
                    pattern: pid,
                    reading: ri,
                    analysis: None,
                    gapped: false,
                    entry: p.entry,
                    number: p.number,
                };
                match p.kind {
                    FormKind::Words => {
                        let Some(first) = stream.word_at_start(m.start()) else {
                            continue;
                        };
                        if p.name
                            && !text[stream.spans[first].start..].starts_with(char::is_uppercase)
                        {
                            continue;
                        }
                        cand.first = first;
                        if let Some(stem) = &self.stems[p.entry] {
                            cand.analysis = verb::analyse(stream.word(first), stem);
                        }
                    }
                    FormKind::Verb { mood, voice } => {
                        let Some(first) = stream.word_containing(m.start()) else {
                            continue;
                        };
                        let prefix = &stream.folded[stream.starts[first]..m.start()];
                        let Some(a) = verb::parse_prefix(prefix, mood, voice) else {
                            continue;
                        };
                        // `not` holds whole words (`makataa`) or stems with an ending that
                        // are another verb (`jitolea` volunteer ≠ `jitoa` withdraw).
                        if !self.not[p.entry].is_empty()
                            && (self.not[p.entry].contains(stream.word(first))
                                || self.not[p.entry].contains(&stream.folded[m.start()..m.end()]))
                        {
                            continue;
                        }
                        cand.first = first;
                        cand.analysis = Some(a);
                    }
                }
                candidates.push(cand);
            }
        }
        self.gapped_candidates(&stream, &mut candidates);
        // Longest first (in words, then bytes), leftmost, contiguous before gapped, whole
        // words before verb analyses, then glossary order.
        candidates.sort_by_key(|c| {
            let bytes = stream.spans[c.last].end - stream.spans[c.first].start;
            let verb = !c.gapped
                && matches!(
                    self.patterns[c.pattern][c.reading].kind,
                    FormKind::Verb { .. }
                );
            (
                std::cmp::Reverse(c.last - c.first),
                std::cmp::Reverse(bytes),
                c.first,
                c.gapped,
                verb,
                c.entry,
            )
        });
        let mut taken = vec![false; stream.spans.len()];
        let mut hits = Vec::new();
        for c in candidates {
            if taken[c.first..=c.last].iter().any(|&t| t) {
                continue;
            }
            taken[c.first..=c.last].iter_mut().for_each(|t| *t = true);
            let pat = &self.patterns[c.pattern][c.reading];
            let is_verb = self.stems[c.entry].is_some();
            let polarity = if pat.negative && !c.gapped {
                Some(Polarity::Negative)
            } else if let Some(a) = c.analysis {
                Some(a.polarity)
            } else {
                is_verb.then_some(Polarity::Affirmative)
            };
            hits.push(TermHit {
                entry: c.entry,
                span: Span::new(stream.spans[c.first].start, stream.spans[c.last].end),
                number: c.number,
                polarity,
                tense: c.analysis.map(|a| a.tense),
                subject: c.analysis.and_then(|a| a.subject),
                verb: c.analysis,
                gapped: c.gapped,
            });
        }
        hits.sort_by_key(|h| h.span.start);
        hits
    }

    /// Noun phrases with one agreeing word after the head: `mkataba mpya wa ulinzi`.
    fn gapped_candidates(&self, stream: &WordStream, out: &mut Vec<Candidate>) {
        if self.gapped.is_empty() {
            return;
        }
        let n = stream.spans.len();
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
                    out.push(Candidate {
                        first: i,
                        last: end,
                        pattern: 0,
                        reading: 0,
                        analysis: None,
                        gapped: true,
                        entry: ph.entry,
                        number: ph.number,
                    });
                }
            }
        }
    }
}

/// The text's words folded and joined by one separator, with a map back to their spans.
struct WordStream {
    folded: String,
    spans: Vec<Span>,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

impl WordStream {
    fn new(text: &str) -> Self {
        let spans = word_spans(text);
        let mut folded = String::with_capacity(text.len());
        let mut starts = Vec::with_capacity(spans.len());
        let mut ends = Vec::with_capacity(spans.len());
        for (i, span) in spans.iter().enumerate() {
            if i > 0 {
                let gap = &text[spans[i - 1].end..span.start];
                let only_space = gap.chars().all(crate::text::is_space);
                folded.push(if only_space { SPACE } else { BREAK });
            }
            starts.push(folded.len());
            let w = span.of(text);
            if w.bytes().all(|b| b.is_ascii_lowercase()) {
                folded.push_str(w);
            } else {
                folded.push_str(&fold(w));
            }
            ends.push(folded.len());
        }
        WordStream {
            folded,
            spans,
            starts,
            ends,
        }
    }

    fn word(&self, i: usize) -> &str {
        &self.folded[self.starts[i]..self.ends[i]]
    }

    /// Whether only whitespace separates word `i` from the next.
    fn space_after(&self, i: usize) -> bool {
        self.folded.as_bytes().get(self.ends[i]) == Some(&(SPACE as u8))
    }

    fn word_at_start(&self, offset: usize) -> Option<usize> {
        self.starts.binary_search(&offset).ok()
    }

    fn word_at_end(&self, offset: usize) -> Option<usize> {
        self.ends.binary_search(&offset).ok()
    }

    /// The word whose letters include byte `offset` (its start included).
    fn word_containing(&self, offset: usize) -> Option<usize> {
        let i = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        (offset < self.ends[i]).then_some(i)
    }
}
