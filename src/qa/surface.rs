//! Checks on the surface of the English: empty, the same as the Swahili, Swahili words
//! left in it, and a length far from the Swahili's.

use super::{CheckId, Issue, Pair, Severity};
use crate::text::{fold, is_blank};

/// Empty or copied targets; true when nothing else is worth checking. A copy is an error
/// when the source reads as Swahili; a source of names, handles and links alone is written
/// the same in English (no issue), and one in another language (a quote left in the
/// original) is a warning.
pub(crate) fn empty_or_same(
    sw: &str,
    en: &str,
    pipeline: &crate::pipeline::Pipeline,
    out: &mut Vec<Issue>,
) -> bool {
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
        let (words, swahili) = swahili_words(sw, pipeline);
        if words == 0 {
            return true;
        }
        let (severity, message) = if 2 * swahili >= words {
            (Severity::Error, "the English is the Swahili copied")
        } else {
            (
                Severity::Warning,
                "the English is a copy of the source, which does not read as Swahili",
            )
        };
        out.push(
            Issue::new(CheckId::Same, severity, message.into())
                .sw(0..sw.len())
                .en(0..en.len()),
        );
        return true;
    }
    false
}

/// The source's lower-case words of two letters or more (names, handles and links left
/// out), and how many of them the project's lexicon reads as Swahili.
fn swahili_words(sw: &str, pipeline: &crate::pipeline::Pipeline) -> (usize, usize) {
    let lexicon = crate::english::lexicon::of(pipeline.glossary());
    let mut words = 0;
    let mut swahili = 0;
    for w in sw.split(|c: char| !c.is_alphabetic() && c != '@' && c != '#' && c != '/') {
        if w.chars().count() < 2 || !w.chars().all(char::is_lowercase) {
            continue;
        }
        words += 1;
        swahili += usize::from(lexicon.is_swahili(w));
    }
    (words, swahili)
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

/// The English length over the Swahili length (characters other than spaces) below
/// [`SHORT`] is an error: part of the text is very likely missing. Published news
/// translations have a median ratio near 0.93; `SHORT` is the highest value that flags at
/// most 0.5% of the FLORES-200 devtest pairs (the tuning set of `eval/qa_sets.py`; TICO-19
/// and LAFAND are held out). Above [`LONG`] is a warning (an addition, or a different text).
const SHORT: f64 = 0.65;
const LONG: f64 = 2.0;

pub(crate) fn length(p: &Pair, out: &mut Vec<Issue>) {
    let count = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count();
    // Numbers, dates and clock times count at their English length: `saa tatu asubuhi`
    // is `9 a.m.` in English, `watu elfu tatu` `3,000 people`.
    let mut s = count(p.sw);
    for g in &p.src.gloss {
        use crate::english::GlossKind::*;
        if matches!(g.kind, Number | Quantity | Money | Percent | Date | Time) {
            s = s.saturating_sub(count(&g.sw)) + count(&g.en).min(count(&g.sw));
        }
    }
    let e = count(p.en);
    if s < 40 {
        return;
    }
    let r = e as f64 / s as f64;
    let severity = if r < SHORT {
        Severity::Error
    } else if r > LONG {
        Severity::Warning
    } else {
        return;
    };
    out.push(
        Issue::new(
            CheckId::Length,
            severity,
            format!(
                "the English is {:.0}% of the Swahili's length (usual: {:.0}–{:.0}%): {}",
                r * 100.0,
                SHORT * 100.0,
                LONG * 100.0,
                if r < SHORT {
                    "something is likely missing"
                } else {
                    "something may be added"
                }
            ),
        )
        .sw(0..p.sw.len())
        .en(0..p.en.len()),
    );
}
