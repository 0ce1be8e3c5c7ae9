//! How a story's rows are made: content keys interned to dense term ids, each sentence's
//! term counts as a sorted row, what is known of each term gathered as the rows are made,
//! and the rows weighed by idf.

use super::{Key, Rows, Vector};

/// Interns keys to dense ids, story-wide; ids follow first appearance, so they are
/// deterministic. Keys are hashes already, so the table is open addressing on their high
/// bits (the best mixed of a multiplicative hash) with linear probing, sized once for every
/// key of the story: a look-up is a few instructions, where a general map's costs several
/// times that on every key of every sentence.
pub(super) struct Terms {
    /// (key, id) slots; `EMPTY` as the id marks a free one. Its length is a power of two.
    slots: Vec<(Key, u32)>,
    /// `64 - log2(slots.len())`: a key's home slot is its top bits.
    shift: u32,
    /// The key of each id, in id order.
    pub(super) keys: Vec<Key>,
}

const EMPTY: u32 = u32::MAX;

impl Terms {
    /// Room for `keys` distinct keys at most, with a free slot left whatever they are. Most
    /// keys of a story repeat (about one in four is distinct), so the table is mostly empty.
    pub(super) fn with_room(keys: usize) -> Self {
        let len = (keys + 1).next_power_of_two().max(16);
        Terms {
            slots: vec![(0, EMPTY); len],
            shift: 64 - len.trailing_zeros(),
            keys: Vec::with_capacity(keys),
        }
    }

    #[inline]
    fn id(&mut self, key: Key) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            let (k, id) = self.slots[i];
            if id == EMPTY {
                let id = self.keys.len() as u32;
                self.slots[i] = (key, id);
                self.keys.push(key);
                return id;
            }
            if k == key {
                return id;
            }
            i = (i + 1) & mask;
        }
    }
}

/// What is known of each term (by id) from the sentences made into rows so far, gathered
/// as each row is made rather than in passes over all of them afterwards.
pub(super) struct Spread {
    /// The sentences holding it.
    pub(super) df: Vec<usize>,
    /// The least index in its source of a sentence holding it (`usize::MAX`: none yet).
    pub(super) first: Vec<usize>,
    /// Whether a source's first sentence holds it.
    pub(super) in_lead: Vec<bool>,
}

impl Spread {
    /// Room for `terms` distinct terms at most, so that it never grows by reallocating.
    pub(super) fn with_room(terms: usize) -> Self {
        Spread {
            df: Vec::with_capacity(terms),
            first: Vec::with_capacity(terms),
            in_lead: Vec::with_capacity(terms),
        }
    }

    /// Room for the ids up to `terms`.
    #[inline]
    pub(super) fn cover(&mut self, terms: usize) {
        if self.df.len() < terms {
            self.df.resize(terms, 0);
            self.first.resize(terms, usize::MAX);
            self.in_lead.resize(terms, false);
        }
    }

    /// Counts `row`, the row of the sentence at `index` in its source.
    #[inline]
    fn add(&mut self, row: &Vector, index: usize) {
        for &(id, _) in row {
            let id = id as usize;
            self.df[id] += 1;
            self.first[id] = self.first[id].min(index);
            if index == 0 {
                self.in_lead[id] = true;
            }
        }
    }
}

/// Term frequencies of `keys` as a sorted (id, count) row of `out`; `ids` is scratch space,
/// kept between calls so that it is allocated once per story. The ids of `keys[k]` for each
/// `k` of `names` are added to `name_ids`. With `spread`, the row is counted in it as the
/// row of the sentence at that index in its source.
#[inline]
pub(super) fn counts(
    terms: &mut Terms,
    keys: &[Key],
    names: &[usize],
    name_ids: &mut Vec<u32>,
    ids: &mut Vec<u32>,
    out: &mut Rows,
    spread: Option<(&mut Spread, usize)>,
) {
    ids.clear();
    ids.extend(keys.iter().map(|&k| terms.id(k)));
    name_ids.extend(names.iter().map(|&k| ids[k]));
    ids.sort_unstable();
    let start = out.entries.len();
    for &id in ids.iter() {
        match out.entries[start..].last_mut() {
            Some(last) if last.0 == id => last.1 += 1.0,
            _ => out.entries.push((id, 1.0)),
        }
    }
    if let Some((spread, index)) = spread {
        spread.cover(terms.keys.len());
        spread.add(&out.entries[start..], index);
    }
    out.end_row();
}

/// Weighs each entry of `rows` by its term's `idf` in place, in one pass that also adds the
/// weights to `centroid` (by term id, in entry order) when given: the rows' Euclidean
/// lengths, the squares summed in entry order from `-0.0` (as `Sum` does).
pub(super) fn weigh(rows: &mut Rows, idf: &[f64], mut centroid: Option<&mut [f64]>) -> Vec<f64> {
    let mut norms = Vec::with_capacity(rows.len());
    for c in 0..rows.len() {
        let (start, end) = (rows.bounds[c], rows.bounds[c + 1]);
        let mut squares = -0.0f64;
        for (id, x) in &mut rows.entries[start..end] {
            *x *= idf[*id as usize];
            squares += *x * *x;
            if let Some(centroid) = centroid.as_deref_mut() {
                centroid[*id as usize] += *x;
            }
        }
        norms.push(squares.sqrt());
    }
    norms
}
