//! Fixed phrases made of function words, which the content-word units of [`super::count`]
//! cannot be: a reduplication `X kwa X` / `X na X` (`mara kwa mara`, `moja kwa moja`) and a
//! compound preposition that opens on `kwa` and closes on a connective or `na`
//! with a content word between (`kwa sababu ya`). It finds the windows; counting and keeping are above.

use super::units::{Words, respects_hits};

/// The words a compound preposition closes on: the `-a` of association and `na`.
const CLOSERS: &[&str] = &["wa", "ya", "za", "la", "cha", "vya", "kwa", "na"];

/// The shape of a fixed window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `X kwa X`, `X na X`: kept whenever it recurs.
    Reduplicated,
    /// `kwa`, one to `max - 2` content words, and a closing connective: kept when the
    /// words before the connective take this same connective in most of their occurrences
    /// (a compound preposition's connective agrees with its own noun, not with what follows).
    Preposition,
}

/// Calls `found(i, j, shape)` for every fixed window `i..j` of a segment's words, and
/// `opening(i, j)` for every run `i..j` (one word or more, `max - 1` at most) that starts
/// on `kwa`: the prefixes a compound preposition is measured against.
/// `function(word)` says whether a folded word is a function word (the stopword list).
pub fn windows(
    w: &Words,
    max: usize,
    function: impl Fn(&str) -> bool,
    mut found: impl FnMut(usize, usize, Shape),
    mut opening: impl FnMut(usize, usize),
) {
    let toks = &w.tokens;
    let word = |k: usize| toks[k].folded.as_str();
    let plain =
        |k: usize| word(k).chars().count() >= 3 && !word(k).contains(|c: char| c.is_ascii_digit());
    for i in 0..toks.len() {
        if i + 2 < toks.len()
            && !toks[i + 1].break_before
            && !toks[i + 2].break_before
            && matches!(word(i + 1), "kwa" | "na")
            && word(i) == word(i + 2)
            && plain(i)
            && respects_hits(w, i, i + 3)
        {
            found(i, i + 3, Shape::Reduplicated);
        }
        // A compound preposition opens on the preposition `kwa` (`kwa sababu ya`, `kwa
        // ajili ya`, `kwa mujibu wa`); `katika mji wa` is a place phrase, and the `-a` of
        // association belongs to the noun before it (`kiwango cha mauzo ya`).
        if word(i) != "kwa" {
            continue;
        }
        for j in (i + 1)..=(i + max - 1).min(toks.len()) {
            if j > i + 1 && toks[j - 1].break_before {
                break;
            }
            opening(i, j);
        }
        for j in (i + 2)..=(i + max).min(toks.len()) {
            if toks[j - 1].break_before {
                break;
            }
            let last = word(j - 1);
            if CLOSERS.contains(&last) {
                // A content word stands between `kwa` and the connective.
                if j > i + 2 && respects_hits(w, i, j) {
                    found(i, j, Shape::Preposition);
                }
                break;
            }
            if function(last) {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::{Glossary, Matcher};

    fn shapes(text: &str) -> Vec<(String, Shape)> {
        let g = Glossary::default();
        let m = Matcher::new(&g);
        let w = super::super::units::words(text, &m);
        let mut out = Vec::new();
        let stop = |f: &str| matches!(f, "kwa" | "moja" | "mara" | "na" | "ya" | "hii" | "hizo");
        windows(
            &w,
            4,
            stop,
            |i, j, s| {
                let f: Vec<&str> = w.tokens[i..j].iter().map(|t| t.folded.as_str()).collect();
                out.push((f.join(" "), s));
            },
            |_, _| {},
        );
        out
    }

    #[test]
    fn reduplications_and_compound_prepositions_are_found() {
        let got =
            shapes("Alikuja mara kwa mara kwa sababu ya mvua, moja ya siku hizo ya bei ya soko.");
        assert!(
            got.contains(&("mara kwa mara".into(), Shape::Reduplicated)),
            "{got:?}"
        );
        assert!(
            got.contains(&("kwa sababu ya".into(), Shape::Preposition)),
            "{got:?}"
        );
        // Only `kwa` opens one: not a content word, not `moja`, not `katika` (a place
        // phrase), not the `-a` of association (`wa bei ya`).
        assert!(
            !got.iter().any(|(f, _)| f == "sababu ya"
                || f == "moja ya"
                || f == "wa bei ya"
                || f == "katika mji wa"),
            "{got:?}"
        );
    }

    #[test]
    fn punctuation_breaks_a_window() {
        let got = shapes("Mara, kwa mara. Kwa sababu, ya");
        assert!(got.is_empty(), "{got:?}");
    }
}
