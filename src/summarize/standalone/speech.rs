//! `verb::analyse` for the speech verbs of [`super::is_speech`], with each stem's endings
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
