//! Dates: `Alhamisi Juni 20, 2024`, `20/06/2024`, `tarehe 20 Juni`, a weekday alone, `mwaka
//! 2022`, `tangu 2006`, `mwezi wa pili` (February).

#[allow(unused_imports)]
use super::*;

impl Reader<'_> {
    /// Dates, with an optional weekday and `tarehe` before them; a weekday alone; years.
    pub(super) fn dated(&self, i: usize) -> Option<(GlossItem, usize)> {
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
        // `14 na 15 Mei (2024)`: two days of one month.
        if let (Some(d1), Some("na"), Some(d2), Some(m)) = (
            day_num(t),
            self.word(i + 1),
            self.toks.get(i + 2).and_then(day_num),
            self.word(i + 3).and_then(|m| self.data.month_number(m)),
        ) {
            return self.two_days(i, i + 3, d1, d2, m, year_at(i + 4));
        }
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
                // `Mei 14 na 15 (, 2024)`
                if self.word(i + 2) == Some("na")
                    && let Some(d2) = self.toks.get(i + 3).and_then(day_num)
                {
                    return self.two_days(i, i + 3, d, d2, m, year_at(i + 4));
                }
                return match year_at(i + 2) {
                    Some(y) => finish(i, i + 2, Some(d), m, Some(y)),
                    None => finish(i, i + 1, Some(d), m, None),
                };
            }
            return finish(i, i, None, m, None);
        }
        // `mwezi Agosti 1, 2019`: the date after `mwezi` takes the word in.
        if w == "mwezi"
            && self
                .word(i + 1)
                .and_then(|m| self.data.month_number(m))
                .is_some()
            && let Some((mut item, used)) = self.date_at(i + 1).filter(|(_, used)| *used > 1)
        {
            item.start = t.span.start;
            item.sw = self.text[item.start..item.end].to_string();
            return Some((item, used + 1));
        }
        // `mwezi Juni`
        if w == "mwezi"
            && let Some(m) = self.word(i + 1).and_then(|m| self.data.month_number(m))
        {
            return finish(i, i + 1, None, m, year_at(i + 2))
                .map(|(item, used)| (item, if year_at(i + 2).is_some() { used } else { 2 }));
        }
        // `mwezi wa pili (2019)`: a month by its ordinal.
        if w == "mwezi" {
            let words: Vec<&str> = (i..i + 6).map_while(|j| self.word(j)).collect();
            let before = i.checked_sub(1).and_then(|j| self.word(j));
            if let Some((m, used)) = self.data.ordinal_month(before, &words) {
                let last = i + used - 1;
                return match year_at(last + 1) {
                    Some(y) => finish(i, last + 1, None, m, Some(y)),
                    None => finish(i, last, None, m, None),
                };
            }
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

    /// Two days of one month, tokens `first..=last` (and the year after, if any): `14 and 15
    /// May 2024`.
    fn two_days(
        &self,
        first: usize,
        last: usize,
        d1: u32,
        d2: u32,
        month: u32,
        year: Option<i64>,
    ) -> Option<(GlossItem, usize)> {
        if d2 <= d1 {
            return None;
        }
        let name = dates::month_name(month)?;
        let (last, en) = match year {
            Some(y) => (last + 1, format!("{d1} and {d2} {name} {y}")),
            None => (last, format!("{d1} and {d2} {name}")),
        };
        let mut item = self.item(first, last, en, GlossKind::Date);
        if let Some(y) = year {
            item.value = Date::new(y, month, d1).map(|d| d.iso());
        }
        Some((item, last - first + 1))
    }
}

/// `leo Alhamisi Juni 20, 2024`: a `leo` right before a full date is that date, even when
/// the article's date is unknown.
pub(in crate::english) fn resolve_leo_by_date(text: &str, items: &mut [GlossItem]) {
    for j in 1..items.len() {
        let (a, b) = items.split_at_mut(j);
        let (leo, date) = (&mut a[j - 1], &b[0]);
        if leo.kind != GlossKind::Date
            || leo.value.is_some()
            || crate::text::fold(&leo.sw) != "leo"
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
