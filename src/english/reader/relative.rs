//! Relative days and years: `leo`, `jana`, `kesho`, `mwaka jana`, `wiki ijayo`, resolved
//! against the article's date when it is known.

#[allow(unused_imports)]
use super::*;

impl Reader<'_> {
    /// `leo`, `jana`, `kesho`, `mwaka jana`, `wiki ijayo`.
    pub(super) fn relative(&self, i: usize) -> Option<(GlossItem, usize)> {
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
}
