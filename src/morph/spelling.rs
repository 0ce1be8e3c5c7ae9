//! How a name is spelt across the two languages: words folded without diacritics, a
//! transliteration key (`Kroatia` = Croatia, `Afganistani` = Afghanistan, `Ajentina` ≈
//! Argentina), and whether a word looks Swahili by its sounds. For the checker's names test
//! and the gloss's test of a capitalised word; it knows spellings, not which names exist.

use crate::text::fold;
use unicode_normalization::UnicodeNormalization;

/// A word folded without its diacritics: `Erdoğan` → `erdogan`, `Słania` → `slania`.
pub(crate) fn plain(w: &str) -> String {
    fold(w)
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'ł' => 'l',
            'ø' => 'o',
            'đ' => 'd',
            'ı' => 'i',
            other => other,
        })
        .collect()
}

/// The transliteration key of a plain word: c/q → k, ph → f, gh/kh → g/k, th → t,
/// x → ks, y → i, doubled letters single, a Swahili final vowel after a consonant off
/// (`Afganistani`).
pub(crate) fn key(w: &str) -> String {
    let w = plain(w);
    // Every replacement below needs an `h`, a `c` or an `x`: without them, no copies.
    if !w.bytes().any(|b| matches!(b, b'h' | b'c' | b'x')) {
        return squeeze(&w);
    }
    let w = w
        .replace("ph", "f")
        .replace("gh", "g")
        .replace("kh", "k")
        .replace("th", "t")
        .replace("ck", "k")
        .replace('x', "ks");
    squeeze(&w)
}

/// The end of [`key`]: c/q → k, y → i, doubled letters single, only letters and digits.
fn squeeze(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    for c in w.chars() {
        let c = match c {
            'c' | 'q' => 'k',
            'y' => 'i',
            other => other,
        };
        if !c.is_alphanumeric() || out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    out
}

/// Whether two spellings name the same thing: their keys share the first five letters,
/// or differ by an edit in four (`Ajentina`/`Argentina` by two in nine).
#[cfg(test)]
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    same_key(&key(a), &key(b))
}

/// [`same_name`] on two keys made by [`key`].
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    let (na, nb) = (a.chars().count(), b.chars().count());
    if na < 4 || nb < 4 || na.abs_diff(nb) * 4 > na.max(nb) + 4 {
        return false;
    }
    let five = |s: &str| s.chars().take(5).collect::<String>();
    if na >= 5 && nb >= 5 && five(a) == five(b) {
        return true;
    }
    if a.chars().next() != b.chars().next() {
        return false;
    }
    let trim = |s: &str| s.trim_end_matches(['a', 'e', 'i', 'o', 'u']).to_string();
    let (a, b) = (trim(a), trim(b));
    distance(&a, &b) * 4 <= a.chars().count().max(b.chars().count())
}

fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for j in 0..b.len() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != b[j]))
                .min(row[j] + 1)
                .min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Consonant pairs Swahili writes (besides a nasal before a consonant).
const CLUSTERS: &[&str] = &[
    "ch", "sh", "th", "dh", "gh", "kh", "ny", "ng", "mw", "kw", "gw", "bw", "pw", "tw", "dw", "nw",
    "sw", "zw", "jw", "lw", "rw", "fy", "vy", "by", "my", "py", "ky", "sy",
];

/// Whether a word looks like a name rather than a capitalised Swahili word: Swahili words
/// end in a vowel, do not use q or x, nor c outside `ch`, and put no two consonants together
/// but the ones Swahili writes (`Moldova`, `Ssebulime` are not Swahili words).
pub(crate) fn foreign(word: &str) -> bool {
    let w = fold(word);
    let vowel = |c: char| "aeiou".contains(c);
    let ends_consonant = w
        .chars()
        .last()
        .is_some_and(|c| c.is_alphabetic() && !vowel(c));
    let c_alone = w
        .match_indices('c')
        .any(|(i, _)| !w[i + 1..].starts_with('h'));
    let chars: Vec<char> = w.chars().collect();
    let cluster = chars.windows(2).any(|p| {
        let (a, b) = (p[0], p[1]);
        a.is_ascii_alphabetic()
            && b.is_ascii_alphabetic()
            && !vowel(a)
            && !vowel(b)
            && !(matches!(a, 'm' | 'n'))
            && !CLUSTERS.contains(&format!("{a}{b}").as_str())
    });
    ends_consonant
        || w.contains(['q', 'x'])
        || c_alone
        || cluster
        || !w.is_ascii()
        || (word.chars().any(char::is_alphabetic)
            && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterations_match() {
        assert!(same_name("Kroatia", "Croatia"));
        assert!(same_name("Afganistani", "Afghanistan"));
        assert!(same_name("Ajentina", "Argentina"));
        assert!(same_name("Slania", "Słania"));
        assert!(same_name("Gaengitiki", "Gangetic"));
        assert!(same_name("orthodoksi", "Orthodox"));
        assert!(!same_name("Nigeria", "Fires"));
        assert!(!same_name("Moldova", "General"));
    }

    #[test]
    fn swahili_looking_words() {
        for w in [
            "Moldova",
            "Ssebulime",
            "Lakkha",
            "Taiwan",
            "Erdoğan",
            "UNHCR",
        ] {
            assert!(foreign(w), "{w}");
        }
        for w in [
            "Nyota",
            "Mtendaji",
            "Bahari",
            "Kamati",
            "Mwelekezi",
            "Nigeria",
            // Nothing to read: no letters, no foreign look.
            "",
            "2024",
        ] {
            assert!(!foreign(w), "{w}");
        }
    }
}
