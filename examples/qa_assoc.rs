//! Learns the QA word-association table (`src/qa/assoc.tsv`) from the dev half of TICO-19
//! test (CC0: the one corpus whose licence lets derived data ship freely; `eval/qa_sets.py`
//! splits each corpus into a dev half and a held-out test half), so the figures on every
//! test half come from pairs no learned part saw. For each Swahili word form and English
//! stem seen together in at least two sentence pairs: the Dice coefficient of their
//! sentence counts; a pair is kept when it is at least 0.3 and among the five best of the
//! Swahili word. Only the word pairs and scores are written.
//!
//! `python3 eval/qa_sets.py && cargo run --release --example qa_assoc [-- DIR OUT]`
//! (defaults: target/qa-eval, src/qa/assoc.tsv)

use std::collections::{HashMap, HashSet};
use std::io::Write;

use muhtasari::qa::assoc_keys;
use serde::Deserialize;

const MIN_PAIRS: usize = 2;
const MIN_DICE: f64 = 0.3;
const BEST: usize = 5;

#[derive(Deserialize)]
struct Line {
    sw: String,
    en: String,
    half: String,
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "target/qa-eval".into());
    let out = args.next().unwrap_or_else(|| "src/qa/assoc.tsv".into());
    let path = format!("{dir}/tico.published.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("skipped: {path} not found (run eval/qa_sets.py)");
        return Ok(());
    };
    let pairs: Vec<(String, String)> = text
        .lines()
        .filter_map(|l| serde_json::from_str::<Line>(l).ok())
        .filter(|l| l.half == "dev")
        .map(|l| (l.sw, l.en))
        .collect();
    let mut c_sw: HashMap<String, usize> = HashMap::new();
    let mut c_en: HashMap<String, usize> = HashMap::new();
    let mut c_both: HashMap<(String, String), usize> = HashMap::new();
    let mut n = 0;
    for (s, e) in &pairs {
        let (ks, ke) = assoc_keys(s, e);
        let ks: HashSet<String> = ks.into_iter().collect();
        let ke: HashSet<String> = ke.into_iter().collect();
        for a in &ks {
            *c_sw.entry(a.clone()).or_default() += 1;
            for b in &ke {
                *c_both.entry((a.clone(), b.clone())).or_default() += 1;
            }
        }
        for b in &ke {
            *c_en.entry(b.clone()).or_default() += 1;
        }
        n += 1;
    }
    let mut best: HashMap<&str, Vec<(f64, &str)>> = HashMap::new();
    for ((a, b), &c) in &c_both {
        if c < MIN_PAIRS {
            continue;
        }
        let dice = 2.0 * c as f64 / (c_sw[a] + c_en[b]) as f64;
        if dice >= MIN_DICE {
            best.entry(a).or_default().push((dice, b));
        }
    }
    let mut rows: Vec<(&str, &str, f64)> = Vec::new();
    for (a, mut v) in best {
        v.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(y.1)));
        rows.extend(v.into_iter().take(BEST).map(|(d, b)| (a, b, d)));
    }
    rows.sort_by(|x, y| x.0.cmp(y.0).then(x.1.cmp(y.1)));
    let mut f = std::io::BufWriter::new(std::fs::File::create(&out)?);
    writeln!(
        f,
        "# Swahili word, English stem, Dice: learned by examples/qa_assoc.rs from the dev half of TICO-19 test (CC0), {n} pairs."
    )?;
    writeln!(
        f,
        "# Derived word pairs only. Report QA figures on the test halves of eval/qa_sets.py, which this table never saw."
    )?;
    for (a, b, d) in &rows {
        writeln!(f, "{a}\t{b}\t{d:.2}")?;
    }
    println!("{out}: {} word pairs from {n} sentence pairs", rows.len());
    Ok(())
}
