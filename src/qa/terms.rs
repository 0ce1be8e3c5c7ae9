//! The terms check: every glossary hit of the Swahili (any inflection: `mikataba`,
//! `walisaini`, `hawajasaini`) needs one of its approved English renderings (`en`, `alt`,
//! `plural_en`) in the English, in any English inflection (sign/signs/signed/signing,
//! irregular pasts from the English data); a rendering the entry lists under `avoid` is an
//! error wherever it appears.

use std::ops::Range;

use super::names::phrase_words;
use super::target::Target;
use super::{CheckId, Issue, Pair, Severity};
use crate::english::{EnglishData, verbs};
use crate::glossary::{Entry, Glossary, Pos, TermHit};

/// Every approved rendering of a hit, as stemmed word lists, first the preferred one.
pub(crate) fn renderings(glossary: &Glossary, hit: &TermHit) -> Vec<Vec<String>> {
    let e = &glossary.entries[hit.entry];
    let data = EnglishData::embedded();
    let mut out: Vec<Vec<String>> = Vec::new();
    let mut add = |s: &str| {
        let w = phrase_words(s);
        if !w.is_empty() && !out.contains(&w) {
            out.push(w);
        }
    };
    add(&glossary.english(hit));
    for r in std::iter::once(&e.en)
        .chain(&e.alt)
        .chain(e.plural_en.as_ref())
    {
        add(r);
        if e.pos == Pos::Verb || e.pos == Pos::Phrase {
            let (first, rest) = r.split_once(' ').unwrap_or((r.as_str(), ""));
            for f in [verbs::past(first, data), verbs::participle(first, data)] {
                add(&format!("{f} {rest}"));
            }
        }
    }
    out
}

/// Where a rendering stands in the English: its words in order, at most two words between
/// them (`take part` in `took an active part`), the first word's span to the last's.
pub(crate) fn find(tgt: &Target, phrase: &[String]) -> Option<Range<usize>> {
    if let Some(r) = tgt.find_phrase(phrase) {
        return Some(r);
    }
    if phrase.len() < 2 {
        return None;
    }
    let hit = |w: &super::target::Word, p: &str| w.stem == p || w.lower == p;
    for i in 0..tgt.words.len() {
        if !hit(&tgt.words[i], &phrase[0]) {
            continue;
        }
        let mut at = i;
        let mut ok = true;
        for p in &phrase[1..] {
            match (at + 1..(at + 4).min(tgt.words.len())).find(|&j| hit(&tgt.words[j], p)) {
                Some(j) => at = j,
                None => {
                    ok = false;
                    break;
                }
            }
        }
        if ok {
            return Some(tgt.words[i].span.start..tgt.words[at].span.end);
        }
    }
    None
}

/// Which rendering of the hit the English uses (its index in [`renderings`]), if any.
pub(crate) fn rendering_used(
    glossary: &Glossary,
    tgt: &Target,
    hit: &TermHit,
) -> Option<(usize, Range<usize>)> {
    renderings(glossary, hit)
        .iter()
        .enumerate()
        .find_map(|(i, r)| find(tgt, r).map(|s| (i, s)))
}

fn avoided(e: &Entry, tgt: &Target) -> Option<(String, Range<usize>)> {
    e.avoid
        .iter()
        .find_map(|a| find(tgt, &phrase_words(a)).map(|s| (a.clone(), s)))
}

pub(crate) fn check(p: &Pair, out: &mut Vec<Issue>) {
    let glossary = p.pipeline.glossary();
    for hit in &p.src.hits {
        let e = &glossary.entries[hit.entry];
        if e.pos == Pos::Name {
            continue; // the names check reads them
        }
        let surface = &p.sw[hit.span.start..hit.span.end];
        if let Some((a, span)) = avoided(e, p.tgt) {
            out.push(
                Issue::new(
                    CheckId::Terms,
                    Severity::Error,
                    format!("{surface:?}: {a:?} is to be avoided; use {:?}", e.en),
                )
                .sw(hit.span.start..hit.span.end)
                .en(span),
            );
            continue;
        }
        if rendering_used(glossary, p.tgt, hit).is_some() {
            continue;
        }
        let mut approved: Vec<&str> = vec![e.en.as_str()];
        approved.extend(e.alt.iter().map(String::as_str));
        out.push(
            Issue::new(
                CheckId::Terms,
                TERM_SEVERITY,
                format!(
                    "{surface:?} ({}) needs {} in the English",
                    e.id,
                    approved
                        .iter()
                        .map(|a| format!("{a:?}"))
                        .collect::<Vec<_>>()
                        .join(" or ")
                ),
            )
            .sw(hit.span.start..hit.span.end),
        );
    }
}

/// A missing approved term: translators often paraphrase, so a missing rendering is worth
/// a look rather than a fault unless the project says otherwise (config file).
const TERM_SEVERITY: Severity = Severity::Error;
