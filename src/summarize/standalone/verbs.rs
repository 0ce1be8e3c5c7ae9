//! The stand-alone reader's parse of a sentence's first word as a finite verb: its tense
//! and subject marker, with no relative marker that agrees with the subject.

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

/// Whether a verb's prefix chain can open on `first`: every subject and negative subject
/// marker of `verb::parse_prefix` opens on one of these letters.
fn may_open_a_chain(first: u8) -> bool {
    matches!(
        first,
        b'a' | b'h'
            | b'i'
            | b'k'
            | b'l'
            | b'm'
            | b'n'
            | b'p'
            | b's'
            | b't'
            | b'u'
            | b'v'
            | b'w'
            | b'y'
            | b'z'
    )
}

/// Whether a verb's prefix chain can end in `last`: every subject, tense, relative and object
/// marker of `verb::parse_prefix` ends in a vowel, `m` or `w`.
fn may_end_a_chain(last: u8) -> bool {
    matches!(last, b'a' | b'e' | b'i' | b'o' | b'u' | b'm' | b'w')
}

/// The tense and subject marker of `folded` read as a finite verb: a subject marker, no
/// relative marker that agrees with the subject (see [`relative_agrees`]), and at
/// least three letters of stem (`alisema`, `imesema`, `ameiambia`; not `aliyekuwa` "the
/// former", not `walimu`). The longest prefix chain that parses wins, so a relative is
/// seen.
pub(super) fn subject_verb_with(folded: &str) -> Option<(Tense, &'static str)> {
    let bytes = folded.as_bytes();
    // A first word opening on another letter (`baada`, `rais`, `jeshi`) is not looked for
    // markers.
    if bytes.len() < 5
        || !may_open_a_chain(bytes[0])
        || !folded.is_ascii()
        || !verb::may_have_tense(bytes)
    {
        return None;
    }
    // The longest cut that parses: tried from the longest down, the first found wins. Every
    // marker of the chain ends in a vowel, `m` (`m-`, `ham-`) or `w` (`mw-`, `kw-`), so a
    // prefix ending otherwise cannot parse and is not tried (half the cuts of most words).
    let a = (1..=(bytes.len() - 3).min(7))
        .rev()
        .filter(|&cut| may_end_a_chain(bytes[cut - 1]))
        .find_map(|cut| {
            let (prefix, stem) = folded.split_at(cut);
            verb::parse_prefix(prefix, stem, Mood::Indicative, Voice::Active)
                .filter(relative_agrees)
        })?;
    let finite = matches!(
        a.tense,
        Tense::Past | Tense::Perfect | Tense::Present | Tense::Future | Tense::Narrative
    );
    let subject = a.subject?.marker;
    (finite && a.relative.is_none()).then_some((a.tense, subject))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`subject_verb_with`] with every cut tried.
    fn ungated(folded: &str) -> Option<(Tense, &'static str)> {
        let bytes = folded.as_bytes();
        if bytes.len() < 5 || !folded.is_ascii() || !verb::may_have_tense(bytes) {
            return None;
        }
        let a = (1..=(bytes.len() - 3).min(7)).rev().find_map(|cut| {
            let (prefix, stem) = folded.split_at(cut);
            verb::parse_prefix(prefix, stem, Mood::Indicative, Voice::Active)
                .filter(relative_agrees)
        })?;
        let finite = matches!(
            a.tense,
            Tense::Past | Tense::Perfect | Tense::Present | Tense::Future | Tense::Narrative
        );
        (finite && a.relative.is_none()).then_some((a.tense, a.subject?.marker))
    }

    #[test]
    fn cuts_that_cannot_end_a_chain_are_skipped_without_changing_a_reading() {
        let words = super::super::tests::gate_words();
        let mut read = 0;
        for w in &words {
            let got = subject_verb_with(w);
            assert_eq!(got, ungated(w), "{w}");
            read += usize::from(got.is_some());
        }
        assert!(
            read > 1000,
            "only {read} of {} words read as verbs",
            words.len()
        );
    }
}
