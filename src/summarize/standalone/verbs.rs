//! The stand-alone reader's verbs, from their letters: a subject marker and what agrees
//! with it, a past or perfect event verb, a finite verb opening a sentence and its subject.

use crate::morph::{Mood, Tense, Voice, verb};

/// A relative marker agrees with its subject (`aliye-`, `walio-`, `iliyo-`) or is one of
/// time and place (`alipo-`): `alio-` of `aliongeza` is `a-li-` and a stem, not a relative.
fn relative_agrees(a: &verb::Analysis) -> bool {
    let Some(r) = a.relative else { return true };
    if matches!(r, "po" | "ko" | "mo") {
        return true;
    }
    let agreeing = match a.subject.map(|s| s.marker) {
        Some("a") => "ye",
        Some("wa" | "u") => "o",
        Some("i" | "ya") => "yo",
        Some("li") => "lo",
        Some("ki") => "cho",
        Some("vi") => "vyo",
        Some("zi") => "zo",
        _ => return true,
    };
    r == agreeing
}

/// A third-person or `tu-` subject marker at the start of a word, read from its letters
/// alone (byte patterns: it runs on every word), with the rest of the word and the
/// relative that agrees with that subject (`wa-` … `-o-`, `a-` … `-ye-`).
#[inline]
pub(in crate::summarize) fn subject_and_relative(b: &[u8]) -> Option<(&[u8], &'static [u8])> {
    Some(match b {
        [b'w', b'a', rest @ ..] => (rest, b"o"),
        [b'a', rest @ ..] => (rest, b"ye"),
        [b'i', rest @ ..] => (rest, b"yo"),
        [b'l', b'i', rest @ ..] => (rest, b"lo"),
        [b'y', b'a', rest @ ..] => (rest, b"yo"),
        [b'k', b'i', rest @ ..] => (rest, b"cho"),
        [b'v', b'i', rest @ ..] => (rest, b"vyo"),
        [b'z', b'i', rest @ ..] => (rest, b"zo"),
        [b'u', rest @ ..] => (rest, b"o"),
        [b't', b'u', rest @ ..] => (rest, b"o"),
        _ => return None,
    })
}

/// A past or perfect verb with a subject marker (`alisema`, `wameshambulia`,
/// `imetangaza`), read from its letters alone — it runs on every word, so it does not
/// parse the whole chain: subject, `li`/`me`, and not the relative that agrees with the
/// subject (`uliopita` "last", `iliyotolewa`), with three letters or more of stem.
pub(super) fn past_event(folded: &str) -> bool {
    let Some((rest, rel)) = subject_and_relative(folded.as_bytes()) else {
        return false;
    };
    let stem = match rest {
        [b'l', b'i', stem @ ..] | [b'm', b'e', stem @ ..] => stem,
        _ => return false,
    };
    stem.len() >= 3 && !stem.starts_with(rel) && !matches!(stem, [b'p' | b'k' | b'm', b'o', ..])
}

/// The tense and subject marker of `folded` read as a finite verb: a subject marker, no
/// relative marker that agrees with the subject (see [`relative_agrees`]), and at
/// least three letters of stem (`alisema`, `imesema`, `ameiambia`; not `aliyekuwa` "the
/// former", not `walimu`). The longest prefix chain that parses wins, so a relative is
/// seen.
pub(super) fn subject_verb_with(folded: &str) -> Option<(Tense, &'static str)> {
    let bytes = folded.as_bytes();
    if bytes.len() < 5 || !folded.is_ascii() || !verb::may_have_tense(bytes) {
        return None;
    }
    // The longest cut that parses: tried from the longest down, the first found wins.
    let a = (1..=(bytes.len() - 3).min(7)).rev().find_map(|cut| {
        let (prefix, stem) = folded.split_at(cut);
        verb::parse_prefix(prefix, stem, Mood::Indicative, Voice::Active).filter(relative_agrees)
    })?;
    let finite = matches!(
        a.tense,
        Tense::Past | Tense::Perfect | Tense::Present | Tense::Future | Tense::Narrative
    );
    let subject = a.subject?.marker;
    (finite && a.relative.is_none()).then_some((a.tense, subject))
}
