//! The terms check: every glossary hit of the Swahili (any inflection: `mikataba`,
//! `walisaini`, `hawajasaini`) needs one of its approved English renderings (`en`, `alt`,
//! `plural_en`) in the English, in any English inflection (sign/signs/signed/signing,
//! irregular pasts from the English data); a rendering the entry lists under `avoid` is an
//! error wherever it appears.

use std::ops::Range;

use super::names::phrase_words;
use super::target::Target;
use super::{CheckId, Issue, Pair, Severity};
use crate::english::{EnglishData, GlossKind, verbs};
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
        // A term inside a name the gloss read whole (`mjini Geneva` → in Geneva, `Chuo Kikuu
        // cha Nairobi`) is the names check's to find, in the name's English.
        if p.src.gloss.iter().any(|g| {
            g.kind == GlossKind::Name && g.start <= hit.span.start && hit.span.end <= g.end
        }) {
            continue;
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
        if e.en == "percent" && p.en.contains('%') {
            continue;
        }
        let at = hit.span.start as f64 / p.sw.len().max(1) as f64;
        let wrong = wrong_term(p, e, at);
        let mut approved: Vec<&str> = vec![e.en.as_str()];
        approved.extend(e.alt.iter().map(String::as_str));
        let needs = approved
            .iter()
            .map(|a| format!("{a:?}"))
            .collect::<Vec<_>>()
            .join(" or ");
        let issue = match wrong {
            Some((other, span)) => Issue::new(
                CheckId::Terms,
                Severity::Error,
                format!(
                    "{surface:?} ({}) needs {needs}; the English has {:?}, the English of {} (not in the Swahili)",
                    e.id, &p.en[span.clone()], other.id
                ),
            )
            .en(span),
            None => Issue::new(
                CheckId::Terms,
                Severity::Warning,
                format!("{surface:?} ({}) needs {needs} in the English", e.id),
            ),
        };
        out.push(issue.sw(hit.span.start..hit.span.end));
    }
}

/// Each entry's preferred English as stemmed words, made once per glossary and thread.
struct EnglishIndex {
    /// The glossary it was made from: entries' address, count, first and last id.
    made_from: (usize, usize, String, String),
    words: Vec<Vec<String>>,
}

thread_local! {
    static INDEX: std::cell::RefCell<Option<std::rc::Rc<EnglishIndex>>> =
        const { std::cell::RefCell::new(None) };
}

fn english_index(glossary: &Glossary) -> std::rc::Rc<EnglishIndex> {
    let e = &glossary.entries;
    let id = |x: Option<&Entry>| x.map(|x| x.id.clone()).unwrap_or_default();
    let key = (e.as_ptr() as usize, e.len(), id(e.first()), id(e.last()));
    INDEX.with(|cell| {
        let mut cell = cell.borrow_mut();
        if let Some(ix) = cell.as_ref().filter(|ix| ix.made_from == key) {
            return ix.clone();
        }
        let ix = std::rc::Rc::new(EnglishIndex {
            words: e.iter().map(|x| phrase_words(&x.en)).collect(),
            made_from: key,
        });
        *cell = Some(ix.clone());
        ix
    })
}

/// When an approved term is missing, the English of another entry of the same part of
/// speech that the Swahili does not hold, found in the English where the term should be
/// (within an eighth of the sentence of the term's place in the Swahili):
/// a wrong term, not a paraphrase. Translators paraphrase often, so a missing term alone is
/// a warning; a glossary term standing in for it is an error.
fn wrong_term<'g>(p: &Pair<'g>, e: &Entry, at: f64) -> Option<(&'g Entry, Range<usize>)> {
    let glossary = p.pipeline.glossary();
    let held: Vec<usize> = p.src.hits.iter().map(|h| h.entry).collect();
    let index = english_index(glossary);
    glossary
        .entries
        .iter()
        .enumerate()
        .filter(|(i, o)| o.pos == e.pos && !held.contains(i) && o.id != e.id)
        .find_map(|(i, o)| {
            let own = std::iter::once(&e.en).chain(&e.alt);
            let words = &index.words[i];
            (words.len() <= 3 && !own.clone().any(|x| x.eq_ignore_ascii_case(&o.en)))
                .then(|| find(p.tgt, words))
                .flatten()
                // Where the term should be: about the same place in the sentence.
                .filter(|span| (span.start as f64 / p.en.len().max(1) as f64 - at).abs() <= 0.12)
                .map(|span| (o, span))
        })
}
