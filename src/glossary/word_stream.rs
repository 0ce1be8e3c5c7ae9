//! The text as the matcher reads it: its words folded and joined by one separator in one
//! pass, with a map back to each word's span in the original text; and the headline-passive
//! subject test that reads the words before a hit.

/// Separator between two words with only whitespace between them.
pub(super) const SPACE: char = ' ';
/// Separator between two words with punctuation between them: no phrase crosses it.
pub(super) const BREAK: char = '\u{1F}';

/// Whether the word before word `i`, in the same clause, is a plural subject for a headline
/// passive: a count (`Watu 20`, `watu watatu`, `watu elfu mbili`) or the capitalised plural
/// of people opening the sentence: class 2 (`Wakazi waonywa`), class 6 (`Maafisa
/// wakamatwa`) or a noun of people that is the same in both numbers (`Polisi wakamatwa`).
/// Otherwise `wa-` + passive is the noun (`waathiriwa` victims, `iliwaachia watuhumiwa`
/// released the suspects).
pub(super) fn plural_subject_before(text: &str, stream: &WordStream, i: usize) -> bool {
    const PEOPLE: &[&str] = &["askari", "polisi", "raia", "abiria", "majeruhi"];
    let Some(prev) = i.checked_sub(1).filter(|&p| stream.space_after(p)) else {
        return false;
    };
    let word = stream.word(prev);
    if word.bytes().all(|b| b.is_ascii_digit()) || crate::morph::is_count(word) {
        return true;
    }
    let opens = prev == 0 || !stream.space_after(prev - 1);
    opens
        && (word.starts_with('w') || word.starts_with("ma") || PEOPLE.contains(&word))
        && text[stream.text_start[prev] as usize..].starts_with(char::is_uppercase)
}

/// The text's words folded and joined by one separator, with a map back to their spans.
pub(super) struct WordStream {
    pub(super) folded: String,
    /// Each word's span in the original text (start, end), as u32 to keep the hot
    /// vectors small (texts over 4 GiB are matched in pieces).
    pub(super) text_start: Vec<u32>,
    pub(super) text_end: Vec<u32>,
    /// Each word's span in `folded`.
    pub(super) starts: Vec<u32>,
    pub(super) ends: Vec<u32>,
}

impl WordStream {
    /// One pass over the text: the words of [`crate::text::word_spans`] (a run of letters and digits; an
    /// apostrophe or hyphen between a word character and a letter stays inside), folded as
    /// [`crate::text::fold`] does, with an ASCII fast path. A test checks it agrees with both.
    pub(super) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut folded: Vec<u8> = Vec::with_capacity(text.len() + 16);
        let cap = text.len() / 6 + 1;
        let mut text_start = Vec::with_capacity(cap);
        let mut text_end = Vec::with_capacity(cap);
        let mut starts = Vec::with_capacity(cap);
        let mut ends = Vec::with_capacity(cap);
        let mut in_word = false;
        let mut only_space = true;
        let mut i = 0;
        let char_at = |i: usize| text[i..].chars().next();
        while i < bytes.len() {
            let b = bytes[i];
            let (c, w) = if b < 0x80 {
                (b as char, 1)
            } else {
                let c = char_at(i).unwrap_or(' ');
                (c, c.len_utf8())
            };
            let word_char = if b < 0x80 {
                b.is_ascii_alphanumeric()
            } else {
                c.is_alphanumeric()
            };
            if word_char {
                if !in_word {
                    if !text_start.is_empty() {
                        folded.push(if only_space { SPACE as u8 } else { BREAK as u8 });
                    }
                    starts.push(folded.len() as u32);
                    text_start.push(i as u32);
                    in_word = true;
                }
                if b < 0x80 {
                    folded.push(b.to_ascii_lowercase());
                } else {
                    let mut buf = [0u8; 4];
                    for l in c.to_lowercase() {
                        folded.extend_from_slice(l.encode_utf8(&mut buf).as_bytes());
                    }
                }
                i += w;
                continue;
            }
            let apostrophe = crate::text::is_apostrophe(c);
            if in_word
                && (apostrophe || c == '-')
                && char_at(i + w).is_some_and(|n| n.is_alphabetic())
            {
                folded.push(if apostrophe { b'\'' } else { b'-' });
                i += w;
                continue;
            }
            if in_word {
                text_end.push(i as u32);
                ends.push(folded.len() as u32);
                in_word = false;
                only_space = true;
            }
            if !crate::text::is_space(c) {
                only_space = false;
            }
            i += w;
        }
        if in_word {
            text_end.push(bytes.len() as u32);
            ends.push(folded.len() as u32);
        }
        let folded = String::from_utf8(folded).unwrap_or_default();
        WordStream {
            folded,
            text_start,
            text_end,
            starts,
            ends,
        }
    }

    #[inline]
    pub(super) fn len(&self) -> usize {
        self.starts.len()
    }

    #[inline]
    pub(super) fn word(&self, i: usize) -> &str {
        &self.folded[self.starts[i] as usize..self.ends[i] as usize]
    }

    /// Whether only whitespace separates word `i` from the next.
    #[inline]
    pub(super) fn space_after(&self, i: usize) -> bool {
        self.folded.as_bytes().get(self.ends[i] as usize) == Some(&(SPACE as u8))
    }

    /// The word starting at byte `offset` of the folded stream, at or before word `last`
    /// (matches are short: walk back rather than search).
    #[inline]
    pub(super) fn word_starting_at(&self, offset: usize, last: usize) -> Option<usize> {
        let mut k = last;
        loop {
            match (self.starts[k] as usize).cmp(&offset) {
                std::cmp::Ordering::Equal => return Some(k),
                std::cmp::Ordering::Less => return None,
                std::cmp::Ordering::Greater if k == 0 => return None,
                std::cmp::Ordering::Greater => k -= 1,
            }
        }
    }

    /// The word whose letters include byte `offset` (its start included), at or before
    /// word `last`.
    #[inline]
    pub(super) fn word_containing(&self, offset: usize, last: usize) -> Option<usize> {
        let mut k = last;
        while self.starts[k] as usize > offset {
            if k == 0 {
                return None;
            }
            k -= 1;
        }
        (offset < self.ends[k] as usize).then_some(k)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Span, fold, word_spans};

    #[test]
    fn word_stream_agrees_with_word_spans_and_fold() {
        let texts = [
            "Ng’ombe wa Asia-Pasifiki, 2.5!  Rais’ -- ''alisema'' ÉCOLE İstanbul x-y- 'a b'",
            "a''b a-'b -a a- ‘quoted’ ng'ombe\u{00A0}nchi\u{200B}ni",
            "",
            "   ",
            "ẞtraße Ωmega 123abc",
        ];
        for t in texts {
            let ws = WordStream::new(t);
            let spans = word_spans(t);
            let got_spans: Vec<Span> = (0..ws.len())
                .map(|i| Span::new(ws.text_start[i] as usize, ws.text_end[i] as usize))
                .collect();
            assert_eq!(got_spans, spans, "{t:?}");
            let words: Vec<String> = spans.iter().map(|s| fold(s.of(t))).collect();
            let got: Vec<&str> = (0..ws.len()).map(|i| ws.word(i)).collect();
            assert_eq!(got, words, "{t:?}");
        }
    }
}
