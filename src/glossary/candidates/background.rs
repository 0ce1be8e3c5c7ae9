//! The background keyness is measured against: word frequencies of a general text (the
//! user's `--background`, or the project's own Swahili), or none. It counts; the scoring
//! that uses it is in the module above.

use std::collections::HashMap;

use crate::glossary::{Glossary, Matcher};
use crate::text::{fold, word_spans};

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
