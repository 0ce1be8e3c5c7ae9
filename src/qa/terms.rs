//! The terms check: every glossary hit of the Swahili (any inflection: `mikataba`,
//! `walisaini`, `hawajasaini`) needs one of its approved English renderings (`en`, `alt`,
//! `plural_en`) in the English, in any English inflection (sign/signs/signed/signing,
//! irregular pasts from the English data); a rendering the entry lists under `avoid` is an
//! error wherever it appears.

use std::ops::Range;

use super::lexicon::{Lexicon, Rendering, lexicon};
use super::model::Coverage;
use super::names::phrase_words;
use super::target::Target;
use super::{CheckId, Issue, Pair, Severity};
use crate::english::{EnglishData, GlossKind, verbs};
use crate::glossary::{Entry, Glossary, Pos, TermHit};
use crate::text::fold;

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

/// Returns where the hits stand and whether their English was found, for the model.
pub(crate) fn check(p: &Pair, out: &mut Vec<Issue>) -> Coverage {
    let glossary = p.pipeline.glossary();
    let lex = lexicon(glossary);
    let mut seen: Vec<usize> = Vec::new();
    let sw_len = p.sw.len().max(1) as f64;
    let en_len = p.en.len().max(1) as f64;
    // Each hit's renderings, made once for the anchors and the check below; none for a
    // term inside a name, which neither reads.
    let all_renderings: Vec<Option<Vec<Vec<String>>>> = p
        .src
        .hits
        .iter()
        .map(|h| (!inside_name(p, h)).then(|| renderings(glossary, h)))
        .collect();
    // Where the terms found in both sides stand: they bound where a missing one should be.
    let mut cov = Coverage::default();
    let mut anchors: Vec<(f64, f64)> = Vec::new();
    for (h, all) in p.src.hits.iter().zip(&all_renderings) {
        // None: inside a name.
        let Some(all) = all else { continue };
        let at = h.span.start as f64 / sw_len;
        let r = all.iter().find_map(|r| find(p.tgt, r));
        if glossary.entries[h.entry].pos != Pos::Name {
            cov.hits.push((at, r.is_some()));
        }
        if let Some(r) = r {
            anchors.push((at, r.start as f64 / en_len));
        }
    }
    anchors.sort_by(|a, b| a.0.total_cmp(&b.0));
    let region = |at: f64| place(&anchors, at);
    for (k, hit) in p.src.hits.iter().enumerate() {
        let e = &glossary.entries[hit.entry];
        let Some(all) = all_renderings[k].as_ref().filter(|_| e.pos != Pos::Name) else {
            // Names, and terms inside a name the gloss read whole (`mjini Geneva` → in
            // Geneva, `Chuo Kikuu cha Nairobi`), are the names check's.
            continue;
        };
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
        if e.en == "percent" && p.en.contains('%') {
            continue;
        }
        let at = hit.span.start as f64 / p.sw.len().max(1) as f64;
        if all.iter().any(|r| find(p.tgt, r).is_some()) {
            // Found; but a term the Swahili says more often than the English needs its
            // English at each place, unless it was said another way (or by a pronoun).
            if seen.contains(&hit.entry) {
                continue;
            }
            seen.push(hit.entry);
            let times = p.src.hits[k..]
                .iter()
                .filter(|h| h.entry == hit.entry && !inside_name(p, h))
                .count();
            if times > 1 && occurrences(p.tgt, all) < times {
                for h in p.src.hits[k..].iter().filter(|h| h.entry == hit.entry) {
                    let at = h.span.start as f64 / p.sw.len().max(1) as f64;
                    if let Some((other, span)) = intruder(p, &lex, hit.entry, region(at)) {
                        out.push(
                            Issue::new(
                                CheckId::Terms,
                                Severity::Error,
                                format!(
                                    "{surface:?} ({}) is in the Swahili {times} times and fewer in the English; the English has {:?}, the English of {} (not in the Swahili)",
                                    e.id, &p.en[span.clone()], other.id
                                ),
                            )
                            .sw(h.span.start..h.span.end)
                            .en(span),
                        );
                        break;
                    }
                }
            }
            continue;
        }
        let mut approved: Vec<&str> = vec![e.en.as_str()];
        approved.extend(e.alt.iter().map(String::as_str));
        let needs = approved
            .iter()
            .map(|a| format!("{a:?}"))
            .collect::<Vec<_>>()
            .join(" or ");
        // How sure the match is: a head of three letters or less, or one several entries
        // share, may be another word than the entry's.
        let sure = fold(surface).chars().count() >= 4
            && e.sw.chars().count() >= 4
            && lex.homographs(&e.sw) <= 1;
        let issue = match intruder(p, &lex, hit.entry, region(at)) {
            Some((other, span)) => {
                let short = span.len() < 4;
                Issue::new(
                    CheckId::Terms,
                    if sure && !short {
                        Severity::Error
                    } else {
                        Severity::Warning
                    },
                    format!(
                        "{surface:?} ({}) needs {needs}; the English has {:?}, the English of {} (not in the Swahili)",
                        e.id, &p.en[span.clone()], other.id
                    ),
                )
                .en(span)
            }
            None => Issue::new(
                CheckId::Terms,
                Severity::Warning,
                format!("{surface:?} ({}) needs {needs} in the English", e.id),
            ),
        };
        out.push(issue.sw(hit.span.start..hit.span.end));
    }
    cov
}

fn inside_name(p: &Pair, hit: &TermHit) -> bool {
    p.src
        .gloss
        .iter()
        .any(|g| g.kind == GlossKind::Name && g.start <= hit.span.start && hit.span.end <= g.end)
}

/// How many places of the English hold one of the renderings.
fn occurrences(tgt: &Target, all: &[Vec<String>]) -> usize {
    (0..tgt.words.len())
        .filter(|&i| {
            all.iter().any(|r| {
                r.iter().enumerate().all(|(j, w)| {
                    tgt.words
                        .get(i + j)
                        .is_some_and(|t| t.stem == *w || t.lower == *w)
                })
            })
        })
        .count()
}

/// Where the term should be (within this share of the sentence of its place in the
/// Swahili), the English of another glossary entry of the same part of speech that
/// nothing in the Swahili explains: a wrong term, not a paraphrase. Explained are the
/// English of any entry the Swahili holds, any English of the gloss, an entry whose Swahili
/// root is in a Swahili word (`yanayoshukiwa` explains "suspected"), and a synonym of the
/// term by the glossary (an entry that gives both). Set on FLORES devtest.
const WINDOW: f64 = 0.15;

/// Where in the English (as shares of its length) the term at `at` of the Swahili should
/// be: within [`WINDOW`] of the same place, and between the English of the terms found on
/// either side of it (the English may reorder: `Kituo cha Afya` → Health Centre).
fn place(anchors: &[(f64, f64)], at: f64) -> (f64, f64) {
    let win = WINDOW;
    let (mut lo, mut hi) = (at - win, at + win);
    let before = anchors.iter().rev().find(|a| a.0 < at).map(|a| a.1);
    let after = anchors.iter().find(|a| a.0 > at).map(|a| a.1);
    let (a, b) = match (before, after) {
        (Some(x), Some(y)) => (x.min(y), x.max(y)),
        (Some(x), None) => (x, 1.0),
        (None, Some(y)) => (0.0, y),
        (None, None) => return (lo, hi),
    };
    lo = lo.min(a);
    hi = hi.max(b);
    (lo, hi)
}

fn intruder<'g>(
    p: &Pair<'g>,
    lex: &Lexicon,
    term: usize,
    (lo, hi): (f64, f64),
) -> Option<(&'g Entry, Range<usize>)> {
    let glossary = p.pipeline.glossary();
    let e = &glossary.entries[term];
    let len = p.en.len().max(1) as f64;
    for (i, w) in p.tgt.words.iter().enumerate() {
        let rel = w.span.start as f64 / len;
        if rel < lo || rel > hi || w.digits {
            continue;
        }
        for r in lex.at(p.tgt, i) {
            let Some(&o) = r
                .entries
                .iter()
                .zip(&r.primary)
                .find(|(o, primary)| glossary.entries[**o].pos == e.pos && **o != term && **primary)
                .map(|(o, _)| o)
            else {
                continue;
            };
            if r.entries.contains(&term) || explained(p, lex, r) || {
                r.entries.iter().any(|&o| lex.near(term, o))
            } {
                continue;
            }
            let end = p.tgt.words[i + r.words.len() - 1].span.end;
            return Some((&glossary.entries[o], w.span.start..end));
        }
    }
    None
}

fn explained(p: &Pair, lex: &Lexicon, r: &Rendering) -> bool {
    r.entries
        .iter()
        .any(|o| p.src.hits.iter().any(|h| h.entry == *o))
        || p.src.gloss.iter().any(|g| {
            phrase_words(&g.en)
                .windows(r.words.len())
                .any(|w| w == r.words)
        })
        || r.entries.iter().any(|&o| {
            lex.roots[o]
                .as_deref()
                .is_some_and(|root| p.src.words.iter().any(|(w, _)| w.contains(root)))
        })
}
