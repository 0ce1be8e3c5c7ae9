//! The Swahili side of a pair as the checks read it: the glossary hits and the gloss of the
//! whole segment (the English side's recognisers: names, numbers, money, dates, clock
//! times), and the negations the morphology sees. One analysis, shared with the briefing.

use std::ops::Range;

use crate::english::verb_list::VerbList;
use crate::english::{Date, GlossContext, GlossItem, gloss_with};
use crate::glossary::{Polarity, TermHit};
use crate::morph::negation::is_negative;
use crate::pipeline::Pipeline;
use crate::text::{Span, fold, word_spans};

/// The Swahili side, read once.
#[derive(Debug, Clone)]
pub(crate) struct Source {
    pub hits: Vec<TermHit>,
    pub gloss: Vec<GlossItem>,
    /// Negated verbs and negative words, with their spans.
    pub negations: Vec<Range<usize>>,
    /// The folded words with their spans.
    pub words: Vec<(String, Range<usize>)>,
}

impl Source {
    /// Reads the Swahili of one segment.
    pub(crate) fn read(sw: &str, pipeline: &Pipeline, date: Option<Date>) -> Source {
        let hits = pipeline.matcher().find(sw);
        let ctx = GlossContext { date };
        let gloss = gloss_with(pipeline.glossary(), sw, Span::new(0, sw.len()), &hits, &ctx);
        let words: Vec<(String, Range<usize>)> = word_spans(sw)
            .into_iter()
            .map(|s| (fold(s.of(sw)), s.start..s.end))
            .collect();
        let mut negations: Vec<Range<usize>> = hits
            .iter()
            .filter(|h| h.polarity == Some(Polarity::Negative))
            .map(|h| h.span.start..h.span.end)
            .collect();
        for (k, (w, span)) in words.iter().enumerate() {
            // `si tu … bali` is "not only … but": no negation; `…, sio?` asks (right?).
            let not_only = matches!(w.as_str(), "si" | "sio" | "siyo")
                && (words.get(k + 1).is_some_and(|n| n.0 == "tu")
                    || sw[span.end..].trim_start().starts_with('?'))
                // `bila shaka` is "no doubt": of course, surely.
                || w == "bila" && words.get(k + 1).is_some_and(|n| n.0 == "shaka");
            // `hakuna X wala Y` is "no X or Y": one negation.
            let nor_after = w == "wala" && !negations.is_empty();
            let inside = negations
                .iter()
                .any(|n| n.start <= span.start && span.end <= n.end);
            let negative = !LOOK_ALIKES.contains(&w.as_str())
                && ((is_negative(w) && !not_kuto(w)) || negative_form(w) || bare_negative(w));
            if !inside && !not_only && !nor_after && negative {
                negations.push(span.clone());
            }
        }
        negations.retain(|r| !before_it_happened(sw, r) && !acronym(&sw[r.clone()]));
        negations.sort_by_key(|r| r.start);
        Source {
            hits,
            gloss,
            negations,
            words,
        }
    }
}

/// `kabla` before a negative perfect (`kabla hajafika`, `kabla hawajampiga`) is "before he
/// arrived", "before they shot him": the verb is negative in form only.
fn before_it_happened(sw: &str, r: &Range<usize>) -> bool {
    let previous = sw[..r.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let first = sw[r.clone()].split_whitespace().next().unwrap_or("");
    fold(previous) == "kabla"
        && crate::morph::negation::negative_verb(&fold(first)) == Some(crate::morph::Tense::Perfect)
}

/// A short word in capitals (`SI` of the spike protein) is an abbreviation, not `si`.
fn acronym(w: &str) -> bool {
    (2..=3).contains(&w.chars().count()) && w.chars().all(|c| c.is_ascii_uppercase())
}

/// Subjects before the `-si-` of a negative subjunctive (`usisahau`, `wasiwe`) or a
/// negative conditional (`asipopata`, `isipokuwa`).
const SUBJECTS: [&str; 14] = [
    "u", "m", "mu", "tu", "a", "wa", "i", "zi", "ki", "vi", "li", "ya", "ku", "pa",
];

/// Negative forms the morphology's prefix reading leaves out: the negative subjunctive
/// (`usisahau` don't forget, `zisikubalike`), the negative conditional (`isipokuwa`
/// except, `asipopata` unless he gets) and `kutoku-` before a one-syllable stem
/// (`kutokuwa` not being).
fn negative_form(w: &str) -> bool {
    if !w.is_ascii() {
        return false;
    }
    if let Some(rest) = w.strip_prefix("kutoku") {
        return matches!(rest, "wa" | "la" | "ja" | "fa" | "pa" | "nywa");
    }
    SUBJECTS.iter().any(|s| {
        w.strip_prefix(s)
            .and_then(|r| r.strip_prefix("si"))
            .is_some_and(|stem| {
                stem.starts_with("po") && stem.len() >= 5
                    || stem.len() >= 4 && stem.ends_with('e')
                    // One-syllable verbs keep their root whole (`wasiwe` of `kuwa`, `asile`
                    // of `kula`, `isije` of `kuja`).
                    || ONE_SYLLABLE_SUBJUNCTIVES.contains(&stem)
                    // `usisahau` don't forget: loan verbs keep their last vowel.
                    || stem.len() >= 4
                        && stem.ends_with('u')
                        && matches!(*s, "u" | "m" | "tu" | "wa" | "a")
            })
    })
}

/// The negative subjunctive stems of one-syllable verbs (`-we` be, `-le` eat, `-je` come,
/// `-pe` give, `-fe` die, `-nywe` drink).
const ONE_SYLLABLE_SUBJUNCTIVES: [&str; 6] = ["we", "le", "je", "pe", "fe", "nywe"];

/// `kuto-` words that are not the negative infinitive: `kutolewa` (be given out, of
/// `toa`), `kutokea` (happen), `kutoweka` (vanish), `kutofautiana` (differ).
fn not_kuto(w: &str) -> bool {
    [
        "kutole", "kutoke", "kutowek", "kutofaut", "kutotole", "kutorok",
    ]
    .iter()
    .any(|p| w.starts_with(p))
        || LOOK_ALIKES.contains(&w)
}

/// Words the morphology's prefix reading takes for negatives that are not: `isitoshe`
/// (moreover, an idiom), `msikivu`/`wasikivu`/`usikivu` (attentive, of `sikia`),
/// `haidrojeni` (hydrogen).
const LOOK_ALIKES: [&str; 5] = ["isitoshe", "msikivu", "wasikivu", "usikivu", "haidrojeni"];

/// Negative subjects before a locative copula (`hayupo` he is not there, `hawako`, `siko`).
const COPULA_SUBJECTS: [&str; 13] = [
    "hayu", "hawa", "hai", "hazi", "haki", "havi", "hali", "haya", "hau", "hatu", "ham", "haku",
    "si",
];

/// The bare negative present the morphology leaves to the verbs it knows (`sijui` I do not
/// know, `hawezi` he cannot; it ends in `-i`): a listed verb's negative reading, checked
/// against the verb list's look-alikes; the negative of `-na` have in its short forms
/// (`sina`, `hana`, `hawana`, `haina`); and the negative locative copula (`hayupo`, `haiko`, `siko`).
fn bare_negative(w: &str) -> bool {
    // `hazina` is also treasury, `hamna` also slang; left out.
    if matches!(
        w,
        "sina"
            | "hana"
            | "huna"
            | "hatuna"
            | "hawana"
            | "haina"
            | "hakina"
            | "havina"
            | "halina"
            | "hayana"
            | "hauna"
    ) {
        return true;
    }
    let copula = COPULA_SUBJECTS.iter().any(|s| {
        w.strip_prefix(s)
            .is_some_and(|r| matches!(r, "po" | "ko" | "mo"))
    });
    copula
        || w.len() >= 5
            && w.ends_with('i')
            && (w.starts_with("ha") || w.starts_with("si"))
            && VerbList::embedded().negative(w).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bare_negatives_and_look_alikes() {
        for w in [
            "sijui", "hawezi", "sina", "hana", "hawana", "hayana", "hayupo", "haiko", "siko",
            "hawapo",
        ] {
            assert!(bare_negative(w), "{w} should be negative");
        }
        for w in [
            "habari", "hapo", "hali", "siasa", "hasira", "sikio", "hatari", "halisi", "huko",
        ] {
            assert!(!bare_negative(w), "{w} should not be negative");
        }
    }

    #[test]
    fn idioms_and_look_alikes_are_not_negations() {
        for w in ["isitoshe", "msikivu", "haidrojeni", "kutoroka", "kutorokea"] {
            assert!(not_kuto(w), "{w} should not be negative");
        }
        for w in ["kutotembea", "kutojulikana"] {
            assert!(!not_kuto(w), "{w} should be negative");
        }
    }

    #[test]
    fn loan_verb_subjunctives_are_negative() {
        for w in ["wasidharau", "asiharibu", "usisahau"] {
            assert!(negative_form(w), "{w} should be negative");
        }
        for w in ["wasifu", "usiku", "asili"] {
            assert!(!negative_form(w), "{w} should not be negative");
        }
    }

    #[test]
    fn one_syllable_subjunctives_are_negative() {
        for w in ["wasiwe", "isiwe", "usije", "asile"] {
            assert!(negative_form(w), "{w} should be negative");
        }
        for w in ["wasiwasi", "visiwa", "kisiwa"] {
            assert!(!negative_form(w), "{w} should not be negative");
        }
    }

    #[test]
    fn a_negative_perfect_after_kabla_is_before_it_happened() {
        let sw = "Aliondoka kabla hajafika mgeni.";
        let at = sw.find("hajafika").unwrap();
        assert!(before_it_happened(sw, &(at..at + "hajafika".len())));
        let sw = "Bado hajafika mgeni.";
        let at = sw.find("hajafika").unwrap();
        assert!(!before_it_happened(sw, &(at..at + "hajafika".len())));
        assert!(acronym("SI") && !acronym("Si") && !acronym("HAKUNA"));
    }
}
