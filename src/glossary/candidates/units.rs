//! The words of each segment as candidate extraction sees them: folded form, span, whether a
//! glossary term covers it, whether punctuation stands before it, whether it is written
//! with a capital inside the sentence. It does not count or rank.

use crate::glossary::Matcher;
use crate::text::{Span, fold, is_capitalised, word_spans};

/// One word of a segment.
#[derive(Debug, Clone)]
pub struct Token {
    /// Folded form.
    pub folded: String,
    /// Where it stands in the segment's Swahili.
    pub span: Span,
    /// Index of the glossary hit covering it, within the segment's hits.
    pub hit: Option<usize>,
    /// Punctuation (or the segment's start) stands between it and the word before.
    pub break_before: bool,
    /// Written with a capital.
    pub capital: bool,
    /// Opens a sentence: first in the segment, or after `.`, `!`, `?`, `:` or a quote.
    pub opens: bool,
}

/// A segment's words and the glossary hits found in it.
#[derive(Debug, Clone)]
pub struct Words {
    /// The words in order.
    pub tokens: Vec<Token>,
    /// The spans of the glossary hits, with the entry of each.
    pub hits: Vec<(Span, usize)>,
}

/// Splits a segment into words and marks the glossary's hits on them.
pub fn words(text: &str, matcher: &Matcher) -> Words {
    let hits: Vec<(Span, usize)> = matcher
        .find(text)
        .into_iter()
        .map(|h| (h.span, h.entry))
        .collect();
    let mut tokens = Vec::new();
    let mut prev_end = 0usize;
    for (i, span) in word_spans(text).into_iter().enumerate() {
        let gap = &text[prev_end..span.start];
        let break_before = i == 0 || gap.chars().any(|c| !c.is_whitespace());
        let opens = i == 0
            || gap
                .chars()
                .any(|c| matches!(c, '.' | '!' | '?' | ':' | '"' | '“' | '”' | '«' | '»'));
        prev_end = span.end;
        let surface = span.of(text);
        let hit = hits
            .iter()
            .position(|(h, _)| h.start <= span.start && span.end <= h.end);
        tokens.push(Token {
            folded: fold(surface),
            span,
            hit,
            break_before,
            capital: is_capitalised(surface),
            opens,
        });
    }
    Words { tokens, hits }
}

/// Whether tokens `i..j` hold every glossary hit they touch whole, and are not one hit
/// (or part of one) themselves.
pub fn respects_hits(w: &Words, i: usize, j: usize) -> bool {
    let inside = &w.tokens[i..j];
    if let Some(h) = inside[0].hit
        && inside.iter().all(|t| t.hit == Some(h))
    {
        return false;
    }
    for (k, t) in inside.iter().enumerate() {
        let Some(h) = t.hit else { continue };
        let span = w.hits[h].0;
        let first = inside[0].span.start;
        let last = inside[inside.len() - 1].span.end;
        if span.start < first || span.end > last {
            return false;
        }
        let _ = k;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;

    #[test]
    fn breaks_and_hits_are_marked() {
        let g = Glossary::embedded();
        let m = Matcher::new(&g);
        let text = "Walisaini mkataba, kisha wakaondoka.";
        let w = words(text, &m);
        assert_eq!(w.tokens.len(), 4);
        assert!(w.tokens[0].break_before && w.tokens[2].break_before);
        assert!(!w.tokens[1].break_before);
        assert!(w.tokens[1].hit.is_some(), "mkataba is in the glossary");
        assert!(!respects_hits(&w, 1, 2));
    }
}
