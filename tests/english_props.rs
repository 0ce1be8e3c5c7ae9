//! Properties of the gloss on any input: no panic, spans inside the sentence, in order,
//! without overlaps, each item's `sw` exactly the text its span covers.

use muhtasari::Span;
use muhtasari::{GlossContext, gloss_with};
use muhtasari::{Glossary, Matcher};
use proptest::prelude::*;
use std::sync::LazyLock;

static GLOSSARY: LazyLock<(Glossary, Matcher)> = LazyLock::new(|| {
    let g = Glossary::embedded();
    let m = Matcher::new(&g);
    (g, m)
});

const WORDS: &[&str] = &[
    // Number from the next word, headline passives, phrases with place names.
    "sera",
    "bei",
    "za",
    "hizo",
    "zimesaini",
    "askari",
    "watatu",
    "Wakazi",
    "waonywa",
    "wakamatwa",
    "20",
    "jimbo",
    "la",
    "Cabo",
    "Delgado",
    "saa",
    "tatu",
    "asubuhi",
    "usiku",
    "mchana",
    "na",
    "nusu",
    "kasoro",
    "robo",
    "asilimia",
    "dola",
    "bilioni",
    "milioni",
    "elfu",
    "mia",
    "ishirini",
    "tano",
    "Sh5",
    "KSh",
    "Sh.",
    "watu",
    "miaka",
    "mwaka",
    "jana",
    "leo",
    "kesho",
    "tangu",
    "tarehe",
    "Juni",
    "Alhamisi",
    "Dkt.",
    "Bw",
    "Mhe.",
    "Rais",
    "Putin",
    "nchini",
    "Vietnam",
    "wa",
    "Urusi",
    "hakusaini",
    "hajasaini",
    "mkataba",
    "2024",
    "20",
    "3:00",
    "20/06/2024",
    "1,200",
    "5.2",
    "99999999999999999999",
    ",",
    ".",
    "(",
    "“",
    "—",
    "GMT",
    "mizinga",
    "21",
    "ū",
    "ñ",
    "\u{00A0}",
    "J.",
    "K.",
    "wiki",
    "iliyopita",
    "laki",
    "kumi",
    "mbili",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            0..WORDS.len(),
            prop::sample::select(vec![" ", "", "  ", "\n"]),
        ),
        0..40,
    )
    .prop_map(|v| {
        v.into_iter()
            .map(|(i, sep)| format!("{}{sep}", WORDS[i]))
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]
    #[test]
    fn gloss_spans_are_sound(t in text(), dated in any::<bool>()) {
        let (glossary, matcher) = &*GLOSSARY;
        let ctx = GlossContext::with_date(dated.then_some("2024-06-20"));
        let hits = matcher.find(&t);
        let items = gloss_with(glossary, &t, Span::new(0, t.len()), &hits, &ctx);
        let mut at = 0;
        for i in &items {
            prop_assert!(i.start >= at && i.start < i.end && i.end <= t.len(), "{items:?}");
            prop_assert_eq!(&t[i.start..i.end], i.sw.as_str());
            prop_assert!(!i.en.is_empty());
            at = i.end;
        }
    }
}
