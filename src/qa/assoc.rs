//! A bilingual word-association table learned from parallel text that the QA figures are
//! not measured on (`assoc.tsv`, written by `examples/qa_assoc.rs`): which English word
//! stems go with which Swahili word forms. It explains English words the glossary does not
//! (a paraphrase, not a wrong term) for the severity model. Only word pairs with scores are
//! kept, never sentences. It is evidence for the model, not a dictionary.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::stem::stem;
use crate::text::{fold, word_spans};

const TABLE: &str = include_str!("assoc.tsv");

/// Swahili key → the English stems it goes with (at most five): whole words, and word ends
/// (the table's `~` keys) apart.
struct Table {
    words: HashMap<&'static str, Vec<&'static str>>,
    ends: HashMap<&'static str, Vec<&'static str>>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table {
            words: HashMap::new(),
            ends: HashMap::new(),
        };
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            if let (Some(sw), Some(en)) = (f.next(), f.next()) {
                match sw.strip_prefix('~') {
                    Some(end) => t.ends.entry(end).or_default().push(en),
                    None => t.words.entry(sw).or_default().push(en),
                }
            }
        }
        t
    })
}

/// The keys of a pair as the table reads them: the Swahili words folded (and the ends of
/// the long ones, see [`sw_end`], marked `~`), the English words' stems (lower case);
/// words of fewer than three letters and digits left out.
pub fn keys(sw: &str, en: &str) -> (Vec<String>, Vec<String>) {
    let keep = |w: &String| w.chars().count() >= 3 && !w.chars().any(|c| c.is_ascii_digit());
    let sw: Vec<String> = word_spans(sw)
        .into_iter()
        .flat_map(|s| {
            let w = fold(s.of(sw));
            let end = sw_end(&w).map(|e| format!("~{e}"));
            std::iter::once(w).chain(end)
        })
        .filter(keep)
        .collect();
    let en: Vec<String> = word_spans(en)
        .into_iter()
        .map(|s| stem(&s.of(en).to_lowercase()))
        .filter(keep)
        .collect();
    (sw, en)
}

/// The last five letters of a folded Swahili word of six letters or more (`walisaini`,
/// `kusaini` → `saini`; `magonjwa` → `onjwa`): Swahili inflects mostly at the front, so
/// the end keeps the root.
pub(crate) fn sw_end(word: &str) -> Option<&str> {
    let n = word.chars().count();
    (n >= 6).then(|| {
        let at = word.char_indices().nth(n - 5).map_or(0, |(i, _)| i);
        &word[at..]
    })
}

/// The English stems a Swahili word goes with, by the table.
pub(crate) fn english_of(word: &str) -> impl Iterator<Item = &'static str> {
    let t = table();
    let whole = t.words.get(word).into_iter().flatten();
    let end = sw_end(word)
        .and_then(|e| t.ends.get(e))
        .into_iter()
        .flatten();
    whole.chain(end).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_ends_keep_the_root() {
        assert_eq!(sw_end("walisaini"), Some("saini"));
        assert_eq!(sw_end("kusaini"), Some("saini"));
        assert_eq!(sw_end("saini"), None);
        let (sw, en) = keys("Walisaini mikataba 3.", "They signed agreements.");
        assert_eq!(sw, ["walisaini", "~saini", "mikataba", "~ataba"]);
        assert_eq!(en, ["they", "sign", "agreement"]);
    }
}
