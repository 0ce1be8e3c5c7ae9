//! Capitalised Swahili words are not names: after a quote, in a headline in capitals, or
//! inside an institution's name, they must not be passed through as English. Sentences
//! written by the team for this test.

use muhtasari::Span;
use muhtasari::{GlossContext, GlossKind, gloss_with};
use muhtasari::{Glossary, Matcher};

fn names(text: &str) -> Vec<String> {
    let g = Glossary::embedded();
    let hits = Matcher::new(&g).find(text);
    gloss_with(
        &g,
        text,
        Span::new(0, text.len()),
        &hits,
        &GlossContext::default(),
    )
    .into_iter()
    .filter(|i| i.kind == GlossKind::Name)
    .map(|i| format!("{} → {}", i.sw, i.en))
    .collect()
}

#[test]
fn swahili_words_with_a_capital_are_not_passed_through() {
    for (text, word) in [
        (
            "Mgeni alisema, \"Katika kijiji hiki hatuna maji.\"",
            "Katika",
        ),
        ("MWANAUME MMOJA AKAMATWA NA MENO YA TEMBO", "MWANAUME"),
        (
            "Wafanyakazi walisema kwamba Mishahara Haikuongezwa.",
            "Mishahara",
        ),
        ("Barua ilipelekwa kwa Ofisi ya Usajili jana.", "Usajili"),
    ] {
        let got = names(text);
        assert!(
            got.iter().all(|n| !n.contains(word)),
            "{word} passed through as a name in {text:?}: {got:?}"
        );
    }
}

#[test]
fn real_names_stay_names() {
    let got = names("Jana Moses Wetangula alikutana na Baraka Obama mjini.");
    assert!(
        got.iter().any(|n| n == "Moses Wetangula → Moses Wetangula"),
        "{got:?}"
    );
    assert!(got.iter().any(|n| n.starts_with("Baraka Obama")), "{got:?}");
}
