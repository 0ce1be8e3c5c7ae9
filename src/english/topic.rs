//! An English topic line for a story: its most telling names and terms in English
//! ("Central Bank · interest rate · inflation"), so an English reader can scan a day's
//! stories. Read from the gloss of the story's key sentences; it never translates.

use super::{GlossItem, GlossKind};

/// Names first (at most two), then terms (at most three), most frequent first, ties in
/// order of first appearance; verbs and anything without English of its own are left out.
/// `None` when nothing qualifies.
pub fn topic_line<'a>(items: impl IntoIterator<Item = &'a GlossItem>) -> Option<String> {
    // (English, kind is name, count, first seen)
    let mut seen: Vec<(String, bool, usize, usize)> = Vec::new();
    for (order, item) in items.into_iter().enumerate() {
        let name = match item.kind {
            GlossKind::Name => true,
            GlossKind::Term if item.polarity.is_none() && item.entry.is_some() => false,
            _ => continue,
        };
        let en = item.en.trim();
        if en.is_empty() || (!name && en == item.sw) {
            continue;
        }
        // `in Kenya` reads as Kenya in a topic line.
        let en = en.strip_prefix("in ").unwrap_or(en);
        match seen.iter_mut().find(|(e, ..)| e.eq_ignore_ascii_case(en)) {
            Some(s) => s.2 += 1,
            None => seen.push((en.to_string(), name, 1, order)),
        }
    }
    let ranked = |want_name: bool, n: usize| {
        let mut v: Vec<&(String, bool, usize, usize)> =
            seen.iter().filter(|s| s.1 == want_name).collect();
        v.sort_by(|a, b| b.2.cmp(&a.2).then(a.3.cmp(&b.3)));
        v.into_iter()
            .take(n)
            .map(|s| s.0.clone())
            .collect::<Vec<_>>()
    };
    let mut parts = ranked(true, 2);
    parts.extend(ranked(false, 3));
    (!parts.is_empty()).then(|| parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(sw: &str, en: &str, kind: GlossKind, entry: bool, verb: bool) -> GlossItem {
        let mut i = GlossItem::new(sw, 0, sw.len(), en.to_string(), kind);
        i.entry = entry.then(|| sw.to_lowercase());
        if verb {
            i.polarity = Some(crate::glossary::Polarity::Affirmative);
        }
        i
    }

    #[test]
    fn names_then_terms_by_frequency_without_verbs_or_numbers() {
        let items = [
            item("riba", "interest rate", GlossKind::Term, true, false),
            item("Benki Kuu", "Central Bank", GlossKind::Name, true, false),
            item("alisema", "said", GlossKind::Term, true, true),
            item("mfumuko wa bei", "inflation", GlossKind::Term, true, false),
            item("riba", "interest rate", GlossKind::Term, true, false),
            item("asilimia 6", "6 percent", GlossKind::Percent, false, false),
            item("nchini Kenya", "in Kenya", GlossKind::Name, true, false),
        ];
        assert_eq!(
            topic_line(&items).as_deref(),
            Some("Central Bank · Kenya · interest rate · inflation")
        );
        assert_eq!(topic_line(&[]), None);
    }
}
