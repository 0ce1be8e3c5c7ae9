//! Second looks at numbers in their context, after the recognisers ran: a range carries its
//! scale to both ends (`milioni 29 hadi 44` → 29 to 44 million), a number after an
//! associative is an ordinal (`nafasi ya 36` → 36th, `mara ya kwanza` → first), and
//! `kila mmoja` is "each", not the number 1.

use super::tokens::Token;
use super::{GlossItem, GlossKind};

/// Associatives that make the number after them an ordinal (`wa`, `ya`, …).
const ASSOCIATIVES: [&str; 7] = ["wa", "ya", "la", "cha", "vya", "za", "mwa"];

/// Words before an associative that make the number a count or a point, not an ordinal:
/// `zaidi ya 100` (more than 100), `kati ya 10` (out of 10), `chini ya 5`, `kabla ya 10`
/// (before 10), `baada ya 3`.
const COUNT_HEADS: [&str; 11] = [
    "zaidi", "kati", "chini", "juu", "idadi", "jumla", "kiasi", "takriban", "karibu", "kabla",
    "baada",
];

/// Range words between two numbers.
const RANGE: [&str; 3] = ["hadi", "mpaka", "-"];

/// Ordinal words: `ya kwanza` → first.
const ORDINAL_WORDS: [(&str, &str); 2] = [("kwanza", "first"), ("pili", "second")];

fn ordinal(n: u64) -> String {
    const WORDS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    if (1..=10).contains(&n) {
        return WORDS[n as usize - 1].to_string();
    }
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

/// The index of the token that starts at `start`, or ends at `end`.
fn tok_at(toks: &[Token], start: usize) -> Option<usize> {
    toks.iter().position(|t| t.span.start == start)
}

fn tok_ending(toks: &[Token], end: usize) -> Option<usize> {
    toks.iter().position(|t| t.span.end == end)
}

/// Applies the three rules (`labels`: nouns a number after `ya` labels, `ibara ya 282`) to `items` (sentence order, no overlaps).
pub(super) fn refine(text: &str, toks: &[Token], labels: &[String], items: &mut Vec<GlossItem>) {
    ranges(text, toks, items);
    for item in items.iter_mut() {
        if item.kind != GlossKind::Number || item.sw.contains(' ') {
            continue;
        }
        let Some(k) = tok_at(toks, item.start) else {
            continue;
        };
        let before = |d: usize| k.checked_sub(d).map(|j| toks[j].folded.as_str());
        if before(1).is_some_and(|w| ASSOCIATIVES.contains(&w))
            && before(2).is_some_and(|w| !COUNT_HEADS.contains(&w))
            // `ibara ya 282` is article 282, not the 282nd: a label noun numbers a thing.
            && before(2).is_some_and(|w| !labels.iter().any(|l| l == w))
            && let Some(v) = item.value.as_deref().and_then(|v| v.parse::<u64>().ok())
            // Places and rounds are small; `nafasi ya 60,000` is room for 60,000.
            && (1..1000).contains(&v)
            && !item.sw.contains(',')
            // A number glued to more (`4-5x`, `3x`) is a range or a factor.
            && !text[item.end..].starts_with(|c: char| c == '-' || c.is_alphanumeric())
        {
            item.en = ordinal(v);
            item.note = Some("ordinal after an associative".into());
        }
    }
    // `kila mmoja` (each one) and `ya kwanza` (first): items of their own.
    let mut add = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        let prev = k.checked_sub(1).map(|j| toks[j].folded.as_str());
        let en = if t.folded == "mmoja" && prev == Some("kila") {
            Some(("each", k - 1))
        } else {
            ORDINAL_WORDS
                .iter()
                .find(|(w, _)| *w == t.folded)
                .filter(|_| prev.is_some_and(|p| ASSOCIATIVES.contains(&p)))
                .map(|(_, en)| (*en, k))
        };
        let Some((en, first)) = en else {
            continue;
        };
        let (start, end) = (toks[first].span.start, t.span.end);
        items.retain(|i| !(i.start >= start && i.end <= end));
        if items.iter().any(|i| i.start < end && start < i.end) {
            continue;
        }
        add.push(GlossItem::new(
            text,
            start,
            end,
            en.to_string(),
            GlossKind::Number,
        ));
    }
    items.extend(add);
    items.sort_by_key(|i| i.start);
}

/// `milioni 29 hadi 44` → one item, 29 to 44 million people.
fn ranges(text: &str, toks: &[Token], items: &mut Vec<GlossItem>) {
    let mut j = 0;
    while j + 1 < items.len() {
        let (a, b) = (&items[j], &items[j + 1]);
        let scaled =
            matches!(
                a.kind,
                GlossKind::Quantity | GlossKind::Money | GlossKind::Number
            ) && a.en.contains(" million") | a.en.contains(" billion") | a.en.contains(" trillion");
        let link = tok_ending(toks, a.end)
            .and_then(|k| toks.get(k + 1))
            .filter(|t| RANGE.contains(&t.folded.as_str()) && t.span.end <= b.start)
            .is_some_and(|t| text[t.span.end..b.start].trim().is_empty());
        if !(scaled && link && b.kind == GlossKind::Number && !b.sw.contains(' ')) {
            j += 1;
            continue;
        }
        // Put `to 44` after the first number of the English: USD 3 to 5 million.
        let en = &a.en;
        let Some(s) = en.find(|c: char| c.is_ascii_digit()) else {
            j += 1;
            continue;
        };
        let e = en[s..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .map_or(en.len(), |e| s + e);
        let merged = format!("{} to {}{}", &en[..e], b.en, &en[e..]);
        let end = b.end;
        let mut item = GlossItem::new(text, a.start, end, merged, a.kind);
        item.note = Some("a range: the scale applies to both ends".into());
        items.splice(j..=j + 1, [item]);
        j += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_read_as_english() {
        assert_eq!(ordinal(1), "first");
        assert_eq!(ordinal(36), "36th");
        assert_eq!(ordinal(21), "21st");
        assert_eq!(ordinal(112), "112th");
        assert_eq!(ordinal(43), "43rd");
    }
}
