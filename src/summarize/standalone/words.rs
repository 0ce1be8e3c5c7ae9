//! The word lists of the stand-alone reader: connectives, pronouns and demonstratives,
//! subject markers that lean on the sentence before, verbs of saying.

/// Connectives that open a sentence by leaning on the one before (folded, one word).
pub(super) const CONNECTIVES: &[&str] = &[
    "na",
    "pia",
    "vilevile",
    "lakini",
    "aidha",
    "hivyo",
    "ingawa",
    "ingawaje",
    "japo",
    "japokuwa",
    "isitoshe",
    "halikadhalika",
    "kadhalika",
    "hatahivyo",
    "badala",
    "kisha",
    "ama",
    "wala",
    "hata",
    "zaidi",
    "ila",
    "bali",
    "baadaye",
    "baadae",
    "hatimaye",
    "nao",
    "naye",
    "nae",
    "nayo",
];

/// Connectives of two words (`hata hivyo`, `vile vile`, `kwa hiyo`, `kwa upande wake`…):
/// the first word and what may follow it.
pub(super) const CONNECTIVE_PAIRS: &[(&str, &[&str])] = &[
    ("vile", &["vile"]),
    ("kwa", &["hiyo", "hivyo", "upande", "sababu"]),
    ("wakati", &["huo", "huohuo", "hayo"]),
    ("hivyo", &["basi"]),
];

/// After `zaidi` and `hata`, only these make a connective (`Zaidi ya hayo`, `Hata hivyo`);
/// `Zaidi ya watu 100` and `Hata watoto` stand alone. `Zaidi ya` is followed by a
/// demonstrative in a connective: it is seen as a pronoun opener (`hayo` after `ya`).
pub(super) const WEAK_CONNECTIVES: &[(&str, &[&str])] =
    &[("zaidi", &[]), ("hata", &["hivyo", "hiyo", "hapo", "kama"])];

/// Subject markers whose verb, opening a sentence, leaves its subject to the sentence
/// before: third persons and classes. Not `m-`/`mu-` (nouns: `mtandao`, `mkataba`),
/// `ku-`, `pa-`, nor the first and second persons of a quote.
pub(super) const LEANING_SUBJECTS: &[&str] = &["a", "wa", "i", "li", "ya", "ki", "vi", "zi", "u"];

/// Courtesy titles (`Bw Kiir`, `Bi Destiny`): news style gives one before a surname only
/// once the full name was given.
pub(super) const COURTESY_TITLES: &[&str] = &["bw", "bwana", "bi", "bibi"];

/// Pronouns and demonstratives: opening a sentence, each stands for something before.
pub(super) const PRONOUNS: &[&str] = &[
    "yeye", "wao", "huyu", "hawa", "huu", "hii", "hiki", "hivi", "hili", "haya", "hizi", "hapa",
    "huku", "huyo", "hao", "huo", "hiyo", "hicho", "hivyo", "hilo", "hayo", "hizo", "hapo", "huko",
    "humo", "kule", "hiyo",
];

/// Openers among [`PRONOUNS`] that do not lean back when the next word is one of these:
/// `Hivi karibuni` (recently), `Hivi sasa` (now), `Hapo awali` (formerly), `Huko Kenya`
/// (a capitalised place: checked apart).
pub(super) const PRONOUN_PHRASES: &[(&str, &[&str])] = &[
    ("hivi", &["karibuni", "sasa", "leo"]),
    ("hapo", &["awali", "zamani", "kabla"]),
    ("huku", &["akiwa", "wakiwa"]),
];

/// Anaphoric demonstratives (the `-o` forms): after a noun, "that one we spoke of".
pub(super) const ANAPHORS: &[&str] = &[
    "huyo", "hao", "huo", "hiyo", "hicho", "vicho", "hivyo", "hilo", "hayo", "hizo", "hapo",
    "huko", "humo",
];

/// Stems of verbs of saying: a sentence reporting speech must name who spoke.
pub(super) const SPEECH: &[&str] = &[
    "sema", "ongeza", "eleza", "sisitiza", "dai", "bainisha", "fafanua", "ambia",
];

/// Verb forms opening a sentence that are nouns too often to count as verbs: `wana-`
/// (`wanafunzi`, `wanajeshi`) and `uta-` (`utafiti`, `utalii`).
pub(super) const NOUN_LOOKALIKES: &[&str] = &["wana", "uta", "mwana"];

/// Near demonstratives (`mchakato huu`, `nchi hizi`): after a noun in a sentence's opening,
/// "this one we spoke of" — unless the noun is one of time ([`is_time_noun`]).
pub(super) const PROXIMALS: &[&str] = &[
    "huyu", "hawa", "huu", "hii", "hiki", "hivi", "hili", "haya", "hizi",
];

/// `-ingine` after a noun (`utamaduni mwingine`, `tukio lingine`): "another one" than a
/// noun said before.
pub(super) const OTHERS: &[&str] = &[
    "mwingine", "wengine", "mingine", "lingine", "jingine", "mengine", "kingine", "vingine",
    "nyingine", "pengine",
];

/// Nouns of time a near demonstrative only dates (`mwaka huu` this year, `wiki hii`).
pub(super) fn is_time_noun(folded: &str) -> bool {
    matches!(
        folded,
        "mwaka"
            | "miaka"
            | "wiki"
            | "mwezi"
            | "miezi"
            | "siku"
            | "leo"
            | "wakati"
            | "nyakati"
            | "msimu"
            | "karne"
            | "kipindi"
            | "asubuhi"
            | "jioni"
            | "usiku"
            | "saa"
            | "juma"
            | "mara"
            | "zama"
            | "enzi"
    )
}

/// Third-person possessives (`wake` his/her, `yao` their, …): on the sentence's topic
/// (`Uongozi wake …`, `Thamani ya utajiri wake …`) they ask "whose?".
pub(super) const POSSESSIVES: &[&str] = &[
    "wake", "yake", "lake", "chake", "zake", "vyake", "kwake", "mwake", "yao", "zao", "lao",
    "chao", "vyao",
];

/// Associatives joining the topic's nouns (`thamani ya utajiri`).
pub(super) const ASSOCIATIVES: &[&str] = &["ya", "wa", "la", "cha", "vya", "za", "kwa"];
