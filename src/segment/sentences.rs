//! Sentence boundaries inside a stretch of prose: terminal marks with their closing quotes,
//! minus the dots of titles, abbreviations, initials, numbers, URLs and addresses, plus the
//! boundaries scraping glued together (`kasi.Na`, `usalama.''Pande`). One pass, linear time.

use crate::lang::LangData;
use crate::text::{Span, fold, is_space};

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Quotes and brackets that may close a sentence after its terminal mark.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '“')
}

/// What may open a sentence besides a capital: quotes, brackets, dashes, digits.
fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '-' | '–' | '—'
    )
}

/// Splits `span` of `text` into sentence spans, trimmed of surrounding whitespace.
pub(super) fn split(lang: &LangData, text: &str, span: Span) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text[span.start..span.end]
        .char_indices()
        .map(|(i, c)| (i + span.start, c))
        .collect();
    let mut out = Vec::new();
    let mut start = 0usize; // index into chars of the current sentence's first char
    let mut i = 0usize;
    while i < chars.len() {
        if !is_terminal(chars[i].1) {
            i += 1;
            continue;
        }
        let mark = i;
        let mut j = i;
        while j < chars.len() && is_terminal(chars[j].1) {
            j += 1;
        }
        // Closing quotes and brackets after the mark.
        let mut k = j;
        while k < chars.len() && is_closer(chars[k].1) {
            k += 1;
        }
        let next = chars.get(k).map(|&(_, c)| c);
        let end_at = match next {
            None => None, // the span's end closes the sentence anyway
            Some(c) if c.is_alphabetic() && k > j && c.is_uppercase() => {
                // `usalama.''Pande`: the quotes open the next sentence.
                boundary_ok(lang, text, &chars, start, mark, c, true).then_some(j)
            }
            Some(c) if c.is_alphanumeric() && k == j => {
                // Glued: `kasi.Na`. Only lower-case + mark + capital, never inside numbers.
                let left = mark.checked_sub(1).map(|p| chars[p].1);
                let glued = left.is_some_and(|l| l.is_lowercase())
                    && c.is_uppercase()
                    && boundary_ok(lang, text, &chars, start, mark, c, true);
                glued.then_some(j)
            }
            Some(c) if is_space(c) => {
                let mut m = k;
                while m < chars.len() && is_space(chars[m].1) {
                    m += 1;
                }
                match chars.get(m) {
                    Some(&(_, n)) if starts_sentence(&chars, m, n) => {
                        boundary_ok(lang, text, &chars, start, mark, n, false).then_some(k)
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(end) = end_at {
            push_trimmed(&mut out, &chars, start, end, text.len().min(span.end));
            start = end;
        }
        i = k.max(j);
    }
    if start < chars.len() {
        push_trimmed(&mut out, &chars, start, chars.len(), span.end);
    }
    out
}

/// Whether the character at `m` can open a sentence.
fn starts_sentence(chars: &[(usize, char)], m: usize, c: char) -> bool {
    if c.is_uppercase() || c.is_ascii_digit() {
        return true;
    }
    if is_opener(c) {
        // An opening quote or bracket followed by a capital or digit.
        let mut p = m;
        while p < chars.len() && (is_opener(chars[p].1) || is_space(chars[p].1)) {
            p += 1;
        }
        return chars
            .get(p)
            .is_some_and(|&(_, n)| n.is_uppercase() || n.is_ascii_digit());
    }
    false
}

/// Whether a terminal mark at `mark` really ends a sentence, judged by the word before it.
fn boundary_ok(
    lang: &LangData,
    text: &str,
    chars: &[(usize, char)],
    start: usize,
    mark: usize,
    next: char,
    glued: bool,
) -> bool {
    if chars[mark].1 != '.' {
        return true;
    }
    // The token before the dot: back to the previous space or the sentence's start.
    let mut t = mark;
    while t > start && !is_space(chars[t - 1].1) {
        t -= 1;
    }
    let token_start = chars[t].0;
    let token = text[token_start..chars[mark].0].trim_start_matches(|c: char| is_opener(c));
    if token.is_empty() {
        return true;
    }
    if token.contains('@') || token.contains("://") || fold(token).starts_with("www.") {
        return false;
    }
    let folded = fold(token);
    if lang.no_end.contains(&folded) {
        return false;
    }
    if lang.may_end.contains(&folded) {
        return next.is_uppercase();
    }
    // Initials: one capital letter (`J. K. Nyerere`), or a run like `U.S`.
    let letters: Vec<char> = token.chars().filter(|c| *c != '.').collect();
    if letters.len() == 1 && letters[0].is_uppercase() {
        return false;
    }
    if token.contains('.') && letters.iter().all(|c| c.is_uppercase()) && letters.len() <= 4 {
        return false;
    }
    // A list number at the start of a line (`1. Nenda …`).
    if t == start && token.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    if glued {
        // `habari.co.tz` is a domain; a glued boundary needs a real word on the left.
        return !token.contains('.');
    }
    true
}

fn push_trimmed(out: &mut Vec<Span>, chars: &[(usize, char)], from: usize, to: usize, end: usize) {
    let mut a = from;
    let mut b = to;
    while a < b && is_space(chars[a].1) {
        a += 1;
    }
    while b > a && is_space(chars[b - 1].1) {
        b -= 1;
    }
    if a < b {
        let s = chars[a].0;
        let e = chars.get(b).map_or(end, |&(o, _)| o);
        out.push(Span::new(s, e));
    }
}
