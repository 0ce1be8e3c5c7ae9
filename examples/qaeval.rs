//! Measures `muhtasari check` on the sets `eval/qa_sets.py` builds from real parallel data:
//! per corpus, the share of published pairs with an error-severity issue (false alarms, or
//! real divergences: the flagged ones are written out for reading), and per planted kind the
//! share caught (an error-severity issue on the planted pair that the published pair does
//! not have). Beside it, in the same run, the checks the anchors run, re-implemented: digits
//! must match as written on both sides; a glossary head form found as an exact word needs
//! its English (`en` or `alt`) as an exact word. Then the speed of 10,000 pairs on one core.
//!
//! `python3 eval/qa_sets.py && cargo run --release --example qaeval [-- DIR]`

use std::collections::HashSet;
use std::time::Instant;

use muhtasari::Pipeline;
use muhtasari::qa::{self, Severity};
use serde::Deserialize;

#[derive(Deserialize)]
struct Line {
    i: usize,
    sw: String,
    en: String,
    #[serde(default)]
    what: Option<String>,
    /// `dev` (rules and learned parts may be developed on it) or `test` (held out).
    #[serde(default)]
    half: Option<String>,
}

/// Counts over all pairs, the dev half and the held-out test half: `[all, dev, test]`.
#[derive(Default, Clone, Copy)]
struct Split([usize; 3]);

impl Split {
    fn add(&mut self, half: Option<&str>, yes: bool) {
        if yes {
            self.0[0] += 1;
            match half {
                Some("dev") => self.0[1] += 1,
                Some("test") => self.0[2] += 1,
                _ => {}
            }
        }
    }

    /// `n (p%)` for each part, over the totals `of`.
    fn show(&self, of: &Split) -> String {
        (0..3)
            .map(|k| {
                let d = of.0[k].max(1) as f64;
                format!("{} ({:.1}%)", self.0[k], 100.0 * self.0[k] as f64 / d)
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }
}

fn read(path: &str) -> Option<Vec<Line>> {
    let text = std::fs::read_to_string(path).ok()?;
    Some(
        text.lines()
            .filter_map(|l| serde_json::from_str(l).ok())
            .collect(),
    )
}

/// Error issues of a pair as comparable keys.
fn ours(p: &Pipeline, sw: &str, en: &str) -> HashSet<String> {
    qa::check(sw, en, p)
        .into_iter()
        .filter(|i| i.severity == Severity::Error)
        .map(|i| format!("{}|{}", i.check, i.message))
        .collect()
}

/// Issues of any severity (warnings and infos too).
fn ours_any(p: &Pipeline, sw: &str, en: &str) -> HashSet<String> {
    qa::check(sw, en, p)
        .into_iter()
        .map(|i| format!("{}|{}", i.check, i.message))
        .collect()
}

/// The anchors' checks: digit strings as written, and head forms as exact words.
struct Anchor {
    heads: Vec<(String, Vec<String>)>,
}

fn words_lower(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

fn has_phrase(words: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && words.windows(phrase.len()).any(|w| w == phrase)
}

impl Anchor {
    fn new(p: &Pipeline) -> Self {
        let heads = p
            .glossary()
            .entries
            .iter()
            .map(|e| {
                let mut en = vec![e.en.clone()];
                en.extend(e.alt.iter().cloned());
                (e.sw.to_lowercase(), en)
            })
            .collect();
        Anchor { heads }
    }

    fn check(&self, sw: &str, en: &str) -> HashSet<String> {
        let mut out = HashSet::new();
        let digits = |s: &str| -> Vec<String> {
            let mut v: Vec<String> = s
                .split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
                .map(|t| t.trim_matches([',', '.']).to_string())
                .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
                .collect();
            v.sort();
            v
        };
        let (ds, de) = (digits(sw), digits(en));
        for d in &ds {
            if !de.contains(d) {
                out.insert(format!("digits|{d} missing"));
            }
        }
        for d in &de {
            if !ds.contains(d) {
                out.insert(format!("digits|{d} extra"));
            }
        }
        let sww = words_lower(sw);
        let enw = words_lower(en);
        for (head, ens) in &self.heads {
            if has_phrase(&sww, &words_lower(head))
                && !ens.iter().any(|e| has_phrase(&enw, &words_lower(e)))
            {
                out.insert(format!("term|{head}"));
            }
        }
        out
    }
}

const KINDS: [&str; 6] = ["number", "negation", "term", "name", "month", "clause"];

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/qa-eval".into());
    let p = Pipeline::default();
    let anchor = Anchor::new(&p);
    let mut all_pairs: Vec<(String, String)> = Vec::new();
    println!("Each figure: all pairs | dev half | held-out test half (eval/qa_sets.py `half`).\n");
    println!(
        "| corpus | pairs (all, dev, test) | ours: published with an error | ours: with any issue | anchors: with an error |"
    );
    let mut kind_rows: Vec<String> = Vec::new();
    for corpus in ["flores", "tico", "lafand"] {
        let Some(published) = read(&format!("{dir}/{corpus}.published.jsonl")) else {
            println!("skipped: {dir}/{corpus}.published.jsonl not found (run eval/qa_sets.py)");
            continue;
        };
        let base: Vec<HashSet<String>> = published.iter().map(|l| ours(&p, &l.sw, &l.en)).collect();
        let abase: Vec<HashSet<String>> = published
            .iter()
            .map(|l| anchor.check(&l.sw, &l.en))
            .collect();
        let base_any: Vec<HashSet<String>> = published
            .iter()
            .map(|l| ours_any(&p, &l.sw, &l.en))
            .collect();
        let (mut n, mut flagged, mut any, mut aflagged) = (
            Split::default(),
            Split::default(),
            Split::default(),
            Split::default(),
        );
        for (k, l) in published.iter().enumerate() {
            let h = l.half.as_deref();
            n.add(h, true);
            flagged.add(h, !base[k].is_empty());
            any.add(h, !base_any[k].is_empty());
            aflagged.add(h, !abase[k].is_empty());
        }
        println!(
            "| {corpus} | {} | {} | {} | {} |",
            n.0.map(|x| x.to_string()).join(", "),
            flagged.show(&n),
            any.show(&n),
            aflagged.show(&n),
        );
        // The flagged published pairs, to read.
        let mut dump = String::new();
        for (l, s) in published.iter().zip(&base) {
            if !s.is_empty() {
                let mut v: Vec<&String> = s.iter().collect();
                v.sort();
                dump.push_str(&format!(
                    "{}\nSW: {}\nEN: {}\n{}\n\n",
                    l.i,
                    l.sw,
                    l.en,
                    v.iter()
                        .map(|x| format!("  {x}"))
                        .collect::<Vec<_>>()
                        .join("\n")
                ));
            }
        }
        let _ = std::fs::write(format!("{dir}/{corpus}.flagged.txt"), dump);
        for kind in KINDS {
            let Some(planted) = read(&format!("{dir}/{corpus}.{kind}.jsonl")) else {
                continue;
            };
            let (mut m, mut caught, mut caught_any, mut acaught) = (
                Split::default(),
                Split::default(),
                Split::default(),
                Split::default(),
            );
            let mut missed = String::new();
            for l in &planted {
                let h = l.half.as_deref();
                m.add(h, true);
                let o = ours(&p, &l.sw, &l.en);
                let hit = o.difference(&base[l.i]).next().is_some();
                caught.add(h, hit);
                if !hit {
                    missed.push_str(&format!(
                        "{}: {}\nSW: {}\nEN: {}\n\n",
                        l.i,
                        l.what.as_deref().unwrap_or(""),
                        l.sw,
                        l.en
                    ));
                }
                caught_any.add(
                    h,
                    ours_any(&p, &l.sw, &l.en)
                        .difference(&base_any[l.i])
                        .next()
                        .is_some(),
                );
                acaught.add(
                    h,
                    anchor
                        .check(&l.sw, &l.en)
                        .difference(&abase[l.i])
                        .next()
                        .is_some(),
                );
            }
            let _ = std::fs::write(format!("{dir}/{corpus}.{kind}.missed.txt"), missed);
            kind_rows.push(format!(
                "| {corpus} | {kind} | {} | {} | {} | {} |",
                m.0.map(|x| x.to_string()).join(", "),
                caught.show(&m),
                caught_any.show(&m),
                acaught.show(&m),
            ));
        }
        all_pairs.extend(published.into_iter().map(|l| (l.sw, l.en)));
    }
    println!(
        "\n| corpus | planted kind | pairs (all, dev, test) | ours: caught (new error) | ours: caught (new issue, any severity) | anchors: caught |"
    );
    for r in kind_rows {
        println!("{r}");
    }
    if all_pairs.is_empty() {
        return;
    }
    // Speed: 10,000 pairs (the published pairs, cycled), one thread.
    let pairs: Vec<&(String, String)> = all_pairs.iter().cycle().take(10_000).collect();
    let t = Instant::now();
    let mut issues = 0usize;
    for (sw, en) in &pairs {
        issues += qa::check(sw, en, &p).len();
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "\nspeed: 10,000 pairs in {secs:.2} s on one thread ({:.0} pairs/s; {issues} issues)",
        10_000.0 / secs
    );
}
