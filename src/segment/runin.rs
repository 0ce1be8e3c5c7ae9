//! Crossheads and headings that scraping ran into the sentence after them, with no line
//! break and no full stop between: a quoted crosshead (`'Nilitoa jina la uwongo' Vikosi
//! vya …`) and a heading or sentence glued before a word that only opens a sentence
//! (`Ahadi Katika hotuba yake …`, `… alisema Kwa waumini …`). Each is cut off so that a
//! heading is a heading and a sentence starts where it starts. It does not classify lines.

use crate::text::{Span, is_space};

/// Words that open a sentence and are never part of a name: written capitalised right after
/// a lower-case word (no punctuation between), they start a new sentence the scraper glued on.
const OPENERS: &[&str] = &[
    "Katika", "Hata", "Baada", "Huku", "Yeye", "Mnamo", "Lakini", "Aidha", "Tangu", "Licha",
    "Vilevile", "Hivyo", "Kwa",
];

/// Openers that a heading may be run into (`Ahadi Katika hotuba …`) but that a sentence
/// may also hold capitalised by a slip (`… iliingia Katika mgogoro …`): cut only after a
/// piece that reads as a heading.
const WEAK: &[&str] = &["Katika", "Tangu", "Huku", "Hivyo", "Yeye"];

/// What may follow an opener of [`OPENERS`] for it to open a sentence (`Kwa mujibu`,
/// `Hata hivyo`); openers not listed here need nothing.
const NEXT: &[(&str, &[&str])] = &[
    (
        "Kwa",
        &[
            "mujibu", "mfano", "upande", "sababu", "hiyo", "hivyo", "sasa",
        ],
    ),
    ("Hata", &["hivyo", "hiyo", "hapo", "kama"]),
    ("Baada", &["ya"]),
];

/// Longest quoted crosshead, in bytes and in words.
const QUOTE_MAX: usize = 120;
const QUOTE_WORDS: usize = 12;
/// Longest piece before a glued opener that is taken for a heading, in words.
const HEADING_WORDS: usize = 4;

/// Whether a piece cut off is a heading or prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Piece {
    Heading,
    Sentence,
}

/// Cuts the sentence `span` of `text` at run-in crossheads and glued sentence openers;
/// one piece, a sentence, when there are none.
pub(super) fn split(text: &str, span: Span) -> Vec<(Piece, Span)> {
    let mut out = Vec::new();
    let mut rest = span;
    if let Some(end) = quoted_head(rest.of(text)) {
        out.push((Piece::Heading, Span::new(rest.start, rest.start + end)));
        let body = &text[rest.start + end..rest.end];
        let skip = body.len() - body.trim_start_matches(is_space).len();
        rest = Span::new(rest.start + end + skip, rest.end);
    }
    while let Some((before_end, next)) = glued_opener(rest.of(text)) {
        let before = Span::new(rest.start, rest.start + before_end);
        let kind = if is_heading(before.of(text)) {
            Piece::Heading
        } else {
            Piece::Sentence
        };
        out.push((kind, before));
        rest = Span::new(rest.start + next, rest.end);
    }
    out.push((Piece::Sentence, rest));
    out
}

/// The quote mark opening `s`, if any: its length and the marks that close it.
fn quote_open(s: &str) -> Option<(usize, &'static [char])> {
    if s.starts_with("''") {
        return Some((2, &['\'']));
    }
    match s.chars().next()? {
        '\'' => Some((1, &['\'', '’'])),
        '‘' => Some((3, &['’', '\''])),
        '"' => Some((1, &['"', '”'])),
        '“' => Some((3, &['”', '"'])),
        _ => None,
    }
}

/// A quote opening the sentence and closed by its own mark within [`QUOTE_MAX`] bytes and
/// [`QUOTE_WORDS`] words, with no sentence mark or comma inside, followed by spaces, a
/// capital and more prose: its end (after the closing mark).
fn quoted_head(s: &str) -> Option<usize> {
    let (open, closers) = quote_open(s)?;
    for (i, c) in s[open..].char_indices() {
        let at = open + i;
        if at > QUOTE_MAX {
            return None;
        }
        if matches!(c, '.' | '!' | '?' | '…' | ',' | ';' | ':' | '\n') {
            return None;
        }
        if matches!(c, '\'' | '"' | '’' | '”') {
            let two = s[at..].starts_with("''");
            // An apostrophe inside a word (`ng'ombe`) closes nothing.
            if c == '\'' && !two && s[at + 1..].starts_with(char::is_alphabetic) {
                continue;
            }
            if !closers.contains(&c) || (open == 2) != two {
                return None;
            }
            let end = at + if two { 2 } else { c.len_utf8() };
            let after = &s[end..];
            let gap = after.len() - after.trim_start_matches(is_space).len();
            let words = s[open..at].split_whitespace().count();
            let next_upper = after[gap..].starts_with(char::is_uppercase);
            // Something must follow, and the quote must say something (2+ words).
            return (gap > 0
                && next_upper
                && (2..=QUOTE_WORDS).contains(&words)
                && after[gap..].len() > 40)
                .then_some(end);
        }
    }
    None
}

/// The first word of [`OPENERS`] written right after a word, or a heading, with only spaces
/// between, past the sentence's first word: (end of the piece before it, its start). The
/// word before must be written lower-case (`… Deutsche Welle Baada ya …` is a name, then
/// prose), unless the piece before is a heading (`Ahadi Katika …`).
fn glued_opener(s: &str) -> Option<(usize, usize)> {
    let mut prev_lower = false;
    let mut prev_end = 0;
    let mut first = true;
    let mut words = s.split(is_space).filter(|w| !w.is_empty()).peekable();
    while let Some(w) = words.next() {
        // Byte offset of `w` in `s`: words are sub-slices of `s`.
        let start = w.as_ptr() as usize - s.as_ptr() as usize;
        // Cheapest tests first: this runs on every word of every sentence.
        if !first
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && OPENERS.contains(&w)
            && (prev_lower || is_heading(&s[..prev_end]))
            && (!WEAK.contains(&w) || is_heading(&s[..prev_end]))
            && NEXT
                .iter()
                .find(|(o, _)| *o == w)
                .is_none_or(|(_, next)| words.peek().is_some_and(|n| next.contains(n)))
            && s[start..].len() > 20
        {
            return Some((prev_end, start));
        }
        first = false;
        prev_lower = w.chars().next().is_some_and(char::is_lowercase);
        prev_end = start + w.len();
    }
    None
}

/// A short piece whose words are capitalised but for the joining `ya`, `wa`, `la`…: a
/// heading run into the text (`Ahadi`, `Siasa`, `Vita vya Kagera`).
fn is_heading(s: &str) -> bool {
    // Bounded: it is asked at every word of a sentence.
    // A label ending on a colon (`UPDATE:`) belongs to what follows it.
    if s.len() > 60 || !s.ends_with(char::is_alphanumeric) {
        return false;
    }
    let words: Vec<&str> = s.split(is_space).filter(|w| !w.is_empty()).collect();
    !words.is_empty()
        && words.len() <= HEADING_WORDS
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(
                    *w,
                    "ya" | "wa" | "la" | "za" | "cha" | "vya" | "kwa" | "na" | "katika"
                )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(s: &str) -> Vec<(Piece, &str)> {
        split(s, Span::new(0, s.len()))
            .into_iter()
            .map(|(k, sp)| (k, sp.of(s)))
            .collect()
    }

    #[test]
    fn a_quoted_crosshead_is_cut_off() {
        let s = "'Tulikimbia usiku' Wakazi wa kijiji hicho walihamia mjini Morogoro mwaka jana.";
        assert_eq!(
            pieces(s),
            [
                (Piece::Heading, "'Tulikimbia usiku'"),
                (
                    Piece::Sentence,
                    "Wakazi wa kijiji hicho walihamia mjini Morogoro mwaka jana."
                )
            ]
        );
    }

    #[test]
    fn a_quote_that_is_the_sentence_stays() {
        for s in [
            "\"Tutashinda,\" Rais alisema mbele ya wafuasi wake mjini Dodoma jana.",
            "\"Tutashinda kesho.\" Rais alisema mbele ya wafuasi wake mjini Dodoma jana.",
            "'Mwalimu' ni jina alilopewa na wanafunzi wake wa shule ya msingi ya Kibaha.",
        ] {
            assert_eq!(pieces(s), [(Piece::Sentence, s)], "{s}");
        }
    }

    #[test]
    fn a_heading_glued_before_a_sentence_opener_is_cut_off() {
        let s = "Ahadi Katika hotuba yake mwaka jana, waziri aliahidi barabara mpya.";
        assert_eq!(
            pieces(s),
            [
                (Piece::Heading, "Ahadi"),
                (
                    Piece::Sentence,
                    "Katika hotuba yake mwaka jana, waziri aliahidi barabara mpya."
                )
            ]
        );
        let s = "Mvua ilinyesha kwa siku tatu Hata hivyo wakulima wengi walifurahia mavuno yao.";
        assert_eq!(
            pieces(s),
            [
                (Piece::Sentence, "Mvua ilinyesha kwa siku tatu"),
                (
                    Piece::Sentence,
                    "Hata hivyo wakulima wengi walifurahia mavuno yao."
                )
            ]
        );
    }

    #[test]
    fn openers_inside_names_or_after_names_stay() {
        for s in [
            "Chama cha Mapinduzi kilishinda Katika uchaguzi.",
            "Waziri Juma Hata alifika mjini Tanga kwa mkutano wa wakulima wa korosho.",
            "Wakazi walisema kwa sauti kubwa kwamba Kwa hakika hawataondoka kijijini.",
        ] {
            assert_eq!(pieces(s), [(Piece::Sentence, s)], "{s}");
        }
    }
}
