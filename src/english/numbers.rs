//! Amounts: digits (`1,200`, `5.2`), scales before or after (`bilioni 50`, `50 bilioni`) and
//! Swahili number words with their grammar (`elfu tatu` = 3,000, `ishirini na tano` = 25,
//! `elfu mbili mia tano` = 2,500), read into a value and an English rendering.

use super::data::EnglishData;
use super::tokens::Token;

/// An amount read from one or more tokens.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Amount {
    /// Its English (`3,000`, `50 billion`, `5.2`).
    pub en: String,
    /// Its value, when it is a plain number.
    pub value: Option<f64>,
    /// How many tokens it used.
    pub used: usize,
}

/// Groups thousands: 3000 → `3,000`.
pub(crate) fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A value written the way English news writes it: `3,000`, `2.5 million`, `40 billion`.
pub(crate) fn format_value(v: u64, data: &EnglishData) -> String {
    let mut big: Vec<(&u64, &str)> = data
        .scales
        .values()
        .filter(|s| s.value >= 1_000_000)
        .map(|s| (&s.value, s.en.as_str()))
        .collect();
    big.sort_by(|a, b| b.0.cmp(a.0));
    for (scale, en) in big {
        if v >= *scale && (v * 1000).is_multiple_of(*scale) {
            let whole = v / scale;
            let frac = v % scale;
            if frac == 0 {
                return format!("{} {en}", group(whole));
            }
            let dec = format!("{:.3}", frac as f64 / *scale as f64);
            let dec = dec.trim_start_matches('0').trim_end_matches('0');
            return format!("{}{dec} {en}", group(whole));
        }
    }
    group(v)
}

/// Whether a digits token reads as a plain number (not a date or a clock time).
fn plain_digits(t: &Token) -> bool {
    t.number && !t.folded.contains(['/', ':', '-'])
}

/// A digits token's value: `1,200` → 1200, `5.2` → 5.2 (a `,` followed by three digits
/// groups thousands; otherwise it is a decimal comma).
pub(crate) fn digits_value(s: &str) -> Option<f64> {
    let parts: Vec<&str> = s.split(',').collect();
    let grouped = parts.len() > 1 && parts[1..].iter().all(|p| p.len() == 3 || p.contains('.'));
    let cleaned = if grouped {
        s.replace(',', "")
    } else {
        s.replace(',', ".")
    };
    cleaned.parse::<f64>().ok()
}

/// The amount that starts at token `i`, if any, with a fraction after it: `tano na nusu`
/// = 5.5, `milioni mbili na nusu` = 2.5 million (the fraction counts the scale when the
/// amount is one scale group), `elfu tatu na robo` = 3,250. `na nusu ya …` is "and half
/// of …", not a fraction of the amount.
pub(crate) fn amount(toks: &[Token], i: usize, data: &EnglishData) -> Option<Amount> {
    let (whole, unit) = whole_amount(toks, i, data)?;
    let j = i + whole.used;
    let of = toks.get(j + 2).is_some_and(|t| {
        ["ya", "za", "wa", "la", "cha", "vya", "yao", "yake"].contains(&t.folded.as_str())
    });
    let fraction = match (toks.get(j), toks.get(j + 1)) {
        (Some(na), Some(f)) if na.folded == "na" && !of => data.fractions.get(&f.folded).copied(),
        _ => None,
    };
    let (Some(fraction), Some(value), true) = (fraction, whole.value, unit > 0.0) else {
        return Some(whole);
    };
    let value = value + fraction * unit;
    let en = if value.fract() == 0.0 && value < u64::MAX as f64 {
        format_value(value as u64, data)
    } else {
        // `250,000 na nusu` → 250,000.5
        let whole = value.trunc();
        let rest = format!("{}", value - whole);
        format!("{}{}", group(whole as u64), rest.trim_start_matches('0'))
    };
    Some(Amount {
        en,
        value: Some(value),
        used: whole.used + 2,
    })
}

/// The unit a fraction counts after digits times a scale (1 for digits alone): the scale,
/// or 0 (no fraction) when the digits are a decimal (`bilioni 1.2`, `5.2`).
fn fraction_unit(digits: &str, scale: u64) -> f64 {
    match digits_value(digits) {
        Some(v) if v.fract() == 0.0 => scale as f64,
        _ => 0.0,
    }
}

/// [`amount`] without a fraction, and the unit a fraction after it counts: the scale of a
/// single scale group (`milioni mbili`, `bilioni 50`), otherwise 1; 0 for a decimal
/// (`5.2`), which takes no fraction.
fn whole_amount(toks: &[Token], i: usize, data: &EnglishData) -> Option<(Amount, f64)> {
    let t = toks.get(i)?;
    if plain_digits(t) {
        // `50 bilioni`
        if let Some(scale) = toks.get(i + 1).and_then(|n| data.scales.get(&n.folded))
            && scale.value >= 1000
        {
            let amount = Amount {
                en: format!("{} {}", t.folded, scale.en),
                value: digits_value(&t.folded).map(|v| v * scale.value as f64),
                used: 2,
            };
            return Some((amount, fraction_unit(&t.folded, scale.value)));
        }
        let amount = Amount {
            en: t.folded.clone(),
            value: digits_value(&t.folded),
            used: 1,
        };
        return Some((amount, fraction_unit(&t.folded, 1)));
    }
    // `bilioni 50`, `milioni 3.5`
    if let Some(scale) = data.scales.get(&t.folded)
        && let Some(n) = toks.get(i + 1).filter(|n| plain_digits(n))
        && scale.value >= 1000
    {
        let amount = Amount {
            en: format!("{} {}", n.folded, scale.en),
            value: digits_value(&n.folded).map(|v| v * scale.value as f64),
            used: 2,
        };
        return Some((amount, fraction_unit(&n.folded, scale.value)));
    }
    let (v, used) = words_value(toks, i, u64::MAX, data)?;
    // One scale group (`elfu tatu`, not `elfu tatu mia mbili`): a fraction counts the scale.
    let unit = match data.scales.get(&t.folded) {
        Some(scale) if v % scale.value == 0 && v / scale.value < 1000 => scale.value as f64,
        _ => 1.0,
    };
    let amount = Amount {
        en: format_value(v, data),
        value: Some(v as f64),
        used,
    };
    Some((amount, unit))
}

/// Number words from token `i`, each part smaller than `limit`: a scale word takes the
/// number after it as its multiplier (`elfu tatu`), parts add up, joined by `na` or not.
pub(crate) fn words_value(
    toks: &[Token],
    i: usize,
    limit: u64,
    data: &EnglishData,
) -> Option<(u64, usize)> {
    let mut total: u64 = 0;
    let mut j = i;
    let mut below = limit; // the next part must be smaller than this
    let mut any = false;
    while let Some(t) = toks.get(j) {
        let part = if let Some(scale) = data.scales.get(&t.folded).filter(|s| s.value < below) {
            // Its multiplier: number words below the scale (below 10 for `mia`), or digits.
            let cap = if scale.value == 100 {
                10
            } else {
                scale.value.min(1000)
            };
            words_value(toks, j + 1, cap, data)
                .map(|(m, used)| (scale.value.saturating_mul(m), 1 + used, scale.value))
        } else if let Some(&v) = data.numbers.get(&t.folded).filter(|v| **v < below) {
            // A tens word lets a unit follow (`ishirini na tano`); a unit ends the number.
            let next_below = if v >= 10 && v % 10 == 0 { 10 } else { 1 };
            Some((v, 1, next_below))
        } else {
            None
        };
        let Some((v, used, next_below)) = part else {
            break;
        };
        total = total.saturating_add(v);
        any = true;
        j += used;
        below = next_below;
        if below <= 1 {
            break;
        }
        // `na` joins the next part only when one follows.
        if toks.get(j).is_some_and(|t| t.folded == "na")
            && words_value(toks, j + 1, below, data).is_some()
        {
            j += 1;
        }
    }
    any.then_some((total, j - i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::english::tokens::tokens;
    use crate::text::Span;

    fn read(s: &str) -> Option<(String, usize)> {
        let d = EnglishData::embedded();
        let toks = tokens(s, Span::new(0, s.len()), &d.glued_currencies);
        amount(&toks, 0, d).map(|a| (a.en, a.used))
    }

    #[test]
    fn number_words() {
        assert_eq!(read("ishirini na tano"), Some(("25".into(), 3)));
        assert_eq!(read("elfu tatu"), Some(("3,000".into(), 2)));
        assert_eq!(read("elfu kumi na tano"), Some(("15,000".into(), 4)));
        assert_eq!(read("elfu mbili na tano"), Some(("2,005".into(), 4)));
        assert_eq!(read("elfu mbili mia tano"), Some(("2,500".into(), 4)));
        assert_eq!(read("milioni mbili"), Some(("2 million".into(), 2)));
        assert_eq!(read("mia moja na ishirini"), Some(("120".into(), 4)));
        assert_eq!(read("laki tatu"), Some(("300,000".into(), 2)));
        assert_eq!(read("mbili na tatu"), Some(("2".into(), 1)));
        assert_eq!(read("bilioni 50"), Some(("50 billion".into(), 2)));
        assert_eq!(read("1,200"), Some(("1,200".into(), 1)));
        assert_eq!(read("watu"), None);
    }

    #[test]
    fn fractions_after_an_amount() {
        assert_eq!(read("tano na nusu"), Some(("5.5".into(), 3)));
        assert_eq!(
            read("milioni mbili na nusu"),
            Some(("2.5 million".into(), 4))
        );
        assert_eq!(read("elfu tatu na robo"), Some(("3,250".into(), 4)));
        assert_eq!(read("bilioni 50 na nusu"), Some(("50.5 billion".into(), 4)));
        assert_eq!(read("7 na nusu"), Some(("7.5".into(), 3)));
        assert_eq!(read("250,000 na nusu"), Some(("250,000.5".into(), 3)));
        // A decimal takes no fraction; `na` before anything else is not part of it, nor is
        // `nusu ya` (half of).
        assert_eq!(read("5.2 na nusu"), Some(("5.2".into(), 1)));
        assert_eq!(read("bilioni 1.2 na nusu"), Some(("1.2 billion".into(), 2)));
        assert_eq!(read("40 na nusu yao"), Some(("40".into(), 1)));
        assert_eq!(read("tano na watu"), Some(("5".into(), 1)));
    }

    #[test]
    fn values() {
        assert_eq!(digits_value("1,200"), Some(1200.0));
        assert_eq!(digits_value("2,5"), Some(2.5));
        assert_eq!(
            format_value(2_500_000, EnglishData::embedded()),
            "2.5 million"
        );
    }
}
