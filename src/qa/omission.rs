//! Part of the Swahili left out of the English: from the one analysis (glossary hits with
//! their approved English and its inflections, the gloss's names, numbers and dates), the
//! source's content items whose English is known and absent from the target, weighted by how
//! sure that English is; the heaviest run of such items in source order is the dropped part.

use std::ops::Range;

use super::lexicon::lexicon;
use super::{CheckId, Issue, Pair, Severity};
use crate::english::GlossKind;
use crate::glossary::Status;
use crate::text::fold;

/// A glossary hit of the Swahili as the terms check aligned it: its span, its entry, and
/// whether an approved English of it is in the English.
#[derive(Debug, Clone)]
pub(crate) struct TermAt {
    pub span: Range<usize>,
    pub entry: usize,
    /// Where its English stands in the English, when it is there.
    pub en: Option<Range<usize>>,
}

/// The heaviest run of absent content items.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Dropped {
    /// From the first absent item's start to the last one's end.
    pub span: Range<usize>,
    /// The items' summed sureness.
    pub weight: f64,
    /// How many items the run holds.
    pub items: usize,
    /// The English the items needed, in order.
    pub english: Vec<String>,
    /// The English between the found terms around the run over the Swahili between them
    /// (characters other than spaces; the text's ends when none is found on a side): a
    /// dropped part leaves little English where the Swahili says much. 1 when the terms
    /// around it cross (the English reorders).
    pub gap: f64,
}

/// The run weight from which the check reports a dropped part (as a warning; the severity
/// model decides). Below it, a missing sure term is the terms check's alone.
const REPORTED: f64 = 2.0;

/// One content item of the Swahili: where, how sure its English is, whether it is there.
struct Item {
    span: Range<usize>,
    sure: f64,
    found: bool,
    en: String,
}

/// How sure a term's English is: a Preferred entry of one sense is; one of several senses,
/// or an entry that is not the preferred one, half; a `needs_cue` entry (its sense is the
/// context's to choose) not at all. A short or shared head may be another word: half again.
fn term_sureness(p: &Pair, t: &TermAt) -> f64 {
    let glossary = p.pipeline.glossary();
    let e = &glossary.entries[t.entry];
    if e.needs_cue {
        return 0.0;
    }
    let mut sure = if e.senses.is_empty() && e.status == Status::Preferred {
        1.0
    } else {
        0.5
    };
    let surface = fold(&p.sw[t.span.clone()]);
    if surface.chars().count() < 4
        || e.sw.chars().count() < 4
        || lexicon(glossary).homographs(&e.sw) > 1
    {
        sure *= 0.5;
    }
    sure
}

/// Reads the dropped part from the terms' alignment and the issues the names, numbers and
/// dates checks raised (an item of theirs is absent when one of their issues covers it; an
/// error is sure, a warning half).
pub(crate) fn read(p: &Pair, terms: &[TermAt], issues: &[Issue]) -> Option<Dropped> {
    let glossary = p.pipeline.glossary();
    let mut items: Vec<Item> = terms
        .iter()
        .map(|t| Item {
            span: t.span.clone(),
            sure: term_sureness(p, t),
            found: t.en.is_some(),
            en: glossary.entries[t.entry].en.clone(),
        })
        .collect();
    for g in &p.src.gloss {
        let checks: &[CheckId] = match g.kind {
            GlossKind::Name => &[CheckId::Names],
            GlossKind::Number | GlossKind::Quantity | GlossKind::Money | GlossKind::Percent => {
                &[CheckId::Numbers]
            }
            GlossKind::Date | GlossKind::Time => &[CheckId::Dates, CheckId::Numbers],
            GlossKind::Term | GlossKind::Title => continue,
        };
        let issue = issues.iter().find(|i| {
            checks.contains(&i.check)
                && i.sw_span
                    .as_ref()
                    .is_some_and(|s| s.start < g.end && g.start < s.end)
        });
        items.push(Item {
            span: g.start..g.end,
            sure: match issue.map(|i| i.severity) {
                Some(Severity::Error) | None => 1.0,
                Some(_) => 0.5,
            },
            found: issue.is_none(),
            en: g.en.clone(),
        });
    }
    items.retain(|i| i.sure > 0.0);
    items.sort_by_key(|i| (i.span.start, i.span.end));
    let mut best: Option<Dropped> = None;
    let mut run: Option<Dropped> = None;
    let mut last_end = 0;
    for it in &items {
        // An item inside the one before (a term in a quantity) is the same content.
        if it.span.start < last_end && it.span.end <= last_end {
            continue;
        }
        last_end = it.span.end;
        if it.found {
            run = None;
            continue;
        }
        let r = run.get_or_insert_with(|| Dropped {
            span: it.span.clone(),
            ..Dropped::default()
        });
        r.span.end = it.span.end;
        r.weight += it.sure;
        r.items += 1;
        r.english.push(it.en.clone());
        if best.as_ref().is_none_or(|b| r.weight > b.weight) {
            best = Some(r.clone());
        }
    }
    if let Some(b) = best.as_mut() {
        b.gap = gap(p, terms, &b.span);
    }
    best
}

/// The English between the found terms around `run` over the Swahili between them.
fn gap(p: &Pair, terms: &[TermAt], run: &Range<usize>) -> f64 {
    let before = terms
        .iter()
        .filter(|t| t.span.end <= run.start)
        .filter_map(|t| t.en.as_ref().map(|e| (t.span.end, e.end)))
        .max_by_key(|a| a.0)
        .unwrap_or((0, 0));
    let after = terms
        .iter()
        .filter(|t| t.span.start >= run.end)
        .filter_map(|t| t.en.as_ref().map(|e| (t.span.start, e.start)))
        .min_by_key(|a| a.0)
        .unwrap_or((p.sw.len(), p.en.len()));
    if after.1 < before.1 {
        return 1.0;
    }
    let count = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count() as f64;
    let sw = count(&p.sw[before.0..after.0]).max(1.0);
    count(&p.en[before.1..after.1]) / sw
}

/// Reports a dropped part heavy enough to be one.
pub(crate) fn check(p: &Pair, dropped: Option<&Dropped>, out: &mut Vec<Issue>) {
    let Some(d) = dropped.filter(|d| d.weight >= REPORTED) else {
        return;
    };
    let text: String = p.sw[d.span.clone()].chars().take(80).collect();
    out.push(
        Issue::new(
            CheckId::Length,
            Severity::Warning,
            format!(
                "{text:?} has no English: {} of its words ({}) are not in the English",
                d.items,
                d.english.join(", ")
            ),
        )
        .sw(d.span.clone()),
    );
}

#[cfg(test)]
mod tests {
    use crate::Pipeline;
    use crate::qa::{CheckId, check};

    fn dropped(sw: &str, en: &str) -> bool {
        let p = Pipeline::default();
        check(sw, en, &p)
            .iter()
            .any(|i| i.check == CheckId::Length && i.message.contains("has no English"))
    }

    #[test]
    fn a_run_of_absent_content_is_reported() {
        let sw = "Waziri wa afya alisema Jumatatu kwamba serikali itajenga hospitali mpya \
                  mjini Mombasa, na walimu elfu mbili wataajiriwa mwaka ujao katika shule za msingi.";
        let full = "The health minister said on Monday that the government will build a new \
                    hospital in Mombasa, and two thousand teachers will be hired next year in \
                    primary schools.";
        let short = "The health minister said on Monday that the government will build a new \
                     hospital in Mombasa.";
        assert!(!dropped(sw, full), "nothing is missing");
        assert!(dropped(sw, short), "the second clause is missing");
    }
}
