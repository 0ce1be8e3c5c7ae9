//! A bilingual word-association table learned from parallel text that the QA figures are
//! not measured on (`assoc.tsv`, written by `examples/qa_assoc.rs`): which English word
//! stems go with which Swahili word forms. It explains English words the glossary does not
//! (a paraphrase, not a wrong term) for the severity model. Only word pairs with scores are
//! kept, never sentences. It is evidence for the model, not a dictionary.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::stem::stem;
use crate::text::{fold, word_spans};

const TABLE: &str = include_str!("assoc.tsv");

/// English stem → the Swahili word forms it goes with.
fn table() -> &'static HashMap<String, Vec<String>> {
    static T: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t: HashMap<String, Vec<String>> = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut f = line.split('\t');
            if let (Some(sw), Some(en)) = (f.next(), f.next()) {
                t.entry(en.to_string()).or_default().push(sw.to_string());
            }
        }
        t
    })
}

/// The keys of a pair as the table reads them: the Swahili words folded, the English
/// words' stems (lower case); words of fewer than three letters and digits left out.
pub fn keys(sw: &str, en: &str) -> (Vec<String>, Vec<String>) {
    let keep = |w: &String| w.chars().count() >= 3 && !w.chars().any(|c| c.is_ascii_digit());
    let sw: Vec<String> = word_spans(sw)
        .into_iter()
        .flat_map(|s| sw_keys(&fold(s.of(sw))))
        .filter(keep)
        .collect();
    let en: Vec<String> = word_spans(en)
        .into_iter()
        .map(|s| stem(&s.of(en).to_lowercase()))
        .filter(keep)
        .collect();
    (sw, en)
}

/// The keys of a folded Swahili word: the word, and for a word of six letters or more its
/// last five marked `~` (`walisaini`, `kusaini` → `~saini`; `magonjwa` → `~onjwa`): Swahili
/// inflects mostly at the front, so the end keeps the root.
pub(crate) fn sw_keys(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    let n = word.chars().count();
    if n >= 6 {
        out.push(format!("~{}", word.chars().skip(n - 5).collect::<String>()));
    }
    out
}

/// Whether an English stem goes, by the table, with one of the Swahili words.
pub(crate) fn explains(sw_words: &HashSet<&str>, en_stem: &str) -> bool {
    table()
        .get(en_stem)
        .is_some_and(|v| v.iter().any(|s| sw_words.contains(s.as_str())))
}

/// The Swahili words that go, by the table, with one of the English stems.
pub(crate) fn rendered<'a>(
    sw_words: &HashSet<&'a str>,
    en_stems: impl Iterator<Item = &'a str>,
) -> HashSet<&'a str> {
    let mut out = HashSet::new();
    for e in en_stems {
        if let Some(v) = table().get(e) {
            out.extend(v.iter().filter_map(|s| sw_words.get(s.as_str()).copied()));
        }
    }
    out
}
