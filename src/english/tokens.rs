//! The tokens the English side reads: words, and numbers with their inner `,` `.` `:` `/`
//! `-` joined (`1,200`, `5.2`, `3:00`, `20/06/2024`); a currency glued to its amount
//! (`Sh5.2`) is split into the currency and the number. Spans point into the article.

use crate::text::{Span, fold, word_spans};

/// A token of a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    /// Where it stands in the article's text.
    pub span: Span,
    /// Folded (lower case).
    pub folded: String,
    /// Whether it is a number written in digits.
    pub number: bool,
}

/// The tokens of the sentence at `span` of `text`.
pub(crate) fn tokens(text: &str, span: Span, glued: &[String]) -> Vec<Token> {
    let body = span.of(text);
    let mut out: Vec<Token> = Vec::new();
    for w in word_spans(body) {
        let mut s = Span::new(span.start + w.start, span.start + w.end);
        let word = s.of(text);
        let folded = fold(word);
        // `Sh5` / `KSh50`: a currency glued to its amount becomes two tokens.
        if let Some(p) = glued.iter().find(|p| {
            folded.len() > p.len()
                && folded.starts_with(p.as_str())
                && folded[p.len()..].chars().all(|c| c.is_ascii_digit())
        }) {
            let cut = s.start + p.len();
            out.push(Token {
                span: Span::new(s.start, cut),
                folded: p.clone(),
                number: false,
            });
            s = Span::new(cut, s.end);
        }
        let word = s.of(text);
        let is_digit = !word.is_empty() && word.chars().all(|c| c.is_ascii_digit());
        // Digits hyphened to a word are part of its name, not a count: `COVID-19`, `G-20`,
        // `Su-35`.
        if is_digit
            && let Some(prev) = out.last_mut()
            && !prev.number
            && &text[prev.span.end..s.start] == "-"
            && prev
                .span
                .of(text)
                .chars()
                .last()
                .is_some_and(char::is_alphabetic)
        {
            prev.span.end = s.end;
            prev.folded = fold(prev.span.of(text));
            continue;
        }
        // Join `2` `.` `5`, `1` `,` `000`, `3` `:` `00`, `20` `/` `06` into one number token.
        if is_digit && let Some(prev) = out.last_mut() {
            let gap = &text[prev.span.end..s.start];
            if prev.number && matches!(gap, "." | "," | ":" | "/" | "-") {
                prev.span.end = s.end;
                prev.folded = prev.span.of(text).to_string();
                continue;
            }
        }
        out.push(Token {
            span: s,
            folded: fold(word),
            number: is_digit,
        });
    }
    out
}
