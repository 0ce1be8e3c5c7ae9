//! `--multi`: the multi-source summary on dev articles split into two overlapping
//! "sources". An article of n ≥ 6 sentences becomes source A (sentences 0 … 2n/3 − 1) and
//! source B (sentence 0, then n/3 … n − 1): sentence 0 and the middle third are said by
//! both; the first third (after 0) only by A, the last third only by B. Four picks per
//! story. Measured, beside "each source's lede" (the first two sentences of A, then the
//! first two of B not already taken) in the same run:
//! - repeats: one sentence picked twice (once from each source) — should never happen;
//! - merged: picks of a shared sentence that list the other source too;
//! - facts only one source has: numbers (tokens with a digit) and names (capitalised
//!   words not opening a sentence) found only in one source's own third, and the share of
//!   them the picks hold; stories whose picks hold a sentence of each source's own third.

use muhtasari::__internal::summarize;
use muhtasari::Document;
use muhtasari::Pipeline;
use muhtasari::{Length, SummaryConfig};

use crate::Case;

/// Facts (numbers, names) of a sentence, as written.
fn facts(sentence: &str) -> Vec<String> {
    sentence
        .split_whitespace()
        .enumerate()
        .map(|(i, w)| (i, w.trim_matches(|c: char| !c.is_alphanumeric())))
        .filter(|(i, w)| {
            !w.is_empty()
                && (w.chars().any(|c| c.is_ascii_digit())
                    || *i > 0 && w.chars().next().is_some_and(char::is_uppercase))
        })
        .map(|(_, w)| w.to_string())
        .collect()
}

#[derive(Default)]
struct Tally {
    stories: usize,
    picks: usize,
    repeats: usize,
    shared: usize,
    merged: usize,
    facts: usize,
    held: usize,
    both_thirds: usize,
}

pub fn report(pipeline: &Pipeline, cases: &[Case], config: &SummaryConfig) {
    let (mut ours, mut lede, mut skipped) = (Tally::default(), Tally::default(), 0usize);
    for c in cases {
        let n = c.sentences.len();
        if n < 6 {
            continue;
        }
        let (third, two) = (n / 3, 2 * n / 3);
        let text = |i: usize| c.sentences[i].of(&c.text);
        let a: Vec<usize> = (0..two).collect();
        let b: Vec<usize> = std::iter::once(0).chain(third..n).collect();
        let article = |ids: &[usize], id: &str| {
            let body: Vec<&str> = ids.iter().map(|&i| text(i)).collect();
            pipeline.analyse(Document {
                id: id.into(),
                text: body.join(" "),
                ..Document::default()
            })
        };
        let (aa, ab) = (article(&a, "a"), article(&b, "b"));
        if aa.sentences().count() != a.len() || ab.sentences().count() != b.len() {
            skipped += 1; // re-segmenting the joined sentences moved a boundary
            continue;
        }
        let infos = [pipeline.source_info(&aa), pipeline.source_info(&ab)];
        let picks = summarize(&infos, Length::Sentences(4), config);
        let original = |source: usize, index: usize| if source == 0 { a[index] } else { b[index] };
        let in_shared = |i: usize| i == 0 || (third..two).contains(&i);
        // Facts only one source's own third holds.
        let mut own: Vec<String> = Vec::new();
        let everywhere = |range: std::ops::Range<usize>| -> Vec<String> {
            range.flat_map(|i| facts(text(i))).collect()
        };
        let shared_facts: Vec<String> = std::iter::once(0)
            .chain(third..two)
            .flat_map(|i| facts(text(i)))
            .collect();
        let (fa, fb) = (everywhere(1..third), everywhere(two..n));
        for f in fa
            .iter()
            .filter(|f| !fb.contains(f))
            .chain(fb.iter().filter(|f| !fa.contains(f)))
        {
            if !shared_facts.contains(f) && !own.contains(f) {
                own.push(f.clone());
            }
        }
        let tally = |t: &mut Tally, chosen: &[(usize, bool)]| {
            t.stories += 1;
            t.picks += chosen.len();
            let mut seen: Vec<usize> = Vec::new();
            for &(i, merged) in chosen {
                if seen.contains(&i) {
                    t.repeats += 1;
                }
                seen.push(i);
                if in_shared(i) {
                    t.shared += 1;
                    t.merged += usize::from(merged);
                }
            }
            let held: Vec<String> = seen.iter().flat_map(|&i| facts(text(i))).collect();
            t.facts += own.len();
            t.held += own.iter().filter(|f| held.contains(f)).count();
            let from_a = seen.iter().any(|&i| (1..third).contains(&i));
            let from_b = seen.iter().any(|&i| i >= two);
            t.both_thirds += usize::from(from_a && from_b);
        };
        let chosen: Vec<(usize, bool)> = picks
            .iter()
            .map(|p| {
                let other = p.also_in.iter().any(|&(s, _)| s != p.source);
                (original(p.source, p.index), other)
            })
            .collect();
        tally(&mut ours, &chosen);
        let mut baseline: Vec<usize> = vec![0, 1];
        for &i in &b {
            if baseline.len() < 4 && !baseline.contains(&i) {
                baseline.push(i);
            }
        }
        let base: Vec<(usize, bool)> = baseline.iter().map(|&i| (i, false)).collect();
        tally(&mut lede, &base);
    }
    println!(
        "two sources from each dev article of 6+ sentences (4 picks; {skipped} skipped: re-segmented differently)"
    );
    for (name, t) in [("muhtasari", &ours), ("each source's lede", &lede)] {
        println!(
            "  {name:<19} stories {}  picks {}  repeated {}  shared picks merged {}/{}  own-source facts held {}/{} ({:.1}%)  stories with both sources' own facts {} ({:.1}%)",
            t.stories,
            t.picks,
            t.repeats,
            t.merged,
            t.shared,
            t.held,
            t.facts,
            100.0 * t.held as f64 / t.facts.max(1) as f64,
            t.both_thirds,
            100.0 * t.both_thirds as f64 / t.stories.max(1) as f64
        );
    }
}
