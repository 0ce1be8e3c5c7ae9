//! Counted nouns, noun first: `miaka 24` → 24 years, `watu elfu tatu` → 3,000 people.

#[allow(unused_imports)]
use super::*;

impl Reader<'_> {
    /// `miaka 24` → 24 years; `watu elfu tatu` → 3,000 people.
    pub(super) fn counted(&self, i: usize) -> Option<(GlossItem, usize)> {
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
        // Only a space between the noun and its count: `Picha.2` is a figure's number.
        let next = self.toks.get(i + 1)?;
        let gap = &self.text[s.end..next.span.start];
        if gap.is_empty() || !gap.chars().all(char::is_whitespace) {
            return None;
        }
        let a = amount(self.toks, i + 1, self.data)?;
        if let (Some(hit), None) = (term, noun) {
            let e = &self.glossary.entries[hit.entry];
            // The sense the words around chose, else the entry's own English.
            let (en, plural_en) = match self.glossary.sense(hit) {
                Some(sense) => (&sense.en, &sense.plural_en),
                None => (&e.en, &e.plural_en),
            };
            // The count sets the number of the English: `tembo 1,800` → 1,800 elephants.
            let noun = match plural_en {
                _ if a.value == Some(1.0) => en.clone(),
                Some(p) => p.clone(),
                None => crate::glossary::plural_en::plural(en),
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
}
