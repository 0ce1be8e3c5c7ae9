//! Consistency across a file: one Swahili segment translated two ways (warning), and one
//! glossary term rendered with different approved variants in one document (info).

use std::collections::HashMap;

use super::source::Source;
use super::target::Target;
use super::terms::{rendering_used, renderings};
use super::{CheckId, Issue};
use crate::pipeline::Pipeline;
use crate::text::fold;

fn key(s: &str) -> String {
    fold(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The consistency issues of a file's pairs, each with the index of its pair.
pub fn consistency(pairs: &[(&str, &str)], pipeline: &Pipeline) -> Vec<(usize, Issue)> {
    let mut out = Vec::new();
    let mut seen: HashMap<String, (usize, String)> = HashMap::new();
    for (i, (sw, en)) in pairs.iter().enumerate() {
        if en.trim().is_empty() {
            continue;
        }
        let (k, e) = (key(sw), key(en));
        match seen.get(&k) {
            Some((first, first_en)) if *first_en != e => out.push((
                i,
                Issue::new(
                    CheckId::Consistency,
                    super::Severity::Warning,
                    format!(
                        "the same Swahili as segment {} is translated differently",
                        first + 1
                    ),
                )
                .sw(0..sw.len())
                .en(0..en.len()),
            )),
            Some(_) => {}
            None => {
                seen.insert(k, (i, e));
            }
        }
    }
    // Term variants: the first variant a document uses is its choice.
    let glossary = pipeline.glossary();
    let mut chosen: HashMap<usize, (usize, usize)> = HashMap::new();
    for (i, (sw, en)) in pairs.iter().enumerate() {
        let src = Source::read(sw, pipeline, None);
        let tgt = Target::read(en);
        for hit in &src.hits {
            let Some((variant, span)) = rendering_used(glossary, &tgt, hit) else {
                continue;
            };
            // Inflections of one rendering (sign / signed) are one variant: compare the
            // preferred-or-alt word lists by their first word's stem.
            let all = renderings(glossary, hit);
            let v = all
                .iter()
                .position(|r| r[0] == all[variant][0])
                .unwrap_or(variant);
            match chosen.get(&hit.entry) {
                Some(&(first_v, first_i)) if first_v != v => out.push((
                    i,
                    Issue::new(
                        CheckId::Consistency,
                        super::Severity::Info,
                        format!(
                            "{:?} is rendered {:?} here and otherwise in segment {}",
                            &sw[hit.span.start..hit.span.end],
                            &en[span.clone()],
                            first_i + 1
                        ),
                    )
                    .sw(hit.span.start..hit.span.end)
                    .en(span),
                )),
                Some(_) => {}
                None => {
                    chosen.insert(hit.entry, (v, i));
                }
            }
        }
    }
    out.sort_by_key(|(i, _)| *i);
    out
}
