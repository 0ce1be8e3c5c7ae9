//! Percentages: `asilimia 80` → 80 percent, `asilimia tano na nusu` → 5.5 percent, `40%` →
//! 40%.

#[allow(unused_imports)]
use super::*;

impl Reader<'_> {
    /// `asilimia 80` → 80 percent.
    pub(super) fn percent(&self, i: usize) -> Option<(GlossItem, usize)> {
        // `40%`, `7.4 %`: the sign right after a number.
        let t = self.toks.get(i)?;
        if t.number {
            let rest = &self.text[t.span.end..];
            let sign = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
            if rest[sign..].starts_with('%') {
                let written = t.span.of(self.text);
                let mut item = GlossItem::new(
                    self.text,
                    t.span.start,
                    t.span.end + sign + 1,
                    format!("{written}%"),
                    GlossKind::Percent,
                );
                item = item.value(written.replace(',', ""));
                return Some((item, 1));
            }
        }
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
}
