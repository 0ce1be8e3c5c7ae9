//! The negation check: a negated Swahili verb or negative word (`hakusaini`, `hawajafika`,
//! `hakuna`, `si-`) needs a negation in the English, and an English negation with no
//! Swahili one is reported (Swahili may negate with a word of its own: `kukataa` refuse,
//! `kukosa` lack, so that direction is a warning).

use std::collections::HashSet;
use std::ops::Range;

use super::{CheckId, Issue, Pair, Severity};

/// How far apart (as a share of each side's length) a Swahili negation and the English
/// one rendering it may stand. Set on FLORES devtest.
const WINDOW: f64 = 0.3;

pub(crate) fn check(p: &Pair, out: &mut Vec<Issue>) {
    let sw = &p.src.negations;
    let strong = &p.tgt.negations;
    if sw.is_empty() {
        if let Some(span) = strong.first() {
            out.push(
                Issue::new(
                    CheckId::Negation,
                    Severity::Warning,
                    format!(
                        "{:?} negates; the Swahili has no negation",
                        &p.en[span.clone()]
                    ),
                )
                .en(span.clone()),
            );
        }
        return;
    }
    let rel_sw = |r: &std::ops::Range<usize>| r.start as f64 / p.sw.len().max(1) as f64;
    let rel_en = |r: &std::ops::Range<usize>| r.start as f64 / p.en.len().max(1) as f64;
    // Each Swahili negation takes the nearest English negation within the window, then
    // what is left the nearest weak one (`yet`, `dysfunction`) within half of it.
    let mut strong_at: Vec<(f64, bool)> = strong.iter().map(|r| (rel_en(r), false)).collect();
    let data = p.pipeline.english();
    let senses = p.tgt.words.iter().any(|w| data.negative_sense(&w.lower));
    let licensed = licensed(p, senses);
    let mut weak_at: Vec<(f64, bool)> = p
        .tgt
        .weak_negations
        .iter()
        .filter(|r| !renders_a_word(p, &licensed, r))
        .map(|r| (rel_en(r), false))
        .collect();
    let window = WINDOW;
    // English words negative by an affix (`ineffective`, `underreported`, `harmless`):
    // they cover a negation near them, and a Swahili negative relative or `kuto-`
    // infinitive (`usiojulikana` unknown, indefinite; `kutoripotiwa` underreporting),
    // which English renders by such a word, anywhere in the window.
    // Words negative in sense (`innocent` for `hana hatia`) cover one the same way, unless
    // they render a Swahili word (`hunger` of `njaa` in `hakuna njaa`).
    let lexicon = super::lexicon::lexicon(p.pipeline.glossary());
    let mut affix_at: Vec<(f64, bool)> = p
        .tgt
        .words
        .iter()
        .enumerate()
        .filter(|(k, w)| {
            // `less than`, `fewer than` compare (`chini ya saa moja` in less than an hour).
            let compares = p.tgt.words.get(k + 1).is_some_and(|n| n.lower == "than");
            affix_negative(&w.lower, &w.stem, &lexicon) && !compares
                || data.negative_sense(&w.lower) && !renders_a_word(p, &licensed, &w.span)
        })
        .map(|(_, w)| (rel_en(&w.span), false))
        .collect();
    let mut unmatched = Vec::new();
    for r in sw {
        let at = rel_sw(r);
        // `bila` (without) is rendered by a word as often (`bila mpangilio` randomly).
        let folded = crate::text::fold(&p.sw[r.clone()]);
        // A negative infinitive the glossary's verb read (`kutokula`, whose `kuto-ku-`
        // the letters alone do not tell from `kutoka`) is one as well.
        let lexical = folded == "bila"
            || folded.starts_with("kuto")
            || matches!(
                crate::morph::negation::negative_verb(&folded),
                Some(crate::morph::Tense::General | crate::morph::Tense::Infinitive)
            );
        // A lexical negative is rendered by a word of its own, which may stand anywhere in
        // the window (`kutofanya kazi` → dysfunction).
        let reach = if lexical { window } else { window / 2.0 };
        if !take(&mut strong_at, at, window)
            && !take(&mut weak_at, at, reach)
            && !take(&mut affix_at, at, reach)
        {
            unmatched.push(r.clone());
        }
    }
    let Some(span) = unmatched.first().cloned() else {
        return;
    };
    let message = if strong.is_empty() && p.tgt.weak_negations.is_empty() {
        format!(
            "{:?} is negative; the English has no negation",
            &p.sw[span.clone()]
        )
    } else {
        format!(
            "{:?} is negative; the English has no negation near it ({} in the Swahili, {} in the English)",
            &p.sw[span.clone()],
            sw.len(),
            strong.len() + p.tgt.weak_negations.len()
        )
    };
    // More Swahili negations than English ones, one with nothing near it: an error; the
    // English negations only elsewhere (reordered): a warning.
    let severity = if sw.len() > strong.len() {
        Severity::Error
    } else {
        Severity::Warning
    };
    out.push(Issue::new(CheckId::Negation, severity, message).sw(span));
}

/// Words that may render a negation by aspect (`bado hayajajibiwa` → yet to be answered,
/// remains unclear): the Swahili `bado` they go with does not make them its own.
const ASPECT: [&str; 3] = ["yet", "remain", "pend"];

/// The English the Swahili's words account for, as stems: the approved renderings of its
/// glossary hits, the negated verb's own too (`hazitasimama` accounts for "stop"). An entry
/// negative in itself (`bila malipo` free of charge) renders a negation: left out. Read
/// only when the English has a weak negation or, `senses`, a word negative in sense.
fn licensed(p: &Pair, senses: bool) -> HashSet<String> {
    let glossary = p.pipeline.glossary();
    let mut out: HashSet<String> = HashSet::new();
    if p.tgt.weak_negations.is_empty() && !senses {
        return out;
    }
    for h in &p.src.hits {
        let negative_entry = glossary.entries[h.entry]
            .sw
            .split_whitespace()
            .any(|w| crate::morph::negation::is_negative(&crate::text::fold(w)));
        if !negative_entry {
            out.extend(super::terms::renderings(glossary, h).into_iter().flatten());
        }
    }
    out
}

/// Whether a weak negation of the English is the rendering of a Swahili word (`free` of
/// `huru`, `few` of `chache`, `banned` of `marufuku`): then it renders that word, not a
/// negation. Aspect words stay free to render one.
fn renders_a_word(p: &Pair, licensed: &HashSet<String>, span: &Range<usize>) -> bool {
    let word = p.en[span.clone()].to_lowercase();
    let stem = super::stem::stem(&word);
    !ASPECT.contains(&stem.as_str()) && (licensed.contains(&stem) || licensed.contains(&word))
}

/// Marks the nearest unused place within `window` of `at` as used; whether there was one.
fn take(places: &mut [(f64, bool)], at: f64, window: f64) -> bool {
    let best = places
        .iter()
        .enumerate()
        .filter(|(_, (x, used))| !used && (x - at).abs() <= window)
        .min_by(|a, b| (a.1.0 - at).abs().total_cmp(&(b.1.0 - at).abs()))
        .map(|(i, _)| i);
    if let Some(i) = best {
        places[i].1 = true;
    }
    best.is_some()
}

/// Prefixes that negate the word they stand before (`ineffective`, `disagree`,
/// `underreported`).
const NEGATIVE_PREFIXES: [&str; 8] = ["in", "im", "il", "ir", "dis", "non", "mis", "under"];

/// Words that start like a negating prefix before an English word and are not negative
/// (`imprison` is not "not prison").
const NOT_NEGATIVE_PREFIXED: [&str; 19] = [
    "imprison",
    "impose",
    "import",
    "improv",
    "inside",
    "insist",
    "invit",
    "involv",
    // `under-` words that do not say "too little" (`undermine`, `undertake`).
    "undermin",
    "understand",
    "undertak",
    "undergo",
    "underwent",
    "underlin",
    "underly",
    "underli",
    "underscor",
    "underpin",
    "underground",
];

/// Whether an English word is negative by an affix: `less` or `fewer`, a `-less` word, or
/// a negating prefix before a word of the glossary's English where the whole word is not
/// one (`ineffective` of effective; not `information`, which is one itself).
fn affix_negative(lower: &str, stem: &str, lexicon: &super::lexicon::Lexicon) -> bool {
    if matches!(lower, "less" | "fewer") || lower.len() >= 7 && lower.ends_with("less") {
        return true;
    }
    if lexicon.is_word(stem) || NOT_NEGATIVE_PREFIXED.iter().any(|w| lower.starts_with(w)) {
        return false;
    }
    NEGATIVE_PREFIXES.iter().any(|pre| {
        lower
            .strip_prefix(pre)
            .is_some_and(|rest| rest.len() >= 4 && lexicon.is_word(&super::stem::stem(rest)))
    })
}
