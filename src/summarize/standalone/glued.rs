//! A unit that is not one sentence as written: a word that only opens a sentence, written
//! capitalised right after a lower-case word with nothing but spaces between (`… sugu kwa
//! dawa Hii hutokea …`, `… la kawaida Alipozungumza …`: two sentences, or a crosshead and a
//! sentence, run together); and a first-person verb (`tulifikia`, `nimeona`): someone speaks.
//! It reads one word at a time; what to do with the unit is the picker's business.

use crate::morph::{Mood, Tense, Voice, verb};

use super::words::{LEANING_SUBJECTS, NOUN_LOOKALIKES};

/// Words that open a sentence and are not written capitalised inside one.
const OPENERS: &[&str] = &[
    "hii",
    "hilo",
    "huu",
    "hizi",
    "hayo",
    "haya",
    "baadhi",
    "lakini",
    "aidha",
    "vilevile",
    "mnamo",
    "licha",
    "hatahivyo",
    "isitoshe",
    "kadhalika",
];

/// Whether `folded`, written capitalised inside a unit after a lower-case word, opens a
/// sentence: one of [`OPENERS`], or a glossary verb (`verb`: the matcher read it as a form
/// of a verb entry) with a third-person or class subject marker in any tense, relative or
/// not (`Alipozungumza`, `Wamesema`; not the one-syllable stems of `Akiwa`). The letters
/// alone are not enough: many names read as such a verb (`Italia` i-ta-, `Amerika` a-me-,
/// `Watanzania` wa-ta-).
pub(super) fn opens_sentence(folded: &str, verb: bool) -> bool {
    OPENERS.contains(&folded) || verb && subject_verb(folded)
}

fn subject_verb(folded: &str) -> bool {
    let bytes = folded.as_bytes();
    if bytes.len() < 5
        || !folded.is_ascii()
        || super::subject_and_relative(bytes).is_none()
        || NOUN_LOOKALIKES.iter().any(|p| folded.starts_with(p))
    {
        return false;
    }
    (1..=(bytes.len() - 3).min(7)).rev().any(|cut| {
        let (prefix, stem) = folded.split_at(cut);
        verb::parse_prefix(prefix, stem, Mood::Indicative, Voice::Active).is_some_and(|a| {
            !matches!(a.tense, Tense::Bare | Tense::Infinitive | Tense::General)
                && a.subject
                    .is_some_and(|s| LEANING_SUBJECTS.contains(&s.marker))
        })
    })
}

/// A first-person verb in the past, perfect, present or future (`nilisema`, `tumeona`,
/// `ninaamini`, `tutashinda`): `ni-`/`tu-`, a tense marker, three letters of stem or more.
/// Read from its letters alone: it runs on every word.
pub(super) fn first_person(folded: &str) -> bool {
    let b = folded.as_bytes();
    let rest = match b {
        [b'n', b'i', rest @ ..] | [b't', b'u', rest @ ..] => rest,
        _ => return false,
    };
    match rest {
        [b'l', b'i', stem @ ..]
        | [b't', b'a', stem @ ..]
        | [b'm', b'e', stem @ ..]
        | [b'n', b'a', stem @ ..] => stem.len() >= 3,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_and_openers_open_a_sentence() {
        for w in ["alipozungumza", "wamesema", "imetangaza"] {
            assert!(opens_sentence(w, true), "{w}");
            assert!(!opens_sentence(w, false), "{w}: not a glossary verb");
        }
        for w in ["hii", "baadhi"] {
            assert!(opens_sentence(w, false), "{w}");
        }
        for w in [
            "amina",
            "wanafunzi",
            "kenya",
            "rais",
            "ikulu",
            "baraza",
            "waziri",
        ] {
            assert!(!opens_sentence(w, true), "{w}");
        }
    }

    #[test]
    fn first_person_verbs() {
        for w in [
            "tulifikia",
            "nilisema",
            "tumeona",
            "ninaamini",
            "tutashinda",
            "nitakuja",
        ] {
            assert!(first_person(w), "{w}");
        }
        for w in [
            "tume", "tukio", "nishati", "tumaini", "nini", "tulivu", "alisema",
        ] {
            assert!(!first_person(w), "{w}");
        }
    }
}
