//! Negation in a Swahili word or phrase of any verb, known to the glossary or not: the
//! negative prefix chains of [`super::verb::parse_prefix`] (`hakusaini`, `hawajafika`,
//! `haitakuwa`, `asiyejulikana`, `kutofanya`) read without knowing the stem, and the
//! negative words (`hakuna`, `sio`, `bila`). It does not say what is negated.

use super::verb::{Mood, Polarity, Tense, Voice, parse_prefix};

/// Words that negate on their own: `hakuna` there is not, `hamna`, `sio`/`siyo`/`si` is
/// not, `hapana` no, `wala` nor, `bila` without.
pub const NEGATIVE_WORDS: &[&str] = &[
    "hakuna", "hamna", "hakukuwa", "sio", "siyo", "si", "hapana", "wala", "bila", "pasipo",
];

/// Negative subjects before `-na` (have): `hawana` they have not.
const NEGATIVE_HAVE: &[&str] = &[
    "ha", "hawa", "haya", "hai", "hatu", "ham", "hali", "haki", "havi", "hau", "si", "hu",
];

/// Verb stems of one syllable (`-wa` be, `-ja` come, `-fa` die, `-la` eat, `-pa` give,
/// `-nywa` drink): the only stems shorter than three letters a prefix may stand before.
const SHORT_STEMS: &[&str] = &[
    "wa", "ja", "fa", "la", "pa", "nywa", "wi", "ji", "fi", "li", "pi",
];

/// The negative reading of one folded word, if its letters read as a negative verb: a
/// negative subject with a tense marker (`haku-`, `hawaja-`, `haita-`), a `-si-` relative
/// (`asiye-`, `wasio-`), `kuto-` before a stem, or the negative present of a person plural or
/// a class subject (`hawawezi`, `haiwezekani`). The bare `ha-`/`si-` present (`hajui`) is
/// left to the glossary's verbs: letter by letter it cannot be told from nouns (`habari`).
pub fn negative_verb(word: &str) -> Option<Tense> {
    if !word.is_ascii() || word.len() < 5 {
        return None;
    }
    let first = word.as_bytes()[0];
    if !matches!(
        first,
        b'h' | b'k' | b'a' | b'w' | b'u' | b'i' | b'l' | b'y' | b'z' | b'v' | b's'
    ) {
        return None;
    }
    // `sikukuu` (holiday), `sikuzote` (always) are not `si-ku-`, nor `hatarini` (in danger)
    // `ha-ta-`.
    if word.starts_with("sikuk") || word.starts_with("sikuz") || word.starts_with("hatari") {
        return None;
    }
    // The negative of `-na` (have): hana, hawana, hayana, haina, hatuna, sina.
    if let Some(subject) = word.strip_suffix("na")
        && NEGATIVE_HAVE.contains(&subject)
    {
        return Some(Tense::Present);
    }
    // Only these prefix chains can read as negative (`ha-`/`hu-`/`si-` subjects, `kuto-`,
    // a subject and `-si-`); any other word is out without parsing each cut.
    let b = word.as_bytes();
    if !(b[0] == b'h' || word.starts_with("si") || word.starts_with("kuto"))
        && &b[1..3] != b"si"
        && &b[2..4] != b"si"
    {
        return None;
    }
    for k in 2..word.len() - 1 {
        let (prefix, stem) = word.split_at(k);
        if stem.len() < 3 && !SHORT_STEMS.contains(&stem) {
            continue;
        }
        let Some(a) = parse_prefix(prefix, stem, Mood::Any, Voice::Active) else {
            continue;
        };
        if a.polarity != Polarity::Negative {
            continue;
        }
        let ok = match a.tense {
            // `hu-` + tense is the habitual (`hutanguliza`), not "you will not".
            Tense::Past | Tense::Perfect | Tense::Future => !prefix.starts_with("hu"),
            Tense::Conditional | Tense::PastConditional => true,
            // kutofanya, but not kutoka (to come from) and its derivations.
            // and not kutosha (enough).
            Tense::Infinitive => {
                !stem.starts_with('k') && !stem.starts_with("sh") && stem.len() >= 3
            }
            // asiyejulikana, wasioweza: a relative after -si-.
            Tense::General => a.relative.is_some(),
            Tense::Present => {
                let marker = &prefix[..prefix.len() - a.object.map_or(0, str::len)];
                stem.ends_with('i')
                    && stem.len() >= 3
                    && !matches!(marker, "ha" | "si" | "hu" | "hapa")
            }
            _ => false,
        };
        if ok {
            return Some(a.tense);
        }
    }
    None
}

/// Whether a folded word negates: a negative word or a negative verb.
pub fn is_negative(word: &str) -> bool {
    NEGATIVE_WORDS.contains(&word) || negative_verb(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negative_forms_and_look_alikes() {
        for w in [
            "hakusaini",
            "hawajafika",
            "haitakuwa",
            "hakuwa",
            "hazikuwa",
            "asiyejulikana",
            "wasioweza",
            "kutofanya",
            "hawawezi",
            "haiwezekani",
            "hakuna",
            "sio",
            "hatujapata",
            "hayana",
            "hawana",
            "sikuwa",
            "hakitoi",
            "halikuonekana",
        ] {
            assert!(is_negative(w), "{w} should be negative");
        }
        for w in [
            "habari",
            "hatari",
            "halisi",
            "kutoka",
            "kutokana",
            "wasiwasi",
            "usiku",
            "kisiwa",
            "hakika",
            "hatua",
            "hasara",
            "hadi",
            "hawa",
            "walisaini",
            "hospitali",
            "haki",
            "hakimu",
            "visiwani",
            "kusini",
            "siasa",
            "hutanguliza",
            "kutosha",
            "sikukuu",
            "sitini",
            "sikio",
            "hatarini",
        ] {
            assert!(!is_negative(w), "{w} should not be negative");
        }
    }
}
