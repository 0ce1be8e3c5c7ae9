//! False-positive scan over the hunspell-sw word list (`apt-get install hunspell-sw`): the
//! word forms of another concept must not be found as an entry. Skips when the list is
//! absent. To review an entry's whole list: `cargo run --example glossary_scan`.

use muhtasari::{Glossary, Matcher};
#[path = "common/optional.rs"]
mod optional;

const DIC: &str = "/usr/share/hunspell/sw_TZ.dic";

/// (word of another concept, entry it must not be found as). Checked only when the word
/// is in the list, so the table can hold words the list lacks.
const NOT_THIS: &[(&str, &str)] = &[
    ("wanyonge", "nyonga"),    // the poor / the weak
    ("kinyonge", "nyonga"),    // weak (adj.)
    ("kuwasiliana", "wasili"), // communicate
    ("alijitolea", "jitoa"),   // volunteered
    ("imepelekea", "peleka"),  // has led to
    ("kushindana", "shinda"),  // compete
    ("makataa", "kataa"),      // deadline
    ("kiutawala", "tawala"),   // administratively
    ("mapana", "apa"),         // wide
    ("alionyesha", "onya"),    // showed
    ("matangazo", "tangaza"),  // announcements
    ("mzuri", "zuru"),         // good
    ("wazuri", "zuru"),        // good (pl.)
    ("mbunge", "bunge"),       // MP, not parliament
    ("balozi", "ubalozi"),     // ambassador, not embassy
    ("ushindi", "shinda"),     // victory (a noun)
    ("uchunguzi", "chunguza"), // investigation (a noun)
    ("majeruhi", "jeruhi"),    // the injured (a noun)
    ("wakimbizi", "kimbia"),   // refugees (a noun)
    ("kwapa", "apa"),          // armpit: kw- + a-stem is no infinitive
    ("kwanza", "anza"),        // first
    ("waathiriwa", "athiri"),  // victims (a noun)
    ("wafungwa", "funga"),     // prisoners (a noun)
];

fn words() -> Option<Vec<String>> {
    let bytes = std::fs::read(DIC).ok()?;
    // ISO-8859-1: each byte is its code point.
    let text: String = bytes.iter().map(|&b| b as char).collect();
    Some(
        text.lines()
            .skip(1)
            .filter_map(|l| l.split('/').next())
            .map(|w| w.trim().to_string())
            .filter(|w| !w.is_empty())
            .collect(),
    )
}

#[test]
fn hunspell_forms_of_other_concepts_are_not_matched() {
    let Some(words) = words() else {
        optional::skipped(
            "glossary_hunspell",
            &format!("{DIC} absent (apt-get install hunspell-sw)"),
        );
        return;
    };
    assert!(words.len() > 60_000, "{} words", words.len());
    let g = Glossary::embedded();
    let m = Matcher::new(&g);
    let id_of = |w: &str| -> Vec<String> {
        m.find(w)
            .into_iter()
            .filter(|h| h.span.start == 0 && h.span.end == w.len())
            .map(|h| g.entries[h.entry].id.clone())
            .collect()
    };
    let mut bad = Vec::new();
    let mut checked = 0;
    for &(word, id) in NOT_THIS {
        if !words.iter().any(|w| w == word) {
            continue;
        }
        checked += 1;
        if id_of(word).iter().any(|x| x == id) {
            bad.push(format!("{word} is found as {id}"));
        }
    }
    assert!(checked >= 10, "only {checked} table words are in the list");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // Every entry stays specific: no entry takes more than 1% of the list.
    let mut per = std::collections::HashMap::<String, usize>::new();
    for w in &words {
        for id in id_of(w) {
            *per.entry(id).or_default() += 1;
        }
    }
    let worst = per
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(k, n)| (k.clone(), *n));
    eprintln!(
        "{} entries match some of {} words; widest: {worst:?}",
        per.len(),
        words.len()
    );
    if let Some((id, n)) = worst {
        assert!(n < words.len() / 100, "{id} matches {n} words");
    }
    optional::ran("glossary_hunspell", DIC);
}
