//! The English side of a sentence: what the tool recognises in it — glossary terms (with
//! polarity), names, numbers, money, percentages, dates — in sentence order, each with its
//! source span and where its English came from. It never pretends to translate: a
//! translation, when one exists, comes from elsewhere and is labelled with its origin.

use serde::Serialize;

use crate::glossary::{Glossary, Polarity, Pos, TermHit};
use crate::text::{Span, fold, is_capitalised, word_spans};

/// What a gloss item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GlossKind {
    /// A glossary term.
    Term,
    /// A name: from the glossary's names, or a person's name passed through.
    Name,
    /// A number.
    Number,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A date or a year.
    Date,
}

impl GlossKind {
    /// The kind's name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            GlossKind::Term => "term",
            GlossKind::Name => "name",
            GlossKind::Number => "number",
            GlossKind::Money => "money",
            GlossKind::Percent => "percent",
            GlossKind::Date => "date",
        }
    }
}

/// One recognised piece of a sentence and its English.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GlossItem {
    /// First byte in the article's text.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The Swahili as written.
    pub sw: String,
    /// Its English.
    pub en: String,
    /// What it is.
    pub kind: GlossKind,
    /// The glossary entry it came from, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entry: Option<String>,
    /// For verbs: affirmative or negative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub polarity: Option<Polarity>,
}

const MONTHS: [(&str, &str); 13] = [
    ("januari", "January"),
    ("februari", "February"),
    ("machi", "March"),
    ("aprili", "April"),
    ("mei", "May"),
    ("juni", "June"),
    ("julai", "July"),
    ("agosti", "August"),
    ("septemba", "September"),
    ("oktoba", "October"),
    ("novemba", "November"),
    ("desemba", "December"),
    ("disemba", "December"),
];

const DAYS: [(&str, &str); 7] = [
    ("jumatatu", "Monday"),
    ("jumanne", "Tuesday"),
    ("jumatano", "Wednesday"),
    ("alhamisi", "Thursday"),
    ("ijumaa", "Friday"),
    ("jumamosi", "Saturday"),
    ("jumapili", "Sunday"),
];

const SCALES: [(&str, &str); 4] = [
    ("elfu", "thousand"),
    ("milioni", "million"),
    ("bilioni", "billion"),
    ("trilioni", "trillion"),
];

fn lookup(table: &[(&str, &'static str)], word: &str) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == word).map(|(_, v)| *v)
}

/// The English of a glossary hit, negated when the form is.
pub fn term_english(glossary: &Glossary, hit: &TermHit) -> String {
    let en = glossary.english(hit);
    match hit.polarity {
        Some(Polarity::Negative) => format!("not {en}"),
        _ => en.to_string(),
    }
}

/// A token of the sentence: a word or a number (digits with `,` `.` `:` `/` inside).
#[derive(Debug, Clone)]
struct Token {
    span: Span,
    folded: String,
    number: bool,
}

fn tokens(text: &str, span: Span) -> Vec<Token> {
    let body = span.of(text);
    let mut out: Vec<Token> = Vec::new();
    for w in word_spans(body) {
        let s = Span::new(span.start + w.start, span.start + w.end);
        let word = s.of(text);
        let is_digit = word.chars().all(|c| c.is_ascii_digit());
        // Join `2` `.` `5` and `1` `,` `000` into one number token.
        if is_digit && let Some(prev) = out.last_mut() {
            let gap = &text[prev.span.end..s.start];
            if prev.number && matches!(gap, "." | "," | ":" | "/") {
                prev.span.end = s.end;
                prev.folded = prev.span.of(text).to_string();
                continue;
            }
        }
        // `Sh5` / `KSh50`: a currency glued to its amount.
        out.push(Token {
            span: s,
            folded: fold(word),
            number: is_digit,
        });
    }
    out
}

fn money_unit(word: &str) -> Option<&'static str> {
    match word {
        "sh" | "shilingi" | "tsh" | "tshs" => Some("shillings"),
        "ksh" | "kshs" => Some("Kenyan shillings"),
        "ush" => Some("Ugandan shillings"),
        "dola" | "dola za kimarekani" | "usd" => Some("USD"),
        "euro" => Some("EUR"),
        _ => None,
    }
}

fn format_money(unit: &str, amount: &str, scale: Option<&str>) -> String {
    let scale = scale.map(|s| format!(" {s}")).unwrap_or_default();
    if unit == "USD" || unit == "EUR" {
        format!("{unit} {amount}{scale}")
    } else {
        format!("{amount}{scale} {unit}")
    }
}

/// The gloss of the sentence at `span`: terms from `hits` (those inside the span), then
/// names, numbers, money and dates, in sentence order, without overlaps.
pub fn gloss(glossary: &Glossary, text: &str, span: Span, hits: &[TermHit]) -> Vec<GlossItem> {
    let mut items: Vec<GlossItem> = Vec::new();
    let covered =
        |items: &[GlossItem], s: Span| items.iter().any(|i| i.start < s.end && s.start < i.end);
    let toks = tokens(text, span);
    // Numbers with their context first: they claim `asilimia`, `dola bilioni`, dates.
    let mut i = 0;
    while i < toks.len() {
        if let Some((item, used)) = number_item(text, &toks, i) {
            i += used;
            items.push(item);
        } else {
            i += 1;
        }
    }
    for hit in hits
        .iter()
        .filter(|h| h.span.start >= span.start && h.span.end <= span.end)
    {
        if covered(&items, hit.span) {
            continue;
        }
        let entry = &glossary.entries[hit.entry];
        items.push(GlossItem {
            start: hit.span.start,
            end: hit.span.end,
            sw: hit.span.of(text).to_string(),
            en: term_english(glossary, hit),
            kind: if entry.pos == Pos::Name {
                GlossKind::Name
            } else {
                GlossKind::Term
            },
            entry: Some(entry.id.clone()),
            polarity: hit.polarity,
        });
    }
    // People's and other names: runs of capitalised words, not at the sentence start.
    let mut k = 1;
    while k < toks.len() {
        let is_name =
            |t: &Token| !t.number && is_capitalised(t.span.of(text)) && !covered(&items, t.span);
        if !is_name(&toks[k]) {
            k += 1;
            continue;
        }
        let first = k;
        while k + 1 < toks.len()
            && is_name(&toks[k + 1])
            && text[toks[k].span.end..toks[k + 1].span.start]
                .chars()
                .all(char::is_whitespace)
        {
            k += 1;
        }
        let s = Span::new(toks[first].span.start, toks[k].span.end);
        items.push(GlossItem {
            start: s.start,
            end: s.end,
            sw: s.of(text).to_string(),
            en: s.of(text).to_string(),
            kind: GlossKind::Name,
            entry: None,
            polarity: None,
        });
        k += 1;
    }
    items.sort_by_key(|i| i.start);
    items
}

/// A number at token `i` with the words around it that give its meaning; returns the item
/// and how many tokens from `i` it used.
fn number_item(text: &str, toks: &[Token], i: usize) -> Option<(GlossItem, usize)> {
    let t = &toks[i];
    let glued_currency = t
        .folded
        .strip_suffix(|c: char| c.is_ascii_digit())
        .is_some()
        && ["sh", "tsh", "ksh"].iter().any(|p| {
            t.folded.starts_with(p)
                && t.folded[p.len()..]
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        });
    if !t.number && !glued_currency {
        return None;
    }
    let prev = |n: usize| i.checked_sub(n).map(|j| toks[j].folded.as_str());
    let next = |n: usize| toks.get(i + n).map(|t| t.folded.as_str());
    let make = |start: usize, end: usize, en: String, kind: GlossKind| GlossItem {
        start,
        end,
        sw: text[start..end].to_string(),
        en,
        kind,
        entry: None,
        polarity: None,
    };
    if glued_currency {
        let unit_len = t.folded.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        let unit = money_unit(&t.folded[..unit_len]).unwrap_or("shillings");
        // `Sh5.2 bilioni`: the decimal part was split off as its own number token.
        let mut used = 1;
        let mut amount = t.span.of(text)[unit_len..].to_string();
        let mut end = t.span.end;
        if let Some(n) = toks
            .get(i + 1)
            .filter(|n| n.number && text[end..n.span.start] == *".")
        {
            amount = format!("{amount}.{}", n.span.of(text));
            end = n.span.end;
            used += 1;
        }
        let scale = toks.get(i + used).and_then(|n| lookup(&SCALES, &n.folded));
        if scale.is_some() {
            end = toks[i + used].span.end;
            used += 1;
        }
        return Some((
            make(
                t.span.start,
                end,
                format_money(unit, &amount, scale),
                GlossKind::Money,
            ),
            used,
        ));
    }
    let amount = t.span.of(text);
    // `asilimia 80`
    if prev(1) == Some("asilimia") {
        let s = toks[i - 1].span.start;
        return Some((
            make(
                s,
                t.span.end,
                format!("{amount} percent"),
                GlossKind::Percent,
            ),
            1,
        ));
    }
    // `dola bilioni 50`, `Sh. milioni 3`
    if let (Some(scale), Some(unit)) = (
        prev(1).and_then(|w| lookup(&SCALES, w)),
        prev(2).and_then(money_unit),
    ) {
        let s = toks[i - 2].span.start;
        return Some((
            make(
                s,
                t.span.end,
                format_money(unit, amount, Some(scale)),
                GlossKind::Money,
            ),
            1,
        ));
    }
    // `Sh. 5,000`, `dola 300 milioni`, `KSh 50 milioni`
    if let Some(unit) = prev(1).and_then(money_unit) {
        let s = toks[i - 1].span.start;
        let scale = next(1).and_then(|w| lookup(&SCALES, w));
        let (end, used) = if scale.is_some() {
            (toks[i + 1].span.end, 2)
        } else {
            (t.span.end, 1)
        };
        return Some((
            make(s, end, format_money(unit, amount, scale), GlossKind::Money),
            used,
        ));
    }
    // `20 Juni 2024`, `Juni 20, 2024`, with an optional weekday before.
    let year_at = |j: usize| {
        toks.get(j)
            .filter(|t| t.number && t.folded.len() == 4)
            .map(|t| t.folded.clone())
    };
    if let Some(month) = next(1).and_then(|w| lookup(&MONTHS, w)) {
        let mut end = toks[i + 1].span.end;
        let mut used = 2;
        let mut en = format!("{amount} {month}");
        if let Some(y) = year_at(i + 2) {
            en = format!("{en} {y}");
            end = toks[i + 2].span.end;
            used = 3;
        }
        let (start, en) = weekday_before(toks, i, en);
        return Some((make(start, end, en, GlossKind::Date), used));
    }
    if let Some(month) = prev(1).and_then(|w| lookup(&MONTHS, w)) {
        let mut end = t.span.end;
        let mut used = 1;
        let mut en = format!("{amount} {month}");
        if let Some(y) = year_at(i + 1) {
            en = format!("{en} {y}");
            end = toks[i + 1].span.end;
            used = 2;
        }
        let (start, en) = weekday_before(toks, i - 1, en);
        return Some((make(start, end, en, GlossKind::Date), used));
    }
    if amount.len() == 4 && (amount.starts_with("19") || amount.starts_with("20")) {
        let (s, en) = match prev(1) {
            Some("mwaka") => (toks[i - 1].span.start, format!("the year {amount}")),
            Some("tangu") => (toks[i - 1].span.start, format!("since {amount}")),
            _ => (t.span.start, amount.to_string()),
        };
        return Some((make(s, t.span.end, en, GlossKind::Date), 1));
    }
    let en = amount.to_string();
    Some((make(t.span.start, t.span.end, en, GlossKind::Number), 1))
}

/// Extends a date back over a weekday (`Alhamisi Juni 20`, `Jumanne, 4 Machi`).
fn weekday_before(toks: &[Token], first: usize, en: String) -> (usize, String) {
    match first
        .checked_sub(1)
        .and_then(|j| lookup(&DAYS, &toks[j].folded).map(|d| (j, d)))
    {
        Some((j, day)) => (toks[j].span.start, format!("{day}, {en}")),
        None => (toks[first].span.start, en),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(text: &str) -> Vec<(String, String)> {
        gloss(&Glossary::default(), text, Span::new(0, text.len()), &[])
            .into_iter()
            .map(|i| (i.sw, i.en))
            .collect()
    }

    #[test]
    fn numbers_money_dates() {
        let cases = [
            ("Ni asilimia 80 tu.", ("asilimia 80", "80 percent")),
            (
                "Msaada wa dola bilioni 50 umetolewa.",
                ("dola bilioni 50", "USD 50 billion"),
            ),
            (
                "Serikali ilitumia Sh5.2 bilioni mwaka huu.",
                ("Sh5.2 bilioni", "5.2 billion shillings"),
            ),
            (
                "Walikutana Alhamisi Juni 20, 2024 mjini.",
                ("Alhamisi Juni 20, 2024", "Thursday, 20 June 2024"),
            ),
            (
                "Alizaliwa tarehe 13 Septemba 1956 kijijini.",
                ("13 Septemba 1956", "13 September 1956"),
            ),
            (
                "Vita vilianza mwaka 2022 mpakani.",
                ("mwaka 2022", "the year 2022"),
            ),
            (
                "Wamekuwa chini ya vikwazo tangu 2006 hadi leo.",
                ("tangu 2006", "since 2006"),
            ),
        ];
        for (text, (sw, en)) in cases {
            let got = items(text);
            assert!(
                got.contains(&(sw.to_string(), en.to_string())),
                "{text}: {got:?}"
            );
        }
    }

    #[test]
    fn names_pass_through() {
        let got = items("Rais Amani Kweka alikutana na Bi. Neema Mushi jana.");
        assert!(
            got.contains(&("Amani Kweka".into(), "Amani Kweka".into())),
            "{got:?}"
        );
    }
}
