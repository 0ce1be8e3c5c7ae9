//! How sure an issue is: each candidate issue of the terms, names, negation and length
//! checks gets a few features (its check's own verdict, the evidence it found, how much of
//! the rest of the pair is aligned, the length ratio) and a logistic model per check,
//! trained by `eval/qa_train.py` and kept as data in `model.tsv`, decides error or warning.
//! It never adds or removes an issue, and does not touch the other checks' severities.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::{CheckId, Issue, Pair, Severity, assoc};
use crate::glossary::{Pos, Status};

/// The features, in the order of a feature vector. `model.tsv` names them.
pub const FEATURES: [&str; 23] = [
    "bias",
    "rule_error",
    "has_en",
    "en_chars",
    "sw_chars",
    "gap",
    "coverage",
    "unaligned",
    "local_unaligned",
    "ratio",
    "short",
    "same_check",
    "other_checks",
    "sw_name_entry",
    "en_capital",
    "neg_surplus",
    "weak_neg",
    "sw_foreign",
    "en_assoc",
    "sw_assoc",
    "sw_unrendered",
    "local_unrendered",
    "single_sense",
];

/// Where the glossary hits of the Swahili stand (share of its length) and whether their
/// English was found: the terms check's alignment, which the features read.
#[derive(Debug, Default, Clone)]
pub(crate) struct Coverage {
    pub hits: Vec<(f64, bool)>,
}

/// The weights of each modelled check and the probability from which its issue is an error.
struct Model {
    weights: HashMap<CheckId, [f64; FEATURES.len()]>,
    threshold: HashMap<CheckId, f64>,
}

const WEIGHTS: &str = include_str!("model.tsv");

/// Reads `model.tsv`: `threshold<TAB>check<TAB>p` and `check<TAB>feature<TAB>weight`
/// lines; `#` starts a comment. A line it cannot read is an error naming it; a check with
/// weights and no threshold is one too.
fn parse(text: &str) -> Result<Model, String> {
    let mut m = Model {
        weights: HashMap::new(),
        threshold: HashMap::new(),
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad = || format!("model.tsv:{}: cannot read {line:?}", n + 1);
        match f.as_slice() {
            ["threshold", check, p] => {
                let check: CheckId = check.parse().map_err(|_| bad())?;
                let p: f64 = p.parse().map_err(|_| bad())?;
                m.threshold.insert(check, p);
            }
            [check, feature, w] => {
                let check: CheckId = check.parse().map_err(|_| bad())?;
                let i = FEATURES.iter().position(|x| x == feature).ok_or_else(bad)?;
                m.weights.entry(check).or_insert([0.0; FEATURES.len()])[i] =
                    w.parse().map_err(|_| bad())?;
            }
            _ => return Err(bad()),
        }
    }
    if let Some(c) = m.weights.keys().find(|c| !m.threshold.contains_key(c)) {
        return Err(format!("model.tsv: {c} has weights and no threshold"));
    }
    Ok(m)
}

fn model() -> Option<&'static Model> {
    static M: OnceLock<Option<Model>> = OnceLock::new();
    // The file is compiled in and a unit test reads it, so a fault cannot ship; were it
    // to, the checks' own severities stand.
    M.get_or_init(|| parse(WEIGHTS).ok()).as_ref()
}

/// The feature vector of every issue, in order.
pub(crate) fn features(issues: &[Issue], p: &Pair, cov: &Coverage) -> Vec<[f64; FEATURES.len()]> {
    let sw_len = p.sw.len().max(1) as f64;
    let en_len = p.en.len().max(1) as f64;
    let count = |t: &str| t.chars().filter(|c| !c.is_whitespace()).count().max(1) as f64;
    let ratio = (count(p.en) / count(p.sw)).ln();
    let aligned = cov.hits.iter().filter(|h| h.1).count();
    let coverage = if cov.hits.is_empty() {
        1.0
    } else {
        aligned as f64 / cov.hits.len() as f64
    };
    let unaligned = (cov.hits.len() - aligned) as f64;
    let glossary = p.pipeline.glossary();
    // The table's alignment: which Swahili words (4+ letters) an English word goes with.
    let en_stems: HashSet<&str> = p.tgt.words.iter().map(|w| w.stem.as_str()).collect();
    let mut explained: HashSet<&str> = HashSet::new();
    let rendered: Vec<bool> = p
        .src
        .words
        .iter()
        .map(|(w, _)| {
            let mut any = false;
            for e in assoc::english_of(w) {
                if en_stems.contains(e) {
                    explained.insert(e);
                    any = true;
                }
            }
            any
        })
        .collect();
    let is_rendered = |k: usize| rendered[k];
    let content: Vec<(f64, bool)> = p
        .src
        .words
        .iter()
        .enumerate()
        .filter(|(_, (w, _))| w.chars().count() >= 4)
        .map(|(k, (_, s))| (s.start as f64 / sw_len, is_rendered(k)))
        .collect();
    let unrendered = |near: Option<f64>| {
        let v: Vec<bool> = content
            .iter()
            .filter(|c| near.is_none_or(|at| (c.0 - at).abs() <= 0.15))
            .map(|c| c.1)
            .collect();
        if v.is_empty() {
            0.0
        } else {
            v.iter().filter(|r| !**r).count() as f64 / v.len() as f64
        }
    };
    let sw_unrendered = unrendered(None);
    issues
        .iter()
        .map(|i| {
            let mut x = [0.0; FEATURES.len()];
            x[0] = 1.0;
            x[1] = f64::from(i.severity == Severity::Error);
            let sw_at = i.sw_span.as_ref().map(|s| s.start as f64 / sw_len);
            if let Some(e) = &i.en_span {
                x[2] = 1.0;
                x[3] = ((e.len()) as f64).ln_1p();
                x[14] = f64::from(p.en[e.clone()].starts_with(char::is_uppercase));
                if let Some(s) = sw_at {
                    x[5] = (s - e.start as f64 / en_len).abs();
                }
                x[18] = f64::from(p.tgt.words.iter().any(|w| {
                    w.span.start >= e.start
                        && w.span.end <= e.end
                        && explained.contains(w.stem.as_str())
                }));
            }
            if let Some(s) = &i.sw_span {
                x[4] = (s.len() as f64).ln_1p();
                x[13] = f64::from(p.src.hits.iter().any(|h| {
                    h.span.start < s.end
                        && s.start < h.span.end
                        && glossary.entries[h.entry].pos == Pos::Name
                }));
                x[19] =
                    f64::from(p.src.words.iter().enumerate().any(|(k, (_, ws))| {
                        ws.start >= s.start && ws.end <= s.end && is_rendered(k)
                    }));
                // A term of one sense, which no cue has to choose: its English is the
                // entry's own, so its absence says more.
                x[22] = f64::from(
                    i.check == CheckId::Terms
                        && p.src.hits.iter().any(|h| {
                            let e = &glossary.entries[h.entry];
                            h.span.start == s.start
                                && h.span.end == s.end
                                && e.senses.is_empty()
                                && !e.needs_cue
                                && e.status == Status::Preferred
                        }),
                );
                x[17] = f64::from(
                    p.sw[s.clone()]
                        .split(|c: char| !c.is_alphanumeric())
                        .any(|w| !w.is_empty() && crate::morph::spelling::foreign(w)),
                );
            }
            x[6] = coverage;
            x[7] = unaligned.ln_1p();
            if let Some(at) = sw_at {
                // Unaligned hits near this one: a dropped stretch takes several with it.
                x[8] = (cov
                    .hits
                    .iter()
                    .filter(|h| !h.1 && (h.0 - at).abs() <= 0.2)
                    .count() as f64)
                    .ln_1p();
            }
            x[20] = sw_unrendered;
            x[21] = unrendered(sw_at);
            x[9] = ratio;
            x[10] = (-0.2 - ratio).max(0.0);
            let same = issues.iter().filter(|o| o.check == i.check).count();
            x[11] = ((same - 1) as f64).ln_1p();
            x[12] = ((issues.len() - same) as f64).ln_1p();
            x[15] = (p.src.negations.len() as f64 - p.tgt.negations.len() as f64).clamp(-3.0, 3.0);
            x[16] = (p.tgt.weak_negations.len() as f64).ln_1p();
            x
        })
        .collect()
}

/// Sets the severity of every modelled issue from its probability of being a real fault.
/// Issues the model does not cover keep their check's severity; an `info` stays one.
pub(crate) fn grade(issues: &mut [Issue], p: &Pair, cov: &Coverage) {
    let Some(m) = model() else { return };
    if !issues.iter().any(|i| m.weights.contains_key(&i.check)) {
        return;
    }
    let xs = features(issues, p, cov);
    for (i, x) in issues.iter_mut().zip(xs) {
        let Some(w) = m.weights.get(&i.check) else {
            continue;
        };
        if i.severity == Severity::Info {
            continue;
        }
        let z: f64 = w.iter().zip(&x).map(|(a, b)| a * b).sum();
        let prob = 1.0 / (1.0 + (-z).exp());
        i.severity = if prob >= m.threshold[&i.check] {
            Severity::Error
        } else {
            Severity::Warning
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_weights_read() {
        let m = parse(WEIGHTS).expect("model.tsv reads");
        assert!(!m.weights.is_empty());
        assert!(m.threshold.values().all(|t| *t > 0.0 && *t < 1.0));
    }

    #[test]
    fn a_bad_line_is_named() {
        let e = parse("threshold\tterms\t0.5\nterms\tnope\t1\n")
            .err()
            .unwrap();
        assert!(e.contains("model.tsv:2"), "{e}");
        assert!(parse("terms\tbias\tx\n").is_err());
        assert!(
            parse("names\tbias\t-2\n").is_err(),
            "weights without a threshold"
        );
        let m = parse("# c\nthreshold\tnames\t0.4\nnames\tbias\t-2\n").unwrap();
        assert_eq!(m.weights[&CheckId::Names][0], -2.0);
        assert_eq!(m.threshold[&CheckId::Names], 0.4);
    }
}
