//! A number alone: digits, number words, `50 bilioni`, a year, `2025/26`.

#[allow(unused_imports)]
use super::*;

impl Reader<'_> {
    /// A number alone: digits, number words, `50 bilioni`; a year; `2025/26`.
    pub(super) fn bare(&self, i: usize) -> Option<(GlossItem, usize)> {
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
        // `moja kwa moja` (directly), `mbili kwa mbili`: a number word on both sides of
        // `kwa` is an idiom, not a count.
        let idiom = !t.number
            && ((self.word(i + 1) == Some("kwa") && self.word(i + 2) == Some(&t.folded))
                || (i >= 2
                    && self.word(i - 1) == Some("kwa")
                    && self.word(i - 2) == Some(&t.folded)));
        if idiom {
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
