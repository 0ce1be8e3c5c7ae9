//! `muhtasari::qa::check` on pairs the team wrote: each row a Swahili sentence, an English
//! one, and the checks that must (or must not) report an error.

use muhtasari::Pipeline;
use muhtasari::qa::{CheckId, Severity, check};

/// (Swahili, English, checks with an error; empty = no error at all)
const CASES: &[(&str, &str, &[&str])] = &[
    // Terms in any inflection on both sides.
    (
        "Nchi hizo zilisaini mikataba mitatu.",
        "The countries signed three agreements.",
        &[],
    ),
    (
        "Waziri hakusaini mkataba huo.",
        "The minister did not sign the agreement.",
        &[],
    ),
    // Numbers as values.
    (
        "Watu elfu tatu walihudhuria mkutano.",
        "Three thousand people attended the meeting.",
        &[],
    ),
    (
        "Watu elfu tatu walihudhuria mkutano.",
        "3,000 people attended the meeting.",
        &[],
    ),
    (
        "Watu elfu tatu walihudhuria mkutano.",
        "300 people attended the meeting.",
        &["numbers"],
    ),
    (
        "Serikali ilitenga dola milioni mbili na nusu.",
        "The government set aside 2.5 million dollars.",
        &[],
    ),
    (
        "Asilimia 80 ya wakazi walipiga kura.",
        "80% of residents voted.",
        &[],
    ),
    // Digits inside a name the tokeniser keeps whole are in the Swahili too.
    (
        "Wanasayansi walichunguza aina ya 7-B-metili katika maabara.",
        "Scientists studied the 7-B-methyl type in the laboratory.",
        &[],
    ),
    (
        "Wanasayansi walichunguza aina ya 7-B-metili katika maabara.",
        "Scientists studied the 8-B-methyl type in the laboratory.",
        &["numbers"],
    ),
    // Negation both ways.
    (
        "Waziri hakusaini mkataba huo.",
        "The minister signed the agreement.",
        &["negation"],
    ),
    (
        "Wanafunzi hawajafika shuleni.",
        "The students have not arrived at school.",
        &[],
    ),
    // `bila shaka` (no doubt) is "of course": no negation to find.
    (
        "Bila shaka mvua itanyesha kesho.",
        "Of course it will rain tomorrow.",
        &[],
    ),
    // "less than" compares; it does not render `bila`.
    (
        "Kipimo hicho kinatoa jibu kwa chini ya saa moja bila kuhitaji maabara.",
        "The test gives an answer in less than an hour requiring a laboratory.",
        &["negation"],
    ),
    // A loan verb's negative subjunctive; "undermine" is no negation.
    (
        "Viongozi wa dini wasidharau nafasi ya wanawake.",
        "Religious leaders should undermine the role of women.",
        &["negation"],
    ),
    (
        "Viongozi wa dini wasidharau nafasi ya wanawake.",
        "Religious leaders should not undermine the role of women.",
        &[],
    ),
    // "hunger" renders `kutokula` (not eating) by its sense; without it, nothing does.
    (
        "Wafungwa walianza mgomo wa kutokula jana.",
        "The prisoners began a hunger strike yesterday.",
        &[],
    ),
    (
        "Wafungwa walianza mgomo wa kutokula jana.",
        "The prisoners began a strike yesterday.",
        &["negation"],
    ),
    // A name written as it sounds in English: Waislam, Muslim.
    (
        "Viongozi wa Waislam walikutana na rais jana.",
        "Muslim leaders met the president yesterday.",
        &[],
    ),
    // "stop" renders the negated verb itself: it cannot stand for its negation.
    (
        "Treni hazitasimama kituoni hapo.",
        "The trains will stop at that station.",
        &["negation"],
    ),
    (
        "Treni hazitasimama kituoni hapo.",
        "The trains will not stop at that station.",
        &[],
    ),
    // `bado` with a negative perfect is "yet to".
    (
        "Mgonjwa bado hajapona.",
        "The patient is yet to recover.",
        &[],
    ),
    // `kabla` before a negative perfect is "before it happened": no negation.
    (
        "Waziri aliondoka kabla hajafika Dodoma.",
        "The minister left before he reached Dodoma.",
        &[],
    ),
    // An English word negative in sense renders the Swahili negation.
    (
        "Mshtakiwa alisema yeye hana hatia.",
        "The accused said he was innocent.",
        &[],
    ),
    (
        "Mshtakiwa alisema yeye hana hatia.",
        "The accused said he was guilty.",
        &["negation"],
    ),
    // `mwezi wa pili` is February.
    (
        "Uchaguzi utafanyika mwezi wa pili.",
        "The election will be held in February.",
        &[],
    ),
    (
        "Uchaguzi utafanyika mwezi wa pili.",
        "The election will be held in March.",
        &["dates"],
    ),
    // A month named by its place from the article's date may stand for a Swahili month.
    (
        "Uchaguzi utafanyika mwezi Februari.",
        "The election will be held next month.",
        &[],
    ),
    // A copy is a fault when the source is Swahili; names and handles are written the
    // same, and a quote in another language is left to a warning.
    (
        "Watu wengi walihudhuria mkutano wa jana.",
        "Watu wengi walihudhuria mkutano wa jana.",
        &["same"],
    ),
    ("Amina Juma (@aminaj)", "Amina Juma (@aminaj)", &[]),
    (
        "O presidente falou com os jornalistas ontem.",
        "O presidente falou com os jornalistas ontem.",
        &[],
    ),
    // Dates and Swahili clock time.
    (
        "Mkutano ulifanyika tarehe 13 Septemba 2020.",
        "The meeting was held on 13 September 2020.",
        &[],
    ),
    (
        "Mkutano ulifanyika tarehe 13 Septemba 2020.",
        "The meeting was held on 13 October 2020.",
        &["dates"],
    ),
    (
        "Basi liliondoka saa tatu asubuhi.",
        "The bus left at 9 a.m.",
        &[],
    ),
    (
        "Basi liliondoka saa tatu asubuhi.",
        "The bus left at 4 p.m.",
        &["dates"],
    ),
    (
        "Rais alizungumza Jumatatu.",
        "The president spoke on Friday.",
        &["dates"],
    ),
    // Names through the glossary.
    (
        "Urusi na Marekani zilizungumza.",
        "Russia and the United States talked.",
        &[],
    ),
    (
        "Urusi na Marekani zilizungumza.",
        "Russia and the US talked.",
        &[],
    ),
    (
        "Urusi na Marekani zilizungumza.",
        "France and the United States talked.",
        &["names"],
    ),
    // Idioms that look negative, and the short negatives of -na.
    (
        "Isitoshe, mvua ilinyesha sana wiki hiyo.",
        "Moreover, it rained heavily that week.",
        &[],
    ),
    (
        "Wakulima wa kijiji hicho hawana mbegu za kupanda.",
        "The farmers of that village have no seeds to plant.",
        &[],
    ),
    (
        "Wakulima wa kijiji hicho hawana mbegu za kupanda.",
        "The farmers of that village have seeds to plant.",
        &["negation"],
    ),
    // `until March` is the month; `until May` is one too, and not the Swahili's.
    (
        "Mvua itaendelea kunyesha hadi Machi.",
        "The rain will go on falling until March.",
        &[],
    ),
    (
        "Mvua itaendelea kunyesha hadi Machi.",
        "The rain will go on falling until May.",
        &["dates"],
    ),
    // A name misspelt by one letter on one side is the same name.
    (
        "Achieng Otieno alizungumza na wanahabari jana.",
        "Achieng Otiena spoke to reporters yesterday.",
        &[],
    ),
    // A date the Swahili writes in English (a quoted tweet) is its month.
    (
        "Mkutano ulifanyika Dec 13, 2018 mjini Arusha.",
        "The meeting was held on Dec 13, 2018 in Arusha.",
        &[],
    ),
    (
        "Mkutano ulifanyika Dec 13, 2018 mjini Arusha.",
        "The meeting was held on Nov 13, 2018 in Arusha.",
        &["dates"],
    ),
    // `U.S` without its last dot is the United States.
    (
        "Wanafunzi kutoka Marekani walitembelea Arusha.",
        "Students from the U.S visited Arusha.",
        &[],
    ),
    // Empty and copied.
    ("Rais alizungumza.", "", &["empty"]),
    ("Rais alizungumza.", "Rais alizungumza.", &["same"]),
];

#[test]
fn table_of_pairs() {
    let p = Pipeline::default();
    let mut failures = Vec::new();
    for (sw, en, want) in CASES {
        let issues = check(sw, en, &p);
        let mut got: Vec<&str> = issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .map(|i| i.check.as_str())
            .collect();
        got.sort();
        got.dedup();
        let mut want: Vec<&str> = want.to_vec();
        want.sort();
        if got != want {
            failures.push(format!(
                "{sw} | {en}\n  want {want:?}, got {got:?}: {issues:?}"
            ));
        }
        for i in &issues {
            if let Some(r) = &i.sw_span {
                assert!(sw.get(r.clone()).is_some());
            }
            if let Some(r) = &i.en_span {
                assert!(en.get(r.clone()).is_some());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn issue_serialises_with_stable_ids() {
    let p = Pipeline::default();
    let issues = check("Watu elfu tatu walikufa.", "300 people died.", &p);
    let v = serde_json::to_value(&issues).unwrap();
    let first = &v[0];
    assert_eq!(first["check"], "numbers");
    assert_eq!(first["severity"], "error");
    assert!(first["sw_span"]["start"].is_number(), "{first}");
    assert_eq!("numbers".parse::<CheckId>(), Ok(CheckId::Numbers));
}
