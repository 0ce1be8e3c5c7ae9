//! The tokens the English side reads: words, and numbers with their inner `,` `.` `:` `/`
//! `-` joined (`1,200`, `5.2`, `3:00`, `20/06/2024`); a currency glued to its amount
//! (`Sh5.2`) is split into the currency and the number; digits written together with letters
//! (`802.11n`, `COVID-19`, `A380`) are one code, never a number. Spans point into the article.

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
    let mut code_end = 0;
    for w in word_spans(body) {
        if w.start < code_end {
            continue;
        }
        // `802.11n`, `3G`, `H5N1`: a run with digits and letters (joined by nothing, `.`,
        // `-` or `/`) names a standard, a model or a strain; its digits are not a count.
        if let Some(code) = code_run(body, w, glued) {
            code_end = code.end;
            let s = Span::new(span.start + code.start, span.start + code.end);
            out.push(Token {
                span: s,
                folded: fold(s.of(text)),
                number: false,
            });
            continue;
        }
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

/// The code that starts at word `w` of `body`: the run of letters, digits and inner `.` `-`
/// `/` from `w` on, when it holds a digit and a letter and is not a currency glued to an
/// amount (`Sh5.2`, read as money). `None` for plain words and plain numbers.
fn code_run(body: &str, w: Span, glued: &[String]) -> Option<Span> {
    let bytes = body.as_bytes();
    let mut end = w.start;
    while end < bytes.len() {
        let b = bytes[end];
        let inner = matches!(b, b'.' | b'-' | b'/')
            && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
            && end > w.start;
        if b.is_ascii_alphanumeric() || inner {
            end += 1;
        } else {
            break;
        }
    }
    let run = &body[w.start..end];
    let folded = run.to_ascii_lowercase();
    if glued.iter().any(|p| {
        folded
            .strip_prefix(p.as_str())
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    }) {
        return None;
    }
    let digit = run.bytes().any(|b| b.is_ascii_digit());
    let letter = run.bytes().any(|b| b.is_ascii_alphabetic());
    // A word hyphened to digits (`COVID-19`) is joined below as before; only runs whose
    // digits touch letters or whose parts after a dot hold letters (`802.11n`) are codes.
    let touching = run.as_bytes().windows(2).any(|p| {
        p[0].is_ascii_digit() && p[1].is_ascii_alphabetic()
            || p[0].is_ascii_alphabetic() && p[1].is_ascii_digit()
    });
    // `4-5x`, `10x`: a factor, read as numbers.
    let factor = folded.ends_with('x')
        && folded[..folded.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b','));
    (digit && letter && touching && !factor && end > w.end).then(|| Span::new(w.start, end))
}
