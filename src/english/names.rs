//! Which capitalised words are ordinary Swahili words rather than names: a sentence-internal
//! capital (after a quote, in a headline, inside an institution's name: `Idara ya Uhamiaji`,
//! `MWANAUME`) does not make `Uhamiaji` a name to pass through as English. The list is
//! `glossary/lang/words-sw.txt`, generated from hunspell-sw (LGPL-2.1-or-later, see its header).

use std::collections::HashSet;
use std::sync::OnceLock;

use super::{GlossItem, GlossKind};
use crate::text::is_capitalised;

const EMBEDDED_WORDS: &str = include_str!("../../glossary/lang/words-sw.txt");

fn words() -> &'static HashSet<&'static str> {
    static WORDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    WORDS.get_or_init(|| {
        EMBEDDED_WORDS
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect()
    })
}

/// Whether `folded` (lower case, as [`crate::text::fold`] gives it) is a Swahili word of the
/// shipped word list, so a capital on it does not make it a name.
pub fn is_swahili_word(folded: &str) -> bool {
    words().contains(folded)
}

/// Associatives that join the parts of an institution's name (`Idara ya Uhamiaji`).
const JOINS: [&str; 7] = ["wa", "ya", "la", "za", "cha", "vya", "mwa"];

/// Reads an institution's name whole: capitalised nouns of the glossary joined by an
/// associative (`Idara ya Uhamiaji`, `Uwanja wa Michezo wa Mwembeni`) become one name whose
/// English runs the other way, as English names do: Immigration Department, Mwembeni Sports
/// Stadium. A name after a place of the glossary reads `of`: `Chuo Kikuu cha Nairobi` →
/// University of Nairobi. `items` must be in sentence order and not overlap.
pub(super) fn compose_institutions(text: &str, items: &mut Vec<GlossItem>) {
    let part = |i: &GlossItem| {
        matches!(i.kind, GlossKind::Term | GlossKind::Name)
            && i.polarity.is_none()
            && is_capitalised(&i.sw)
    };
    let mut j = 0;
    while j < items.len() {
        if !part(&items[j]) {
            j += 1;
            continue;
        }
        let mut last = j;
        while let Some(next) = items.get(last + 1) {
            let gap = &text[items[last].end..next.start];
            let joined = gap.split(' ').collect::<Vec<_>>();
            let ok = joined.len() == 3
                && joined[0].is_empty()
                && joined[2].is_empty()
                && JOINS.contains(&joined[1]);
            if ok && part(next) {
                last += 1;
            } else {
                break;
            }
        }
        if last == j {
            j += 1;
            continue;
        }
        let pieces = &items[j..=last];
        let tail = &pieces[pieces.len() - 1];
        // A glossary place at the end reads `of`: University of Nairobi.
        let place = tail.kind == GlossKind::Name && tail.entry.is_some() && pieces.len() == 2;
        let en = if place {
            format!("{} of {}", title(&pieces[0].en), tail.en)
        } else {
            pieces
                .iter()
                .rev()
                .map(|p| {
                    if p.kind == GlossKind::Name {
                        p.en.clone()
                    } else {
                        title(&p.en)
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (start, end) = (pieces[0].start, tail.end);
        let mut item = GlossItem::new(text, start, end, en, GlossKind::Name);
        item.note = Some("an institution's name, read part by part".into());
        items.splice(j..=last, [item]);
        j += 1;
    }
}

/// `immigration department` → Immigration Department.
fn title(en: &str) -> String {
    en.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if !matches!(w, "of" | "and" | "the") => f.to_uppercase().chain(c).collect(),
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_words_and_names_are_not() {
        for w in ["uhamiaji", "wafanyakazi", "mwanaume", "katika", "idara", "vizuri"] {
            assert!(is_swahili_word(w), "{w}");
        }
        // Names the dictionary lists capitalised, given names, and foreign names.
        for w in ["marekani", "juma", "baraka", "wetangula", "putin", "Katika"] {
            assert!(!is_swahili_word(w), "{w}");
        }
    }
}
