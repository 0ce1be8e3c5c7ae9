//! Money: `dola bilioni 50` → USD 50 billion, `Sh5.2 bilioni` → 5.2 billion shillings,
//! `dola 5 za Kanada` → CAD 5 (a country word after the currency word or after the amount
//! names the currency; the countries are data in `numbers.yaml`).

#[allow(unused_imports)]
use super::*;

/// Words that may stand between an amount and the country that names its currency:
/// `dola 5 na dola 100 za Kanada`, `dola 5 hadi 10 za Australia`.
const BETWEEN: [&str; 5] = ["na", "au", "hadi", "mpaka", "-"];

/// How many tokens after an amount the country may stand.
const REACH: usize = 8;

impl Reader<'_> {
    /// `dola bilioni 50` → USD 50 billion; `Sh5.2 bilioni` → 5.2 billion shillings.
    pub(super) fn money(&self, i: usize) -> Option<(GlossItem, usize)> {
        let word = self.word(i)?;
        let cur = self.data.currencies.get(word)?;
        let mut j = i + 1;
        let mut code = None;
        // `dola za Kimarekani milioni 40`, `dola za Kanada 5`
        if matches!(self.word(j), Some("za" | "ya")) {
            if let Some((c, used)) = self.country(word, j + 1) {
                code = Some(c);
                j += 1 + used;
            } else if self.word(j + 1).is_some_and(|w| w.starts_with("ki")) {
                j += 2;
            }
        }
        let a = amount(self.toks, j, self.data)?;
        let last = j + a.used - 1;
        let code = code.or_else(|| self.country_after(word, last + 1));
        let en = match code {
            Some(c) => format!("{c} {}", a.en),
            None if cur.before => format!("{} {}", cur.en, a.en),
            None => format!("{} {}", a.en, cur.en),
        };
        let item = self.item(i, last, en, GlossKind::Money);
        let item = match a.value {
            Some(v) => item.value(trim_float(v)),
            None => item,
        };
        Some((item, last + 1 - i))
    }

    /// The currency code of a country named at token `j` (one or two words, or its `Ki-`
    /// form) for the currency word `cur`, and how many tokens it uses.
    fn country(&self, cur: &str, j: usize) -> Option<(&str, usize)> {
        let table = self.data.currency_countries.get(cur)?;
        let one = self.word(j)?;
        if let Some(two) = self.word(j + 1)
            && let Some(c) = table.get(&format!("{one} {two}"))
        {
            return Some((c, 2));
        }
        let bare = one.strip_prefix("ki").filter(|r| r.len() >= 3);
        table
            .get(one)
            .or_else(|| bare.and_then(|b| table.get(b)))
            .map(|c| (c.as_str(), 1))
    }

    /// The currency code a country after the amount ending before token `k` names:
    /// `dola 5 za Kanada`, `dola 5 na dola 100 za Kanada`.
    fn country_after(&self, cur: &str, k: usize) -> Option<&str> {
        let mut j = k;
        while j < self.toks.len() && j < k + REACH {
            let t = &self.toks[j];
            let w = t.folded.as_str();
            if matches!(w, "za" | "ya") {
                return self.country(cur, j + 1).map(|(c, _)| c);
            }
            let part_of_amount = t.number
                || BETWEEN.contains(&w)
                || w == cur
                || self.data.scales.contains_key(w)
                || self.data.numbers.contains_key(w);
            if !part_of_amount {
                return None;
            }
            j += 1;
        }
        None
    }
}
