//! Learns the QA word-association table (`src/qa/assoc.tsv`) from TICO-19 test (CC0), the
//! one parallel corpus in `../shared/eval` the QA figures are then NOT measured on: for each
//! Swahili word form and English stem seen together in at least two sentence pairs, the
//! Dice coefficient of their sentence counts; a pair is kept when it is at least 0.3 and
//! among the five best of the Swahili word. Only the word pairs and scores are written.
//!
//! `cargo run --release --example qa_assoc [-- SHARED OUT]` (defaults: ../shared, src/qa/assoc.tsv)

use std::collections::{HashMap, HashSet};
use std::io::Write;

use muhtasari::qa::assoc_keys;

const MIN_PAIRS: usize = 2;
const MIN_DICE: f64 = 0.3;
const BEST: usize = 5;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let shared = args.next().unwrap_or_else(|| "../shared".into());
    let out = args.next().unwrap_or_else(|| "src/qa/assoc.tsv".into());
    let dir = format!("{shared}/eval/tico19");
    let (Ok(sw), Ok(en)) = (
        std::fs::read_to_string(format!("{dir}/tico19-test.swa")),
        std::fs::read_to_string(format!("{dir}/tico19-test.eng")),
    ) else {
        println!("skipped: {dir} not found");
        return Ok(());
    };
    let mut c_sw: HashMap<String, usize> = HashMap::new();
    let mut c_en: HashMap<String, usize> = HashMap::new();
    let mut c_both: HashMap<(String, String), usize> = HashMap::new();
    let mut n = 0;
    for (s, e) in sw.lines().zip(en.lines()) {
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
        "# Swahili word, English stem, Dice: learned by examples/qa_assoc.rs from TICO-19 test (CC0), {n} pairs."
    )?;
    writeln!(
        f,
        "# Derived word pairs only. The QA figures are not measured on TICO-19 when this table is used."
    )?;
    for (a, b, d) in &rows {
        writeln!(f, "{a}\t{b}\t{d:.2}")?;
    }
    println!("{out}: {} word pairs from {n} sentence pairs", rows.len());
    Ok(())
}
