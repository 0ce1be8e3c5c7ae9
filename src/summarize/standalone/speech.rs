//! [`is_speech`], and `verb::analyse` for its speech verbs, with each stem's endings
//! made once: it runs on every word whose last letters fit, and `verb::endings` builds a
//! string per ending. Same answers as `verb::analyse`, in the same order.

use std::sync::OnceLock;

use crate::morph::{Analysis, Mood, Voice, verb};

/// `verb::analyse(folded, SPEECH[i])`.
pub(super) fn analyse(folded: &str, i: usize) -> Option<Analysis> {
    static ENDINGS: OnceLock<Vec<Vec<(String, Mood, Voice)>>> = OnceLock::new();
    let endings = ENDINGS.get_or_init(|| {
        super::SPEECH
            .iter()
            .map(|stem| {
                let ends = verb::endings(stem).into_iter();
                ends.map(|e| (e.text, e.mood, e.voice)).collect()
            })
            .collect()
    });
    endings[i].iter().find_map(|(text, mood, voice)| {
        let prefix = folded.strip_suffix(text.as_str())?;
        verb::parse_prefix(prefix, text, *mood, *voice)
    })
}

/// The stems of [`super::SPEECH`] (by index) that end in `last` (three letters): only
/// they can end a word that ends so, and most words end in none of them.
#[inline]
pub(super) fn speech_stems(last: &[u8]) -> &'static [usize] {
    match last {
        b"ema" => &[0],
        b"eza" => &[1, 2],
        b"iza" => &[3],
        b"dai" => &[4],
        b"sha" => &[5],
        b"nua" => &[6],
        b"bia" => &[7],
        _ => &[],
    }
}

/// A verb of saying with a third-person subject (`alisema`, `wameongeza`, `asema`).
#[inline]
pub(super) fn is_speech(folded: &str) -> bool {
    // The last three letters of every stem: most words are out at once, without comparing
    // strings.
    let b = folded.as_bytes();
    match b {
        [_, .., x, y, z] if !speech_stems(&[*x, *y, *z]).is_empty() => speech_verb(folded),
        _ => false,
    }
}

/// [`is_speech`] of a word ending as a stem of [`super::SPEECH`] does: parsed. Apart (not
/// inlined), so that the step every word takes stays small.
#[inline(never)]
fn speech_verb(folded: &str) -> bool {
    let b = folded.as_bytes();
    // A subject `a`, `wa`, `i` or `li` is written first (`a-`, `wa-`, `i-`, `li-`), after
    // the negative's `h` (`ha-`, `hawa-`, `hai-`, `hali-`), or as the general tense's `ya-`
    // or `la-`: a word opening on another letter has none of them.
    if !matches!(b[0], b'a' | b'w' | b'i' | b'l' | b'h' | b'y') {
        return false;
    }
    speech_stems(&b[b.len() - 3..]).iter().any(|&i| {
        let stem = super::SPEECH[i];
        folded.ends_with(stem)
            && folded.len() > stem.len()
            && analyse(folded, i)
                .and_then(|a| a.subject)
                .is_some_and(|s| matches!(s.marker, "a" | "wa" | "i" | "li"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letter_gate_changes_no_answer() {
        let words = super::super::tests::gate_words();
        let mut speech = 0;
        for w in words.iter().filter(|w| w.len() >= 4) {
            let b = w.as_bytes();
            let ungated = speech_stems(&b[b.len() - 3..]).iter().any(|&i| {
                let stem = super::super::SPEECH[i];
                w.ends_with(stem)
                    && w.len() > stem.len()
                    && analyse(w, i)
                        .and_then(|a| a.subject)
                        .is_some_and(|s| matches!(s.marker, "a" | "wa" | "i" | "li"))
            });
            assert_eq!(is_speech(w), ungated, "{w}");
            speech += usize::from(ungated);
        }
        assert!(speech > 100, "only {speech} speech verbs");
    }
}
