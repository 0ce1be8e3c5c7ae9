//! Money: `dola bilioni 50` → USD 50 billion, `Sh5.2 bilioni` → 5.2 billion shillings.

#[allow(unused_imports)]
use super::*;

impl Reader<'_> {
    /// `dola bilioni 50` → USD 50 billion; `Sh5.2 bilioni` → 5.2 billion shillings.
    pub(super) fn money(&self, i: usize) -> Option<(GlossItem, usize)> {
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
}
