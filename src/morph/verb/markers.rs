//! The marker tables of the prefix chain (subjects, negative subjects, tenses, relatives,
//! objects), longest first, and the object and relative readings that use them. Data, in
//! the order [`super::parse_prefix`] tries it.

use super::{Subject, Tense};

const fn s(marker: &'static str, person: &'static str) -> Subject {
    Subject { marker, person }
}

/// Affirmative subject markers, persons first.
pub(super) static SUBJECTS: &[(&str, Subject)] = &[
    ("ni", s("ni", "I")),
    ("u", s("u", "you")),
    ("a", s("a", "he/she")),
    ("tu", s("tu", "we")),
    ("m", s("m", "you (pl)")),
    ("mu", s("m", "you (pl)")),
    ("wa", s("wa", "they")),
    ("li", s("li", "it")),
    ("ya", s("ya", "they (things)")),
    ("ki", s("ki", "it")),
    ("vi", s("vi", "they (things)")),
    ("i", s("i", "it")),
    ("zi", s("zi", "they (things)")),
    ("ku", s("ku", "it")),
    ("pa", s("pa", "there")),
];

/// Affirmative tense markers; `taka` only before a relative.
pub(super) const TENSES: &[(&str, Tense)] = &[
    ("na", Tense::Present),
    ("li", Tense::Past),
    ("ta", Tense::Future),
    ("me", Tense::Perfect),
    ("ki", Tense::Simultaneous),
    ("nge", Tense::Conditional),
    ("ngali", Tense::PastConditional),
    ("ka", Tense::Narrative),
];

/// Subjects of the bare subjunctive: persons, and the class 9 and 5 subjects of
/// institutions (`serikali ichukue hatua`, `bunge lipitishe`). Other class markers would
/// turn adjectives into verbs (`kinyonge` weak, not "that it hang"). Longest first.
pub(super) static SUBJUNCTIVE_SUBJECTS: &[(&str, Subject)] = &[
    ("ni", s("ni", "I")),
    ("tu", s("tu", "we")),
    ("mu", s("m", "you (pl)")),
    ("wa", s("wa", "they")),
    ("li", s("li", "it")),
    ("u", s("u", "you")),
    ("a", s("a", "he/she")),
    ("m", s("m", "you (pl)")),
    ("i", s("i", "it")),
];

/// Negative subject markers (`ha` + subject; `si` I, `hu` you, `ha` he/she), longest first
/// so that `hawa-` is tried before `ha-`.
pub(super) static NEG_SUBJECTS: &[(&str, Subject)] = &[
    ("hatu", s("tu", "we")),
    ("hamu", s("m", "you (pl)")),
    ("hawa", s("wa", "they")),
    ("hali", s("li", "it")),
    ("haya", s("ya", "they (things)")),
    ("haki", s("ki", "it")),
    ("havi", s("vi", "they (things)")),
    ("hazi", s("zi", "they (things)")),
    ("haku", s("ku", "it")),
    ("hapa", s("pa", "there")),
    ("ham", s("m", "you (pl)")),
    ("hai", s("i", "it")),
    ("hau", s("u", "it")),
    ("ha", s("a", "he/she")),
    ("si", s("ni", "I")),
    ("hu", s("u", "you")),
];

/// Subjects that stand without a tense marker in the general (headline) present: persons,
/// and class subjects fused with `-a-` (`ya` = i-a, `cha` = ki-a, `la` = li-a, …).
/// `Serikali yatangaza`, `Rais asaini`, `Chama chashinda`. Bare class markers (`ki`, `u`,
/// `m`) are not in the list: `kiutawala` (administratively) and `mapana` (wide) must not
/// parse as verbs.
pub(super) static GENERAL_SUBJECTS: &[(&str, Subject)] = &[
    ("cha", s("ki", "it")),
    ("vya", s("vi", "they (things)")),
    ("kwa", s("ku", "it")),
    ("wa", s("wa", "they")),
    ("tu", s("tu", "we")),
    ("ni", s("ni", "I")),
    ("ya", s("i", "it")),
    ("la", s("li", "it")),
    ("za", s("zi", "they (things)")),
    ("a", s("a", "he/she")),
];

/// Negative tense markers (the present has none).
pub(super) const NEG_TENSES: &[(&str, Tense)] = &[
    ("ku", Tense::Past),
    ("ja", Tense::Perfect),
    ("ta", Tense::Future),
    ("nge", Tense::Conditional),
    ("ngali", Tense::PastConditional),
];

pub(super) const RELATIVES: &[&str] = &[
    "ye", "o", "po", "ko", "mo", "cho", "vyo", "lo", "yo", "zo", "wo",
];

pub(super) const OBJECTS: &[&str] = &[
    "ni", "ku", "m", "mw", "tu", "wa", "i", "li", "ya", "ki", "vi", "zi", "u", "pa", "ji",
];

/// Whether `word` (folded) can open on a chain with a tense marker: a negative subject, or
/// an affirmative subject and a tense marker. [`super::parse_prefix`] reads the past,
/// perfect, present, future and narrative only in such words, so a caller after those
/// tenses skips parsing every other word (most words: nouns, names).
pub(crate) fn may_have_tense(word: &[u8]) -> bool {
    // Markers have one to four letters: compared byte by byte, with no call to memcmp.
    let starts =
        |w: &[u8], m: &str| w.len() >= m.len() && w.iter().zip(m.as_bytes()).all(|(a, b)| a == b);
    NEG_SUBJECTS.iter().any(|(n, _)| starts(word, n))
        || SUBJECTS.iter().any(|(sm, _)| {
            starts(word, sm) && TENSES.iter().any(|(t, _)| starts(&word[sm.len()..], t))
        })
}

/// `word` without `marker` at its start, or `None` when it does not open on it. Markers have
/// one to five letters: they are compared byte by byte, with no call to memcmp (which
/// `strip_prefix` makes), the first byte rejecting most of them.
#[inline]
pub(super) fn after<'a>(word: &'a str, marker: &str) -> Option<&'a str> {
    let (w, m) = (word.as_bytes(), marker.as_bytes());
    if w.len() < m.len() || !w.iter().zip(m).all(|(a, b)| a == b) {
        return None;
    }
    // `marker` is ASCII, so the byte after it starts a character.
    word.get(m.len()..)
}

/// An optional object marker filling `rest` entirely.
pub(super) fn object(rest: &str) -> Option<Option<&'static str>> {
    if rest.is_empty() {
        return Some(None);
    }
    // Every object marker has one or two letters.
    if rest.len() > 2 {
        return None;
    }
    OBJECTS
        .iter()
        .find(|&&o| o.len() == rest.len() && after(rest, o).is_some())
        .map(|&o| Some(o))
}

/// An optional relative then an optional object filling `rest`.
pub(super) fn relative_object(
    rest: &str,
    allow_relative: bool,
) -> Option<(Option<&'static str>, Option<&'static str>)> {
    // A relative has at most three letters and an object two.
    if rest.len() > 5 {
        return None;
    }
    if let Some(o) = object(rest) {
        return Some((None, o));
    }
    if allow_relative {
        for &r in RELATIVES {
            if let Some(tail) = after(rest, r)
                && let Some(o) = object(tail)
            {
                return Some((Some(r), o));
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::{Mood, Tense, Voice, parse_prefix};
    use super::*;

    /// No word the parser reads in a tense marker's tense (with a subject) is screened out:
    /// chains built from every marker, and every word of up to three letters before a stem.
    #[test]
    fn the_tense_screen_keeps_every_finite_form() {
        let markers = |list: &[(&'static str, Subject)]| -> Vec<&'static str> {
            list.iter().map(|(m, _)| *m).collect()
        };
        let mut heads = [
            markers(SUBJECTS),
            markers(NEG_SUBJECTS),
            markers(GENERAL_SUBJECTS),
            vec!["", "ku", "kuto", "kw", "hu"],
        ]
        .concat();
        heads.sort_unstable();
        heads.dedup();
        let tenses: Vec<&str> = TENSES
            .iter()
            .chain(NEG_TENSES)
            .map(|(t, _)| *t)
            .chain(["", "taka", "si"])
            .collect();
        let mut words = Vec::new();
        for h in &heads {
            for t in &tenses {
                for r in RELATIVES.iter().chain(&[""]) {
                    for o in OBJECTS.iter().chain(&[""]) {
                        for stem in ["saini", "ema", "ambia"] {
                            words.push(format!("{h}{t}{r}{o}{stem}"));
                        }
                    }
                }
            }
        }
        let letters = "achiklmnpstuvwyz";
        for a in letters.chars() {
            for b in letters.chars() {
                for c in letters.chars() {
                    words.push(format!("{a}{b}{c}saini"));
                }
            }
        }
        for w in &words {
            for cut in 1..=(w.len() - 3).min(7) {
                let (prefix, stem) = w.split_at(cut);
                let Some(a) = parse_prefix(prefix, stem, Mood::Indicative, Voice::Active) else {
                    continue;
                };
                let finite = matches!(
                    a.tense,
                    Tense::Past
                        | Tense::Perfect
                        | Tense::Present
                        | Tense::Future
                        | Tense::Narrative
                );
                if finite && a.subject.is_some() {
                    assert!(may_have_tense(w.as_bytes()), "{w}: {prefix}-{stem} {a:?}");
                }
            }
        }
    }
}
