//! Datelines and crossheads: a place and/or a date standing alone or opening the lead
//! (`Dar es Salaam.`, `Rio de Janeiro -`, `DAR ES SALAAM:`, `20 Juni 2024`), and a short
//! label run into the body further down (`Kenya: Taifa hili hutangaza bei …`). It reads
//! words against the language data (places, particles, months, day names, date words) and
//! knows nothing of sentences.

use super::UnitKind;
use crate::lang::LangData;
use crate::text::{fold, is_space};

/// The most words a place may have, particles included (`Bandar Seri Begawan, Brunei`).
const MAX_PLACE_WORDS: usize = 6;
/// The most capitalised words a place may have.
const MAX_PLACE_NAMES: usize = 4;
/// The most words a crosshead run into the body may have (`Afrika Kusini:`).
const MAX_CROSSHEAD_WORDS: usize = 3;

/// Whether `words` (commas left on them) name a place: one to four capitalised words, with
/// listed particles between them (`Dar es Salaam`, `Hanoi, Vietnam`, `DAR ES SALAAM`).
fn is_place(lang: &LangData, words: &[&str]) -> bool {
    if words.is_empty() || words.len() > MAX_PLACE_WORDS {
        return false;
    }
    let mut names = 0;
    for (n, w) in words.iter().enumerate() {
        let bare = w.trim_end_matches(',');
        let last = n + 1 == words.len();
        // A comma closes a name, never a particle: `Dar es, Salaam` is no place.
        if n > 0 && !last && lang.place_particles.contains(bare) && bare.len() == w.len() {
            continue;
        }
        let mut chars = bare.chars();
        let name = chars.next().is_some_and(char::is_uppercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'));
        if !name || last && bare.len() < w.len() {
            return false;
        }
        names += 1;
    }
    names <= MAX_PLACE_NAMES
}

/// Whether every letter of `words` is upper case (`DAR ES SALAAM`).
fn all_caps(words: &[&str]) -> bool {
    words
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase)
}

/// Whether `words` are a listed place (`Dar es Salaam`, `Kenya`, matched as written or in
/// capitals).
fn is_listed_place(lang: &LangData, words: &[&str]) -> bool {
    lang.byline_places.iter().chain(&lang.places).any(|p| {
        p.len() == words.len()
            && p.iter()
                .zip(words)
                .all(|(a, b)| a == b || a.to_uppercase() == *b)
    })
}

/// A first sentence that is only a place and a full stop (`Dar es Salaam.`, `Hanoi,
/// Vietnam.`, `Rio de Janeiro.`).
pub(super) fn is_dateline_sentence(lang: &LangData, s: &str) -> bool {
    let Some(body) = s.strip_suffix('.') else {
        return false;
    };
    let words: Vec<&str> = body
        .split(is_space)
        .filter(|w| !w.is_empty())
        .take(MAX_PLACE_WORDS + 1)
        .collect();
    is_place(lang, &words)
}

/// A place or a label at the head of a line, before a dash or a colon, with the text that
/// follows opening a sentence: its kind and byte length (mark included).
///
/// - At the article's head (`lead`, no sentence yet): `Dar es Salaam - Benki …` and
///   `Rio de Janeiro — …` are datelines, and so is a colon after a listed place or two or
///   more words in capitals (`DAR ES SALAAM: …`, `Kenya: …`, `NEW DELHI: …`); a colon after two or three other
///   capitalised words is a heading.
/// - Further down, a colon after a listed place or two or three capitalised words is a crosshead run into the body (`Kenya: Taifa hili …`): a heading.
///   One other capitalised word may be a verb before speech (`Alisema: …`): not a label.
///   A dash there is punctuation.
pub(super) fn head(lang: &LangData, s: &str, lead: bool) -> Option<(UnitKind, usize)> {
    let mut words: Vec<(usize, &str)> = Vec::new(); // (end byte, word)
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_space(c), start) {
            (true, Some(b)) => {
                words.push((i, &s[b..i]));
                start = None;
                if words.len() > MAX_PLACE_WORDS + 1 {
                    break;
                }
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    // The line's last word is never a label: something must follow the mark.
    for k in 1..words.len().min(MAX_PLACE_WORDS + 1) {
        let (end, word) = words[k - 1];
        let (next_end, next) = words[k];
        let names: Vec<&str> = words[..k].iter().map(|&(_, w)| w).collect();
        if matches!(next, "-" | "–" | "—") {
            let follows = words.get(k + 1).map(|&(_, w)| w);
            if lead && follows.is_some_and(opens_sentence) && is_place(lang, &names) {
                return Some((UnitKind::Dateline, next_end));
            }
            return None;
        }
        if let Some(bare) = word.strip_suffix(':') {
            if !opens_sentence(next) || bare.ends_with(':') || colon_is_taken(lang, s) {
                return None;
            }
            let mut names = names;
            names[k - 1] = bare;
            if !is_place(lang, &names) {
                return None;
            }
            // `NEW DELHI:`; one word in capitals may be a note (`UPDATE: …`) unless listed.
            let caps = all_caps(&names) && names.len() > 1;
            let listed = is_listed_place(lang, &names);
            // `Alisema: …` is a verb before speech and `UPDATE: …` a note inside the body:
            // one word counts as a crosshead only when it is a listed place.
            let label = names.len() > 1 || listed;
            return if lead && (caps || listed) {
                Some((UnitKind::Dateline, end))
            } else if label && names.len() <= MAX_CROSSHEAD_WORDS {
                Some((UnitKind::Heading, end))
            } else {
                None
            };
        }
        if word.ends_with(['.', ';', '!', '?']) {
            return None;
        }
    }
    None
}

/// Whether the word can open a sentence after a dateline: a capital, maybe behind an
/// opening quote (a digit does not: `Simba: 2, Yanga: 1` is a score).
fn opens_sentence(word: &str) -> bool {
    word.trim_start_matches(['"', '“', '‘', '\'', '«'])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// Whether the colon at the head of `s` belongs to a credit, a cross-link or a byline
/// (`Picha: …`, `Soma: …`, `Mwandishi: …`), which other rules read.
fn colon_is_taken(lang: &LangData, s: &str) -> bool {
    let mut cut = s.len().min(40);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let folded = fold(&s[..cut]);
    lang.credit_markers
        .iter()
        .any(|m| s.starts_with(m.as_str()))
        || lang
            .boilerplate_prefixes
            .iter()
            .any(|p| folded.starts_with(p.as_str()))
        || lang
            .byline_prefixes
            .iter()
            .any(|p| s.starts_with(p.as_str()))
}

/// Whether the line `s` is only a date (see [`is_date_only`]), reading at most `max_words`
/// words.
pub(super) fn is_date_text(lang: &LangData, s: &str, max_words: usize) -> bool {
    if s.len() > 80 {
        return false;
    }
    let raw: Vec<&str> = s
        .split(|c: char| is_space(c) || c == ',' || c == '.')
        .filter(|w| !w.is_empty())
        .collect();
    if raw.len() > max_words {
        return false;
    }
    let tokens: Vec<String> = raw.iter().map(|w| fold(w)).collect();
    is_date_only(lang, &tokens, &raw)
}

/// Whether `tokens` (split at spaces, commas and dots) are only a date: at least one month
/// or day name and a number, the rest numbers, times, date words (`tarehe`, `GMT`), handles
/// (`(@habari)`), and at most three capitalised words (a place or a name: `Dodoma, 20 Juni
/// 2024`). A lower-case word of any other kind is a verb or a noun: the line says something.
fn is_date_only(lang: &LangData, tokens: &[String], raw: &[&str]) -> bool {
    let mut calendar = false;
    let mut number = false;
    let mut names = 0;
    for (t, r) in tokens.iter().zip(raw) {
        let t = t.trim_matches(|c: char| matches!(c, '(' | ')' | '[' | ']' | '·' | '|'));
        if t.is_empty() || t.chars().all(|c| !c.is_alphanumeric()) {
            continue;
        }
        if lang.months.contains(t) || lang.weekdays.contains(t) {
            calendar = true;
        } else if t.chars().all(|c| c.is_ascii_digit()) {
            number = true;
        } else if t.chars().all(|c| c.is_ascii_digit() || c == ':')
            || lang.date_words.contains(t)
            || t.starts_with('@')
        {
        } else if r
            .trim_start_matches(['(', '['])
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
        {
            names += 1;
        } else {
            return false;
        }
    }
    calendar && number && names <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head_of(s: &str, lead: bool) -> Option<(&'static str, &str)> {
        let lang = LangData::embedded();
        head(&lang, s, lead).map(|(k, n)| (k.as_str(), &s[..n]))
    }

    #[test]
    fn places_with_particles_are_datelines() {
        let lang = LangData::embedded();
        for s in [
            "Dar es Salaam.",
            "Rio de Janeiro.",
            "Hanoi, Vietnam.",
            "Morogoro.",
            "DAR ES SALAAM.",
        ] {
            assert!(is_dateline_sentence(&lang, s), "{s}");
        }
        for s in [
            "Bunge la Tanzania.",
            "Dar es.",
            "Amesema hivyo.",
            "Serikali Kuu Ya Mkoa Wa Pwani Imesema.",
        ] {
            assert!(!is_dateline_sentence(&lang, s), "{s}");
        }
    }

    #[test]
    fn heads_before_a_dash_or_a_colon() {
        let s = "Dar es Salaam - Benki Kuu imepandisha riba.";
        assert_eq!(head_of(s, true), Some(("dateline", "Dar es Salaam -")));
        assert_eq!(head_of(s, false), None);
        let s = "DAR ES SALAAM: Benki Kuu imepandisha riba.";
        assert_eq!(head_of(s, true), Some(("dateline", "DAR ES SALAAM:")));
        let s = "Kenya: Taifa hili hutangaza bei kila mwezi.";
        assert_eq!(head_of(s, false), Some(("heading", "Kenya:")));
        assert_eq!(head_of(s, true), Some(("dateline", "Kenya:")));
        let s = "Afrika Mashariki: Mvua zimeanza.";
        assert_eq!(head_of(s, false), Some(("heading", "Afrika Mashariki:")));
        for s in [
            "Simba: 2, Yanga: 1",
            "Picha: Juma Ali",
            "Soma: Habari nyingine",
            "Rais alisema: Tutaendelea.",
            "Waziri Mkuu wa Nchi Hiyo: Tutaendelea.",
            "Kenya:",
            "Mji huo - ulio kaskazini - umekua.",
            "Alisema: Tutaendelea na kazi.",
            "Aliongeza: \"Hatutarudi nyuma.\"",
            "Aidha: Tutaendelea.",
            "UPDATE: Baada ya mahojiano, aliachiwa.",
        ] {
            assert_eq!(head_of(s, true), None, "{s}");
            assert_eq!(head_of(s, false), None, "{s}");
        }
    }
}
