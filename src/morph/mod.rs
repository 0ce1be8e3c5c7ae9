//! Swahili morphology the glossary needs: noun classes with their singular and plural
//! prefixes, the connective `-a` that agrees with them, and the generation of plural and
//! locative forms. It knows nothing of which terms exist.

mod agreement;
pub mod leipzig;
pub mod negation;
pub(crate) mod spelling;
pub mod verb;

pub use agreement::number_neutral_adjective;
pub use verb::{Analysis, Mood, Polarity, Subject, Tense, Voice};

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// A noun class pair as the glossary writes it: `1/2`, `3/4`, `5/6`, `7/8`, `9/10`, `11/10`,
/// or a single class `14` (abstract) and `15` (infinitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub enum NounClass {
    /// m-/mw- → wa- (people).
    C1_2,
    /// m-/mw- → mi-.
    C3_4,
    /// ji-/∅ → ma-.
    C5_6,
    /// ki-/ch- → vi-/vy-.
    C7_8,
    /// n-/∅ → same.
    C9_10,
    /// u-/w- → n-/∅.
    C11_10,
    /// Abstract u-, no plural.
    C14,
    /// Infinitive ku-.
    C15,
    /// ma- nouns with no singular (6 only): `mazungumzo`, `makubaliano`.
    C6,
}

impl From<NounClass> for String {
    fn from(c: NounClass) -> String {
        c.to_string()
    }
}

impl fmt::Display for NounClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NounClass::C1_2 => "1/2",
            NounClass::C3_4 => "3/4",
            NounClass::C5_6 => "5/6",
            NounClass::C7_8 => "7/8",
            NounClass::C9_10 => "9/10",
            NounClass::C11_10 => "11/10",
            NounClass::C14 => "14",
            NounClass::C15 => "15",
            NounClass::C6 => "6",
        })
    }
}

impl FromStr for NounClass {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.trim() {
            "1/2" => NounClass::C1_2,
            "3/4" => NounClass::C3_4,
            "5/6" => NounClass::C5_6,
            "7/8" => NounClass::C7_8,
            "9/10" => NounClass::C9_10,
            "11/10" => NounClass::C11_10,
            "14" => NounClass::C14,
            "15" => NounClass::C15,
            "6" => NounClass::C6,
            other => {
                return Err(format!(
                    "unknown noun class {other:?} (expected 1/2, 3/4, 5/6, 6, 7/8, 9/10, 11/10, 14 or 15)"
                ));
            }
        })
    }
}

/// Grammatical number of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Number {
    /// The head form's number.
    Singular,
    /// The plural class.
    Plural,
}

fn starts_with_vowel(s: &str) -> bool {
    s.starts_with(['a', 'e', 'i', 'o', 'u'])
}

impl NounClass {
    /// The plural of a singular noun of this class by the regular prefix change, or `None`
    /// when the class has no distinct plural or the form does not carry the expected prefix
    /// (irregular nouns list their plural explicitly).
    pub fn plural(self, singular: &str) -> Option<String> {
        let s = singular;
        match self {
            // mwenye-/mwenza-: wenyeji, wenzake; mwana- compounds: wanasheria, wanachama.
            NounClass::C1_2 if s.starts_with("mwenye") || s.starts_with("mwenz") => {
                Some(format!("w{}", &s[2..]))
            }
            NounClass::C1_2 if s.starts_with("mwana") => Some(format!("w{}", &s[2..])),
            NounClass::C1_2 => s
                .strip_prefix("mw")
                .filter(|r| starts_with_vowel(r))
                .map(|r| format!("wa{r}"))
                .or_else(|| s.strip_prefix("mu").map(|r| format!("wa{r}")))
                .or_else(|| s.strip_prefix('m').map(|r| format!("wa{r}"))),
            NounClass::C3_4 => s
                .strip_prefix("mw")
                .filter(|r| starts_with_vowel(r))
                .or_else(|| s.strip_prefix("mu"))
                .map(|r| format!("mi{r}"))
                .or_else(|| s.strip_prefix('m').map(|r| format!("mi{r}"))),
            NounClass::C5_6 => Some(format!("ma{s}")),
            NounClass::C7_8 => s
                .strip_prefix("ki")
                .map(|r| format!("vi{r}"))
                .or_else(|| s.strip_prefix("ch").map(|r| format!("vy{r}"))),
            NounClass::C11_10 => s
                .strip_prefix('u')
                .filter(|r| r.len() > 2 && !starts_with_vowel(r))
                .map(str::to_string),
            NounClass::C9_10 | NounClass::C14 | NounClass::C15 | NounClass::C6 => None,
        }
    }

    /// The connective (`wa`, `ya`, `la`, `cha`, `vya`, `za`, `kwa`) agreeing with a noun of
    /// this class in the given number.
    pub fn connective(self, number: Number) -> &'static str {
        use Number::*;
        match (self, number) {
            (NounClass::C1_2, _) => "wa",
            (NounClass::C3_4, Singular) => "wa",
            (NounClass::C3_4, Plural) => "ya",
            (NounClass::C5_6, Singular) => "la",
            (NounClass::C5_6, Plural) | (NounClass::C6, _) => "ya",
            (NounClass::C7_8, Singular) => "cha",
            (NounClass::C7_8, Plural) => "vya",
            (NounClass::C9_10, Singular) => "ya",
            (NounClass::C9_10, Plural) | (NounClass::C11_10, Plural) => "za",
            (NounClass::C11_10, Singular) | (NounClass::C14, _) => "wa",
            (NounClass::C15, _) => "kwa",
        }
    }
}

/// Whether a phrase headed by a noun of `class` agrees like a person (class 1/2 concords):
/// `waziri mkuu` / `mawaziri wakuu`, `waziri wa ulinzi`. True when the entry says so, or
/// when the word after a class 5/6 or 9/10 head carries a class 1 concord (`wa`, `mkuu`).
pub fn animate_phrase(class: NounClass, phrase: &str) -> bool {
    let mut words = phrase.split(' ');
    let _head = words.next();
    let Some(second) = words.next() else {
        return false;
    };
    if !matches!(class, NounClass::C5_6 | NounClass::C9_10) {
        return false;
    }
    if second == "wa" {
        return true;
    }
    let mut cs = second.chars();
    match (cs.next(), cs.next()) {
        (Some('m'), Some(c)) if !starts_with_vowel(&c.to_string()) => {
            class == NounClass::C5_6 || !matches!(c, 'p' | 'b' | 'v')
        }
        _ => false,
    }
}

/// The class whose concords the words after the head take.
fn agreement(class: NounClass, animate: bool) -> NounClass {
    if animate { NounClass::C1_2 } else { class }
}

/// An adjective's plural in agreement class `class` (`mkuu` → `wakuu` for people, `mpya`
/// → `mipya` for class 3/4, `kipya` → `vipya`), or `None` when the word does not carry the
/// singular concord.
fn adjective_plural(class: NounClass, word: &str) -> Option<String> {
    let m_consonant = word
        .strip_prefix('m')
        .filter(|r| !r.is_empty() && !starts_with_vowel(r));
    match class {
        NounClass::C1_2 => m_consonant.map(|r| format!("wa{r}")),
        NounClass::C3_4 => m_consonant.map(|r| format!("mi{r}")),
        NounClass::C7_8 => word
            .strip_prefix("ki")
            .map(|r| format!("vi{r}"))
            .or_else(|| word.strip_prefix("ch").map(|r| format!("vy{r}"))),
        NounClass::C5_6 => word.strip_prefix("ji").map(|r| format!("ma{r}")),
        _ => None,
    }
}

/// The plural of a phrase headed by a noun of `class`: the head takes its plural, the
/// adjectives right after it and the first connective agree (`mkataba wa ulinzi` →
/// `mikataba ya ulinzi`, `waziri mkuu` → `mawaziri wakuu`); the words after the
/// connective (the possessor) stay as they are. A class 9/10 head keeps its form and only
/// what agrees changes (`sera ya nje` → `sera za nje`).
pub fn phrase_plural(class: NounClass, phrase: &str, animate: bool) -> Option<String> {
    let mut words = phrase.split(' ');
    let head = words.next()?;
    // Class 9/10 nouns are the same in both numbers; what agrees with them changes
    // (`bei ya mafuta`, `bei za mafuta`).
    let plural_head = match class {
        NounClass::C9_10 => Some(head.to_string()),
        _ => class.plural(head),
    }?;
    let agree = agreement(class, animate);
    let mut out = vec![plural_head];
    let mut agreeing = true;
    for w in words {
        if agreeing && w == agree.connective(Number::Singular) {
            out.push(agree.connective(Number::Plural).to_string());
            agreeing = false;
        } else if agreeing && let Some(p) = adjective_plural(agree, w) {
            out.push(p);
        } else {
            out.push(w.to_string());
            agreeing = false;
        }
    }
    Some(out.join(" "))
}

/// Whether a noun `word` of `class` carries the class's plural prefix (or, for classes
/// without one, the class 6 `ma-` some of their nouns take: `mahema`, `magonjwa`):
/// `wezi` and `wenyeviti` for 1/2, `mi-` for 3/4, `vi-`/`vy-` for 7/8.
pub fn plural_prefixed(class: NounClass, word: &str) -> bool {
    match class {
        NounClass::C1_2 => word.starts_with('w'),
        NounClass::C3_4 => word.starts_with("mi") || word.starts_with("my"),
        NounClass::C7_8 => word.starts_with("vi") || word.starts_with("vy"),
        NounClass::C11_10 => !word.starts_with(['u', 'w']),
        NounClass::C5_6 | NounClass::C9_10 | NounClass::C14 | NounClass::C15 => {
            word.starts_with("ma")
        }
        NounClass::C6 => false,
    }
}

/// Whether `plural` is the plural agreement of `singular`, a word after the head of a
/// phrase of `class`: the connective (`ya` → `za` for class 9/10) or an adjective
/// (`mkuu` → `wakuu`).
pub fn agrees_in_plural(class: NounClass, animate: bool, singular: &str, plural: &str) -> bool {
    let agree = agreement(class, animate);
    // Plural concords of relatives, possessives and verbs: `ndege zisizo na rubani`.
    let concords: &[&str] = match agree {
        NounClass::C1_2 => &["wa"],
        NounClass::C3_4 => &["mi", "y"],
        NounClass::C5_6 => &["ma", "ya"],
        NounClass::C7_8 => &["vi", "vy"],
        NounClass::C9_10 | NounClass::C11_10 => &["zi", "z"],
        NounClass::C14 | NounClass::C15 | NounClass::C6 => &[],
    };
    let concord = concords
        .iter()
        .any(|c| plural.starts_with(c) && !singular.starts_with(c));
    singular != plural
        && (concord
            || (singular == agree.connective(Number::Singular)
                && plural == agree.connective(Number::Plural))
            || adjective_plural(agree, singular).is_some_and(|p| p == plural))
}

/// Whether `word` can stand between a head noun and the rest of its phrase (`mkataba mpya
/// wa ulinzi`, `vikwazo vipya vya kiuchumi`, `mkataba huo wa amani`): an adjective or
/// possessive with the head's concord, or a demonstrative.
pub fn agrees_as_modifier(class: NounClass, number: Number, animate: bool, word: &str) -> bool {
    const DEMONSTRATIVES: &[&str] = &[
        "huyu", "huyo", "yule", "hawa", "hao", "wale", "huu", "huo", "ule", "hii", "hiyo", "ile",
        "hili", "hilo", "lile", "haya", "hayo", "yale", "hiki", "hicho", "kile", "hivi", "hivyo",
        "vile", "hizi", "hizo", "zile", "huku", "huko", "kule",
    ];
    if word.chars().count() < 3 || DEMONSTRATIVES.contains(&word) {
        return word.chars().count() >= 3;
    }
    use Number::*;
    let prefixes: &[&str] = match (agreement(class, animate), number) {
        (NounClass::C1_2, Singular) => &["m", "mw"],
        (NounClass::C1_2, Plural) => &["wa", "w"],
        (NounClass::C3_4, Singular) => &["m", "mw", "w"],
        (NounClass::C3_4, Plural) => &["mi", "y"],
        (NounClass::C5_6, Singular) => &["ji", "l"],
        (NounClass::C5_6, Plural) | (NounClass::C6, _) => &["ma", "y"],
        (NounClass::C7_8, Singular) => &["ki", "ch"],
        (NounClass::C7_8, Plural) => &["vi", "vy"],
        (NounClass::C9_10, Singular) => &["m", "n", "y"],
        (NounClass::C9_10, Plural) | (NounClass::C11_10, Plural) => &["m", "n", "z"],
        (NounClass::C11_10, Singular) | (NounClass::C14, _) => &["m", "w"],
        (NounClass::C15, _) => &["ku", "kw"],
    };
    prefixes.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|r| r.chars().count() >= 2 && r.chars().all(char::is_alphabetic))
    })
}

/// Number words above one that stand after a noun of any class without agreeing (`nchi
/// tatu`, `watu elfu`, `askari sita`), and `kadhaa` (several).
const COUNTS: &[&str] = &[
    "mbili",
    "tatu",
    "nne",
    "tano",
    "sita",
    "saba",
    "nane",
    "tisa",
    "kumi",
    "ishirini",
    "thelathini",
    "arobaini",
    "hamsini",
    "sitini",
    "sabini",
    "themanini",
    "tisini",
    "mia",
    "elfu",
    "laki",
    "milioni",
    "bilioni",
    "kadhaa",
];

/// Class 2 words after a plural noun of people: demonstratives, quantifiers and the numbers
/// that agree (`watu hao`, `askari watatu`).
const CLASS_2_MODIFIERS: &[&str] = &[
    "hawa", "hao", "wale", "wote", "wengi", "wachache", "wawili", "watatu", "wanne", "watano",
    "wanane", "wengine", "wenyewe",
];

/// Whether `word` (folded), after a noun, shows there is more than one: a number word above
/// one (`tatu`, `elfu`) or a class 2 word agreeing with a plural of people (`watatu`,
/// `wengi`, `hao`). Digits are not checked here.
pub fn is_count(word: &str) -> bool {
    COUNTS.contains(&word) || CLASS_2_MODIFIERS.contains(&word)
}

/// Whether `word` (folded), right after a noun of class 9/10 whose plural is written like
/// its singular, marks the noun as plural: the class 10 words that agree with it (`sera
/// hizo`, `bei za`, `nchi zote`, `ndege zao`; `glossary/lang/agreement.yaml`), a number word above one (`meli tatu`; not
/// digits, which are as often a year or part of a name: `bajeti 2024`, `Covid 19`),
/// or a verb or relative with the class 10 subject (`nchi zimesaini`, `taarifa zisizo
/// rasmi`, `sera hazijabadilika`). An animate noun (`ndege` the bird, `askari`) agrees in
/// class 2: `askari hao`, `askari watatu`, or takes a class 10 possessive (`ndugu zangu`);
/// the class 2 verb prefix `wa-` is left out there, as nouns start with it too.
pub fn plural_cue(word: &str, animate: bool) -> bool {
    if COUNTS.contains(&word) {
        return true;
    }
    if animate {
        // Class 2 modifiers (`raia wengi`), and a class 2 verb with a tense or relative
        // (`raia walikimbia`, `askari wanaolinda`); a bare `wa-` is left out: nouns of people
        // start with it (`askari wanawake`).
        const VERB_2: &[&str] = &[
            "wali", "wame", "wana", "wata", "waki", "wange", "wasi", "hawaku", "hawaja", "hawata",
            "hawana",
        ];
        // Kinship and friendship nouns of class 9/10 take class 10 possessives in the
        // plural: `ndugu zangu` my brothers, `rafiki zake` his friends (`rafiki yake` one).
        const POSSESSIVE_10: &[&str] = &["zangu", "zako", "zake", "zetu", "zenu", "zao"];
        return CLASS_2_MODIFIERS.contains(&word)
            || POSSESSIVE_10.contains(&word)
            || VERB_2
                .iter()
                .any(|p| word.len() > p.len() + 2 && word.starts_with(p));
    }
    // Subject `zi-` with a tense or as a relative (`zina` they have, `zinazo-`), the
    // negative relative `zisizo`, and the negative `hazi-` (not `hazina`, treasury).
    const VERB: &[&str] = &[
        "zili", "zime", "zina", "zita", "zinge", "zisha", "zikiwa", "zikaw", "zisi", "hazi",
    ];
    agreement::class_10_agreement(word)
        || (VERB.iter().any(|v| word.starts_with(v)) && !word.starts_with("hazin"))
}

/// The locative of a noun (`nchi` → `nchini`, `mji` → `mjini`).
pub fn locative(noun: &str) -> String {
    format!("{noun}ni")
}

#[cfg(test)]
mod tests;
