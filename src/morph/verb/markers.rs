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

/// An optional object marker filling `rest` entirely.
pub(super) fn object(rest: &str) -> Option<Option<&'static str>> {
    if rest.is_empty() {
        return Some(None);
    }
    // Every object marker has one or two letters.
    if rest.len() > 2 {
        return None;
    }
    OBJECTS.iter().find(|&&o| o == rest).map(|&o| Some(o))
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
            if let Some(after) = rest.strip_prefix(r)
                && let Some(o) = object(after)
            {
                return Some((Some(r), o));
            }
        }
    }
    None
}
