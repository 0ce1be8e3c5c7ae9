//! The coordinate-search tuner of the summary weights and its 5-fold cross-validation.

use muhtasari::__internal::rouge::rouge_n;
use muhtasari::SummaryConfig;

use crate::{Case, mean_scores, picks};

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
/// `--grid-new`: tune only the weights of the stand-alone picker (novelty, lede, lede
/// window, near-repeat share), the older weights kept at their defaults.
pub static ONLY_NEW: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `--fit-cover`: each fold fits the cover model on its training articles before tuning.
pub static FIT_COVER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The weights of the stand-alone picker.
const NEW: &[&str] = &[
    "lede",
    "lede_window",
    "near_repeat",
    "novelty",
    "cover_weight",
];

/// `--grid-only NAME,NAME`: tune only these weights.
pub static ONLY: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();

fn grid() -> Vec<(&'static str, Vec<f64>)> {
    let all = full_grid();
    if let Some(only) = ONLY.get() {
        all.into_iter()
            .filter(|(n, _)| only.iter().any(|o| o == n))
            .collect()
    } else if ONLY_NEW.load(std::sync::atomic::Ordering::Relaxed) {
        all.into_iter().filter(|(n, _)| NEW.contains(n)).collect()
    } else {
        all
    }
}

fn full_grid() -> Vec<(&'static str, Vec<f64>)> {
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
        ("lede", vec![0.0, 0.05, 0.1, 0.2, 0.3]),
        ("lede_window", vec![3.0, 6.0, 10.0]),
        ("near_repeat", vec![0.5, 0.6, 0.7, 0.8, 0.9]),
        ("novelty", vec![0.0, 0.05, 0.1, 0.2, 0.3]),
        ("cover_weight", vec![0.0, 0.25, 0.5, 1.0, 2.0, 4.0]),
        (
            "lead_margin",
            vec![0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 10.0],
        ),
        ("lead_margin_features", vec![0.0, 1.0]),
        ("lean", vec![0.0, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0]),
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
        "lede" => config.lede = v,
        "lede_window" => config.lede_window = v as usize,
        "near_repeat" => config.near_repeat = v,
        "novelty" => config.novelty = v,
        "cover_weight" => config.cover_weight = v,
        "lead_margin" => config.lead_margin = v,
        "lead_margin_features" => config.lead_margin_features = v != 0.0,
        "lean" => config.lean = v,
        _ => unreachable!("not in the grid: {name}"),
    }
}

/// LEAD-1's ROUGE-1 F and LEAD-3's ROUGE-1 recall on the training articles.
#[derive(Clone, Copy)]
struct Leads {
    f1: f64,
    recall3: f64,
}

/// What the tuner maximises on `train`: 1-pick ROUGE-1 F plus 3-pick ROUGE-1 recall, minus
/// a steep penalty for each point either falls short of its floor (LEAD + [`MARGIN`]).
/// The stand-alone penalties (`question`, `dangling`, `unattributed`, `repeat`) are rules,
/// not weights: they are not in the grid.
fn tuning_goal(train: &[&Case], leads: Leads, config: &SummaryConfig) -> f64 {
    let f1 = objective(train, 1, config);
    let [_, _, _, rec3] = mean_scores(train, |c| picks(c, 3, config));
    let short = (leads.f1 + MARGIN - f1).max(0.0) + (leads.recall3 + MARGIN - rec3).max(0.0);
    f1 + rec3 - SHORTFALL_PENALTY * short
}

/// Points above LEAD the floors ask for.
const MARGIN: f64 = 1.5;
/// What one point below a floor costs in the tuning goal.
const SHORTFALL_PENALTY: f64 = 10.0;

/// Coordinate search over [`grid`] from `start`, maximising [`tuning_goal`] on `train`.
/// Ties keep the current value, so the search is deterministic.
fn tune(train: &[&Case], start: &SummaryConfig) -> SummaryConfig {
    let [_, _, _, recall3] = mean_scores(train, |c| (0..3.min(c.sentences.len())).collect());
    let [f1, _, _, _] = mean_scores(train, |c| (0..1.min(c.sentences.len())).collect());
    let lead3 = Leads { f1, recall3 };
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

/// 5-fold cross-validation of the tuner: each fold is scored with weights tuned on the other
/// four. The first split puts article `i` in fold `i mod 5` and prints each fold; with
/// `splits` > 1 more splits shuffle the articles first (fixed seeds), so how much the
/// figure owes to one split shows. Then the weights tuned on all articles.
/// Returns the held-out 3 picks of the first split, by article.
pub fn cross_validate(cases: &[Case], start: &SummaryConfig, splits: usize) -> Vec<Vec<usize>> {
    use rayon::prelude::*;
    let mut figures: Vec<(f64, f64, Vec<Vec<usize>>)> = (0..splits.max(1))
        .into_par_iter()
        .map(|split| cv_split(cases, start, split))
        .collect();
    let held_out = std::mem::take(&mut figures[0].2);
    let (f1, rec3, _) = figures[0];
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
    held_out
}

/// One 5-fold cross-validation: split 0 keeps the file's order (and prints its folds), a
/// later split shuffles it with its own seed. Returns the held-out 1-pick R1 F and 3-pick
/// R1 recall, article-weighted, and each article's held-out 3 picks.
fn cv_split(cases: &[Case], start: &SummaryConfig, split: usize) -> (f64, f64, Vec<Vec<usize>>) {
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
    let mut held_picks: Vec<Vec<usize>> = vec![Vec::new(); cases.len()];
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
        let mut start = start.clone();
        if FIT_COVER.load(std::sync::atomic::Ordering::Relaxed) {
            start.cover = crate::cover::fit(&train, &start);
        }
        let start = &start;
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
        for (rank, &i) in order.iter().enumerate() {
            if in_fold(rank) {
                let mut p = picks(&cases[i], 3, &tuned);
                p.sort_unstable();
                held_picks[i] = p;
            }
        }
        held_out.push((f1, rec3, test.len()));
    }
    let total: usize = held_out.iter().map(|x| x.2).sum();
    let f1 = held_out.iter().map(|x| x.0 * x.2 as f64).sum::<f64>() / total as f64;
    let rec3 = held_out.iter().map(|x| x.1 * x.2 as f64).sum::<f64>() / total as f64;
    (f1, rec3, held_picks)
}
