//! The English side of a pair as the checks read it: words with their stems, numbers as
//! values (digits, number words, scales, `2.5 million`, `80%`), months, weekdays, clock
//! times and negations, each with its byte span. English only: the Swahili side is read by
//! the gloss ([`super::source`]).
//!
//! Over 400 lines: words, numbers, months, weekdays and clock times are read in one pass
//! that shares its word list; the negation vocabulary is in `target/negatives.rs`.

use std::ops::Range;

use negatives::{negates, weakly_negates};

use super::stem::{stem, trim_end_str};
use crate::dates::MONTHS;

/// One English word.
#[derive(Debug, Clone)]
pub(crate) struct Word {
    pub span: Range<usize>,
    pub lower: String,
    pub stem: String,
    pub capital: bool,
    pub digits: bool,
    /// A capitalised word's transliteration key (names are matched by it).
    pub key: Option<String>,
}

/// A number read from the English.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Value {
    pub span: Range<usize>,
    pub value: f64,
    /// Written in digits (not words).
    pub digits: bool,
}

/// A clock time in the English, on the 24-hour clock when the text says which half.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Clock {
    pub span: Range<usize>,
    pub hour: u32,
    pub minute: u32,
    /// Whether `a.m.`/`p.m.` or a 24-hour form fixed the half of the day.
    pub fixed: bool,
}

/// The English side, read once.
#[derive(Debug, Clone, Default)]
pub(crate) struct Target {
    pub words: Vec<Word>,
    pub values: Vec<Value>,
    /// Every run of digits in the English as a whole number (`802.11n` → 802 and 11,
    /// `10:08` → 10 and 8): a Swahili number written apart may be there as a part.
    pub digit_runs: Vec<f64>,
    /// Month numbers 1–12 with their spans.
    pub months: Vec<(u32, Range<usize>)>,
    /// Weekdays 0 (Monday) – 6 with their spans.
    pub weekdays: Vec<(u32, Range<usize>)>,
    pub clocks: Vec<Clock>,
    pub negations: Vec<Range<usize>>,
    /// Words that may render a Swahili negation without negating in English terms
    /// (`bado hayajajibiwa` → yet to be answered, `kutofanya kazi` → dysfunction,
    /// `hakuonyesha dalili` → asymptomatic): they cover a Swahili negation, and are never
    /// reported as a negation of their own.
    pub weak_negations: Vec<Range<usize>>,
}

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: [&str; 12] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

fn scale(w: &str) -> Option<f64> {
    match w {
        "thousand" => Some(1e3),
        "million" | "mn" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" | "tn" => Some(1e12),
        _ => None,
    }
}

fn small(w: &str) -> Option<f64> {
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|u| *u == w) {
        return Some((i as f64 + 2.0) * 10.0);
    }
    None
}

/// A digits word's value: `1,200` → 1200, `2.5`, `1990s` → 1990, `10th` → 10.
pub(crate) fn digits_value(w: &str) -> Option<f64> {
    // `2.4ghz`, `100m`, `35mm`, `70km`: the number before a glued unit.
    let numeric = w
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(w, |i| &w[..i]);
    let unit = &w[numeric.len()..];
    let w = if !unit.is_empty()
        && !matches!(unit, "th" | "st" | "nd" | "rd" | "s")
        && unit.chars().all(|c| c.is_ascii_alphabetic() || c == '/')
    {
        numeric.trim_end_matches(['.', ','])
    } else {
        w
    };
    let w = ["th", "st", "nd", "rd"]
        .iter()
        .fold(w, |w, suffix| trim_end_str(w, suffix))
        .trim_end_matches('s');
    if w.is_empty() || !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if w.contains(['/', ':']) {
        return None;
    }
    let parts: Vec<&str> = w.split(',').collect();
    let grouped = parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3 || p.contains('.'));
    let cleaned = if grouped {
        w.replace(',', "")
    } else {
        w.replace(',', ".")
    };
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The words of English text: letters and digits, with `'` inside a word and `, . : /`
/// between digits kept in it (`didn't`, `3,000`, `2.5`, `9:30`).
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let b: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < b.len() {
        if !b[i].1.is_alphanumeric() {
            i += 1;
            continue;
        }
        let start = b[i].0;
        let mut j = i + 1;
        while j < b.len() {
            let c = b[j].1;
            let next = b.get(j + 1).map(|x| x.1);
            let prev = b[j - 1].1;
            let joins = match c {
                c if c.is_alphanumeric() => true,
                '\'' | '’' => prev.is_alphabetic() && next.is_some_and(char::is_alphabetic),
                ',' | '.' | ':' | '/' => {
                    prev.is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
                }
                _ => false,
            };
            if !joins {
                break;
            }
            j += 1;
        }
        let end = b.get(j).map_or(text.len(), |x| x.0);
        let raw = &text[start..end];
        // ASCII (most English words): lower-cased without Unicode tables or a second copy.
        let lower = if raw.is_ascii() {
            raw.to_ascii_lowercase()
        } else {
            raw.to_lowercase().replace('’', "'")
        };
        out.push(Word {
            span: start..end,
            stem: stem(&lower),
            capital: raw.starts_with(char::is_uppercase),
            digits: raw.starts_with(|c: char| c.is_ascii_digit()),
            key: raw
                .starts_with(char::is_uppercase)
                .then(|| crate::morph::spelling::key(&lower)),
            lower,
        });
        i = j;
    }
    out
}

impl Target {
    /// Reads the English.
    pub(crate) fn read(text: &str) -> Target {
        let words = words(text);
        let mut t = Target {
            values: values(&words),
            digit_runs: text
                .split(|c: char| !c.is_ascii_digit())
                .filter(|r| !r.is_empty() && r.len() <= 15)
                .filter_map(|r| r.parse::<f64>().ok())
                .collect(),
            ..Target::default()
        };
        for (k, w) in words.iter().enumerate() {
            let near_digit = |d: isize| {
                let i = k as isize + d;
                i >= 0 && words.get(i as usize).is_some_and(|w| w.digits)
            };
            if let Some(m) = month(trim_end_str(&w.lower, "'s")) {
                let ambiguous = matches!(w.lower.as_str(), "may" | "march");
                let prev = |x: &str| k > 0 && words[k - 1].lower == x;
                // `by March`, `until May`: a word of time before the capital name.
                let dated = near_digit(-1)
                    || near_digit(1)
                    || [
                        "in", "of", "by", "until", "since", "from", "mid", "early", "late",
                    ]
                    .iter()
                    .any(|x| prev(x));
                if !ambiguous || w.capital && dated {
                    t.months.push((m, w.span.clone()));
                }
            }
            let day = trim_end_str(&w.lower, "'s");
            if let Some(d) = crate::dates::WEEKDAYS
                .iter()
                .position(|d| d.eq_ignore_ascii_case(day))
            {
                t.weekdays.push((d as u32, w.span.clone()));
            }
            if negates(&w.lower) {
                // `no one`, `not only … but`: `not only` does not negate.
                let only = w.lower == "not" && words.get(k + 1).is_some_and(|n| n.lower == "only");
                if !only {
                    t.negations.push(w.span.clone());
                }
            } else if weakly_negates(&w.lower) {
                // `has yet to` renders a negative perfect; `yet` elsewhere (`yet again`,
                // `has yet been`) does not.
                let to = words.get(k + 1).is_some_and(|n| n.lower == "to");
                if w.lower != "yet" || to {
                    t.weak_negations.push(w.span.clone());
                }
            }
        }
        t.clocks = clocks(text, &words);
        t.words = words;
        t
    }

    /// Whether the English holds the words of `phrase` in a row, each in any inflection.
    pub(crate) fn find_phrase(&self, phrase: &[String]) -> Option<Range<usize>> {
        if phrase.is_empty() {
            return None;
        }
        let n = phrase.len();
        (0..self.words.len().saturating_sub(n - 1)).find_map(|i| {
            let ok = (0..n).all(|k| {
                let w = &self.words[i + k];
                w.stem == phrase[k] || w.lower == phrase[k]
            });
            ok.then(|| self.words[i].span.start..self.words[i + n - 1].span.end)
        })
    }
}

/// The month a word names: full names and the short forms news uses.
pub(super) fn month(w: &str) -> Option<u32> {
    let w = w.trim_end_matches('.');
    if let Some(i) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(w)) {
        return Some(i as u32 + 1);
    }
    let short = [
        "jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sept", "oct", "nov", "dec",
    ];
    short
        .iter()
        .position(|s| !s.is_empty() && *s == w)
        .map(|i| i as u32 + 1)
        .or((w == "sep").then_some(9))
}

/// The numbers of the English: digits (with a scale after them: `2.5 million`), number
/// words (`three thousand`, `twenty-five`, `a million`), ordinals.
fn values(words: &[Word]) -> Vec<Value> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let start = i;
        let mut total = 0.0;
        let mut cur: Option<f64> = None;
        let mut digits = false;
        let mut j = i;
        while let Some(w) = words.get(j) {
            let l = w.lower.as_str();
            if w.digits && cur.is_none() && !digits {
                let Some(v) = digits_value(l) else { break };
                cur = Some(v);
                digits = true;
            } else if let Some(v) = small(l).filter(|_| !digits || cur.is_none()) {
                cur = Some(cur.unwrap_or(0.0) + v);
            } else if let Some(o) = ordinal(l).filter(|o| {
                *o < 10.0 && !digits && cur.is_some_and(|c| c >= 20.0 && c % 10.0 == 0.0)
            }) {
                // `twenty-fourth`
                cur = Some(cur.unwrap_or(0.0) + o);
                j += 1;
                break;
            } else if l == "hundred" && (cur.is_some() || j > start) {
                cur = Some(cur.unwrap_or(1.0) * 100.0);
            } else if let Some(s) = scale(l).filter(|_| cur.is_some() || j > start) {
                total += cur.unwrap_or(1.0) * s;
                cur = None;
            } else if (l == "a" || l == "an")
                && cur.is_none()
                && total == 0.0
                && words.get(j + 1).is_some_and(|n| {
                    n.lower == "hundred" || n.lower == "thousand" || scale(&n.lower).is_some()
                })
            {
                cur = Some(1.0);
            } else if l == "and"
                && j > start
                && words.get(j + 1).is_some_and(|n| small(&n.lower).is_some())
                && !digits
            {
                // `one hundred and twenty`
            } else if l == "and"
                && j > start
                && words.get(j + 1).is_some_and(|n| n.lower == "a")
                && words.get(j + 2).is_some_and(|n| n.lower == "half")
            {
                cur = Some(cur.unwrap_or(0.0) + 0.5);
                j += 3;
                continue;
            } else {
                break;
            }
            j += 1;
        }
        if j > start && (cur.is_some() || total > 0.0) {
            let value = total + cur.unwrap_or(0.0);
            out.push(Value {
                span: words[start].span.start..words[j - 1].span.end,
                value,
                digits,
            });
            i = j;
            continue;
        }
        if let Some(v) = ordinal(&words[i].lower) {
            out.push(Value {
                span: words[i].span.clone(),
                value: v,
                digits: false,
            });
        }
        i += 1;
    }
    out
}

/// An ordinal word's value: `first` … `twelfth`, `sixteenth`, `twentieth`.
fn ordinal(w: &str) -> Option<f64> {
    if let Some(o) = ORDINALS.iter().position(|o| *o == w) {
        return Some(o as f64 + 1.0);
    }
    let base = w.strip_suffix("ieth").map(|b| format!("{b}y"));
    let base = base.or_else(|| w.strip_suffix("th").map(str::to_string))?;
    small(&base)
}

/// Clock times: `9:30`, `9 a.m.`, `9am`, `21:00`, `noon`, `midnight`, `9 o'clock`.
fn clocks(text: &str, words: &[Word]) -> Vec<Clock> {
    let mut out = Vec::new();
    for (k, w) in words.iter().enumerate() {
        match w.lower.as_str() {
            "noon" | "midday" => out.push(Clock {
                span: w.span.clone(),
                hour: 12,
                minute: 0,
                fixed: true,
            }),
            "midnight" => out.push(Clock {
                span: w.span.clone(),
                hour: 0,
                minute: 0,
                fixed: true,
            }),
            _ => {}
        }
        if !w.digits {
            continue;
        }
        let l = w.lower.as_str();
        let (num, glued) = match l.find(|c: char| c.is_ascii_alphabetic()) {
            Some(p) => (&l[..p], &l[p..]),
            None => (l, ""),
        };
        let (h, m, colon) = match num.split_once([':', '.']) {
            Some((h, m))
                if m.len() == 2 && num.contains(':') || m.len() == 2 && !glued.is_empty() =>
            {
                (h.parse::<u32>().ok(), m.parse::<u32>().ok(), true)
            }
            None => (num.parse::<u32>().ok(), Some(0), false),
            _ => continue,
        };
        let (Some(h), Some(m)) = (h, m) else { continue };
        if h > 24 || m > 59 {
            continue;
        }
        let after = text[w.span.end..].trim_start().to_lowercase();
        let half = if glued == "am"
            || after.starts_with("a.m")
            || after.starts_with("am") && !after[2..].starts_with(char::is_alphabetic)
        {
            Some(false)
        } else if glued == "pm"
            || after.starts_with("p.m")
            || after.starts_with("pm") && !after[2..].starts_with(char::is_alphabetic)
        {
            Some(true)
        } else {
            None
        };
        let oclock = words.get(k + 1).is_some_and(|n| n.lower == "o'clock");
        if half.is_none() && !colon && !oclock {
            continue;
        }
        let hour = match half {
            Some(true) if h < 12 => h + 12,
            Some(false) if h == 12 => 0,
            _ => h,
        };
        out.push(Clock {
            span: w.span.clone(),
            hour: hour % 24,
            minute: m,
            fixed: half.is_some() || colon && h >= 13,
        });
    }
    out
}

mod negatives;
#[cfg(test)]
mod tests;
