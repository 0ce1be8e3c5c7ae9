//! Evaluates the summariser on a TSV of news articles whose headline is the reference
//! (MasakhaNEWS: columns `category, headline, text, url`): ROUGE-1/2/L F for 1 and 3 picks
//! beside LEAD-1, LEAD-3 and the greedy oracle, all computed here in the same run.
//!
//! ```text
//! cargo run --release --example sumeval -- ../shared/eval/masakhanews/dev.tsv
//!     [--config weights.yaml] [--cv [--splits N]] [--speed SECONDS] [--dump scores.tsv]
//!     [--editor picks.jsonl] [--multi] [--grid-new]
//! ```
//! `--editor` adds the editor's view of three picks (see `editor.rs`); with `--cv` it
//! scores the held-out picks too. `python3 eval/summarize_editor.py` runs it with the
//! independent unusable-pick detector. `--multi` measures the multi-source summary on
//! articles split into two sources (see `multi.rs`).
//! The article's text only is input; the headline is never shown to the summariser.
//! When the file is absent it prints a note and exits successfully.

mod cover;
mod editor;
mod learn;
mod multi;
mod speed;
mod tune;

use std::path::PathBuf;

use anyhow::{Context, Result, bail};
use muhtasari::__internal::rouge::{Score, rouge, rouge_n, tokenize};
use muhtasari::__internal::{SourceInfo, summarize};
use muhtasari::Document;
use muhtasari::Pipeline;
use muhtasari::Span;
use muhtasari::{Length, SummaryConfig};

/// One evaluation article, analysed once.
struct Case {
    headline: String,
    text: String,
    /// The spans of its sentence units.
    sentences: Vec<Span>,
    info: SourceInfo,
    /// The content terms of the headline, as the summariser keys them (for fitting the
    /// cover model only; the summariser never sees them).
    headline_keys: Vec<u64>,
    words: usize,
    /// The headline and each sentence, tokenised as `rouge_score` does.
    reference: Vec<String>,
    tokens: Vec<Vec<String>>,
}

fn main() -> Result<()> {
    let mut args = std::env::args().skip(1);
    let mut path = PathBuf::from("../shared/eval/masakhanews/dev.tsv");
    let mut config = SummaryConfig::default();
    let mut cv = false;
    let mut splits = 1usize;
    let mut speed: Option<f64> = None;
    let mut dump: Option<PathBuf> = None;
    let mut features: Option<PathBuf> = None;
    let mut editor_out: Option<PathBuf> = None;
    let mut multi_sources = false;
    let mut learn_out: Option<PathBuf> = None;
    let mut fit_cover = false;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--config" => {
                let p = args.next().context("--config needs a file")?;
                let text = std::fs::read_to_string(&p).with_context(|| p.clone())?;
                config = serde_saphyr::from_str(&text).with_context(|| p.clone())?;
            }
            "--cv" => cv = true,
            "--fit-cover" => {
                fit_cover = true;
                tune::FIT_COVER.store(true, std::sync::atomic::Ordering::Relaxed);
            }
            "--grid-only" => {
                let names = args.next().context("--grid-only needs weight names")?;
                let _ = tune::ONLY.set(names.split(',').map(str::to_string).collect());
            }
            "--grid-new" => tune::ONLY_NEW.store(true, std::sync::atomic::Ordering::Relaxed),
            "--splits" => {
                let n = args.next().context("--splits needs a count")?;
                splits = n
                    .parse()
                    .with_context(|| format!("--splits {n}: not a count"))?;
            }
            "--features" => features = Some(args.next().context("--features needs a file")?.into()),
            "--dump" => dump = Some(args.next().context("--dump needs a file")?.into()),
            "--multi" => multi_sources = true,
            "--learn" => learn_out = Some(args.next().context("--learn needs a file")?.into()),
            "--editor" => editor_out = Some(args.next().context("--editor needs a file")?.into()),
            "--speed" => {
                let s = args.next().context("--speed needs seconds")?;
                speed = Some(
                    s.parse()
                        .with_context(|| format!("--speed {s}: not seconds"))?,
                );
            }
            _ if a.starts_with("--") => bail!("unknown option {a}"),
            _ => path = PathBuf::from(a),
        }
    }
    if splits > 1 && !cv {
        bail!("--splits is a cross-validation setting: give --cv too");
    }
    if !path.exists() {
        println!(
            "note: {} is absent; nothing to evaluate (skipped)",
            path.display()
        );
        return Ok(());
    }
    let pipeline = Pipeline::default();
    let rows = read_tsv(&path)?;
    if let Some(seconds) = speed {
        return speed::speed_run(&pipeline, &rows, seconds, &config);
    }
    let cases: Vec<Case> = rows
        .iter()
        .map(|(headline, text)| analyse(&pipeline, headline, text))
        .collect();
    if fit_cover {
        let all: Vec<&Case> = cases.iter().collect();
        config.cover = cover::fit(&all, &config);
        println!(
            "cover model fitted on all {} headlines:\n{}",
            cases.len(),
            serde_json::to_string_pretty(&config.cover).unwrap_or_default()
        );
    }
    let words: usize = cases.iter().map(|c| c.words).sum();
    println!(
        "{}: {} articles, {} words, {} sentences (references: headlines)",
        path.display(),
        cases.len(),
        words,
        cases.iter().map(|c| c.sentences.len()).sum::<usize>()
    );
    println!(
        "{:<22} {:>7} {:>7} {:>7} {:>9}",
        "system", "R1 F", "R2 F", "RL F", "R1 recall"
    );
    for k in [1, 3] {
        report(&format!("LEAD-{k}"), &cases, |c| {
            (0..k.min(c.sentences.len())).collect()
        });
        report(&format!("muhtasari-{k}"), &cases, |c| picks(c, k, &config));
        report(&format!("oracle-{k} (greedy)"), &cases, |c| oracle(c, k));
    }
    // How sure the differences from LEAD are: a paired bootstrap over the articles.
    let per_article = |k: usize, lead: bool, recall: bool| -> Vec<f64> {
        cases
            .iter()
            .map(|c| {
                let idx: Vec<usize> = if lead {
                    (0..k.min(c.sentences.len())).collect()
                } else {
                    picks(c, k, &config)
                };
                let [r1, _, _] = rouge(&joined(c, &idx), &c.headline);
                100.0 * if recall { r1.recall } else { r1.f }
            })
            .collect()
    };
    for (name, k, recall) in [("R1 F, 1 pick", 1, false), ("R1 recall, 3 picks", 3, true)] {
        let ours = per_article(k, false, recall);
        let lead = per_article(k, true, recall);
        let (mean, low, high) = paired_bootstrap(&ours, &lead);
        println!(
            "muhtasari - LEAD-{k}, {name}: {mean:+.2} (95% bootstrap interval {low:+.2} to {high:+.2}, {BOOTSTRAP} resamples)"
        );
    }
    if let Some(out) = dump {
        dump_scores(&out, &cases, &config)?;
    }
    if let Some(out) = features {
        dump_features(&out, &cases, &config)?;
    }
    if let Some(out) = learn_out {
        learn::write(&out, &cases)?;
    }
    if multi_sources {
        multi::report(&pipeline, &cases, &config);
    }
    let held_out = cv.then(|| tune::cross_validate(&cases, &config, splits));
    if let Some(out) = editor_out {
        let systems = editor::systems(&cases, &config, held_out);
        editor::report(&cases, &systems, &out)?;
    }
    Ok(())
}

/// (headline, text) of every article: the table read as `brief` reads it (quoted cells
/// unquoted, `\n` escapes decoded). A ragged row is an error here: a score must cover them all.
fn read_tsv(path: &PathBuf) -> Result<Vec<(String, String)>> {
    let data = std::fs::read_to_string(path).with_context(|| path.display().to_string())?;
    let batch = muhtasari::__internal::parse_tsv(path, &data)?;
    if let Some(e) = batch.skipped.first() {
        bail!("{e}");
    }
    batch
        .docs
        .into_iter()
        .map(|d| {
            let headline = d.title.with_context(|| format!("{}: no headline", d.id))?;
            Ok((headline, d.text))
        })
        .collect()
}

fn analyse(pipeline: &Pipeline, headline: &str, text: &str) -> Case {
    let doc = Document {
        id: "eval".into(),
        text: text.to_string(),
        ..Document::default()
    };
    let article = pipeline.analyse(doc);
    let info = pipeline.source_info(&article);
    let sentences: Vec<Span> = article.sentences().map(|u| u.span).collect();
    let head = pipeline.analyse(Document {
        id: "headline".into(),
        text: headline.to_string(),
        ..Document::default()
    });
    let mut headline_keys: Vec<u64> = pipeline.source_info(&head).keys;
    headline_keys.sort_unstable();
    headline_keys.dedup();
    Case {
        headline_keys,
        reference: tokenize(headline),
        tokens: sentences.iter().map(|s| tokenize(s.of(text))).collect(),
        headline: headline.to_string(),
        text: text.to_string(),
        sentences,
        words: muhtasari::__internal::word_spans(text).len(),
        info,
    }
}

fn picks(case: &Case, k: usize, config: &SummaryConfig) -> Vec<usize> {
    summarize(
        std::slice::from_ref(&case.info),
        Length::Sentences(k),
        config,
    )
    .iter()
    .map(|p| p.index)
    .collect()
}

fn joined(case: &Case, picked: &[usize]) -> String {
    let mut idx = picked.to_vec();
    idx.sort_unstable();
    idx.iter()
        .map(|&i| case.sentences[i].of(&case.text))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Resamples of the paired bootstrap.
const BOOTSTRAP: usize = 2000;

/// Mean of `a - b` over paired items, and the 2.5th and 97.5th percentiles of that mean
/// over [`BOOTSTRAP`] resamples of the items with replacement (a fixed seed: the same
/// interval every run).
fn paired_bootstrap(a: &[f64], b: &[f64]) -> (f64, f64, f64) {
    let d: Vec<f64> = a.iter().zip(b).map(|(x, y)| x - y).collect();
    let n = d.len().max(1);
    let mean = d.iter().sum::<f64>() / n as f64;
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut means: Vec<f64> = (0..BOOTSTRAP)
        .map(|_| (0..n).map(|_| d[next()]).sum::<f64>() / n as f64)
        .collect();
    means.sort_by(f64::total_cmp);
    let at = |q: f64| means[((q * BOOTSTRAP as f64) as usize).min(BOOTSTRAP - 1)];
    (mean, at(0.025), at(0.975))
}

/// Greedy oracle: add the sentence that raises ROUGE-1 F most, up to `k`, while it rises.
fn oracle(case: &Case, k: usize) -> Vec<usize> {
    let reference = tokenize(&case.headline);
    let toks: Vec<Vec<String>> = case
        .sentences
        .iter()
        .map(|s| tokenize(s.of(&case.text)))
        .collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut best_f = 0.0;
    while chosen.len() < k {
        let mut best: Option<(usize, f64)> = None;
        for i in 0..toks.len() {
            if chosen.contains(&i) {
                continue;
            }
            let mut cand = chosen.clone();
            cand.push(i);
            cand.sort_unstable();
            let c: Vec<String> = cand.iter().flat_map(|&j| toks[j].clone()).collect();
            let f = rouge_n(&c, &reference, 1).f;
            if best.is_none_or(|(_, b)| f > b) {
                best = Some((i, f));
            }
        }
        match best {
            Some((i, f)) if f > best_f || chosen.is_empty() => {
                chosen.push(i);
                best_f = f;
            }
            _ => break,
        }
    }
    chosen
}

/// Mean ROUGE-1/2/L (F) and ROUGE-1 recall over the cases, ×100.
fn mean_scores(cases: &[&Case], mut pick: impl FnMut(&Case) -> Vec<usize>) -> [f64; 4] {
    let mut sum = [0.0; 4];
    for c in cases {
        let [r1, r2, rl]: [Score; 3] = rouge(&joined(c, &pick(c)), &c.headline);
        sum[0] += r1.f;
        sum[1] += r2.f;
        sum[2] += rl.f;
        sum[3] += r1.recall;
    }
    sum.map(|s| 100.0 * s / cases.len().max(1) as f64)
}

fn report(name: &str, cases: &[Case], pick: impl FnMut(&Case) -> Vec<usize>) {
    let all: Vec<&Case> = cases.iter().collect();
    let [r1, r2, rl, rec] = mean_scores(&all, pick);
    println!("{name:<22} {r1:>7.2} {r2:>7.2} {rl:>7.2} {rec:>9.2}");
}

/// Writes candidate, reference and our ROUGE-1/2/L F for every article's 1- and 3-pick
/// summaries, so `eval/summarize_rouge_check.py` can recompute them with `rouge_score`.
fn dump_scores(out: &PathBuf, cases: &[Case], config: &SummaryConfig) -> Result<()> {
    let mut s = String::from("candidate\treference\trouge1\trouge2\trougeL\n");
    for c in cases {
        for k in [1, 3] {
            let cand = joined(c, &picks(c, k, config));
            let [r1, r2, rl] = rouge(&cand, &c.headline);
            let clean = |t: &str| t.replace(['\t', '\n'], " ");
            s.push_str(&format!(
                "{}\t{}\t{:.6}\t{:.6}\t{:.6}\n",
                clean(&cand),
                clean(&c.headline),
                r1.f,
                r2.f,
                rl.f
            ));
        }
    }
    std::fs::write(out, s).with_context(|| out.display().to_string())?;
    Ok(())
}

/// Writes every sentence's score parts (under `config`, with redundancy off) and its
/// ROUGE-1 F against the headline, for studying the signals.
fn dump_features(out: &PathBuf, cases: &[Case], config: &SummaryConfig) -> Result<()> {
    // Every sentence: no redundancy, and flawed sentences are listed too.
    let config = SummaryConfig {
        redundancy: 0.0,
        fill_flawed: true,
        ..config.clone()
    };
    let mut s = String::from(
        "article\tindex\twords\tposition\tcentrality\tsalience\tterms\tnames\tnumbers\tlength\tr1\ttext\n",
    );
    for (a, c) in cases.iter().enumerate() {
        for p in summarize(std::slice::from_ref(&c.info), Length::Ratio(1.0), &config) {
            let x = p.parts;
            let f = rouge_n(&c.tokens[p.index], &c.reference, 1).f;
            let text = c.sentences[p.index].of(&c.text).replace(['\t', '\n'], " ");
            s.push_str(&format!(
                "{a}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{f}\t{text}\n",
                p.index,
                c.info.sentences[p.index].words,
                x.position,
                x.centrality,
                x.salience,
                x.terms,
                x.names,
                x.numbers,
                x.length
            ));
        }
    }
    std::fs::write(out, s).with_context(|| out.display().to_string())?;
    Ok(())
}
