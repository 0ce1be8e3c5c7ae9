//! The recognisers that start at a token of a sentence: relative days, dates, Swahili clock
//! times, percentages, money, counted nouns and bare numbers, one per file. Each returns the
//! item it read and how many tokens it used; [`CHAIN`] orders them (the first that reads
//! wins) and `gloss_with` runs the chain left to right. A new recogniser is a new file with
//! one `Reader` method, put in its place in the chain.

mod bare;
mod clock;
mod counted;
mod date;
pub(super) use date::resolve_leo_by_date;
mod money;
mod percent;
mod relative;

use super::data::EnglishData;
use super::numbers::{self, amount, group};
use super::time;
use super::tokens::Token;
use super::{GlossContext, GlossItem, GlossKind};
use crate::dates::{self, Date};
use crate::glossary::{Glossary, Pos, TermHit};

/// A recogniser: the item that starts at token `i` and how many tokens it uses.
type Recogniser = fn(&Reader<'_>, usize) -> Option<(GlossItem, usize)>;

/// The recognisers in the order they are tried: relative days before dates (`mwaka jana`),
/// dates and clock times before numbers (they claim the numbers inside them), percentages
/// and money before counted nouns, a bare number last.
const CHAIN: [Recogniser; 7] = [
    |r, i| r.relative(i),
    |r, i| r.dated(i),
    |r, i| r.clock(i),
    |r, i| r.percent(i),
    |r, i| r.money(i),
    |r, i| r.counted(i),
    |r, i| r.bare(i),
];

/// Reads the recognisers that start at a token.
pub(super) struct Reader<'a> {
    pub(super) glossary: &'a Glossary,
    pub(super) text: &'a str,
    pub(super) toks: &'a [Token],
    pub(super) data: &'a EnglishData,
    pub(super) ctx: &'a GlossContext,
    pub(super) hits: &'a [&'a TermHit],
}

impl Reader<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).map(|t| t.folded.as_str())
    }

    fn item(&self, first: usize, last: usize, en: String, kind: GlossKind) -> GlossItem {
        GlossItem::new(
            self.text,
            self.toks[first].span.start,
            self.toks[last].span.end,
            en,
            kind,
        )
    }

    fn in_term(&self, i: usize) -> bool {
        let s = self.toks[i].span;
        self.hits
            .iter()
            .any(|h| h.span.start < s.end && s.start < h.span.end)
    }

    /// The recognised item that starts at token `i` and how many tokens it uses: the first
    /// recogniser of [`CHAIN`] that reads one.
    pub(super) fn at(&self, i: usize) -> Option<(GlossItem, usize)> {
        CHAIN.iter().find_map(|read| read(self, i))
    }
}

/// `3000` not `3000.0`; `5.2` as is.
fn trim_float(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e18 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}
