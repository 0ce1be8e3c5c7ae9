//! Evaluates the summariser on a TSV of news articles whose headline is the reference
//! (MasakhaNEWS: columns `category, headline, text, url`): ROUGE-1/2/L F for 1 and 3 picks
//! beside LEAD-1, LEAD-3 and the greedy oracle, all computed here in the same run.
//!
//! ```text
//! cargo run --release --example sumeval -- ../shared/eval/masakhanews/dev.tsv
//!     [--config weights.yaml] [--cv [--splits N]] [--speed SECONDS] [--dump scores.tsv]
//! ```
//! The article's text only is input; the headline is never shown to the summariser.
//! When the file is absent it prints a note and exits successfully.

use std::path::PathBuf;

use std::time::Instant;

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
    while let Some(a) = args.next() {
        match a.as_str() {
            "--config" => {
                let p = args.next().context("--config needs a file")?;
                let text = std::fs::read_to_string(&p).with_context(|| p.clone())?;
                config = serde_saphyr::from_str(&text).with_context(|| p.clone())?;
            }
            "--cv" => cv = true,
            "--splits" => {
                let n = args.next().context("--splits needs a count")?;
                splits = n
                    .parse()
                    .with_context(|| format!("--splits {n}: not a count"))?;
            }
            "--features" => features = Some(args.next().context("--features needs a file")?.into()),
            "--dump" => dump = Some(args.next().context("--dump needs a file")?.into()),
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
        return speed_run(&pipeline, &rows, seconds, &config);
    }
    let cases: Vec<Case> = rows
        .iter()
        .map(|(headline, text)| analyse(&pipeline, headline, text))
        .collect();
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
    if cv {
        cross_validate(&cases, &config, splits);
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
    Case {
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

/// ROUGE-1 F (×100) of `k` picks, averaged over `cases`: the tuning objective.
fn objective(cases: &[&Case], k: usize, config: &SummaryConfig) -> f64 {
    let sum: f64 = cases
        .iter()
        .map(|c| {
            let mut idx = picks(c, k, config);
            idx.sort_unstable();
            let cand: Vec<String> = idx.iter().flat_map(|&i| c.tokens[i].clone()).collect();
            rouge_n(&cand, &c.reference, 1).f
        })
        .sum();
    100.0 * sum / cases.len().max(1) as f64
}

/// The weights the tuner may change, each with the values it tries.
fn grid() -> Vec<(&'static str, Vec<f64>)> {
    let w = vec![0.0, 0.05, 0.1, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0];
    vec![
        ("position", w.clone()),
        ("position_decay", vec![0.25, 0.5, 1.0, 2.0, 5.0, 10.0]),
        ("centrality", w.clone()),
        ("salience", w.clone()),
        ("salience_rate", vec![0.02, 0.03, 0.05, 0.08, 0.12]),
        ("salience_names", vec![1.0, 1.5, 2.0, 3.0]),
        ("salience_lead", vec![0.0, 0.05, 0.1, 0.2, 0.3]),
        ("salience_words", vec![5.0, 8.0, 11.0, 15.0, 20.0]),
        ("terms", w.clone()),
        ("names", w.clone()),
        ("numbers", w.clone()),
        ("length", w.clone()),
        (
            "length_target",
            vec![8.0, 12.0, 16.0, 20.0, 25.0, 30.0, 40.0],
        ),
        ("short", w),
        ("min_words", vec![3.0, 4.0, 5.0, 6.0, 8.0, 10.0]),
        ("unfinished", vec![0.0, 0.02, 0.05, 0.1, 0.2]),
        ("redundancy", vec![0.0, 0.3, 0.7, 1.0]),
    ]
}

fn set(config: &mut SummaryConfig, name: &str, v: f64) {
    match name {
        "position" => config.position = v,
        "position_decay" => config.position_decay = v,
        "centrality" => config.centrality = v,
        "salience" => config.salience = v,
        "salience_words" => config.salience_words = v,
        "salience_rate" => config.salience_rate = v,
        "salience_names" => config.salience_names = v,
        "salience_lead" => config.salience_lead = v,
        "terms" => config.terms = v,
        "names" => config.names = v,
        "numbers" => config.numbers = v,
        "length" => config.length = v,
        "length_target" => config.length_target = v,
        "short" => config.short = v,
        "min_words" => config.min_words = v as usize,
        "unfinished" => config.unfinished = v,
        "redundancy" => config.redundancy = v,
        _ => unreachable!("not in the grid: {name}"),
    }
}

/// What the tuner maximises on `train`: 1-pick ROUGE-1 F, minus a steep penalty for each
/// point of 3-pick ROUGE-1 recall below LEAD-3's (the issue's two floors).
fn tuning_goal(train: &[&Case], lead3_recall: f64, config: &SummaryConfig) -> f64 {
    let f1 = objective(train, 1, config);
    let [_, _, _, rec3] = mean_scores(train, |c| picks(c, 3, config));
    f1 - RECALL_PENALTY * (lead3_recall - rec3).max(0.0)
}

/// Points of 1-pick F the tuner gives up for one point of 3-pick recall below LEAD-3.
const RECALL_PENALTY: f64 = 10.0;

/// Coordinate search over [`grid`] from `start`, maximising [`tuning_goal`] on `train`.
/// Ties keep the current value, so the search is deterministic.
fn tune(train: &[&Case], start: &SummaryConfig) -> SummaryConfig {
    let [_, _, _, lead3] = mean_scores(train, |c| (0..3.min(c.sentences.len())).collect());
    let mut best = start.clone();
    let mut best_score = tuning_goal(train, lead3, &best);
    for _pass in 0..TUNING_PASSES {
        let before = best_score;
        for (name, values) in grid() {
            for v in values {
                let mut c = best.clone();
                set(&mut c, name, v);
                let s = tuning_goal(train, lead3, &c);
                if s > best_score + 1e-9 {
                    best = c;
                    best_score = s;
                }
            }
        }
        if best_score <= before + 1e-9 {
            break;
        }
    }
    best
}

/// The weights `tuned` changed from `start`, as `name a → b`.
fn changes(start: &SummaryConfig, tuned: &SummaryConfig) -> String {
    let (Ok(serde_json::Value::Object(a)), Ok(serde_json::Value::Object(b))) =
        (serde_json::to_value(start), serde_json::to_value(tuned))
    else {
        return String::new();
    };
    let moved: Vec<String> = a
        .iter()
        .filter(|(k, v)| b.get(*k) != Some(v))
        .map(|(k, v)| format!("{k} {v} → {}", b[k]))
        .collect();
    if moved.is_empty() {
        "nothing".into()
    } else {
        moved.join(", ")
    }
}

/// Coordinate-search passes over the grid (stops early when a pass gains nothing).
const TUNING_PASSES: usize = 3;
/// Folds of the cross-validation.
const FOLDS: usize = 5;

/// Writes every sentence's score parts (under `config`, with redundancy off) and its
/// ROUGE-1 F against the headline, for studying the signals.
fn dump_features(out: &PathBuf, cases: &[Case], config: &SummaryConfig) -> Result<()> {
    let config = SummaryConfig {
        redundancy: 0.0,
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

/// 5-fold cross-validation of the tuner: each fold is scored with weights tuned on the other
/// four. The first split puts article `i` in fold `i mod 5` and prints each fold; with
/// `splits` > 1 more splits shuffle the articles first (fixed seeds), so how much the
/// figure owes to one split shows. Then the weights tuned on all articles.
fn cross_validate(cases: &[Case], start: &SummaryConfig, splits: usize) {
    use rayon::prelude::*;
    let figures: Vec<(f64, f64)> = (0..splits.max(1))
        .into_par_iter()
        .map(|split| cv_split(cases, start, split))
        .collect();
    let (f1, rec3) = figures[0];
    println!(
        "5-fold CV (held-out, article-weighted): R1 F (1 pick) {f1:.2}, R1 recall (3 picks) {rec3:.2}"
    );
    if figures.len() > 1 {
        let list = |k: usize| -> Vec<f64> {
            figures
                .iter()
                .map(|f| if k == 0 { f.0 } else { f.1 })
                .collect()
        };
        for (name, v) in [("R1 F (1 pick)", list(0)), ("R1 recall (3 picks)", list(1))] {
            let mean = v.iter().sum::<f64>() / v.len() as f64;
            let low = v.iter().copied().fold(f64::INFINITY, f64::min);
            let high = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let each: Vec<String> = v.iter().map(|x| format!("{x:.2}")).collect();
            println!(
                "over {} splits, held-out {name}: mean {mean:.2}, range {low:.2} to {high:.2} ({})",
                v.len(),
                each.join(", ")
            );
        }
    }
    let all: Vec<&Case> = cases.iter().collect();
    let tuned = tune(&all, start);
    println!(
        "tuned on all articles: R1 F (1 pick) {:.2}\n{}",
        objective(&all, 1, &tuned),
        serde_json::to_string_pretty(&tuned).unwrap_or_default()
    );
}

/// One 5-fold cross-validation: split 0 keeps the file's order (and prints its folds), a
/// later split shuffles it with its own seed. Returns the held-out 1-pick R1 F and 3-pick
/// R1 recall, article-weighted.
fn cv_split(cases: &[Case], start: &SummaryConfig, split: usize) -> (f64, f64) {
    let mut order: Vec<usize> = (0..cases.len()).collect();
    if split > 0 {
        let mut state =
            0x9E37_79B9_7F4A_7C15u64 ^ (split as u64).wrapping_mul(0xA24B_AED4_963E_E407);
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
    }
    let mut held_out: Vec<(f64, f64, usize)> = Vec::new();
    for fold in 0..FOLDS {
        let in_fold = |rank: usize| rank % FOLDS == fold;
        let pick = |test: bool| -> Vec<&Case> {
            order
                .iter()
                .enumerate()
                .filter(|&(rank, _)| in_fold(rank) == test)
                .map(|(_, &i)| &cases[i])
                .collect()
        };
        let (train, test) = (pick(false), pick(true));
        let tuned = tune(&train, start);
        let f1 = objective(&test, 1, &tuned);
        let [_, _, _, rec3] = mean_scores(&test, |c| picks(c, 3, &tuned));
        if split == 0 {
            println!(
                "fold {fold}: train R1 F {:.2}, held-out R1 F (1 pick) {f1:.2}, R1 recall (3 picks) {rec3:.2}",
                objective(&train, 1, &tuned)
            );
            println!(
                "  moved from the start: {}; the start's held-out R1 F (1 pick) {:.2}",
                changes(start, &tuned),
                objective(&test, 1, start)
            );
        }
        held_out.push((f1, rec3, test.len()));
    }
    let total: usize = held_out.iter().map(|x| x.2).sum();
    let f1 = held_out.iter().map(|x| x.0 * x.2 as f64).sum::<f64>() / total as f64;
    let rec3 = held_out.iter().map(|x| x.1 * x.2 as f64).sum::<f64>() / total as f64;
    (f1, rec3)
}

/// Times the whole path an article takes (segment, match terms, score, pick 3) over all
/// rows, repeated until `seconds` have passed, and prints words per second on one line
/// (`eval/summarize_speed.py` reads it). The picks are counted so the work cannot vanish.
fn speed_run(
    pipeline: &Pipeline,
    rows: &[(String, String)],
    seconds: f64,
    config: &SummaryConfig,
) -> Result<()> {
    let words: usize = rows
        .iter()
        .map(|(_, t)| muhtasari::__internal::word_spans(t).len())
        .sum();
    let start = Instant::now();
    let (mut rounds, mut picked) = (0usize, 0usize);
    while rounds == 0 || start.elapsed().as_secs_f64() < seconds {
        for (_, text) in rows {
            let doc = Document {
                id: "eval".into(),
                text: text.clone(),
                ..Document::default()
            };
            let article = pipeline.analyse(doc);
            let info = pipeline.source_info(&article);
            picked += summarize(std::slice::from_ref(&info), Length::Sentences(3), config).len();
        }
        rounds += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    // The stages apart: segmenting, matching terms, features, scoring and picking.
    let stage = |name: &str, f: &mut dyn FnMut()| {
        let t = Instant::now();
        let mut n = 0usize;
        while n == 0 || t.elapsed().as_secs_f64() < seconds / 4.0 {
            f();
            n += 1;
        }
        let secs = t.elapsed().as_secs_f64() / n as f64;
        println!(
            "  stage {name}: {:.1} ms per pass = {:.0} words/s",
            secs * 1e3,
            words as f64 / secs
        );
    };
    let docs: Vec<Document> = rows
        .iter()
        .map(|(_, t)| Document {
            id: "eval".into(),
            text: t.clone(),
            ..Document::default()
        })
        .collect();
    stage("segment", &mut || {
        for d in &docs {
            std::hint::black_box(pipeline.segmenter().segment(&d.text));
        }
    });
    stage("glossary match", &mut || {
        for d in &docs {
            std::hint::black_box(pipeline.matcher().find(&d.text));
        }
    });
    let articles: Vec<_> = docs.iter().map(|d| pipeline.analyse(d.clone())).collect();
    stage("source_info", &mut || {
        for a in &articles {
            std::hint::black_box(pipeline.source_info(a));
        }
    });
    stage("features + summarize", &mut || {
        for a in &articles {
            let info = pipeline.source_info(a);
            std::hint::black_box(summarize(&[info], Length::Sentences(3), config));
        }
    });
    let infos: Vec<SourceInfo> = articles.iter().map(|a| pipeline.source_info(a)).collect();
    stage("summarize (score + pick 3)", &mut || {
        for i in &infos {
            std::hint::black_box(summarize(
                std::slice::from_ref(i),
                Length::Sentences(3),
                config,
            ));
        }
    });
    // Every article gets min(3, its sentences) picks, every round.
    let expected: usize = articles.iter().map(|a| a.sentences().count().min(3)).sum();
    if picked != expected * rounds {
        bail!("picked {picked} sentences in {rounds} rounds, expected {expected} a round");
    }
    println!(
        "muhtasari full path: {} articles, {words} words x {rounds} rounds in {elapsed:.3} s = {:.0} words/s",
        rows.len(),
        (words * rounds) as f64 / elapsed
    );
    Ok(())
}
