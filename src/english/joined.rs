//! Capitalised single tokens that look like names but are Swahili built on a name or joined
//! from words: a country's people or language (`Msingapore` Singaporean, `Kipolishi` Polish,
//! `Wa-Kanada` Canadians), compass words joined by a hyphen (`Kusini-mashariki` south-east)
//! and words run together without spaces (`WarudisheniWatotoWetu`, a hashtag), which are left
//! out rather than echoed. Not for names of several words (`names.rs`).

use super::data::EnglishData;
use super::lexicon::Lexicon;
use crate::text::fold;

/// What a prefix on a country stem makes.
#[derive(Clone, Copy)]
enum Made {
    /// `Ki-`: the language or adjective.
    Adjective,
    /// `M-`, `Mw-`: one person.
    Person,
    /// `Wa-`: the people.
    People,
}

/// The prefixes, longest first so `mw` is tried before `m`.
const PREFIXES: [(&str, Made); 4] = [
    ("wa", Made::People),
    ("mw", Made::Person),
    ("ki", Made::Adjective),
    ("m", Made::Person),
];

/// The English of a country's people or language written as one Swahili word: a `Ki-`,
/// `M-`/`Mw-` or `Wa-` (perhaps with a hyphen) on the country's Swahili or English name, or on
/// its English adjective with a Swahili final `i` (`Kipolishi`). `None` for a word that is
/// itself a name of the glossary or whose country has no `demonyms:` line in the data.
pub(super) fn demonym(lexicon: &Lexicon, data: &EnglishData, word: &str) -> Option<String> {
    let w = fold(word);
    if lexicon.is_name(&w) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    PREFIXES
        .iter()
        .find_map(|&(p, made)| {
            let rest = after_prefix(&w, p)?;
            if rest.chars().count() < 3 || rest.contains('-') {
                return None;
            }
            let forms = stems(rest).find_map(|stem| {
                lexicon
                    .country(stem)
                    .and_then(|en| data.demonyms.get(en))
                    .or_else(|| {
                        data.demonyms
                            .values()
                            .find(|v| v.first().is_some_and(|a| fold(a) == stem))
                    })
            });
            match forms {
                Some(forms) => english(forms, made),
                // `Kijavanese`: the prefix on an English adjective of a people the data has no
                // line for is that adjective.
                None => english_adjective(rest).and_then(|a| english(&[a], made)),
            }
        })
        // `Belarusiani`: an English adjective of the data with a Swahili final `i`, no prefix.
        .or_else(|| {
            let bare = w.strip_suffix('i')?;
            data.demonyms
                .values()
                .filter_map(|v| v.first())
                .find(|a| fold(a) == bare && a.chars().count() >= 5)
                .cloned()
        })
}

/// `javanese` → Javanese: a stem with the ending of an English adjective of a people or
/// language (`-ese`, `-ian`, `-ish`), six letters or more, opening with a consonant.
fn english_adjective(stem: &str) -> Option<String> {
    // A prefix takes a consonant-initial stem so: `Maltese` is no `M-` on "altese".
    let adjective = ["ese", "ian", "ish"].iter().any(|e| stem.ends_with(e))
        && !stem.starts_with(['a', 'e', 'i', 'o', 'u']);
    (adjective && stem.chars().count() >= 6 && stem.chars().all(|c| c.is_ascii_alphabetic())).then(
        || {
            let mut c = stem.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        },
    )
}

/// Whether a word is a `Ki-`, `M-`/`Mw-` or `Wa-` on a country of the glossary
/// (`Wafilipino`): asked when `demonym` made nothing, as the data has no `demonyms:` line
/// for that people. Swahili, so it is left out rather than echoed as a name.
pub(super) fn unread_demonym(lexicon: &Lexicon, word: &str) -> bool {
    let w = fold(word);
    if lexicon.is_name(&w) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return false;
    }
    PREFIXES.iter().any(|&(p, _)| {
        after_prefix(&w, p).is_some_and(|rest| {
            rest.chars().count() >= 4 && stems(rest).any(|stem| lexicon.country(stem).is_some())
        })
    })
}

/// What follows the class prefix `p` of `w`, past a hyphen (`Wa-Kanada`).
fn after_prefix<'a>(w: &'a str, p: &str) -> Option<&'a str> {
    let rest = w.strip_prefix(p)?;
    Some(rest.strip_prefix('-').unwrap_or(rest))
}

/// The stems a country may stand as after a prefix: as written, and without a Swahili final
/// `i` (`Kipolishi`) when three letters or more are left.
fn stems(rest: &str) -> impl Iterator<Item = &str> {
    let bare = rest.strip_suffix('i').filter(|b| b.chars().count() >= 3);
    std::iter::once(rest).chain(bare)
}

/// The English a prefix makes of a `demonyms:` line: adjective, person, people.
fn english(forms: &[String], made: Made) -> Option<String> {
    let adjective = forms.first()?.trim();
    let person = forms.get(1).map_or(adjective, |p| p.trim());
    Some(match made {
        Made::Adjective => adjective.to_string(),
        Made::Person => person.to_string(),
        Made::People => match forms.get(2) {
            Some(people) => people.trim().to_string(),
            None if person.ends_with(['n', 'i']) => format!("{person}s"),
            None => person.to_string(),
        },
    })
}

/// `Kusini-mashariki` → south-east: compass words (the data's `compass:`) joined by hyphens.
pub(super) fn joined_compass(data: &EnglishData, word: &str) -> Option<String> {
    let w = fold(word);
    let parts: Vec<&str> = w.split('-').collect();
    if parts.len() < 2 {
        return None;
    }
    let english: Option<Vec<String>> = parts
        .iter()
        .map(|p| data.compass.get(*p).map(|e| e.to_lowercase()))
        .collect();
    english.map(|e| e.join("-"))
}

/// Whether a word runs Swahili words together with a capital on each (`WarudisheniWatoto`,
/// `SingaporeItashinda`): after an internal capital that follows a small letter there is a
/// Swahili word of three letters or more. Names written so (`YouTube`, `McDonald`,
/// `WhatsApp`) run English pieces together and are kept.
pub(super) fn run_together(lexicon: &Lexicon, word: &str) -> bool {
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    let cuts: Vec<usize> = chars
        .windows(2)
        .filter(|p| p[0].1.is_lowercase() && p[1].1.is_uppercase())
        .map(|p| p[1].0)
        .collect();
    if cuts.is_empty() {
        return false;
    }
    let ends = cuts
        .iter()
        .skip(1)
        .copied()
        .chain(std::iter::once(word.len()));
    cuts.iter().zip(ends).any(|(&s, e)| {
        let piece = &word[s..e];
        piece.chars().count() >= 3 && (lexicon.is_swahili(piece) || verb_built(piece))
    })
}

/// Whether a word of seven letters or more is built as a verb of any stem: a prefix chain
/// with a subject, then five letters or more ending in a vowel (`Asingehukumiwa`).
fn verb_built(word: &str) -> bool {
    use crate::morph::verb::{Mood, Voice, parse_prefix};
    let w = fold(word);
    if w.len() < 7 || !w.is_ascii() || !w.ends_with(['a', 'e', 'i', 'o', 'u']) {
        return false;
    }
    (2..=w.len() - 5).any(|j| {
        let (prefix, stem) = w.split_at(j);
        parse_prefix(prefix, stem, Mood::Any, Voice::Active).is_some_and(|a| a.subject.is_some())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;

    fn read(word: &str) -> Option<String> {
        let lx = super::super::lexicon::of(&Glossary::embedded());
        demonym(&lx, EnglishData::embedded(), word)
    }

    #[test]
    fn peoples_and_languages_of_countries() {
        for (w, en) in [
            ("Msingapore", "Singaporean"),
            ("Wasingapore", "Singaporeans"),
            ("Kipolishi", "Polish"),
            ("Wapolandi", "Poles"),
            ("Mpolandi", "Pole"),
            ("Kikroatia", "Croatian"),
            ("Ki-Israel", "Israeli"),
            ("Wa-Kanada", "Canadians"),
            ("Mjapani", "Japanese"),
            ("Wajapani", "Japanese"),
            ("Kijavanese", "Javanese"),
            ("Belarusiani", "Belarusian"),
        ] {
            assert_eq!(read(w).as_deref(), Some(en), "{w}");
        }
        for w in [
            "Singapuri",
            "Mwanza",
            "Kigali",
            "Wales",
            "Misri",
            "Kisumu",
            "Mkuu",
            "Maltese",
        ] {
            assert_eq!(read(w), None, "{w}");
        }
    }

    #[test]
    fn peoples_without_a_line_are_not_names() {
        let lx = super::super::lexicon::of(&Glossary::embedded());
        assert!(unread_demonym(&lx, "Wafilipino"));
        assert!(unread_demonym(&lx, "Kifilipino"));
        for w in ["Mwanza", "Kisumu", "Wales", "Ufilipino", "Mkuu"] {
            assert!(!unread_demonym(&lx, w), "{w}");
        }
    }

    #[test]
    fn every_demonym_names_a_country_of_the_glossary() {
        let g = Glossary::embedded();
        for k in EnglishData::embedded().demonyms.keys() {
            assert!(
                g.entries
                    .iter()
                    .any(|e| e.pos == crate::glossary::Pos::Name && e.en.trim() == k),
                "demonyms: {k} is no name of the glossary"
            );
        }
    }

    #[test]
    fn compass_words_joined_by_hyphens() {
        let d = EnglishData::embedded();
        assert_eq!(
            joined_compass(d, "Kusini-mashariki").as_deref(),
            Some("south-east")
        );
        assert_eq!(
            joined_compass(d, "kaskazini-magharibi").as_deref(),
            Some("north-west")
        );
        assert_eq!(joined_compass(d, "Kusini"), None);
        assert_eq!(joined_compass(d, "Kusini-Kivu"), None);
    }

    #[test]
    fn words_run_together_are_told_from_names() {
        let lx = super::super::lexicon::of(&Glossary::embedded());
        for w in [
            "WarudisheniWatotoWetu",
            "SingaporeAsingehukumiwa",
            "TuleteAmani",
        ] {
            assert!(run_together(&lx, w), "{w}");
        }
        for w in [
            "YouTube", "McDonald", "WhatsApp", "LinkedIn", "PayPal", "Nairobi",
        ] {
            assert!(!run_together(&lx, w), "{w}");
        }
    }
}
