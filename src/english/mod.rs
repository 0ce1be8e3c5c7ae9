//! The English side of a sentence: what the tool recognises in it — glossary terms (negated
//! verbs with their tense), names (glossary names, people's names passed through, titles),
//! numbers, quantities, money, percentages, dates (relative days resolved against the
//! article's date) and Swahili clock times — in sentence order, each with its source span and
//! where its English came from. It never pretends to translate: a translation, when one
//! exists, comes from a translation memory or an external translator ([`tm`],
//! [`translator`]) and is labelled with its origin.

pub mod data;
pub mod dates;
mod numbers;
pub mod time;
pub mod tm;
mod tokens;
pub mod translator;
pub mod verbs;

use serde::Serialize;

use crate::glossary::{Glossary, Polarity, Pos, TermHit};
use crate::text::{Span, fold, is_capitalised};

pub use data::EnglishData;
pub use dates::Date;
use numbers::{amount, group};
use tokens::{Token, tokens};
pub use verbs::NegTense;

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
    /// For negated verbs: the tense its prefix shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tense: Option<NegTense>,
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
    glossary: &Glossary,
    hit: &TermHit,
    text: &str,
) -> (String, Option<NegTense>) {
    let en = glossary.english(hit);
    match hit.polarity {
        Some(Polarity::Negative) => {
            let surface = text.get(hit.span.start..hit.span.end).unwrap_or("");
            let first = fold(surface.split_whitespace().next().unwrap_or(""));
            let tense = verbs::negative_tense(&first);
            (
                verbs::negated(en, tense, EnglishData::embedded()),
                Some(tense),
            )
        }
        _ => (en.to_string(), None),
    }
}

/// The gloss of the sentence at `span`, without knowing the article's date.
pub fn gloss(glossary: &Glossary, text: &str, span: Span, hits: &[TermHit]) -> Vec<GlossItem> {
    gloss_with(glossary, text, span, hits, &GlossContext::default())
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
    let data = EnglishData::embedded();
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
        let (en, tense) = term_english_in(glossary, hit, text);
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

/// Reads the recognisers that start at a token.
struct Reader<'a> {
    glossary: &'a Glossary,
    text: &'a str,
    toks: &'a [Token],
    data: &'a EnglishData,
    ctx: &'a GlossContext,
    hits: &'a [&'a TermHit],
}

impl Reader<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).map(|t| t.folded.as_str())
    }

    fn item(&self, first: usize, last: usize, en: String, kind: GlossKind) -> GlossItem {
        GlossItem::new(
            self.text,
            self.toks[first].span.start,
            self.toks[last].span.end,
            en,
            kind,
        )
    }

    fn in_term(&self, i: usize) -> bool {
        let s = self.toks[i].span;
        self.hits
            .iter()
            .any(|h| h.span.start < s.end && s.start < h.span.end)
    }

    /// The recognised item that starts at token `i` and how many tokens it uses.
    fn at(&self, i: usize) -> Option<(GlossItem, usize)> {
        self.relative(i)
            .or_else(|| self.dated(i))
            .or_else(|| self.clock(i))
            .or_else(|| self.percent(i))
            .or_else(|| self.money(i))
            .or_else(|| self.counted(i))
            .or_else(|| self.bare(i))
    }

    /// `leo`, `jana`, `kesho`, `mwaka jana`, `wiki ijayo`.
    fn relative(&self, i: usize) -> Option<(GlossItem, usize)> {
        let w = self.word(i)?;
        let next = self.word(i + 1);
        let base = self.ctx.date;
        let years = match (w, next) {
            ("mwaka", Some("jana" | "uliopita")) => Some((-1, "last year")),
            ("mwaka", Some("huu")) => Some((0, "this year")),
            ("mwaka", Some("ujao" | "ujayo" | "kesho")) => Some((1, "next year")),
            _ => None,
        };
        if let Some((off, en)) = years {
            let mut item = self.item(i, i + 1, en.to_string(), GlossKind::Date);
            if let Some(d) = base {
                let y = d.year + off;
                item.en = format!("{en} ({y})");
                item = item
                    .value(y.to_string())
                    .note(format!("resolved against the article's date, {}", d.iso()));
            }
            return Some((item, 2));
        }
        let period = match (w, next) {
            ("wiki", Some("iliyopita" | "jana")) => Some("last week"),
            ("wiki", Some("ijayo" | "ujao")) => Some("next week"),
            ("wiki", Some("hii")) => Some("this week"),
            ("mwezi", Some("uliopita" | "jana")) => Some("last month"),
            ("mwezi", Some("ujao" | "ujayo")) => Some("next month"),
            ("mwezi", Some("huu")) => Some("this month"),
            _ => None,
        };
        if let Some(en) = period {
            return Some((self.item(i, i + 1, en.to_string(), GlossKind::Date), 2));
        }
        let rel = self.data.relative_days.get(w)?;
        let mut item = self.item(i, i, rel.en.clone(), GlossKind::Date);
        if let Some(d) = base {
            let day = d.add_days(rel.offset);
            item.en = format!("{} ({})", rel.en, day.long());
            item = item
                .value(day.iso())
                .note(format!("resolved against the article's date, {}", d.iso()));
        }
        Some((item, 1))
    }

    /// Dates, with an optional weekday and `tarehe` before them; a weekday alone; years.
    fn dated(&self, i: usize) -> Option<(GlossItem, usize)> {
        let w = self.word(i)?;
        if w == "tarehe" {
            let (mut item, used) = self.date_at(i + 1)?;
            item.start = self.toks[i].span.start;
            item.sw = self.text[item.start..item.end].to_string();
            return Some((item, used + 1));
        }
        if let Some(day) = self.data.day(w) {
            // `Alhamisi, Juni 20, 2024` / `Alhamisi tarehe 20 Juni`
            let gap = self
                .toks
                .get(i + 1)
                .map(|n| &self.text[self.toks[i].span.end..n.span.start]);
            let skip = usize::from(self.word(i + 1) == Some("tarehe"));
            if matches!(gap, Some(" " | ", "))
                && let Some((mut item, used)) = self.date_at(i + 1 + skip)
            {
                let parsed = item.value.as_deref().and_then(Date::parse);
                item.start = self.toks[i].span.start;
                item.sw = self.text[item.start..item.end].to_string();
                item.en = format!("{day}, {}", item.en);
                if let Some(d) = parsed.filter(|d| d.weekday() != day) {
                    item = item.note(format!("{} was a {}", d.iso(), d.weekday()));
                }
                return Some((item, used + 1 + skip));
            }
            // `Jumatatu ijayo` / `Jumapili iliyopita`: next / last such day.
            let dir = match self.word(i + 1) {
                Some("ijayo" | "ujao") => Some((1, "next")),
                Some("iliyopita" | "uliopita") => Some((-1, "last")),
                _ => None,
            };
            if let Some((sign, word)) = dir {
                let mut item = self.item(i, i + 1, format!("{word} {day}"), GlossKind::Date);
                if let Some(d) = self.ctx.date {
                    let mut x = d.add_days(sign);
                    while x.weekday() != day {
                        x = x.add_days(sign);
                    }
                    item.en = format!("{word} {day} ({})", x.plain());
                    item = item
                        .value(x.iso())
                        .note(format!("resolved against the article's date, {}", d.iso()));
                }
                return Some((item, 2));
            }
            return Some((self.item(i, i, day.to_string(), GlossKind::Date), 1));
        }
        self.date_at(i)
    }

    /// A date that starts at token `i`.
    fn date_at(&self, i: usize) -> Option<(GlossItem, usize)> {
        let t = self.toks.get(i)?;
        let w = t.folded.as_str();
        let year_at = |j: usize| {
            self.toks
                .get(j)
                .filter(|t| t.number && t.folded.len() == 4)
                .and_then(|t| t.folded.parse::<i64>().ok())
        };
        let day_num = |t: &Token| {
            t.number
                .then(|| t.folded.parse::<u32>().ok())
                .flatten()
                .filter(|d| (1..=31).contains(d))
        };
        let finish =
            |first: usize, last: usize, day: Option<u32>, month: u32, year: Option<i64>| {
                let name = dates::month_name(month).unwrap_or("");
                let (en, value) = match (day, year) {
                    (Some(d), Some(y)) => match Date::new(y, month, d) {
                        Some(date) => (date.plain(), Some(date.iso())),
                        None => (format!("{d} {name} {y}"), None),
                    },
                    (Some(d), None) => (format!("{d} {name}"), None),
                    (None, Some(y)) => (format!("{name} {y}"), Some(format!("{y:04}-{month:02}"))),
                    (None, None) => (name.to_string(), None),
                };
                let mut item = self.item(first, last, en, GlossKind::Date);
                item.value = value;
                Some((item, last - first + 1))
            };
        // `20 Juni 2024`, `20 Juni`
        if let (Some(d), Some(m)) = (
            day_num(t),
            self.word(i + 1).and_then(|m| self.data.month_number(m)),
        ) {
            return match year_at(i + 2) {
                Some(y) => finish(i, i + 2, Some(d), m, Some(y)),
                None => finish(i, i + 1, Some(d), m, None),
            };
        }
        // `Juni 20, 2024`, `Juni 2024`, `Juni 20`
        if let Some(m) = self.data.month_number(w) {
            if let Some(y) = year_at(i + 1) {
                return finish(i, i + 1, None, m, Some(y));
            }
            if let Some(d) = self.toks.get(i + 1).and_then(day_num) {
                return match year_at(i + 2) {
                    Some(y) => finish(i, i + 2, Some(d), m, Some(y)),
                    None => finish(i, i + 1, Some(d), m, None),
                };
            }
            return finish(i, i, None, m, None);
        }
        // `mwezi Juni`
        if w == "mwezi"
            && let Some(m) = self.word(i + 1).and_then(|m| self.data.month_number(m))
        {
            return finish(i, i + 1, None, m, year_at(i + 2))
                .map(|(item, used)| (item, if year_at(i + 2).is_some() { used } else { 2 }));
        }
        // `20/06/2024`, `2024-06-20`
        if t.number && t.folded.matches(['/', '-']).count() == 2 {
            let d = Date::parse(&t.folded)?;
            let item = self.item(i, i, d.plain(), GlossKind::Date).value(d.iso());
            return Some((item, 1));
        }
        // `mwaka 2022`, `tangu 2006`, `mwaka wa fedha 2025/26`
        if matches!(w, "mwaka" | "tangu" | "mnamo" | "hadi" | "kufikia") {
            if w == "mwaka" && self.word(i + 1) == Some("wa") && self.word(i + 2) == Some("fedha") {
                let n = self.toks.get(i + 3).filter(|t| t.number)?;
                let en = format!("fiscal year {}", n.folded);
                return Some((self.item(i, i + 3, en, GlossKind::Date), 4));
            }
            let y = year_at(i + 1).filter(|y| (1000..=2199).contains(y))?;
            let en = match w {
                "mwaka" => format!("the year {y}"),
                "tangu" => format!("since {y}"),
                "mnamo" => format!("in {y}"),
                "hadi" => format!("until {y}"),
                _ => format!("by {y}"),
            };
            let item = self
                .item(i, i + 1, en, GlossKind::Date)
                .value(y.to_string());
            return Some((item, 2));
        }
        None
    }

    /// `saa tatu asubuhi`, `saa 3:00 asubuhi`, `saa kumi na mbili jioni`, `saa 9:00 GMT`.
    fn clock(&self, i: usize) -> Option<(GlossItem, usize)> {
        if self.word(i)? != "saa" {
            return None;
        }
        let t = self.toks.get(i + 1)?;
        let (hour, mut minutes, mut j, written) = if t.number {
            let (h, m) = match t.folded.split_once([':', '.']) {
                Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
                None => (t.folded.parse::<u32>().ok()?, 0),
            };
            (h, m, i + 2, t.folded.contains([':', '.']))
        } else {
            let (h, used) = numbers::words_value(self.toks, i + 1, 13, self.data)?;
            (u32::try_from(h).ok()?, 0, i + 1 + used, false)
        };
        // `na nusu`, `na robo`, `kasoro robo`
        match (self.word(j), self.word(j + 1)) {
            (Some("na"), Some(f)) if self.data.fractions.contains_key(f) => {
                minutes += (self.data.fractions[f] * 60.0) as u32;
                j += 2;
            }
            (Some("kasoro"), Some(f)) if self.data.fractions.contains_key(f) => {
                let less = (self.data.fractions[f] * 60.0) as u32;
                if minutes < less {
                    // `saa tatu kasoro robo`: a quarter to the third hour.
                    minutes += 60 - less;
                    return self.clock_item(i, j + 1, hour.checked_sub(1)?, minutes);
                }
                minutes -= less;
                j += 2;
            }
            _ => {}
        }
        if j > i + 2 || written || self.next_is_part_or_zone(j) {
            self.clock_item(i, j - 1, hour, minutes)
        } else {
            None
        }
    }

    fn next_is_part_or_zone(&self, j: usize) -> bool {
        self.word(j).is_some_and(|w| {
            self.data.day_parts.contains_key(w) || self.data.zones.iter().any(|z| z == w)
        })
    }

    /// The time item from `saa` (token `i`) to token `last`, taking a part of the day or a
    /// zone after it.
    fn clock_item(
        &self,
        i: usize,
        last: usize,
        hour: u32,
        minutes: u32,
    ) -> Option<(GlossItem, usize)> {
        let next = self.word(last + 1);
        if let Some(zone) = next.filter(|w| self.data.zones.iter().any(|z| z == w)) {
            if hour > 24 || minutes >= 60 {
                return None;
            }
            let en = format!("{hour}:{minutes:02} {}", zone.to_uppercase());
            let item = self
                .item(i, last + 1, en, GlossKind::Time)
                .value(format!("{hour:02}:{minutes:02}"))
                .note("a zone time, not shifted to Swahili time");
            return Some((item, last + 2 - i));
        }
        if hour > 12 {
            // `saa 14:00`: a 24-hour clock, never Swahili time.
            if hour > 24 || minutes >= 60 {
                return None;
            }
            let (h, m) = (hour % 24, minutes);
            let item = self
                .item(i, last, time::english_clock(h, m), GlossKind::Time)
                .value(format!("{h:02}:{m:02}"))
                .note("a 24-hour time, not shifted");
            return Some((item, last + 1 - i));
        }
        let part = next.filter(|w| self.data.day_parts.contains_key(*w));
        let (h24, m) = time::swahili_to_24h(hour, minutes, part)?;
        let end = if part.is_some() { last + 1 } else { last };
        let western = format!("{hour}:{minutes:02}");
        let (en, value) = match part {
            Some(_) => (time::english_clock(h24, m), format!("{h24:02}:{m:02}")),
            None => {
                let h12 = if h24 % 12 == 0 { 12 } else { h24 % 12 };
                (format!("{h12}:{m:02} (a.m. or p.m.)"), String::new())
            }
        };
        let mut item = self
            .item(i, end, en, GlossKind::Time)
            .note(format!(
                "Swahili-time reading (hours counted from 6 o'clock); read as Western time it would be {western}"
            ));
        if !value.is_empty() {
            item = item.value(value);
        }
        Some((item, end + 1 - i))
    }

    /// `asilimia 80` → 80 percent.
    fn percent(&self, i: usize) -> Option<(GlossItem, usize)> {
        if !self
            .data
            .percent
            .iter()
            .any(|p| Some(p.as_str()) == self.word(i))
        {
            return None;
        }
        let a = amount(self.toks, i + 1, self.data)?;
        let item = self.item(
            i,
            i + a.used,
            format!("{} percent", a.en),
            GlossKind::Percent,
        );
        let item = match a.value {
            Some(v) => item.value(trim_float(v)),
            None => item,
        };
        Some((item, a.used + 1))
    }

    /// `dola bilioni 50` → USD 50 billion; `Sh5.2 bilioni` → 5.2 billion shillings.
    fn money(&self, i: usize) -> Option<(GlossItem, usize)> {
        let cur = self.data.currencies.get(self.word(i)?)?;
        let mut j = i + 1;
        // `dola za Kimarekani milioni 40`
        if self.word(j) == Some("za") && self.word(j + 1).is_some_and(|w| w.starts_with("ki")) {
            j += 2;
        }
        let a = amount(self.toks, j, self.data)?;
        let en = if cur.before {
            format!("{} {}", cur.en, a.en)
        } else {
            format!("{} {}", a.en, cur.en)
        };
        let last = j + a.used - 1;
        let item = self.item(i, last, en, GlossKind::Money);
        let item = match a.value {
            Some(v) => item.value(trim_float(v)),
            None => item,
        };
        Some((item, last + 1 - i))
    }

    /// `miaka 24` → 24 years; `watu elfu tatu` → 3,000 people.
    fn counted(&self, i: usize) -> Option<(GlossItem, usize)> {
        let noun = self.data.counted.get(self.word(i)?);
        // A glossary noun counted: `mizinga 21` → 21 (gun salute, from the glossary).
        let s = self.toks[i].span;
        let term = self
            .hits
            .iter()
            .find(|h| h.span == s)
            .filter(|h| matches!(self.glossary.entries[h.entry].pos, Pos::Noun | Pos::Phrase));
        if term.is_none() && (noun.is_none() || self.in_term(i)) {
            return None;
        }
        let a = amount(self.toks, i + 1, self.data)?;
        if let (Some(hit), None) = (term, noun) {
            let e = &self.glossary.entries[hit.entry];
            let en = format!(
                "{} ({}, from the glossary)",
                a.en,
                self.glossary.english(hit)
            );
            let mut item = self.item(i, i + a.used, en, GlossKind::Quantity);
            item.entry = Some(e.id.clone());
            if let Some(v) = a.value {
                item = item.value(trim_float(v));
            }
            return Some((item, a.used + 1));
        }
        let noun = noun?;
        let entry = term.map(|h| self.glossary.entries[h.entry].id.clone());
        // A year after `mwaka` is a date, handled before; `saa 24` is a duration here.
        let unit = if a.value == Some(1.0) {
            &noun.one
        } else {
            &noun.en
        };
        let mut item = self.item(
            i,
            i + a.used,
            format!("{} {unit}", a.en),
            GlossKind::Quantity,
        );
        item.entry = entry;
        let item = match a.value {
            Some(v) => item.value(trim_float(v)),
            None => item,
        };
        Some((item, a.used + 1))
    }

    /// A number alone: digits, number words, `50 bilioni`; a year; `2025/26`.
    fn bare(&self, i: usize) -> Option<(GlossItem, usize)> {
        let t = self.toks.get(i)?;
        if t.number && t.folded.contains('/') {
            return Some((self.item(i, i, t.folded.clone(), GlossKind::Date), 1));
        }
        if t.number
            && t.folded.len() == 4
            && let Ok(y) = t.folded.parse::<i64>()
            && (1800..=2199).contains(&y)
            && self
                .word(i + 1)
                .is_none_or(|w| !self.data.scales.contains_key(w))
        {
            let item = self
                .item(i, i, t.folded.clone(), GlossKind::Date)
                .value(t.folded.clone());
            return Some((item, 1));
        }
        if !t.number && self.in_term(i) {
            return None;
        }
        let a = amount(self.toks, i, self.data)?;
        let en = match a.value {
            // `1200` written without a separator reads `1,200`.
            Some(v)
                if t.number
                    && a.used == 1
                    && v.fract() == 0.0
                    && v >= 10_000.0
                    && !t.folded.contains(',') =>
            {
                group(v as u64)
            }
            _ => a.en.clone(),
        };
        let mut item = self.item(i, i + a.used - 1, en, GlossKind::Number);
        // `kupigiwa mizinga 21`: the number counts the glossary term right before it.
        if let Some(h) = i.checked_sub(1).and_then(|p| {
            let prev = self.toks[p].span;
            self.hits
                .iter()
                .find(|h| h.span.end == prev.end && self.text[prev.end..t.span.start] == *" ")
        }) {
            item = item.note(format!(
                "counts {} ({})",
                &self.text[h.span.start..h.span.end],
                self.glossary.english(h)
            ));
        }
        let item = match a.value {
            Some(v) => item.value(trim_float(v)),
            None => item,
        };
        Some((item, a.used))
    }
}

/// `3000` not `3000.0`; `5.2` as is.
fn trim_float(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
