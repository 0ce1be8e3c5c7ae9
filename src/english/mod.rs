//! The English side of a sentence: what the tool recognises in it — glossary terms (negated
//! verbs with their tense), names (glossary names, people's names passed through, titles),
//! numbers, quantities, money, percentages, dates (relative days resolved against the
//! article's date) and Swahili clock times — in sentence order, each with its source span and
//! where its English came from. It never pretends to translate: a translation, when one
//! exists, comes from a translation memory or an external translator (the `translate`
//! module) and is labelled with its origin.
//!
//! Over 400 lines with a reason: the gloss item types, a term's English and the gloss loop
//! that merges recognisers, terms and names; the recognisers are in `reader/`.

pub mod data;
mod numbers;
mod reader;
pub mod time;
mod tokens;
pub mod verbs;

use serde::Serialize;

use crate::glossary::{Glossary, Polarity, Pos, TermHit};
use crate::text::{Span, fold, is_capitalised};

pub use crate::dates::Date;
pub use data::EnglishData;
use reader::Reader;
use tokens::{Token, tokens};
pub use verbs::Tense;

/// What a gloss item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GlossKind {
    /// A glossary term.
    Term,
    /// A name: from the glossary's names, or a person's name passed through.
    Name,
    /// A title before a name (`Dkt.` → Dr) with no name after it.
    Title,
    /// A number.
    Number,
    /// A counted noun: `miaka 24` → 24 years.
    Quantity,
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// A date, a day, or a year.
    Date,
    /// A clock time.
    Time,
}

impl GlossKind {
    /// The kind's name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            GlossKind::Term => "term",
            GlossKind::Name => "name",
            GlossKind::Title => "title",
            GlossKind::Number => "number",
            GlossKind::Quantity => "quantity",
            GlossKind::Money => "money",
            GlossKind::Percent => "percent",
            GlossKind::Date => "date",
            GlossKind::Time => "time",
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
    /// For verbs: the tense its prefix shows, when it reads one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tense: Option<Tense>,
    /// A normalised value: ISO date (`2024-06-20`), 24-hour time (`09:00`), number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// How it was read, when a reader should know (Swahili time, a resolved relative day).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl GlossItem {
    fn new(text: &str, start: usize, end: usize, en: String, kind: GlossKind) -> Self {
        GlossItem {
            start,
            end,
            sw: text[start..end].to_string(),
            en,
            kind,
            entry: None,
            polarity: None,
            tense: None,
            value: None,
            note: None,
        }
    }

    fn value(mut self, v: impl Into<String>) -> Self {
        self.value = Some(v.into());
        self
    }

    fn note(mut self, n: impl Into<String>) -> Self {
        self.note = Some(n.into());
        self
    }
}

/// What the gloss may know beyond the sentence.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GlossContext {
    /// The article's date: `leo`, `jana`, `kesho`, `mwaka jana` are resolved against it.
    pub date: Option<Date>,
}

impl GlossContext {
    /// A context with the article's date as written in its metadata (`2024-06-20…`); an
    /// unreadable date is ignored.
    pub fn with_date(date: Option<&str>) -> Self {
        GlossContext {
            date: date.and_then(Date::parse),
        }
    }
}

/// The English of a glossary hit without its sentence: negated forms read `not …`.
pub fn term_english(glossary: &Glossary, hit: &TermHit) -> String {
    let en = glossary.english(hit);
    match hit.polarity {
        Some(Polarity::Negative) => format!("not {en}"),
        _ => en.to_string(),
    }
}

/// The English of a glossary hit as it stands in `text`: a negated verb reads with the
/// tense its prefix shows (`hajasaini` → has not signed).
pub fn term_english_in(
    data: &EnglishData,
    glossary: &Glossary,
    hit: &TermHit,
    text: &str,
) -> (String, Option<Tense>) {
    let en = glossary.english(hit);
    match hit.polarity {
        Some(Polarity::Negative) => {
            let surface = text.get(hit.span.start..hit.span.end).unwrap_or("");
            let first = fold(surface.split_whitespace().next().unwrap_or(""));
            let (tense, plural) = verbs::negative_tense(&first);
            (verbs::negated(&en, tense, plural, data), Some(tense))
        }
        Some(Polarity::Affirmative) => {
            let surface = text.get(hit.span.start..hit.span.end).unwrap_or("");
            let first = fold(surface.split_whitespace().next().unwrap_or(""));
            let e = &glossary.entries[hit.entry];
            let head = fold(e.sw.split_whitespace().next().unwrap_or(""));
            match verbs::affirmative_tense(&first, &head) {
                Some((tense, passive, plural)) => (
                    verbs::affirmed(&en, tense, passive, plural, data),
                    Some(tense),
                ),
                None => (en.to_string(), None),
            }
        }
        None => (en.to_string(), None),
    }
}

/// Locative nouns before a place name: `nchini Vietnam` → in Vietnam.
const LOCATIVES: [&str; 8] = [
    "nchini", "mjini", "jijini", "mkoani", "wilayani", "kisiwani", "visiwani", "mpakani",
];

/// The gloss of the sentence at `span`: numbers, money, dates and times first (they claim
/// the words around them: `asilimia`, `dola bilioni`, `saa … asubuhi`), then the terms of
/// `hits` inside the span, then titles and names; in sentence order, without overlaps.
pub fn gloss_with(
    glossary: &Glossary,
    text: &str,
    span: Span,
    hits: &[TermHit],
    ctx: &GlossContext,
) -> Vec<GlossItem> {
    gloss_in(EnglishData::embedded(), glossary, text, span, hits, ctx)
}

/// [`gloss_with`] reading the English data given (a pipeline's own) instead of the
/// built-in data.
pub fn gloss_in(
    data: &EnglishData,
    glossary: &Glossary,
    text: &str,
    span: Span,
    hits: &[TermHit],
    ctx: &GlossContext,
) -> Vec<GlossItem> {
    let span = Span::new(span.start.min(text.len()), span.end.min(text.len()));
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Vec::new();
    }
    let hits: Vec<&TermHit> = hits
        .iter()
        .filter(|h| h.span.start >= span.start && h.span.end <= span.end)
        .collect();
    let toks = tokens(text, span, &data.glued_currencies);
    let r = Reader {
        glossary,
        text,
        toks: &toks,
        data,
        ctx,
        hits: &hits,
    };
    let mut items: Vec<GlossItem> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match r.at(i) {
            Some((item, used)) => {
                items.push(item);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    let covered =
        |items: &[GlossItem], s: Span| items.iter().any(|i| i.start < s.end && s.start < i.end);
    for hit in &hits {
        if covered(&items, hit.span) {
            continue;
        }
        let entry = &glossary.entries[hit.entry];
        let (en, tense) = term_english_in(data, glossary, hit, text);
        let mut item = GlossItem::new(
            text,
            hit.span.start,
            hit.span.end,
            en,
            if entry.pos == Pos::Name {
                GlossKind::Name
            } else {
                GlossKind::Term
            },
        );
        item.entry = Some(entry.id.clone());
        item.polarity = hit.polarity;
        item.tense = tense;
        items.push(item);
    }
    // Titles and the names after them; other names: runs of capitalised words, not at the
    // sentence start unless a second capitalised word follows (`Vladimir Putin alisema`).
    let free = |items: &[GlossItem], t: &Token| {
        !t.number && is_capitalised(t.span.of(text)) && !covered(items, t.span)
    };
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if let Some(title) = data
            .titles
            .get(&t.folded)
            .filter(|_| free(&items, t) && text[t.span.end..].starts_with(['.', ' ']))
        {
            let run = name_run(text, &toks, k + 1, |t| free(&items, t));
            let item = match run {
                Some(last) => {
                    let names = Span::new(toks[k + 1].span.start, toks[last].span.end);
                    k = last + 1;
                    GlossItem::new(
                        text,
                        t.span.start,
                        names.end,
                        format!("{title} {}", names.of(text)),
                        GlossKind::Name,
                    )
                    .note(format!("title {} = {title}", t.span.of(text)))
                }
                None => {
                    k += 1;
                    GlossItem::new(
                        text,
                        t.span.start,
                        t.span.end,
                        title.clone(),
                        GlossKind::Title,
                    )
                }
            };
            items.push(item);
            continue;
        }
        if !free(&items, t) || data.titles.contains_key(&t.folded) {
            k += 1;
            continue;
        }
        let last = name_run(text, &toks, k, |t| {
            free(&items, t) && !data.titles.contains_key(&t.folded)
        })
        .unwrap_or(k);
        // At the sentence start a capital says nothing: only a second capitalised word right
        // after it makes a name (`Vladimir Putin alisema`, not `Mtaalamu wa TEHAMA`).
        let second_capital = k == 0
            && toks.get(1).is_some_and(|n| {
                free(&items, n)
                    && text[t.span.end..n.span.start]
                        .chars()
                        .all(char::is_whitespace)
            });
        if k == 0 && (last == 0 || !second_capital) {
            k += 1;
            continue;
        }
        let s = Span::new(t.span.start, toks[last].span.end);
        items.push(GlossItem::new(
            text,
            s.start,
            s.end,
            s.of(text).to_string(),
            GlossKind::Name,
        ));
        k = last + 1;
    }
    items.sort_by_key(|i| i.start);
    merge_locatives(text, &toks, &mut items);
    resolve_leo_by_date(text, &mut items);
    items
}

/// `leo Alhamisi Juni 20, 2024`: a `leo` right before a full date is that date, even when
/// the article's date is unknown.
fn resolve_leo_by_date(text: &str, items: &mut [GlossItem]) {
    for j in 1..items.len() {
        let (a, b) = items.split_at_mut(j);
        let (leo, date) = (&mut a[j - 1], &b[0]);
        if leo.kind != GlossKind::Date
            || leo.value.is_some()
            || fold(&leo.sw) != "leo"
            || !text[leo.end..date.start].chars().all(char::is_whitespace)
        {
            continue;
        }
        if let Some(d) = date.value.as_deref().and_then(Date::parse) {
            leo.en = format!("today ({})", d.long());
            leo.value = Some(d.iso());
            leo.note = Some("the date that follows it".into());
        }
    }
}

/// The last token of a run of capitalised words from `first` (initials `J. K.` included).
fn name_run(
    text: &str,
    toks: &[Token],
    first: usize,
    ok: impl Fn(&Token) -> bool,
) -> Option<usize> {
    if !toks.get(first).is_some_and(&ok) {
        return None;
    }
    let mut k = first;
    while let Some(n) = toks.get(k + 1) {
        let gap = &text[toks[k].span.end..n.span.start];
        let initial = toks[k].span.of(text).chars().count() == 1;
        let joins = gap.chars().all(char::is_whitespace) && !gap.is_empty()
            || initial && matches!(gap, "." | ". ");
        if joins && ok(n) {
            k += 1;
            continue;
        }
        // `Uwanja wa Ndege wa Maputo`: an associative between two capitalised words.
        let assoc = matches!(
            n.folded.as_str(),
            "wa" | "ya" | "la" | "za" | "cha" | "vya" | "mwa"
        );
        match toks.get(k + 2) {
            Some(m) if assoc && gap == " " && text[n.span.end..m.span.start] == *" " && ok(m) => {
                k += 2;
            }
            _ => break,
        }
    }
    Some(k)
}

/// `nchini Vietnam` → one name item reading `in Vietnam`.
fn merge_locatives(text: &str, toks: &[Token], items: &mut Vec<GlossItem>) {
    let mut j = 0;
    while j < items.len() {
        if items[j].kind != GlossKind::Name {
            j += 1;
            continue;
        }
        let start = items[j].start;
        let Some(t) = toks.iter().rev().find(|t| t.span.end <= start) else {
            j += 1;
            continue;
        };
        let gap = &text[t.span.end..start];
        if !LOCATIVES.contains(&t.folded.as_str()) || !gap.chars().all(char::is_whitespace) {
            j += 1;
            continue;
        }
        // The locative may be a glossary term of its own: the name item takes it over.
        if j > 0 && items[j - 1].start == t.span.start && items[j - 1].end == t.span.end {
            items.remove(j - 1);
            j -= 1;
        } else if j > 0 && items[j - 1].end > t.span.start {
            j += 1;
            continue;
        }
        let item = &mut items[j];
        item.start = t.span.start;
        item.sw = text[item.start..item.end].to_string();
        item.en = format!("in {}", item.en);
        j += 1;
    }
}
