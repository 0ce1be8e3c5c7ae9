//! The recognisers that start at a token of a sentence: relative days, dates, Swahili clock
//! times, percentages, money, counted nouns and bare numbers. Each returns the item it read
//! and how many tokens it used; `gloss_with` runs them left to right.

use super::data::EnglishData;
use super::dates::{self, Date};
use super::numbers::{self, amount, group};
use super::time;
use super::tokens::Token;
use super::{GlossContext, GlossItem, GlossKind};
use crate::glossary::{Glossary, Pos, TermHit};

/// What the words before `saa N` make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SaaCue {
    /// A clock time: `hadi saa tatu`, `ilipofika saa tatu`.
    Clock,
    /// A duration: `kwa saa tatu`.
    Duration,
}

/// Reads the recognisers that start at a token.
pub(super) struct Reader<'a> {
    pub(super) glossary: &'a Glossary,
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    pub(super) data: &'a EnglishData,
    pub(super) ctx: &'a GlossContext,
    pub(super) hits: &'a [&'a TermHit],
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
    pub(super) fn at(&self, i: usize) -> Option<(GlossItem, usize)> {
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
        if written || self.next_is_part_or_zone(j) {
            return self.clock_item(i, j - 1, hour, minutes);
        }
        if self
            .word(j)
            .is_some_and(|w| self.data.clock_after.iter().any(|c| c == w))
        {
            // `saa tatu kamili`: the hour itself, sharp.
            return self.clock_item(i, j, hour, minutes);
        }
        match self.saa_cue(i) {
            // `kwa saa tatu na nusu`: 3.5 hours; without a fraction the counted noun reads
            // it (`kwa saa tatu`: 3 hours).
            Some(SaaCue::Duration) if minutes > 0 && minutes < 60 => {
                let hours = f64::from(hour) + f64::from(minutes) / 60.0;
                let item = self
                    .item(
                        i,
                        j - 1,
                        format!("{} hours", trim_float(hours)),
                        GlossKind::Quantity,
                    )
                    .value(trim_float(hours));
                Some((item, j - i))
            }
            Some(SaaCue::Duration) => None,
            Some(SaaCue::Clock) => self.clock_item(i, j - 1, hour, minutes),
            // Above twelve it cannot be a Swahili hour: a duration (`saa 24`).
            None if hour > 12 || minutes >= 60 => None,
            None => self.hour_or_duration(i, j - 1, hour, minutes),
        }
    }

    /// What the words before `saa` (token `i`) say it is: a clock time (`hadi`,
    /// `ilipofika`) or a duration (`kwa`, `kwa muda wa`), from the data file.
    fn saa_cue(&self, i: usize) -> Option<SaaCue> {
        let before = |phrase: &str| {
            let n = phrase.split(' ').count();
            i >= n
                && (0..n)
                    .map(|k| self.word(i - n + k))
                    .collect::<Option<Vec<_>>>()
                    == Some(phrase.split(' ').collect())
        };
        let prev = i.checked_sub(1).and_then(|p| self.word(p))?;
        let clock = self
            .data
            .clock_before
            .iter()
            .any(|c| match c.strip_prefix('-') {
                Some(ending) => prev.len() > ending.len() && prev.ends_with(ending),
                None => before(c),
            });
        if clock {
            return Some(SaaCue::Clock);
        }
        self.data
            .duration_before
            .iter()
            .any(|d| before(d))
            .then_some(SaaCue::Duration)
    }

    /// `saa tatu` with nothing to tell a clock time from a duration: both readings, the
    /// clock one in Swahili time.
    fn hour_or_duration(
        &self,
        i: usize,
        last: usize,
        hour: u32,
        minutes: u32,
    ) -> Option<(GlossItem, usize)> {
        let (h24, m) = time::swahili_to_24h(hour, minutes, None)?;
        let h12 = if h24 % 12 == 0 { 12 } else { h24 % 12 };
        let unit = if hour == 1 { "hour" } else { "hours" };
        let duration = if minutes == 0 {
            format!("{hour} {unit}")
        } else {
            format!("{hour} {unit} {minutes} minutes")
        };
        let en = format!("{h12}:{m:02} (a.m. or p.m.) or {duration}");
        let item = self.item(i, last, en, GlossKind::Time).note(
            "no part of the day or cue word: a Swahili clock time (hours counted from 6 o'clock) or a duration".to_string(),
        );
        Some((item, last + 1 - i))
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
        // A glossary noun counted: `mizinga 21` → 21 cannons.
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
            // The count sets the number of the English: `tembo 1,800` → 1,800 elephants.
            let noun = match &e.plural_en {
                _ if a.value == Some(1.0) => e.en.clone(),
                Some(p) => p.clone(),
                None => crate::glossary::english_plural(&e.en),
            };
            let en = format!("{} {noun}", a.en);
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
