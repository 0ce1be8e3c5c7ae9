//! The numbers check: every amount the gloss reads in the Swahili (digits, number words,
//! scales, fractions, percentages, money) must be in the English as a value (3,000 = 3000 =
//! three thousand; 2.5 million = 2,500,000), and every number in digits in the English must
//! be somewhere in the Swahili (as an amount, a date, a year or a clock time).

use super::{CheckId, Issue, Pair, Severity};
use crate::english::GlossKind;

/// Whether two values are the same number.
pub(crate) fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Swahili values of a segment: amounts, and the numbers inside dates and times.
fn swahili_values(p: &Pair) -> Vec<f64> {
    let mut out = Vec::new();
    for g in &p.src.gloss {
        if let Some(v) = g.value.as_deref() {
            if let Ok(x) = v.parse::<f64>() {
                out.push(x);
            }
            for part in v.split(['-', ':']) {
                if let Ok(x) = part.parse::<f64>() {
                    out.push(x);
                }
            }
        }
        // Digits the gloss read as something else (a time's hour, a date's day).
        for w in
            g.sw.split(|c: char| !c.is_ascii_digit() && c != ',' && c != '.')
        {
            if let Some(x) = super::target::digits_value(w.trim_matches(['.', ','])) {
                out.push(x);
            }
        }
    }
    for (w, _) in &p.src.words {
        if let Some(x) = super::target::digits_value(w) {
            out.push(x);
        }
    }
    // Digits inside a word the tokeniser keeps whole (`9-O-asetili`, a strain or model name):
    // the English's digit run finds them as the Swahili wrote them.
    for run in
        p.sw.split(|c: char| !c.is_ascii_digit() && c != ',' && c != '.')
    {
        if let Some(x) = super::target::digits_value(run.trim_matches(['.', ','])) {
            out.push(x);
        }
    }
    out
}

/// Whether `v` from the Swahili is in the English: as written, or scaled when it opens a
/// range whose end has the scale (`kati ya 29 hadi 44 milioni` → 29 million).
fn in_english(p: &Pair, v: f64, end: usize) -> bool {
    let has = |x: f64| {
        p.tgt.values.iter().any(|e| same(e.value, x))
            || p.tgt.digit_runs.iter().any(|e| same(*e, x))
    };
    if has(v) {
        return true;
    }
    let after = p.sw.get(end..).unwrap_or("");
    let after = after.get(..after.len().min(12)).unwrap_or(after);
    let ranged = ["hadi", "mpaka", "-", "–", "na "]
        .iter()
        .any(|r| after.trim_start().starts_with(r));
    ranged && [1e3, 1e6, 1e9].iter().any(|s| has(v * s))
}

pub(crate) fn check(p: &Pair, out: &mut Vec<Issue>) {
    use GlossKind::*;
    for g in &p.src.gloss {
        if !matches!(g.kind, Number | Quantity | Money | Percent) {
            continue;
        }
        let Some(v) = g.value.as_deref().and_then(|v| v.parse::<f64>().ok()) else {
            continue;
        };
        let digits = g.sw.contains(|c: char| c.is_ascii_digit());
        // `mmoja` is as often "a" or "one of" as "one".
        if !digits && v <= 1.0 {
            continue;
        }
        if in_english(p, v, g.end) {
            continue;
        }
        // Small numbers in words are often rendered `both`, `a pair`, `twice`, `double`.
        if !digits
            && v == 2.0
            && p.tgt.words.iter().any(|w| {
                matches!(
                    w.lower.as_str(),
                    "both" | "pair" | "twice" | "double" | "couple"
                )
            })
        {
            continue;
        }
        let found: Vec<String> = p
            .tgt
            .values
            .iter()
            .map(|e| p.en[e.span.clone()].to_string())
            .collect();
        let severity = if digits || v >= 10.0 {
            Severity::Error
        } else {
            Severity::Warning
        };
        let found = if found.is_empty() {
            "no number".to_string()
        } else {
            format!("found {}", found.join(", "))
        };
        out.push(
            Issue::new(
                CheckId::Numbers,
                severity,
                format!("{:?} ({}) not in the English; {found}", g.sw, g.en),
            )
            .sw(g.start..g.end),
        );
    }
    let sw = swahili_values(p);
    for e in &p.tgt.values {
        if !e.digits || sw.iter().any(|v| same(*v, e.value)) {
            continue;
        }
        // `802.11n`: every run of digits of it is in the Swahili.
        let runs: Vec<f64> = p.en[e.span.clone()]
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|r| r.parse::<f64>().ok())
            .collect();
        if runs.len() > 1 && runs.iter().all(|r| sw.iter().any(|v| same(*v, *r))) {
            continue;
        }
        // A clock time's hour is the dates check's.
        if p.tgt
            .clocks
            .iter()
            .any(|c| c.span.start < e.span.end && e.span.start < c.span.end)
        {
            continue;
        }
        // A number the English wrote in digits but the Swahili in words the gloss does not
        // read as an amount (`mmoja`), or a year of a date range: a warning only.
        let severity = if e.value > 1.0 {
            Severity::Error
        } else {
            Severity::Warning
        };
        out.push(
            Issue::new(
                CheckId::Numbers,
                severity,
                format!(
                    "{:?} in the English is not in the Swahili",
                    &p.en[e.span.clone()]
                ),
            )
            .en(e.span.clone()),
        );
    }
}
