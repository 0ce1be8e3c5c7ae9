//! Bylines at the head of a line: `Na Amina Juma, Dodoma`, `Na Juma Hamisi BBC News,
//! Nairobi`, and the outlet line under a reporter's name (`BBC News, Nairobi`), alone or with
//! the lead glued after them (`… BBC News, Nairobi Wakenya wanasubiri …`). It reads a small
//! grammar of capitalised words and knows nothing of sentences.
//!
//! ```text
//! byline = prefix name (outlet | "," (outlet | place))? end
//! name   = 2–4 capitalised words or particles (`wetu`, `bin`), the first capitalised
//! outlet = a `byline_outlets` entry, then optionally "," place, or a listed place
//!          without the comma (`BBC News Mombasa`)
//! place  = a `byline_places` entry or one capitalised word, up to three joined by ","
//! end    = the line's end, or (where a glued lead is allowed) a capitalised word that does
//!          not end in "," (`Majaliwa,` would be an apposition: `Na Waziri Mkuu, Kassim
//!          Majaliwa, amesema …` is a sentence)
//! line   = byline | byline (" · " | " | " | " - " | ", " …) date, to the line's end
//! ```

use crate::lang::LangData;
use crate::text::is_space;

/// How many words of a line the grammar may read: lines can be whole articles.
const MAX_WORDS: usize = 24;

/// Where a byline stands at the head of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct BylineHead {
    /// The byte length of the byline in the line.
    pub len: usize,
    /// Whether prose follows it on the same line.
    pub glued: bool,
}

/// What a line may hold, by where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// First in its paragraph, near the article's head: a lead may be glued after the byline.
    Head,
    /// First in its paragraph further down: a byline only if it fills the line.
    Paragraph,
    /// The last line of a paragraph after a sentence: a byline closing the article, whole.
    Closing,
}

/// One word of the line: where it ends and its text, a trailing comma left on it.
#[derive(Debug, Clone, Copy)]
struct Word<'a> {
    end: usize,
    text: &'a str,
}

impl<'a> Word<'a> {
    /// The word without a trailing comma, and whether it had one.
    fn bare(&self) -> (&'a str, bool) {
        match self.text.strip_suffix(',') {
            Some(b) => (b, true),
            None => (self.text, false),
        }
    }
}

fn words(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_space(c), start) {
            (true, Some(b)) => {
                out.push(Word {
                    end: i,
                    text: &s[b..i],
                });
                start = None;
                if out.len() == MAX_WORDS {
                    return out;
                }
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push(Word {
            end: s.len(),
            text: &s[b..],
        });
    }
    out
}

/// A capitalised word of letters (`Kagoe`, `O'Brien`, `Al-Amin`) or an initial (`J.`); a
/// name with a full stop after it (`Na Ali Juma.`) is a sentence's end, not a byline's.
fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    first.is_uppercase()
        && (rest == "."
            || rest
                .chars()
                .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-')))
}

/// Separators between a byline and the date after it (`Na Juma Hassan, Mwananchi · Mei 14,
/// 2025`).
const DATE_SEPARATORS: [&str; 6] = [" · ", " | ", " - ", " – ", " — ", ", "];

/// The byline at the head of line `s`, if there is one. `after_byline`: the unit before this
/// line is a byline, so the line may be its outlet line (`BBC News, Nairobi …`). A byline
/// may close with a date after a separator; the line is then a byline whole.
pub(super) fn byline_head(
    lang: &LangData,
    s: &str,
    place: Place,
    after_byline: bool,
) -> Option<BylineHead> {
    if s.len() <= 160 {
        for sep in DATE_SEPARATORS {
            for (at, _) in s.match_indices(sep) {
                let (byline, date) = (&s[..at], &s[at + sep.len()..]);
                if !super::dateline::is_date_text(lang, date, 8) {
                    continue;
                }
                let head = line_head(lang, byline, place, after_byline);
                if head.is_some_and(|h| h.len == byline.len()) {
                    return Some(whole(s));
                }
            }
        }
    }
    line_head(lang, s, place, after_byline)
}

/// [`byline_head`] without a date after it.
fn line_head(lang: &LangData, s: &str, place: Place, after_byline: bool) -> Option<BylineHead> {
    let glued_ok = place == Place::Head;
    let ws = words(s);
    let head = lang
        .byline_prefixes
        .iter()
        .filter(|p| p.ends_with(' '))
        .find_map(|p| {
            let n = p.split_whitespace().count();
            let prefix = ws.get(..n)?;
            let same = prefix
                .iter()
                .zip(p.split_whitespace())
                .all(|(w, p)| w.text == p);
            same.then(|| name_and_tail(lang, s, &ws, n, glued_ok))
        })
        .flatten();
    // The outlet line under a name (`BBC News, Nairobi …`), or such a line alone.
    head.or_else(|| {
        let (after, comma) = outlet_at(lang, &ws, 0)?;
        if place == Place::Closing {
            return None;
        }
        let head = tail(lang, s, &ws, after, comma, glued_ok && after_byline)?;
        // Alone, an outlet line needs its place: `Reuters` or `Mwananchi` may open a sentence.
        (after_byline || comma).then_some(head)
    })
}

/// The name after a prefix ending at word `at`, then what follows it.
fn name_and_tail(
    lang: &LangData,
    s: &str,
    ws: &[Word<'_>],
    at: usize,
    glued_ok: bool,
) -> Option<BylineHead> {
    let mut k = at;
    let mut closed = false;
    while k < ws.len() && k - at < 4 {
        if k - at >= 2
            && let Some((after, comma)) = outlet_at(lang, ws, k)
        {
            return tail(lang, s, ws, after, comma, glued_ok);
        }
        let (bare, comma) = ws[k].bare();
        let name = is_name_word(bare) || k > at && lang.byline_name_particles.contains(bare);
        if !name {
            break;
        }
        k += 1;
        if comma {
            closed = true;
            break;
        }
    }
    if k - at < 2 {
        return None;
    }
    if k == ws.len() {
        return Some(whole(s));
    }
    if !closed {
        return None;
    }
    // `Na Amina Juma, BBC News, Nairobi …`
    if let Some((after, comma)) = outlet_at(lang, ws, k) {
        return tail(lang, s, ws, after, comma, glued_ok);
    }
    places_then_end(lang, s, ws, k, glued_ok)
}

/// What may follow an outlet ending before word `at`: a place after its comma (or a listed
/// place without one), the line's end, or a glued lead.
fn tail(
    lang: &LangData,
    s: &str,
    ws: &[Word<'_>],
    at: usize,
    comma: bool,
    glued_ok: bool,
) -> Option<BylineHead> {
    if comma {
        return places_then_end(lang, s, ws, at, glued_ok);
    }
    // `BBC News Nairobi …` without the comma: only a listed place, as any capitalised word
    // could be the lead's first.
    let listed = phrase_at(&lang.byline_places, ws, at).and_then(|(after, comma)| {
        if comma {
            places_then_end(lang, s, ws, after, glued_ok)
        } else {
            end_at(s, ws, after, glued_ok)
        }
    });
    // When the place reading fails (`… BBC Swahili Zanzibar imekumbwa …`: the city opens the
    // lead), the byline ends at the outlet.
    listed.or_else(|| end_at(s, ws, at, glued_ok))
}

/// One to three places joined by commas from word `at`, then the end.
fn places_then_end(
    lang: &LangData,
    s: &str,
    ws: &[Word<'_>],
    mut at: usize,
    glued_ok: bool,
) -> Option<BylineHead> {
    for _ in 0..3 {
        let (after, comma) = place_at(lang, ws, at)?;
        at = after;
        if !comma {
            return end_at(s, ws, at, glued_ok);
        }
    }
    None
}

/// The byline ends before word `at`: the line's end, or a lead glued after it.
fn end_at(s: &str, ws: &[Word<'_>], at: usize, glued_ok: bool) -> Option<BylineHead> {
    let Some(lead) = ws.get(at) else {
        return Some(whole(s));
    };
    let first = lead
        .text
        .chars()
        .find(|c| !matches!(c, '"' | '“' | '‘' | '\'' | '(' | '«'));
    let opens = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    (glued_ok && opens && !lead.text.ends_with(',')).then(|| BylineHead {
        len: ws[at - 1].end,
        glued: true,
    })
}

fn whole(s: &str) -> BylineHead {
    BylineHead {
        len: s.len(),
        glued: false,
    }
}

/// An outlet starting at word `at`: the word after it and whether a comma closes it.
fn outlet_at(lang: &LangData, ws: &[Word<'_>], at: usize) -> Option<(usize, bool)> {
    phrase_at(&lang.byline_outlets, ws, at)
}

/// A place starting at word `at`: a listed place of several words or one capitalised word.
fn place_at(lang: &LangData, ws: &[Word<'_>], at: usize) -> Option<(usize, bool)> {
    if let Some(found) = phrase_at(&lang.byline_places, ws, at) {
        return Some(found);
    }
    let (bare, comma) = ws.get(at)?.bare();
    let mut chars = bare.chars();
    let place = chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'));
    place.then_some((at + 1, comma))
}

/// The first of `phrases` (each as its words) that stands at word `at`, the last word maybe
/// with a comma after it.
fn phrase_at(phrases: &[Vec<String>], ws: &[Word<'_>], at: usize) -> Option<(usize, bool)> {
    phrases.iter().find_map(|p| {
        let got = ws.get(at..at + p.len())?;
        let mut comma = false;
        for (n, (w, want)) in got.iter().zip(p).enumerate() {
            let (bare, c) = if n + 1 == p.len() {
                w.bare()
            } else {
                (w.text, false)
            };
            if bare != want {
                return None;
            }
            comma = c;
        }
        Some((at + p.len(), comma))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn head(s: &str, place: Place, after_byline: bool) -> Option<&str> {
        let lang = LangData::embedded();
        byline_head(&lang, s, place, after_byline).map(|h| &s[..h.len])
    }

    #[test]
    fn name_alone_and_with_place() {
        for s in [
            "Na Amina Juma",
            "Na Amina Juma, Dodoma",
            "Na J. Mrisho, Tanga",
            "Na Mwandishi wetu, Dodoma",
            "Na Ali bin Salim, Zanzibar",
            "Imeandikwa na Zuhura Mrisho, Tanga",
            "Na Zuhura Mrisho, BBC Swahili, Dar es Salaam",
            "Na Juma Hassan, Mwananchi · Mei 14, 2025",
            "Na Juma Hassan | Jumatatu, Machi 3, 2025",
            "Na Amina Juma, Dodoma, 20 Juni 2024",
        ] {
            assert_eq!(head(s, Place::Paragraph, false), Some(s), "{s}");
        }
    }

    #[test]
    fn outlet_marks_the_end_of_a_glued_byline() {
        let s = "Na Baraka Mwita BBC News, Nairobi Wakulima wanasubiri mvua.";
        assert_eq!(
            head(s, Place::Head, false),
            Some("Na Baraka Mwita BBC News, Nairobi")
        );
        // Only at an article's head.
        assert_eq!(head(s, Place::Paragraph, false), None);
        let s = "Na Mwandishi Wetu, Dar es Salaam Serikali imetangaza ajira.";
        assert_eq!(
            head(s, Place::Head, false),
            Some("Na Mwandishi Wetu, Dar es Salaam")
        );
    }

    #[test]
    fn outlet_line_under_a_name() {
        let s = "BBC News, Nairobi Wakenya wanasubiri matokeo.";
        assert_eq!(head(s, Place::Head, true), Some("BBC News, Nairobi"));
        assert_eq!(head(s, Place::Head, false), None);
        assert_eq!(head("DW, Bonn", Place::Paragraph, false), Some("DW, Bonn"));
        // `Mwananchi` is also a word: without its place it is a byline only under a name.
        assert_eq!(head("Mwananchi wengi walifika.", Place::Head, true), None);
        assert_eq!(head("Reuters", Place::Paragraph, false), None);
    }

    #[test]
    fn sentences_that_open_with_na_are_not_bylines() {
        for s in [
            "Na hivyo ndivyo mambo yalivyokwenda.",
            "Na wakati huo Rais alikuwa Dodoma.",
            "Na Rais Samia amesema leo kwamba",
            "Na Waziri Mkuu, Kassim Majaliwa, amesema kazi itaanza.",
            "Na Juma alikuja jana.",
            "Na Bunge limepitisha sheria hiyo.",
            "Na Amina Juma Ali Hassan Mussa",
            "Na Mungu Ibariki.",
        ] {
            assert_eq!(head(s, Place::Head, false), None, "{s}");
        }
    }
}
