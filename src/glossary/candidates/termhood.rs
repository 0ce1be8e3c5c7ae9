//! Term-ness of a single-word candidate, read from the corpus itself with the grammar's
//! function words: a noun is framed by the words that agree with it (`sheria ya`,
//! `gharama hizi`) or that govern it (`katika sheria`); an adjective takes the concord
//! prefixes of many classes (`mpya`, `wapya`, `kipya`, `vipya`); a manner adverb is `ki-`
//! on a noun of the corpus with no `vi-` plural (`kitaifa` beside `taifa`). It scores; the
//! ranking that uses the scores is in the module above.

use std::collections::HashMap;

/// Words that agree with the noun before them: the `-a` of association, demonstratives,
/// possessives and relatives of every class.
const AGREEING: &[&str] = &[
    "wa", "ya", "za", "la", "cha", "vya", "kwa", "pa", "mwa", "huyu", "hawa", "huu", "hii", "hili",
    "haya", "hiki", "hivi", "hizi", "huo", "hao", "hiyo", "hilo", "hayo", "hicho", "hivyo", "hizo",
    "yule", "wale", "ule", "ile", "lile", "yale", "kile", "vile", "zile", "wangu", "wako", "wake",
    "wetu", "wenu", "wao", "yangu", "yako", "yake", "yetu", "yenu", "yao", "zangu", "zako", "zake",
    "zetu", "zenu", "zao", "langu", "lako", "lake", "letu", "lenu", "lao", "changu", "chako",
    "chake", "chetu", "chenu", "chao", "vyangu", "vyako", "vyake", "vyetu", "vyenu", "vyao",
    "ambaye", "ambao", "ambayo", "ambalo", "ambacho", "ambavyo", "ambazo", "ambapo", "ambako",
    "ambamo",
];

/// Words that govern a noun after them: prepositions and the `-a` of association.
const GOVERNING: &[&str] = &[
    "katika", "kwa", "na", "kwenye", "hadi", "kutoka", "dhidi", "kuhusu", "bila", "wa", "ya", "za",
    "la", "cha", "vya", "mwa",
];

/// Whether a folded word agrees with a noun before it (a unit does not end on one:
/// `janga hili` is `janga` with a demonstrative).
pub fn agrees(word: &str) -> bool {
    AGREEING.contains(&word)
}

/// Whether the word at `i` stands in a noun's frame: governed by the word before it, or
/// followed by a word that agrees with it (neither across punctuation). `folded(k)` gives
/// word `k`, `joined(k)` whether word `k` follows word `k - 1` with no punctuation.
pub fn framed<'a>(
    i: usize,
    len: usize,
    folded: impl Fn(usize) -> &'a str,
    joined: impl Fn(usize) -> bool,
) -> bool {
    (i > 0 && joined(i) && GOVERNING.contains(&folded(i - 1)))
        || (i + 1 < len && joined(i + 1) && AGREEING.contains(&folded(i + 1)))
}

/// The concord prefixes an adjective stem takes (classes 1, 2, 3/4, 5/6, 7, 8, 9/10).
const CONCORDS: &[&str] = &["", "m", "wa", "mi", "ma", "ki", "vi"];

/// Whether `head` is an adjective or a manner adverb by its forms in the corpus
/// (`seen`: folded form → occurrences):
/// - an adjective's stem (the head, or the head without a class prefix, three letters at
///   least) is seen with four concord prefixes or more, one of them `ki-`/`vi-` and one
///   of `m-`/`wa-`/`mi-` (`kubwa`: `makubwa`, `mkubwa`, `vikubwa`…); a noun family shares
///   fewer (`kazi`, `mkazi`, `wakazi`, `makazi` has no `ki-`);
///   a number word (`wawili`, `viwili`) is no such concord form, so `mwili` beside them
///   stays a noun;
/// - a manner adverb is `ki-` on a word of the corpus, never seen with `vi-` (`kitaifa`,
///   `kijamii`, `kimatibabu`); `kipimo` has `vipimo` and is a noun.
pub fn modifier(head: &str, seen: &HashMap<String, usize>) -> bool {
    // Number words take the concords too (`wawili`, `miwili`, `viwili`): they are no
    // evidence that `mwili` (body) is an adjective.
    let numbers = crate::lang::embedded_number_words();
    let has =
        |w: &str| seen.contains_key(w) && numbers.binary_search_by(|n| n.as_str().cmp(w)).is_err();
    let mut roots = vec![head];
    for p in &CONCORDS[1..] {
        if let Some(r) = head.strip_prefix(p) {
            roots.push(r);
        }
    }
    let adjective = roots.iter().filter(|r| r.chars().count() >= 3).any(|r| {
        let with: Vec<&str> = CONCORDS
            .iter()
            .copied()
            .filter(|p| has(&format!("{p}{r}")))
            .collect();
        with.len() >= 4
            && with.iter().any(|p| matches!(*p, "ki" | "vi"))
            && with.iter().any(|p| matches!(*p, "m" | "wa" | "mi"))
    });
    let adverb = head.strip_prefix("ki").is_some_and(|r| {
        r.chars().count() >= 4 && has(r) && !has(&format!("vi{r}")) && !has(&format!("vy{r}"))
    });
    adjective || adverb
}

/// The rank factor of a single-word non-verb candidate: its framed share (smoothed, so a
/// term seen a few times is not judged on them) to the power `weight`, times `penalty`
/// when it is a modifier. Verbs and units keep 1: their own grammar is not a noun's.
pub fn factor(framed: usize, count: usize, modifier: bool, weight: f64, penalty: f64) -> f64 {
    let share = (framed as f64 + 1.0) / (count as f64 + 2.0);
    share.powf(weight) * if modifier { penalty } else { 1.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(words: &[&str]) -> HashMap<String, usize> {
        words.iter().map(|w| (w.to_string(), 1)).collect()
    }

    #[test]
    fn adjectives_take_many_concords_and_nouns_do_not() {
        let s = seen(&[
            "kubwa", "makubwa", "mkubwa", "wakubwa", "kikubwa", "vikubwa", "mpya", "wapya",
            "kipya", "vipya", "mipya", "kazi", "makazi", "mkazi", "wakazi", "kipimo", "vipimo",
            "taifa", "kitaifa", "jamii", "kijamii", "mwili", "wawili", "miwili", "mawili",
            "viwili",
        ]);
        for w in ["kubwa", "makubwa", "mpya", "kipya", "kitaifa", "kijamii"] {
            assert!(modifier(w, &s), "{w}");
        }
        for w in ["kazi", "makazi", "mkazi", "kipimo", "taifa", "mwili"] {
            assert!(!modifier(w, &s), "{w}");
        }
    }

    #[test]
    fn a_noun_is_framed_by_what_agrees_with_it() {
        let words = ["katika", "sheria", "hii", "mpya", "kabisa"];
        let f = |k: usize| words[k];
        let j = |_k: usize| true;
        assert!(framed(1, words.len(), f, j), "katika sheria hii");
        assert!(!framed(3, words.len(), f, j), "hii mpya kabisa");
        let broken = |k: usize| k != 2;
        assert!(framed(1, words.len(), f, broken), "governed by katika");
        assert!(!framed(2, words.len(), f, |_| false));
        assert!(agrees("hili") && !agrees("janga"));
    }

    #[test]
    fn the_factor_favours_framed_words_and_spares_the_unweighted() {
        assert!(factor(8, 10, false, 1.0, 1.0) > factor(2, 10, false, 1.0, 1.0));
        assert_eq!(factor(2, 10, false, 0.0, 1.0), 1.0);
        assert_eq!(factor(2, 10, true, 0.0, 0.5), 0.5);
    }
}
