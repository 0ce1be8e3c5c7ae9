//! Agreement facts the matcher reads from `glossary/lang/agreement.yaml`: the class 10 words
//! that show a 9/10 noun is plural, and the adjectives and adverbs after it that leave its
//! number open, so the word after them decides it.

use std::sync::OnceLock;

use serde::Deserialize;

const EMBEDDED: &str = include_str!("../../glossary/lang/agreement.yaml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Agreement {
    number_neutral_adjectives: Vec<String>,
    number_neutral_adverbs: Vec<String>,
    nasal_prefixes: Vec<String>,
    class_10_agreement: Vec<String>,
}

fn data() -> &'static Agreement {
    static DATA: OnceLock<Agreement> = OnceLock::new();
    DATA.get_or_init(|| {
        serde_saphyr::from_str(EMBEDDED).expect("glossary/lang/agreement.yaml parses")
    })
}

/// Whether `word` (folded) is an adjective written the same after a class 9 and a class 10
/// noun (`kubwa`, `nyingine`, `mpya`, `ndogo`) or an adverb that may stand between a noun
/// and its verb (`pia`): it says nothing of the number, so the word after it may (`juhudi
/// kubwa zinaendelea`, `hatua nyingine zinajumuisha`, `mamlaka pia zilitangaza`).
pub fn number_neutral_adjective(word: &str) -> bool {
    let d = data();
    d.number_neutral_adjectives.iter().any(|w| w == word)
        || d.number_neutral_adverbs.iter().any(|w| w == word)
        || d.nasal_prefixes.iter().any(|p| {
            word.strip_prefix(p.as_str())
                .is_some_and(|r| r.chars().count() >= 2 && r.ends_with(['a', 'e', 'i', 'o', 'u']))
        }) && !super::is_count(word)
}

/// Whether `word` (folded) is a class 10 word that agrees with a noun and shows it is plural
/// (`hizo`, `za`, `zote`, `zozote`).
pub(super) fn class_10_agreement(word: &str) -> bool {
    data().class_10_agreement.iter().any(|w| w == word)
}
