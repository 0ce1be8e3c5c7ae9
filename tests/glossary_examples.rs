//! Table-driven glossary tests a linguist can extend.
//!
//! 1. Every `examples:` item of every entry in glossary/*.yaml must be found as its own entry
//!    with exactly the `match` surface (and the `polarity` / `tense` it gives). To add a case,
//!    add an example to the entry in YAML: no Rust needed.
//! 2. `CASES` below: sentences with the entry, surface, polarity and tense the matcher must
//!    report, for the inflection rules themselves (swahili.md §2–3). Add a row to extend.
//! 3. `NOT_FOUND`: sentences where an entry must NOT be found (look-alikes, other concepts).

use muhtasari::{Glossary, Matcher, Polarity, Tense};

/// (sentence, entry id, surface, polarity, tense)
type Case = (
    &'static str,
    &'static str,
    &'static str,
    Option<Polarity>,
    Option<Tense>,
);

const CASES: &[Case] = &[
    (
        "Viongozi hao walisaini jana.",
        "saini",
        "walisaini",
        Some(Polarity::Affirmative),
        Some(Tense::Past),
    ),
    (
        "Nchi mbili zimesaini itifaki.",
        "saini",
        "zimesaini",
        Some(Polarity::Affirmative),
        Some(Tense::Perfect),
    ),
    (
        "Rais hakusaini muswada huo.",
        "saini",
        "hakusaini",
        Some(Polarity::Negative),
        Some(Tense::Past),
    ),
    (
        "Wabunge hawajasaini bado.",
        "saini",
        "hawajasaini",
        Some(Polarity::Negative),
        Some(Tense::Perfect),
    ),
    (
        "Aliamua kutosaini hati hiyo.",
        "saini",
        "kutosaini",
        Some(Polarity::Negative),
        Some(Tense::Infinitive),
    ),
    (
        "Hati hiyo itasainiwa kesho.",
        "saini",
        "itasainiwa",
        Some(Polarity::Affirmative),
        Some(Tense::Future),
    ),
    (
        "Alipotia saini, watu walishangilia.",
        "tia-saini",
        "Alipotia saini",
        Some(Polarity::Affirmative),
        Some(Tense::Past),
    ),
    (
        "Serikali haikutia saini azimio.",
        "tia-saini",
        "haikutia saini",
        Some(Polarity::Negative),
        Some(Tense::Past),
    ),
    (
        "Waziri ameizuru Kenya mara mbili.",
        "zuru",
        "ameizuru",
        Some(Polarity::Affirmative),
        Some(Tense::Perfect),
    ),
    (
        "Vijiji vitatu vitashambuliwa, walionya.",
        "shambulia",
        "vitashambuliwa",
        Some(Polarity::Affirmative),
        Some(Tense::Future),
    ),
    (
        "Waasi hawashambulii raia, walidai.",
        "shambulia",
        "hawashambulii",
        Some(Polarity::Negative),
        Some(Tense::Present),
    ),
    (
        "Kiongozi atakayeshambulia atakamatwa.",
        "shambulia",
        "atakayeshambulia",
        Some(Polarity::Affirmative),
        Some(Tense::Future),
    ),
    (
        "Mawaziri wamekutana mjini Arusha.",
        "kutana",
        "wamekutana",
        Some(Polarity::Affirmative),
        Some(Tense::Perfect),
    ),
    (
        "Waziri amejiuzulu leo.",
        "jiuzulu",
        "amejiuzulu",
        Some(Polarity::Affirmative),
        Some(Tense::Perfect),
    ),
    (
        "Chama hicho kiliunga mkono mswada.",
        "unga-mkono",
        "kiliunga mkono",
        Some(Polarity::Affirmative),
        Some(Tense::Past),
    ),
];

/// (sentence, entry id, surface) for nouns and phrases: plurals, agreement, gaps.
const NOMINAL: &[(&str, &str, &str)] = &[
    ("Walisaini mikataba mitatu.", "mkataba", "mikataba"),
    (
        "Nchi hizo zina mikataba ya ulinzi.",
        "mkataba-wa-ulinzi",
        "mikataba ya ulinzi",
    ),
    (
        "Walisaini mkataba mpya wa ulinzi jana.",
        "mkataba-wa-ulinzi",
        "mkataba mpya wa ulinzi",
    ),
    (
        "Mawaziri Wakuu hao walikutana Nairobi.",
        "waziri-mkuu",
        "Mawaziri Wakuu",
    ),
    (
        "Vikwazo vipya vya kiuchumi vimetangazwa.",
        "kikwazo-cha-kiuchumi",
        "Vikwazo vipya vya kiuchumi",
    ),
];

/// (sentence, entry id that must not be found anywhere in it)
const NOT_FOUND: &[(&str, &str)] = &[
    ("Alionyesha ramani ya eneo hilo.", "onya"),
    ("Matangazo ya redio yalisitishwa.", "tangaza"),
    ("Ni mtu mzuri sana.", "zuru"),
    ("Mbunge wa jimbo hilo alizungumza.", "bunge"),
    ("Wanatamani amani ya kudumu.", "amani-fake-never-present"),
];

fn glossary() -> Glossary {
    Glossary::embedded()
}

fn id_index(g: &Glossary, id: &str) -> Option<usize> {
    g.entries.iter().position(|e| e.id == id)
}

#[test]
fn every_example_of_every_entry_matches() {
    let g = glossary();
    let m = Matcher::new(&g);
    let mut failures = Vec::new();
    let mut n = 0;
    for (i, e) in g.entries.iter().enumerate() {
        for ex in &e.examples {
            n += 1;
            let hits = m.find(&ex.text);
            let hit = hits
                .iter()
                .find(|h| h.entry == i && h.span.of(&ex.text) == ex.expect);
            let place = format!("{}:{}: {}", e.origin.file, e.origin.line, e.id);
            match hit {
                None => {
                    let found: Vec<String> = hits
                        .iter()
                        .map(|h| format!("{}={:?}", g.entries[h.entry].id, h.span.of(&ex.text)))
                        .collect();
                    failures.push(format!(
                        "{place}: {:?} not found in {:?} (found {})",
                        ex.expect,
                        ex.text,
                        found.join(", ")
                    ));
                }
                Some(h) => {
                    if ex.polarity.is_some() && ex.polarity != h.polarity {
                        failures.push(format!(
                            "{place}: {:?} polarity {:?}, expected {:?}",
                            ex.expect, h.polarity, ex.polarity
                        ));
                    }
                    if ex.tense.is_some() && ex.tense != h.tense {
                        failures.push(format!(
                            "{place}: {:?} tense {:?}, expected {:?}",
                            ex.expect, h.tense, ex.tense
                        ));
                    }
                }
            }
        }
    }
    assert!(n > 100, "only {n} examples in the glossary");
    assert!(
        failures.is_empty(),
        "{} of {n} examples fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn inflection_cases() {
    let g = glossary();
    let m = Matcher::new(&g);
    let mut failures = Vec::new();
    for &(text, id, surface, polarity, tense) in CASES {
        let Some(i) = id_index(&g, id) else {
            failures.push(format!("no entry {id}"));
            continue;
        };
        let hits = m.find(text);
        match hits.iter().find(|h| h.entry == i) {
            Some(h) if h.span.of(text) == surface && h.polarity == polarity && h.tense == tense => {
            }
            other => failures.push(format!(
                "{text:?}: expected {id} {surface:?} {polarity:?} {tense:?}, got {:?}",
                other.map(|h| (h.span.of(text), h.polarity, h.tense))
            )),
        }
    }
    for &(text, id, surface) in NOMINAL {
        let Some(i) = id_index(&g, id) else {
            failures.push(format!("no entry {id}"));
            continue;
        };
        let hits = m.find(text);
        if !hits
            .iter()
            .any(|h| h.entry == i && h.span.of(text) == surface)
        {
            failures.push(format!("{text:?}: expected {id} {surface:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn look_alikes_are_not_found() {
    let g = glossary();
    let m = Matcher::new(&g);
    for &(text, id) in NOT_FOUND {
        let hits = m.find(text);
        let bad: Vec<&str> = hits
            .iter()
            .filter(|h| g.entries[h.entry].id == id)
            .map(|h| h.span.of(text))
            .collect();
        assert!(bad.is_empty(), "{text:?}: {id} found as {bad:?}");
    }
}
