//! Text primitives shared by every stage: spans, word tokens with byte offsets into the
//! original text, and the folding used to compare words (lower case, apostrophes unified).
//! It knows nothing of sentences, glossaries or output.

use serde::Serialize;

/// A half-open byte range `[start, end)` into a document's text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// The text the span covers.
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A word of the text: its span and its folded form.
/// 1-based line and column (in characters) of byte `pos` in `text`, for error messages: a
/// position past the end or inside a character (a parser's byte count) is moved back.
pub(crate) fn line_col(text: &str, pos: usize) -> (usize, usize) {
    let mut pos = pos.min(text.len());
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    let before = &text[..pos];
    let line = before.matches('\n').count() + 1;
    let col = before[before.rfind('\n').map_or(0, |i| i + 1)..]
        .chars()
        .count()
        + 1;
    (line, col)
}

#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Where the word stands in the text.
    pub span: Span,
    /// Lower-cased, apostrophes folded to `'`.
    pub folded: String,
}

pub use crate::hash::WordSet;

/// Whether `c` separates words and sentences the way a space does. Non-breaking and other
/// Unicode spaces and the byte-order mark count, as scraped pages are full of them.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{200B}' | '\u{FEFF}' | '\u{2060}')
}

/// Whether `c` is an invisible format character that scraped pages leave inside words: the
/// byte-order mark used as a zero-width no-break space, the word joiner and the soft hyphen.
/// They join rather than separate, so ingest drops them from every document and
/// `N\u{FEFF}a` reads as the word `Na`. Text that did not come through ingest still has
/// them, and [`is_space`] treats the first two as spaces there.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{FEFF}' | '\u{2060}' | '\u{00AD}')
}

/// Whether `text` holds nothing to read: only spaces and [invisible](is_invisible)
/// characters.
pub fn is_blank(text: &str) -> bool {
    text.chars().all(|c| is_space(c) || is_invisible(c))
}

/// `text` without its [invisible](is_invisible) characters; borrowed when it has none.
pub fn without_invisible(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_invisible) {
        std::borrow::Cow::Owned(text.chars().filter(|&c| !is_invisible(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Whether `c` is an apostrophe of any of the shapes Swahili text uses (`ng'ombe`, `ng’ombe`).
pub fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`')
}

/// Folds a word for comparison: lower case, every apostrophe shape to `'`.
pub fn fold(word: &str) -> String {
    if word.is_ascii() {
        // The ASCII fast path of [`fold_into`]: no character-by-character lower-casing.
        let mut out = word.to_ascii_lowercase();
        if out.contains('`') {
            out = out.replace('`', "'");
        }
        return out;
    }
    fold_chars(word)
}

/// [`fold`] character by character, for words that are not ASCII.
fn fold_chars(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if is_apostrophe(c) {
            out.push('\'');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// [`fold`] into a reused buffer: the one fast path for ASCII words (lower-cased in place;
/// a backtick, an apostrophe shape, still becomes `'`), the same output as [`fold`].
#[inline]
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        // Copied whole and lower-cased in place (not pushed char by char); a backtick, rare,
        // becomes an apostrophe after.
        out.push_str(word);
        out.make_ascii_lowercase();
        if word.contains('`') {
            *out = out.replace('`', "'");
        }
    } else {
        out.push_str(&fold_chars(word));
    }
}

/// [`fold`] of a word, through the ASCII fast path of [`fold_into`].
#[inline]
pub fn fold_fast(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The words of `text`, in order, with spans into `text`. A word is a run of letters and
/// digits; an apostrophe or hyphen between two letters stays inside it (`ng'ombe`,
/// `Asia-Pasifiki`).
#[cfg(test)]
pub fn words(text: &str) -> Vec<Word> {
    WordSpans::new(text)
        .map(|span| Word {
            folded: fold(span.of(text)),
            span,
        })
        .collect()
}

/// The spans of the words of `text` (a word is a run of letters and digits; an apostrophe
/// or hyphen between two letters stays inside it), without folding.
pub fn word_spans(text: &str) -> Vec<Span> {
    WordSpans::new(text).collect()
}

/// The spans of the words of `text` (see [`words`]) one by one, without collecting them.
#[derive(Debug, Clone)]
pub struct WordSpans<'a> {
    text: &'a str,
    at: usize,
    /// The [`FoldClass`] of the last word found, as the OR of its bytes' [`BYTE_CLASS`].
    class: u8,
}

/// What it takes to fold a word ([`fold`]), known from its bytes while they are read as a
/// word: nothing when it is its own folded form, lower-casing ASCII, or [`fold_into`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoldClass {
    /// Lower-case ASCII letters and digits only: the word is its own folded form.
    Folded,
    /// ASCII but the backtick: folded by lower-casing ASCII, as [`fold`] does.
    Ascii,
    /// A backtick or a byte beyond ASCII: folded by [`fold_into`].
    Other,
}

impl<'a> WordSpans<'a> {
    /// The words of `text`, from its start.
    pub fn new(text: &'a str) -> Self {
        WordSpans {
            text,
            at: 0,
            class: 0,
        }
    }

    /// The [`FoldClass`] of the word [`Iterator::next`] found last.
    #[inline]
    pub fn fold_class(&self) -> FoldClass {
        match self.class & !WORD_BYTE {
            0 => FoldClass::Folded,
            ASCII_FOLD => FoldClass::Ascii,
            _ => FoldClass::Other,
        }
    }

    /// The character at byte `i` (a character boundary) and its length; ASCII without
    /// decoding.
    fn char_at(&self, i: usize) -> Option<(char, usize)> {
        let b = *self.text.as_bytes().get(i)?;
        if b < 0x80 {
            return Some((char::from(b), 1));
        }
        self.text[i..].chars().next().map(|c| (c, c.len_utf8()))
    }
}

/// By byte, read once per byte of a word: [`WORD_BYTE`] for an ASCII letter or digit (bytes
/// beyond ASCII are decoded), and in the low bits what folding it takes: 0 for a lower-case
/// ASCII letter or a digit, [`ASCII_FOLD`] for any other ASCII byte but the backtick,
/// [`OTHER_FOLD`] for the backtick and bytes beyond ASCII. A word's [`FoldClass`] is the OR
/// of its bytes'.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [OTHER_FOLD; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        let fold = if c.is_ascii_lowercase() || c.is_ascii_digit() {
            0
        } else if c == b'`' {
            OTHER_FOLD
        } else {
            ASCII_FOLD
        };
        t[b] = fold
            | if c.is_ascii_alphanumeric() {
                WORD_BYTE
            } else {
                0
            };
        b += 1;
    }
    t
};

/// In [`BYTE_CLASS`]: an ASCII letter or digit.
const WORD_BYTE: u8 = 0x80;
/// In [`BYTE_CLASS`]: folded by lower-casing ASCII.
const ASCII_FOLD: u8 = 1;
/// In [`BYTE_CLASS`]: folded by [`fold_into`].
const OTHER_FOLD: u8 = 2;

impl Iterator for WordSpans<'_> {
    type Item = Span;

    #[inline]
    fn next(&mut self) -> Option<Span> {
        let bytes = self.text.as_bytes();
        let mut i = self.at;
        // The word's start, and its first byte's class when that byte is ASCII (read once).
        let (start, mut class) = loop {
            // ASCII without decoding: most of a Swahili text.
            let b = *bytes.get(i)?;
            let c = BYTE_CLASS[usize::from(b)];
            if c & WORD_BYTE != 0 {
                break (i, c);
            }
            if b < 0x80 {
                i += 1;
                continue;
            }
            let (c, len) = self.char_at(i)?;
            if is_word_char(c) {
                break (i, 0);
            }
            i += len;
        };
        // An ASCII first letter (a capital, most often) is taken here, so that the rest of
        // the word is read eight bytes at a time below; another one is read with the rest.
        let mut end = if class == 0 { start } else { start + 1 };
        // Eight bytes at a time while they are lower-case ASCII letters, most of a word
        // (their fold class is 0); the byte after them is read below.
        while let Some(chunk) = bytes.get(end..end + 8) {
            let run = lowercase_run(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
            end += run;
            if run < 8 {
                break;
            }
        }
        while let Some(&b) = bytes.get(end) {
            let c = BYTE_CLASS[usize::from(b)];
            if c & WORD_BYTE != 0 {
                class |= c;
                end += 1;
                continue;
            }
            // Any other ASCII byte ends the word, but an apostrophe or a hyphen that may
            // join two parts of it: no decoding.
            if b < 0x80 && !matches!(b, b'\'' | b'`' | b'-') {
                break;
            }
            let Some((c, len)) = self.char_at(end) else {
                break;
            };
            let joins = (is_apostrophe(c) || c == '-')
                && self
                    .char_at(end + len)
                    .is_some_and(|(n, _)| n.is_alphabetic());
            if !(is_word_char(c) || joins) {
                break;
            }
            class |= BYTE_CLASS[usize::from(b)];
            end += len;
        }
        self.at = end;
        self.class = class;
        Some(Span::new(start, end))
    }
}

/// How many of the eight bytes of `x` (little-endian: in text order) are lower-case ASCII
/// letters before the first that is not, all in one step: each byte's top bit is set when
/// it is at least `a` and clear when it is above `z` (bytes beyond ASCII are not letters
/// here; they are cleared first so that no sum carries into the next byte).
#[inline]
fn lowercase_run(x: u64) -> usize {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let ascii = x & !HIGH;
    let from_a = ascii + LOW * (0x80 - u64::from(b'a'));
    let above_z = ascii + LOW * (0x80 - u64::from(b'z') - 1);
    let letters = from_a & !above_z & !x & HIGH;
    (!letters & HIGH).trailing_zeros() as usize / 8
}

/// Whether a word starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    #[test]
    fn line_col_moves_back_out_of_a_character() {
        let t = "a\n\u{feff}b";
        assert_eq!(super::line_col(t, 3), (2, 1)); // inside the BOM
        assert_eq!(super::line_col(t, 5), (2, 2));
        assert_eq!(super::line_col(t, 99), (2, 3));
    }

    use super::*;

    #[test]
    fn lowercase_runs_stop_at_the_first_other_byte() {
        let run = |b: &[u8; 8]| super::lowercase_run(u64::from_le_bytes(*b));
        assert_eq!(run(b"habarize"), 8);
        assert_eq!(run(b"habari z"), 6);
        assert_eq!(run(b"Habari z"), 0);
        assert_eq!(run(b"az`{@[AZ"), 2);
        assert_eq!(run(b"ng'ombe "), 2);
        assert_eq!(run(b"wa2019xy"), 2);
        // Bytes beyond ASCII, alone or before a letter, end the run and carry nowhere.
        assert_eq!(run(&[b'a', 0xE1, b'b', 0xFF, b'c', 0x80, b'z', b'z']), 1);
        assert_eq!(run(&[b'm', b'n', 0xE2, 0x80, 0x99, b'a', b'a', b'a']), 2);
        for b in 0..=255u8 {
            let mut x = [b'k'; 8];
            x[3] = b;
            let want = if b.is_ascii_lowercase() { 8 } else { 3 };
            assert_eq!(run(&x), want, "byte {b:#x}");
        }
    }

    #[test]
    fn words_keep_spans_and_fold() {
        let text = "Ng’ombe wa Asia-Pasifiki, 2.5!";
        let w = words(text);
        let folded: Vec<_> = w.iter().map(|w| w.folded.as_str()).collect();
        assert_eq!(folded, ["ng'ombe", "wa", "asia-pasifiki", "2", "5"]);
        assert_eq!(w[0].span.of(text), "Ng’ombe");
    }

    /// The words of `text` as a plain loop over its characters: what [`WordSpans`] must
    /// give, however it gets there.
    fn reference_spans(text: &str) -> Vec<Span> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut spans = Vec::new();
        let mut start: Option<usize> = None;
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next_letter = chars.get(k + 1).is_some_and(|&(_, n)| n.is_alphabetic());
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if start.is_some() && (is_apostrophe(c) || c == '-') && next_letter {
                // stays inside the word
            } else if let Some(s) = start.take() {
                spans.push(Span::new(s, i));
            }
        }
        if let Some(s) = start {
            spans.push(Span::new(s, text.len()));
        }
        spans
    }

    #[test]
    fn word_spans_match_the_plain_loop() {
        for text in [
            "",
            "-'",
            "ng'ombe wa-'a 'kwa' -- Asia-Pasifiki 2-3 x-",
            "Ng’ombe ʼwa` Dar‑es‑Salaam ‘nne’ 1,000.5 Ñandú élan ça-va",
            "habari\u{00A0}njema\tleo—kesho…",
        ] {
            assert_eq!(word_spans(text), reference_spans(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn word_spans_match_the_plain_loop_on_any_text(text in "[a-zA-Z0-9 '’`\\-ñé—,.]{0,40}") {
            proptest::prop_assert_eq!(word_spans(&text), reference_spans(&text));
        }

        /// A word's fold class says what folding it takes: none when it is its own folded
        /// form, lower-casing ASCII when it is ASCII without a backtick.
        #[test]
        fn fold_class_tells_how_a_word_folds(text in "[a-zA-Z0-9 '’`\\-ñÉ—,.]{0,40}") {
            let mut words = WordSpans::new(&text);
            while let Some(span) = words.next() {
                let w = span.of(&text);
                match words.fold_class() {
                    FoldClass::Folded => proptest::prop_assert_eq!(fold(w), w),
                    FoldClass::Ascii => {
                        proptest::prop_assert!(w.is_ascii() && !w.contains('`'));
                        proptest::prop_assert_eq!(fold(w), w.to_ascii_lowercase());
                    }
                    FoldClass::Other => proptest::prop_assert!(!w.is_ascii() || w.contains('`')),
                }
            }
        }
    }

    #[test]
    fn invisible_characters_go_and_join_the_word() {
        assert_eq!(
            without_invisible("N\u{FEFF}a Asha B\u{2060}BC ma\u{00AD}ji"),
            "Na Asha BBC maji"
        );
        assert!(matches!(
            without_invisible("Na Asha"),
            std::borrow::Cow::Borrowed(_)
        ));
        assert!(is_blank(" \u{FEFF}\u{2060}\n") && !is_blank("\u{FEFF}a"));
    }

    #[test]
    fn nbsp_is_space() {
        assert!(is_space('\u{00A0}'));
        assert!(!is_space('a'));
    }

    proptest::proptest! {
        /// The one ASCII fast path folds exactly as `fold` does, backticks included.
        #[test]
        fn fast_fold_is_fold(word in "[ -~]{0,16}|\\PC{0,12}|[A-Za-z`'’]{0,8}") {
            let mut buf = String::from("left over");
            fold_into(&word, &mut buf);
            proptest::prop_assert_eq!(&buf, &fold(&word));
            proptest::prop_assert_eq!(fold_fast(&word), fold(&word));
        }
    }
}
