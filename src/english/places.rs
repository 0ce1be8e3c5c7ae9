//! Place words around a name in the gloss: a locative noun before it (`nchini Vietnam` →
//! in Vietnam) and a compass word after it (`Korea Kusini` → South Korea). Not for reading
//! the name itself (`names.rs`).

use super::tokens::Token;
use super::{GlossItem, GlossKind};
use crate::text::is_capitalised;

/// Locative nouns before a place name: `nchini Vietnam` → in Vietnam.
const LOCATIVES: [&str; 8] = [
    "nchini", "mjini", "jijini", "mkoani", "wilayani", "kisiwani", "visiwani", "mpakani",
];

/// `nchini Vietnam` → one name item reading `in Vietnam`.
pub(super) fn merge_locatives(text: &str, toks: &[Token], items: &mut Vec<GlossItem>) {
    let mut j = 0;
    while j < items.len() {
        if items[j].kind != GlossKind::Name {
            j += 1;
            continue;
        }
        let start = items[j].start;
        let Some(t) = toks.iter().rev().find(|t| t.span.end <= start) else {
            j += 1;
            continue;
        };
        let gap = &text[t.span.end..start];
        if !LOCATIVES.contains(&t.folded.as_str()) || !gap.chars().all(char::is_whitespace) {
            j += 1;
            continue;
        }
        // The locative may be a glossary term of its own: the name item takes it over.
        if j > 0 && items[j - 1].start == t.span.start && items[j - 1].end == t.span.end {
            items.remove(j - 1);
            j -= 1;
        } else if j > 0 && items[j - 1].end > t.span.start {
            j += 1;
            continue;
        }
        let item = &mut items[j];
        item.start = t.span.start;
        item.sw = text[item.start..item.end].to_string();
        item.en = format!("in {}", item.en);
        j += 1;
    }
}

/// `Korea Kusini`, `Marekani ya Kusini`: a glossary place followed by a capitalised compass
/// word names another place. The item takes the compass word in: a one-word English name
/// takes it before (South Korea); a longer one (`Marekani` → United States, where the place
/// is South America) is dropped rather than read as the wrong place.
pub(super) fn merge_compass(
    text: &str,
    toks: &[Token],
    compass: &crate::hash::WordMap<String, String>,
    items: &mut Vec<GlossItem>,
) {
    let mut j = 0;
    while j < items.len() {
        let it = &items[j];
        if it.kind != GlossKind::Name || it.entry.is_none() {
            j += 1;
            continue;
        }
        let Some(k) = toks.iter().position(|t| t.span.start >= it.end) else {
            j += 1;
            continue;
        };
        // `Korea Kusini` or `Korea ya Kusini`
        let (c, at) = match toks.get(k).map(|t| t.folded.as_str()) {
            Some("ya") => (toks.get(k + 1), k + 1),
            _ => (toks.get(k), k),
        };
        let Some(c) = c else {
            j += 1;
            continue;
        };
        let word = c.span.of(text);
        let Some(dir) = compass.get(&c.folded).filter(|_| is_capitalised(word)) else {
            j += 1;
            continue;
        };
        let end = toks[at].span.end;
        if !text[it.end..c.span.start]
            .split_whitespace()
            .all(|w| w == "ya")
        {
            j += 1;
            continue;
        }
        // The compass word read alone (`Kusini` → south) goes into the name; another item
        // over it (a date, a longer term) is left to itself.
        if let Some(o) = items
            .iter()
            .position(|o| o.start < end && c.span.start < o.end)
        {
            if items[o].start == c.span.start
                && items[o].end == end
                && items[o].kind == GlossKind::Term
            {
                items.remove(o);
            } else {
                j += 1;
                continue;
            }
        }
        let it = &items[j];
        if it.en.contains(' ') {
            items.remove(j);
            continue;
        }
        let en = format!("{dir} {}", it.en);
        let start = it.start;
        let mut item = GlossItem::new(text, start, end, en, GlossKind::Name);
        item.entry = items[j].entry.clone();
        item.note = Some(format!("{word} = {dir}"));
        items[j] = item;
        j += 1;
    }
}
