//! Percentages: `asilimia 80` → 80 percent, `asilimia tano na nusu` → 5.5 percent.

#[allow(unused_imports)]
use super::*;

impl Reader<'_> {
    /// `asilimia 80` → 80 percent.
    pub(super) fn percent(&self, i: usize) -> Option<(GlossItem, usize)> {
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
