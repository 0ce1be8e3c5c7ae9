//! Writes, for the sets `eval/qa_sets.py` builds, every candidate issue of every pair with
//! its check's own severity and its feature vector (`muhtasari::qa::candidates`):
//! `<dir>/<corpus>.features.jsonl`, one line per pair (published, or planted with its kind).
//! `eval/qa_train.py` learns the severity model from them.
//!
//! `cargo run --release --example qa_features [-- DIR]`

use std::io::Write;

use muhtasari::Pipeline;
use muhtasari::qa;
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize)]
struct Line {
    i: usize,
    sw: String,
    en: String,
}

const SETS: [&str; 7] = [
    "published",
    "number",
    "negation",
    "term",
    "name",
    "month",
    "clause",
];

fn main() -> std::io::Result<()> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/qa-eval".into());
    let p = Pipeline::default();
    for corpus in ["flores", "tico", "lafand"] {
        let out_path = format!("{dir}/{corpus}.features.jsonl");
        let mut out = std::io::BufWriter::new(std::fs::File::create(&out_path)?);
        let mut n = 0;
        for set in SETS {
            let Ok(text) = std::fs::read_to_string(format!("{dir}/{corpus}.{set}.jsonl")) else {
                println!("skipped: {dir}/{corpus}.{set}.jsonl not found (run eval/qa_sets.py)");
                continue;
            };
            for l in text
                .lines()
                .filter_map(|l| serde_json::from_str::<Line>(l).ok())
            {
                let issues: Vec<_> = qa::candidates(&l.sw, &l.en, &p)
                    .into_iter()
                    .map(|(i, x)| {
                        json!({
                            "key": format!("{}|{}", i.check, i.message),
                            "check": i.check.as_str(),
                            "sev": i.severity.as_str(),
                            "x": x,
                        })
                    })
                    .collect();
                writeln!(out, "{}", json!({"set": set, "i": l.i, "issues": issues}))?;
                n += 1;
            }
        }
        println!("{out_path}: {n} pairs");
    }
    println!("features: {}", qa::FEATURES.join(", "));
    Ok(())
}
