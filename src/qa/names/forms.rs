//! Spellings and English forms of names that the names check accepts: a slip of one
//! letter (`Ghna`, Ghana), camel-case parts (`PapaFrancis`), the forms English uses instead
//! of a country's name (`Dutch`, `UK`) and initials (`U.S.`). Not the check itself.

use super::super::Pair;
use crate::morph::spelling::key;

/// Whether two spellings of a name differ by a slip: one letter added, dropped or changed
/// (`Ghna`, Ghana; `Columbia`, Colombia; a change only from five letters), or the same letters with the first and last kept
/// (`Elvado`, Evaldo). Words of four letters or more only, the first letter the same.
pub(super) fn slip(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() < 4 || b.len() < 4 || a[0] != b[0] || a == b {
        return false;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    let one_edit = match long.len() - short.len() {
        0 => {
            short.len() >= 5
                && short
                    .iter()
                    .zip(long.iter())
                    .filter(|(x, y)| x != y)
                    .count()
                    == 1
        }
        1 => (0..long.len()).any(|i| long[..i] == short[..i] && long[i + 1..] == short[i..]),
        _ => false,
    };
    let shuffled = a.len() >= 5 && a.len() == b.len() && a.last() == b.last() && {
        let (mut x, mut y) = (a.clone(), b.clone());
        x.sort_unstable();
        y.sort_unstable();
        x == y
    };
    one_edit || shuffled
}

/// Whether an English word sounds like a name written the Swahili way: the consonants of
/// the two transliteration keys (vowels and `h` left out) agree, the Swahili ones all in
/// the English in order, from the same first one or as one run, with at most one more
/// (`Ukristo`/`Waislam` bare of their prefix: Christian, Muslim; `Skotabu`, Scotturb).
/// Three consonants at least, so that short names do not meet by chance.
pub(super) fn sounds_like(sw: &str, en: &str) -> bool {
    let consonants = |w: &str| -> Vec<char> {
        let mut out: Vec<char> = Vec::new();
        for c in key(w).chars() {
            if !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'h') && out.last() != Some(&c) {
                out.push(c);
            }
        }
        out
    };
    let (a, b) = (consonants(sw), consonants(en));
    if a.len() < 3 || b.len() < a.len() || b.len() > a.len() + 1 {
        return false;
    }
    let run = b.windows(a.len()).any(|w| w == a.as_slice());
    let in_order = a[0] == b[0] && {
        let mut rest = b.iter();
        a.iter().all(|c| rest.any(|d| d == c))
    };
    run || in_order
}

/// The parts of a word written joined in camel case (`MaandamanoSudan`, `PapaFrancis`).
pub(super) fn camel_parts(w: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev_lower = false;
    for (i, c) in w.char_indices() {
        if c.is_uppercase() && prev_lower {
            out.push(&w[start..i]);
            start = i;
        }
        prev_lower = c.is_lowercase();
    }
    out.push(&w[start..]);
    // Only words of real parts (`SARS-CoV`, `HCoV` stay whole).
    if out.len() > 1 && out.iter().all(|p| p.chars().count() >= 4) {
        out
    } else {
        vec![w]
    }
}

/// English forms of names the English often uses instead of the name itself.
pub(super) const KNOWN_FORMS: &[(&str, &[&str])] = &[
    (
        "United States",
        &["America", "American", "Americans", "USA"],
    ),
    (
        "United Kingdom",
        &["Britain", "British", "England", "English", "UK"],
    ),
    ("Netherlands", &["Dutch", "Holland"]),
    ("Switzerland", &["Swiss"]),
    ("Philippines", &["Filipino", "Filipinos", "Philippine"]),
    (
        "Democratic Republic of the Congo",
        &["Congolese", "DRC", "Congo"],
    ),
    ("Ivory Coast", &["Ivorian"]),
    ("Côte d'Ivoire", &["Ivorian"]),
    ("Middle East", &["Mideast"]),
    ("France", &["French"]),
    ("Spain", &["Spanish"]),
    ("Wales", &["Welsh"]),
    ("Greece", &["Greek"]),
    ("Iceland", &["Icelandic"]),
];

/// Whether the English writes the name by its initials: `United States` → US, U.S.
pub(super) fn initialism(p: &Pair, en: &str) -> bool {
    let initials: String = en
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_lowercase();
    initials.chars().count() >= 2
        && p.tgt
            .words
            .iter()
            .any(|t| t.lower.replace('.', "") == initials)
        || initials.chars().count() >= 2 && {
            // `U.S.`, and `U.S` without its last dot before a word or the end.
            let dotted: String = initials
                .to_uppercase()
                .chars()
                .map(|c| format!("{c}."))
                .collect();
            let bare = &dotted[..dotted.len() - 1];
            p.en.match_indices(bare).any(|(i, _)| {
                !p.en[i + bare.len()..].starts_with(char::is_alphanumeric)
                    && !p.en[..i].ends_with(char::is_alphanumeric)
            })
        }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_sound_alike() {
        assert!(sounds_like("kristo", "Christian"));
        assert!(sounds_like("islam", "Muslim"));
        assert!(sounds_like("Skotabu", "Scotturb"));
        assert!(!sounds_like("Samoa", "Mendoza"));
        assert!(!sounds_like("Hawaii", "Greenland"));
        assert!(!sounds_like("Goethe", "Flow"));
        // Two consonants are too few to tell.
        assert!(!sounds_like("Guenea", "Guineas"));
        assert!(!sounds_like("Pohamba", "Hertzberg"));
    }
}
