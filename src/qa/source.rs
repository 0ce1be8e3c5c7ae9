//! The Swahili side of a pair as the checks read it: the glossary hits and the gloss of the
//! whole segment (the English side's recognisers: names, numbers, money, dates, clock
//! times), and the negations the morphology sees. One analysis, shared with the briefing.

use std::ops::Range;

use crate::english::{Date, GlossContext, GlossItem, gloss_with};
use crate::glossary::{Polarity, TermHit};
use crate::morph::negation::is_negative;
use crate::pipeline::Pipeline;
use crate::text::{Span, fold, word_spans};

/// The Swahili side, read once.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub hits: Vec<TermHit>,
    pub gloss: Vec<GlossItem>,
    /// Negated verbs and negative words, with their spans.
    pub negations: Vec<Range<usize>>,
    /// The folded words with their spans.
    pub words: Vec<(String, Range<usize>)>,
}

impl Source {
    /// Reads the Swahili of one segment.
    pub(crate) fn read(sw: &str, pipeline: &Pipeline, date: Option<Date>) -> Source {
        let hits = pipeline.matcher().find(sw);
        let ctx = GlossContext { date };
        let gloss = gloss_with(pipeline.glossary(), sw, Span::new(0, sw.len()), &hits, &ctx);
        let words: Vec<(String, Range<usize>)> = word_spans(sw)
            .into_iter()
            .map(|s| (fold(s.of(sw)), s.start..s.end))
            .collect();
        let mut negations: Vec<Range<usize>> = hits
            .iter()
            .filter(|h| h.polarity == Some(Polarity::Negative))
            .map(|h| h.span.start..h.span.end)
            .collect();
        for (k, (w, span)) in words.iter().enumerate() {
            // `si tu … bali` is "not only … but": no negation.
            let not_only = matches!(w.as_str(), "si" | "sio" | "siyo")
                && words.get(k + 1).is_some_and(|n| n.0 == "tu");
            let inside = negations
                .iter()
                .any(|n| n.start <= span.start && span.end <= n.end);
            if !inside && !not_only && is_negative(w) {
                negations.push(span.clone());
            }
        }
        negations.sort_by_key(|r| r.start);
        Source {
            hits,
            gloss,
            negations,
            words,
        }
    }
}
