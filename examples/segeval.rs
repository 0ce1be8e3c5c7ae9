//! Scores the segmenter against gold sentences: boundary precision, recall and F1.
//!
//! ```text
//! cargo run --release --example segeval -- ../shared/eval/segmentation/flores-devtest.jsonl
//! ```
//!
//! Each line of the file is a JSON object with `id`, `text` (the input as the segmenter gets
//! it), `sentences` (gold, each a substring of `text`, in order) and optionally `ignore` (byte
//! offsets that count for nobody). A boundary is the byte offset where a unit after the first
//! starts, moved past whitespace. Every unit counts, whatever its kind: a heading or a credit
//! is a segment of its own, so its start is a boundary too. Errors are listed for reading
//! (`--quiet` hides them). A missing file is skipped with a message, not an error.
//!
//! `segeval --speed ../shared/eval/masakhanews/dev.tsv` times the segmenter on the text
//! column of a MasakhaNEWS file instead (best of five rounds) and prints words per second;
//! `eval/segment_speed.py` runs it beside sentencex on the same texts.
//!
//! `segeval --units FILE...` lists the units of plain-text files: paragraph, kind, text.
//!
//! `segeval --dump FILE...` writes every unit of every document as one JSON line
//! (`file`, `doc`, `start`, `end`, `kind`, `text`): gold `.jsonl` files, MasakhaNEWS `.tsv`
//! tables (read as `muhtasari` reads them) and plain-text files. `eval/segment_kind_diff.py`
//! compares two dumps, made before and after a change, and lists every unit whose kind or
//! extent changed.

use std::collections::BTreeSet;
use std::process::ExitCode;

use muhtasari::__internal::is_space;
use muhtasari::Segmenter;
use serde::Deserialize;

#[derive(Deserialize)]
struct Doc {
    id: String,
    text: String,
    sentences: Vec<String>,
    #[serde(default)]
    ignore: Vec<usize>,
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Tally {
    fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Moves `at` past whitespace in `text`.
fn skip_space(text: &str, mut at: usize) -> usize {
    while let Some(c) = text[at..].chars().next() {
        if !is_space(c) {
            break;
        }
        at += c.len_utf8();
    }
    at
}

/// The gold boundaries of a document, or an error when a sentence is not found in order.
fn gold_boundaries(doc: &Doc) -> Result<BTreeSet<usize>, String> {
    let mut out = BTreeSet::new();
    let mut from = 0;
    for (n, s) in doc.sentences.iter().enumerate() {
        let at = doc.text[from..]
            .find(s.as_str())
            .map(|i| i + from)
            .ok_or_else(|| format!("{}: gold sentence {n} not found in order", doc.id))?;
        if n > 0 {
            out.insert(skip_space(&doc.text, at));
        }
        from = at + s.len();
    }
    Ok(out)
}

/// A short window of `text` around `at`, with `|` at the offset.
fn context(text: &str, at: usize) -> String {
    let mut a = at.saturating_sub(40);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (at + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    format!("{}|{}", &text[a..at], &text[at..b]).replace('\n', "⏎")
}

/// Words per second over the text column of a MasakhaNEWS TSV file, best of five rounds.
fn speed(path: &str) -> ExitCode {
    let Ok(data) = std::fs::read_to_string(path) else {
        println!("{path}: absent, skipped");
        return ExitCode::SUCCESS;
    };
    let docs = match muhtasari::__internal::parse_tsv(std::path::Path::new(path), &data) {
        Ok(b) => b.docs,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let texts: Vec<&str> = docs.iter().map(|d| d.text.as_str()).collect();
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    let segmenter = Segmenter::default();
    let mut best = f64::MAX;
    let mut units = 0;
    for _ in 0..5 {
        let clock = std::time::Instant::now();
        units = texts.iter().map(|t| segmenter.segment(t).len()).sum();
        best = best.min(clock.elapsed().as_secs_f64());
    }
    println!(
        "{path}: muhtasari {} texts, {words} words, {units} units, {:.0} words/s",
        texts.len(),
        words as f64 / best
    );
    ExitCode::SUCCESS
}

/// Lists the units of plain-text files, one a line: paragraph, kind, text.
fn list_units(paths: &[String]) -> ExitCode {
    let segmenter = Segmenter::default();
    for path in paths {
        let Ok(text) = std::fs::read_to_string(path) else {
            println!("{path}: absent, skipped");
            continue;
        };
        println!("== {path}");
        for u in segmenter.segment(&text) {
            let body = u.span.of(&text).replace('\n', "⏎");
            println!("{:>3} {:<11} {body}", u.paragraph, u.kind.as_str());
        }
    }
    ExitCode::SUCCESS
}

/// The documents of one file for `--dump`: (id, text) pairs.
fn dump_docs(path: &str) -> Result<Vec<(String, String)>, String> {
    let data = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    if path.ends_with(".jsonl") {
        let mut out = Vec::new();
        for (line, json) in data
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let doc: Doc =
                serde_json::from_str(json).map_err(|e| format!("{path}:{}: {e}", line + 1))?;
            out.push((doc.id, doc.text));
        }
        Ok(out)
    } else if path.ends_with(".tsv") {
        let batch = muhtasari::__internal::parse_tsv(std::path::Path::new(path), &data)
            .map_err(|e| e.to_string())?;
        Ok(batch.docs.into_iter().map(|d| (d.id, d.text)).collect())
    } else {
        Ok(vec![(path.to_string(), data)])
    }
}

/// Writes every unit of every document of `paths` as a JSON line.
fn dump(paths: &[String]) -> ExitCode {
    let segmenter = Segmenter::default();
    for path in paths {
        let docs = match dump_docs(path) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{e}: skipped");
                continue;
            }
        };
        for (id, text) in docs {
            for u in segmenter.segment(&text) {
                let line = serde_json::json!({
                    "file": path,
                    "doc": id,
                    "start": u.span.start,
                    "end": u.span.end,
                    "kind": u.kind.as_str(),
                    "text": u.span.of(&text),
                });
                println!("{line}");
            }
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let mut quiet = false;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--quiet" => quiet = true,
            "--units" => return list_units(&args.collect::<Vec<_>>()),
            "--dump" => return dump(&args.collect::<Vec<_>>()),
            "--speed" => match args.next() {
                Some(path) => return speed(&path),
                None => {
                    eprintln!("usage: segeval --speed MASAKHANEWS.tsv");
                    return ExitCode::from(2);
                }
            },
            _ => paths.push(arg),
        }
    }
    if paths.is_empty() {
        eprintln!("usage: segeval [--quiet] GOLD.jsonl...");
        return ExitCode::from(2);
    }
    let segmenter = Segmenter::default();
    for path in paths {
        let Ok(data) = std::fs::read_to_string(&path) else {
            println!("{path}: absent, skipped");
            continue;
        };
        let mut tally = Tally::default();
        let mut errors = Vec::new();
        for (line, json) in data
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let doc: Doc = match serde_json::from_str(json) {
                Ok(d) => d,
                Err(e) => {
                    eprintln!("{path}:{}: {e}", line + 1);
                    return ExitCode::FAILURE;
                }
            };
            let mut gold = match gold_boundaries(&doc) {
                Ok(g) => g,
                Err(e) => {
                    eprintln!("{path}:{}: {e}", line + 1);
                    return ExitCode::FAILURE;
                }
            };
            let units = segmenter.segment(&doc.text);
            let mut got: BTreeSet<usize> = units
                .iter()
                .skip(1)
                .map(|u| skip_space(&doc.text, u.span.start))
                .collect();
            for i in &doc.ignore {
                gold.remove(i);
                got.remove(i);
            }
            for &b in got.union(&gold) {
                match (got.contains(&b), gold.contains(&b)) {
                    (true, true) => tally.tp += 1,
                    (true, false) => {
                        tally.fp += 1;
                        errors.push(format!("FP {} @{b}: {}", doc.id, context(&doc.text, b)));
                    }
                    (false, true) => {
                        tally.fn_ += 1;
                        errors.push(format!("FN {} @{b}: {}", doc.id, context(&doc.text, b)));
                    }
                    (false, false) => {}
                }
            }
        }
        if !quiet {
            for e in &errors {
                println!("{e}");
            }
        }
        println!(
            "{path}: muhtasari F1 {:.4} P {:.4} R {:.4} (tp {} fp {} fn {})",
            tally.f1(),
            tally.precision(),
            tally.recall(),
            tally.tp,
            tally.fp,
            tally.fn_
        );
    }
    ExitCode::SUCCESS
}
