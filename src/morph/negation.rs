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
        b'h' | b'k' | b'a' | b'w' | b'u' | b'i' | b'l' | b'y' | b'z' | b'v'
    ) {
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
            Tense::Past | Tense::Perfect | Tense::Future => true,
            Tense::Conditional | Tense::PastConditional => true,
            // kutofanya, but not kutoka (to come from) and its derivations.
            Tense::Infinitive => !stem.starts_with('k') && stem.len() >= 3,
            // asiyejulikana, wasioweza: a relative after -si-.
            Tense::General => a.relative.is_some(),
            Tense::Present => {
                let marker = &prefix[..prefix.len() - a.object.map_or(0, str::len)];
                stem.ends_with('i')
                    && stem.len() >= 3
                    && !matches!(marker, "ha" | "si" | "hu" | "hapa" | "hali" | "haki")
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
        ] {
            assert!(!is_negative(w), "{w} should not be negative");
        }
    }
}
