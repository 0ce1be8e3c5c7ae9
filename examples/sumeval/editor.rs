//! `--editor FILE`: what an editor needs of three picks, beside LEAD-3 in the same run —
//! ROUGE-1 recall against the headline on the same units, how often the picks are
//! LEAD-3, and one JSON line per article (its sentences and each system's picks) for the
//! independent unusable-pick detector, `eval/summarize_unusable.py`. With `--cv` the
//! held-out picks of the first cross-validation split are written and scored too.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use muhtasari::__internal::rouge::rouge;
use muhtasari::SummaryConfig;

use crate::{BOOTSTRAP, Case, joined, paired_bootstrap, picks};

/// The systems written for each article, by name.
pub struct Systems<'a> {
    pub names: Vec<&'a str>,
    /// For each system, each article's picks (sentence indices, reading order).
    pub picks: Vec<Vec<Vec<usize>>>,
}

/// LEAD-3, muhtasari under `config`, and (when given) the held-out picks of a CV split.
pub fn systems<'a>(
    cases: &[Case],
    config: &SummaryConfig,
    cv: Option<Vec<Vec<usize>>>,
) -> Systems<'a> {
    let lead: Vec<Vec<usize>> = cases
        .iter()
        .map(|c| (0..3.min(c.sentences.len())).collect())
        .collect();
    let ours: Vec<Vec<usize>> = cases
        .iter()
        .map(|c| {
            let mut p = picks(c, 3, config);
            p.sort_unstable();
            p
        })
        .collect();
    let mut out = Systems {
        names: vec!["lead3", "muhtasari"],
        picks: vec![lead, ours],
    };
    if let Some(cv) = cv {
        out.names.push("muhtasari_cv");
        out.picks.push(cv);
    }
    out
}

/// Prints recall, the LEAD-3 share and the bootstrap for every system; writes `out`.
pub fn report(cases: &[Case], systems: &Systems, out: &Path) -> Result<()> {
    let recall = |picks: &[Vec<usize>]| -> Vec<f64> {
        cases
            .iter()
            .zip(picks)
            .map(|(c, p)| 100.0 * rouge(&joined(c, p), &c.headline)[0].recall)
            .collect()
    };
    let lead = recall(&systems.picks[0]);
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    println!(
        "editor view, 3 picks ({} articles): R1 recall against the headline; picks equal to LEAD-3",
        cases.len()
    );
    for (name, picks) in systems.names.iter().zip(&systems.picks) {
        let r = recall(picks);
        let same = picks
            .iter()
            .zip(&systems.picks[0])
            .filter(|(a, b)| a == b)
            .count();
        let (d, low, high) = paired_bootstrap(&r, &lead);
        println!(
            "  {name:<14} R1 recall {:.2}  equal to LEAD-3 {same}/{} ({:.1}%)  - LEAD-3 {d:+.2} (95% {low:+.2} to {high:+.2}, {BOOTSTRAP} resamples)",
            mean(&r),
            picks.len(),
            100.0 * same as f64 / picks.len().max(1) as f64
        );
    }
    let file = std::fs::File::create(out).with_context(|| out.display().to_string())?;
    let mut w = std::io::BufWriter::new(file);
    for (a, c) in cases.iter().enumerate() {
        let sentences: Vec<&str> = c.sentences.iter().map(|s| s.of(&c.text)).collect();
        let mut picks = serde_json::Map::new();
        for (name, p) in systems.names.iter().zip(&systems.picks) {
            picks.insert(name.to_string(), serde_json::json!(p[a]));
        }
        let line = serde_json::json!({
            "article": a,
            "headline": c.headline,
            "sentences": sentences,
            "picks": picks,
        });
        writeln!(w, "{line}").with_context(|| out.display().to_string())?;
    }
    w.flush().with_context(|| out.display().to_string())?;
    println!("  picks written to {}", out.display());
    Ok(())
}
