//! Checks on the surface of the English: empty, the same as the Swahili, Swahili words
//! left in it, and a length far from the Swahili's.

use super::{CheckId, Issue, Pair, Severity};
use crate::text::{fold, is_blank};

/// Empty or copied targets; true when nothing else is worth checking.
pub(crate) fn empty_or_same(sw: &str, en: &str, out: &mut Vec<Issue>) -> bool {
    if is_blank(en) {
        if !is_blank(sw) {
            out.push(Issue::new(
                CheckId::Empty,
                Severity::Error,
                "the English is empty".into(),
            ));
        }
        return true;
    }
    if sw.trim() == en.trim() && sw.chars().any(char::is_alphabetic) {
        out.push(
            Issue::new(
                CheckId::Same,
                Severity::Error,
                "the English is the Swahili copied".into(),
            )
            .sw(0..sw.len())
            .en(0..en.len()),
        );
        return true;
    }
    false
}

/// Swahili words left in the English: a glossary form (any inflection) or a negated verb
/// found by the matcher in the English, not capitalised (names are written the same in
/// both), nor a word the English also uses.
pub(crate) fn untranslated(p: &Pair, out: &mut Vec<Issue>) {
    let glossary = p.pipeline.glossary();
    for hit in p.pipeline.matcher().find(p.en) {
        let e = &glossary.entries[hit.entry];
        let surface = &p.en[hit.span.start..hit.span.end];
        if e.pos == crate::glossary::Pos::Name || surface.starts_with(char::is_uppercase) {
            continue;
        }
        let folded = fold(surface);
        // A form that is also English (`radio`, `bajeti`…): the English side says it.
        let english = std::iter::once(&e.en)
            .chain(&e.alt)
            .any(|r| fold(r) == folded);
        if english || folded.chars().count() < 4 {
            continue;
        }
        out.push(
            Issue::new(
                CheckId::Untranslated,
                Severity::Warning,
                format!("Swahili {surface:?} ({}) left in the English", e.en),
            )
            .en(hit.span.start..hit.span.end),
        );
    }
}

/// The English length over the Swahili length (characters) outside this range is
/// reported: half or twice the usual ratio (about 0.9 on news).
const LOW: f64 = 0.45;
const HIGH: f64 = 2.0;

pub(crate) fn length(p: &Pair, out: &mut Vec<Issue>) {
    let s = p.sw.chars().filter(|c| !c.is_whitespace()).count();
    let e = p.en.chars().filter(|c| !c.is_whitespace()).count();
    if s < 30 {
        return;
    }
    let r = e as f64 / s as f64;
    if !(LOW..=HIGH).contains(&r) {
        out.push(Issue::new(
            CheckId::Length,
            Severity::Warning,
            format!(
                "the English is {:.0}% of the Swahili's length (usual: 60–130%)",
                r * 100.0
            ),
        ));
    }
}
