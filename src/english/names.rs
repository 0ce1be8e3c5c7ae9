//! Which capitalised words are ordinary Swahili words rather than names: a sentence-internal
//! capital (after a quote, in a headline, inside an institution's name: `Idara ya Uhamiaji`,
//! `MWANAUME`) does not make `Uhamiaji` a name to pass through as English. The list is
//! `glossary/lang/words-sw.txt`, generated from hunspell-sw (LGPL-2.1-or-later, see its header).

use std::collections::HashSet;
use std::sync::OnceLock;

const EMBEDDED_WORDS: &str = include_str!("../../glossary/lang/words-sw.txt");

fn words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        EMBEDDED_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether `folded` (lower case, as [`crate::text::fold`] gives it) is a Swahili word of the
/// shipped word list, so a capital on it does not make it a name.
pub fn is_swahili_word(folded: &str) -> bool {
    words().contains(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_words_and_names_are_not() {
        for w in ["uhamiaji", "wafanyakazi", "mwanaume", "katika", "idara", "vizuri"] {
            assert!(is_swahili_word(w), "{w}");
        }
        // Names the dictionary lists capitalised, given names, and foreign names.
        for w in ["marekani", "juma", "baraka", "wetangula", "putin", "Katika"] {
            assert!(!is_swahili_word(w), "{w}");
        }
    }
}
