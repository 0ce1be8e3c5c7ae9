//! Finding glossary terms in text: one Aho-Corasick automaton over every form of every
//! entry, run over the text's folded words, keeping only matches on word boundaries,
//! longest first. Spans point into the original text.

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Serialize;

use super::Glossary;
use super::forms::forms;
use super::model::Pos;
use crate::morph::Number;
use crate::text::{Span, fold, word_spans};

/// Whether a verb form is affirmative or negated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// `walisaini`: they signed.
    Affirmative,
    /// `hawakusaini`: they did not sign.
    Negative,
}

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
}

#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    number: Option<Number>,
    negative: bool,
    name: bool,
    verb: bool,
}

/// A compiled matcher over one glossary.
#[derive(Debug, Clone)]
pub struct Matcher {
    automaton: AhoCorasick,
    patterns: Vec<Pattern>,
}

/// Separator between two words with only whitespace between them.
const SPACE: char = ' ';
/// Separator between two words with punctuation between them: no phrase crosses it.
const BREAK: char = '\u{1F}';

impl Matcher {
    /// Compiles the matcher. When two entries share a form, the first entry keeps it (lint
    /// reports the clash).
    pub fn new(glossary: &Glossary) -> Self {
        let mut texts: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (i, entry) in glossary.entries.iter().enumerate() {
            for form in forms(entry) {
                if seen.insert(form.text.clone()) {
                    texts.push(form.text);
                    patterns.push(Pattern {
                        entry: i,
                        number: form.number,
                        negative: form.negative,
                        name: entry.pos == Pos::Name,
                        verb: entry.pos == Pos::Verb,
                    });
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
        }
    }

    /// Every term in `text`, in order, without overlaps.
    pub fn find(&self, text: &str) -> Vec<TermHit> {
        let stream = WordStream::new(text);
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new(); // (first word, last word, pattern)
        for m in self.automaton.find_overlapping_iter(&stream.folded) {
            let (Some(first), Some(last)) =
                (stream.word_at_start(m.start()), stream.word_at_end(m.end()))
            else {
                continue;
            };
            let p = &self.patterns[m.pattern().as_usize()];
            if p.name && !text[stream.spans[first].start..].starts_with(char::is_uppercase) {
                continue;
            }
            candidates.push((first, last, m.pattern().as_usize()));
        }
        // Longest first (in words, then bytes), leftmost among equals.
        candidates.sort_by_key(|&(a, b, _)| {
            let bytes = stream.spans[b].end - stream.spans[a].start;
            (std::cmp::Reverse(b - a), std::cmp::Reverse(bytes), a)
        });
        let mut taken = vec![false; stream.spans.len()];
        let mut hits = Vec::new();
        for (a, b, p) in candidates {
            if taken[a..=b].iter().any(|&t| t) {
                continue;
            }
            taken[a..=b].iter_mut().for_each(|t| *t = true);
            let pat = &self.patterns[p];
            hits.push(TermHit {
                entry: pat.entry,
                span: Span::new(stream.spans[a].start, stream.spans[b].end),
                number: pat.number,
                polarity: pat.verb.then_some(if pat.negative {
                    Polarity::Negative
                } else {
                    Polarity::Affirmative
                }),
            });
        }
        hits.sort_by_key(|h| h.span.start);
        hits
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
            folded.push_str(&fold(span.of(text)));
            ends.push(folded.len());
        }
        WordStream {
            folded,
            spans,
            starts,
            ends,
        }
    }

    fn word_at_start(&self, offset: usize) -> Option<usize> {
        self.starts.binary_search(&offset).ok()
    }

    fn word_at_end(&self, offset: usize) -> Option<usize> {
        self.ends.binary_search(&offset).ok()
    }
}
