//! The dates check: Swahili months, weekdays and years (`tarehe 13 Septemba 2020`,
//! `Jumatatu`, `mwaka 2019`) must be in the English, and an English month or weekday the
//! Swahili does not name is reported; Swahili clock time (`saa tatu asubuhi` = 9 a.m.) is
//! compared with the English clock, in Swahili or Western reckoning.

use super::{CheckId, Issue, Pair, Severity};
use crate::dates::{MONTHS, WEEKDAYS};
use crate::english::GlossKind;

/// Calendar numbers with their spans.
type Spans = Vec<(u32, std::ops::Range<usize>)>;

/// The Swahili months (1–12) and weekdays (0 = Monday) of the segment, with spans.
fn swahili_calendar(p: &Pair) -> (Spans, Spans) {
    let data = p.pipeline.english();
    let mut months = Vec::new();
    let mut days = Vec::new();
    let words = &p.src.words;
    for (k, (w, span)) in words.iter().enumerate() {
        if let Some(m) = data
            .month_number(w)
            .or_else(|| english_month(p, k))
            .or_else(|| (w == "octoba").then_some(10))
        {
            months.push((m, span.clone()));
        }
        // `mwezi wa pili`: February, read as the gloss reads it.
        if w == "mwezi" {
            let next: Vec<&str> = words[k..].iter().take(6).map(|(w, _)| w.as_str()).collect();
            let before = k.checked_sub(1).map(|j| words[j].0.as_str());
            if let Some((m, used)) = data.ordinal_month(before, &next) {
                months.push((m, span.start..words[k + used - 1].1.end));
            }
        }
        if let Some(d) = data.day(w)
            && let Some(i) = WEEKDAYS.iter().position(|n| *n == d)
        {
            days.push((i as u32, span.clone()));
        }
    }
    (months, days)
}

/// A month the Swahili writes in English, as quoted dates and tweets do (`Dec 13, 2018`,
/// `Jan 30`): a capitalised English month name, or a short form, `May` or `March` beside
/// a number.
fn english_month(p: &Pair, k: usize) -> Option<u32> {
    let (w, span) = &p.src.words[k];
    if !p.sw[span.clone()].starts_with(char::is_uppercase) {
        return None;
    }
    let m = super::target::month(w)?;
    let full = crate::dates::MONTHS
        .get(m as usize - 1)
        .is_some_and(|n| n.eq_ignore_ascii_case(w));
    let digit_beside = |d: isize| {
        (k as isize + d >= 0)
            && p.src
                .words
                .get((k as isize + d) as usize)
                .is_some_and(|(x, _)| x.chars().any(|c| c.is_ascii_digit()))
    };
    (full && !matches!(w.as_str(), "may" | "march") || digit_beside(-1) || digit_beside(1))
        .then_some(m)
}

/// Each of `sw` (Swahili names, by number) needs the same number in `en`, and each of `en`
/// one in `sw`; `name` gives a number's English, `what` says what is named.
/// `relative`: the English names a month by its place (`next month`), so a Swahili one it
/// lacks is only a warning.
fn both_ways(
    p: &Pair,
    sw: &Spans,
    en: &Spans,
    name: impl Fn(u32) -> &'static str,
    what: &str,
    relative: bool,
    out: &mut Vec<Issue>,
) {
    for (n, span) in sw {
        if !en.iter().any(|(e, _)| e == n) {
            out.push(
                Issue::new(
                    CheckId::Dates,
                    if relative {
                        Severity::Warning
                    } else {
                        Severity::Error
                    },
                    format!(
                        "{:?} ({}) not in the English",
                        &p.sw[span.clone()],
                        name(*n)
                    ),
                )
                .sw(span.clone()),
            );
        }
    }
    for (n, span) in en {
        if !sw.iter().any(|(s, _)| s == n) {
            out.push(
                Issue::new(
                    CheckId::Dates,
                    Severity::Error,
                    format!(
                        "{:?} in the English; the Swahili names no such {what}",
                        &p.en[span.clone()]
                    ),
                )
                .en(span.clone()),
            );
        }
    }
}

/// Whether the English names a month by its place from the article's date (`next month`,
/// `last month`): a Swahili month may stand for it.
fn relative_month(p: &Pair) -> bool {
    p.tgt.words.windows(2).any(|w| {
        matches!(w[1].lower.as_str(), "month" | "month's")
            && matches!(
                w[0].lower.as_str(),
                "next" | "last" | "this" | "previous" | "following" | "coming" | "past"
            )
    })
}

pub(crate) fn check(p: &Pair, out: &mut Vec<Issue>) {
    let (months, days) = swahili_calendar(p);
    // A named month or weekday must be on both sides.
    both_ways(
        p,
        &months,
        &p.tgt.months,
        |m| MONTHS[m as usize - 1],
        "month",
        relative_month(p),
        out,
    );
    both_ways(
        p,
        &days,
        &p.tgt.weekdays,
        |d| WEEKDAYS[d as usize],
        "day",
        false,
        out,
    );
    for g in p.src.gloss.iter().filter(|g| g.kind == GlossKind::Time) {
        let Some((h, m)) = g.value.as_deref().and_then(|v| {
            let (h, m) = v.split_once(':')?;
            Some((h.parse::<u32>().ok()?, m.parse::<u32>().ok()?))
        }) else {
            continue;
        };
        if p.tgt.clocks.is_empty() {
            out.push(
                Issue::new(
                    CheckId::Dates,
                    Severity::Warning,
                    format!("{:?} ({}) has no clock time in the English", g.sw, g.en),
                )
                .sw(g.start..g.end),
            );
            continue;
        }
        // The Swahili reading, or the Western hour kept by text translated from English
        // (`saa 10 asubuhi` = 10 a.m.): six hours apart.
        let ok = p.tgt.clocks.iter().any(|c| {
            let hours = [h, (h + 6) % 24, (h + 18) % 24];
            c.minute == m
                && hours
                    .iter()
                    .any(|x| *x == c.hour || !c.fixed && x % 12 == c.hour % 12)
        });
        if !ok {
            out.push(
                Issue::new(
                    CheckId::Dates,
                    Severity::Error,
                    format!("{:?} ({}) differs from the English clock time", g.sw, g.en),
                )
                .sw(g.start..g.end)
                .en(p.tgt.clocks[0].span.clone()),
            );
        }
    }
}
