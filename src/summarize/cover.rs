//! The headline chance of each story term, for the cover a summary's later picks add: a
//! logistic model over where and how often the story uses the term (how many sentences
//! hold it, whether it first appears in the first or second sentence, how early, whether
//! it is a name). Its weights are [`CoverModel`], fitted on headlines by
//! `sumeval --fit-cover`. It does not pick.

use serde::{Deserialize, Serialize};

use super::score::Rows;

/// How many signals describe a term (see [`term_signals`]).
pub const SIGNALS: usize = 6;

/// The weights of the headline-chance model: `chance = 1 / (1 + e^-z)` with
/// `z = bias + Σ weight × signal` over the signals of [`term_signals`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CoverModel {
    /// The constant of `z`.
    pub bias: f64,
    /// Weight of `ln(1 + sentences holding the term)`.
    pub spread: f64,
    /// Weight of the share of the story's sentences holding the term.
    pub share: f64,
    /// Weight of 1 when the term first appears in its source's first sentence.
    pub lead: f64,
    /// Weight of 1 when the term first appears in its source's second sentence.
    pub second: f64,
    /// Weight of `ln(1 + index of the first sentence holding it)`.
    pub early: f64,
    /// Weight of 1 when the term is written as a name (capitalised mid-sentence).
    pub name: f64,
}

impl Default for CoverModel {
    /// Fitted on the 237 MasakhaNEWS Swahili dev headlines (`sumeval --fit-cover`,
    /// rounded); cross-validation refits it on each fold's training articles, and the
    /// held-out effect is in README "Summariser".
    fn default() -> Self {
        CoverModel {
            bias: -5.4008,
            spread: 1.1332,
            share: 0.2968,
            lead: 0.2495,
            second: 0.0064,
            early: -0.6943,
            name: 0.3064,
        }
    }
}

impl CoverModel {
    /// The weights in the order of [`term_signals`], then the bias.
    pub fn weights(&self) -> [f64; SIGNALS + 1] {
        [
            self.spread,
            self.share,
            self.lead,
            self.second,
            self.early,
            self.name,
            self.bias,
        ]
    }

    /// The model of `weights` (in the order of [`CoverModel::weights`]).
    pub fn from_weights(w: &[f64; SIGNALS + 1]) -> Self {
        CoverModel {
            spread: w[0],
            share: w[1],
            lead: w[2],
            second: w[3],
            early: w[4],
            name: w[5],
            bias: w[6],
        }
    }

    /// The headline chance of a term of these signals.
    pub fn chance(&self, x: &[f64; SIGNALS]) -> f64 {
        let w = self.weights();
        let z = w[SIGNALS] + x.iter().zip(&w).map(|(x, w)| x * w).sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The sentence index at which each term first appears (the earliest over the sources; 0
/// for a term no sentence holds), by term id: `tf` holds each sentence's terms, `place`
/// its (source, index), `terms` is how many terms there are.
fn first_indices(place: &[(usize, usize)], tf: &Rows, terms: usize) -> Vec<usize> {
    let mut first = vec![usize::MAX; terms];
    for (c, &(_, index)) in place.iter().enumerate() {
        for &(id, _) in &tf[c] {
            let f = &mut first[id as usize];
            *f = (*f).min(index);
        }
    }
    for f in &mut first {
        if *f == usize::MAX {
            *f = 0;
        }
    }
    first
}

/// The signals of a term from what they are made of, in a story of a given length.
struct Signals {
    /// The story's sentences (at least 1).
    n: f64,
    /// `ln(1 + k)` of the counts most stories reach (a term's sentences and first index
    /// are at most the story's sentences), worked out once for every story.
    ln_1p: &'static [f64; KNOWN_LN],
}

/// Counts whose `ln(1 + k)` is worked out once: more than most stories' sentences.
const KNOWN_LN: usize = 256;

impl Signals {
    /// For a story of `sentences` sentences.
    fn new(sentences: usize) -> Self {
        static LN_1P: std::sync::OnceLock<[f64; KNOWN_LN]> = std::sync::OnceLock::new();
        Signals {
            n: sentences.max(1) as f64,
            ln_1p: LN_1P.get_or_init(|| std::array::from_fn(|k| (1.0 + k as f64).ln())),
        }
    }

    fn ln(&self, k: usize) -> f64 {
        self.ln_1p
            .get(k)
            .copied()
            .unwrap_or_else(|| (1.0 + k as f64).ln())
    }

    /// The signals of a term held by `d` sentences, first in sentence `f` of its source,
    /// written as a name or not.
    fn of(&self, d: usize, f: usize, name: bool) -> [f64; SIGNALS] {
        [
            self.ln(d),
            d as f64 / self.n,
            (f == 0) as u8 as f64,
            (f == 1) as u8 as f64,
            self.ln(f),
            name as u8 as f64,
        ]
    }
}

/// The signals of every term of a story, by term id: `ln(1 + sentences holding it)`, the
/// share of the story's sentences holding it, first in its source's first sentence,
/// first in the second, `ln(1 + index of the first sentence holding it)` (the earliest
/// over the sources) and written as a name. `place` is each sentence's (source, index),
/// `tf` its terms, `df` the sentences holding each term, `is_name` whether a term is a
/// name.
pub fn term_signals(
    place: &[(usize, usize)],
    tf: &Rows,
    df: &[usize],
    is_name: &[bool],
) -> Vec<[f64; SIGNALS]> {
    let first = first_indices(place, tf, df.len());
    let signals = Signals::new(place.len());
    df.iter()
        .zip(&first)
        .zip(is_name)
        .map(|((&d, &f), &name)| signals.of(d, f, name))
        .collect()
}

/// Terms held by at most this many sentences have their chance remembered by (sentences,
/// first index, name): most terms of a story are such, and share a few of them.
const REMEMBERED_SPREAD: usize = 7;

/// The headline chance under `model` of every term of a story, by term id: `model`'s
/// chance of its [`term_signals`], the same value, worked out once per distinct (sentences
/// holding it, first index, name) of the terms held by few sentences. The story has
/// `sentences`; `first` is each term's first index as [`term_signals`] finds it (the scorer
/// gathers it while it counts the terms).
pub fn term_chances(
    model: &CoverModel,
    sentences: usize,
    first: &[usize],
    df: &[usize],
    is_name: &[bool],
) -> Vec<f64> {
    let signals = Signals::new(sentences);
    // Slot of (d, f, name) for d ≤ REMEMBERED_SPREAD; NaN until worked out (a NaN chance
    // is worked out again each time, to the same NaN).
    let firsts = sentences.max(1);
    let mut known = vec![f64::NAN; (REMEMBERED_SPREAD + 1) * 2 * firsts];
    df.iter()
        .zip(first)
        .zip(is_name)
        .map(|((&d, &f), &name)| {
            let chance = || model.chance(&signals.of(d, f, name));
            if d > REMEMBERED_SPREAD || f >= firsts {
                return chance();
            }
            let slot = &mut known[(d * 2 + name as usize) * firsts + f];
            if slot.is_nan() {
                *slot = chance();
            }
            *slot
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_the_story_repeats_from_its_lead_has_the_better_chance() {
        // Sentence 0 holds terms 0 and 1, sentence 1 terms 0 and 2, sentence 2 term 0.
        let place = [(0, 0), (0, 1), (0, 2)];
        let tf = Rows::from([
            &[(0, 1.0), (1, 1.0)][..],
            &[(0, 1.0), (2, 1.0)],
            &[(0, 1.0)],
        ]);
        let df = [3, 1, 1];
        let signals = term_signals(&place, &tf, &df, &[true, false, false]);
        assert_eq!(signals[0][0], 4f64.ln());
        assert_eq!(signals[2][3], 1.0);
        let model = CoverModel::default();
        let p: Vec<f64> = signals.iter().map(|x| model.chance(x)).collect();
        assert!(p[0] > p[1] && p[1] > p[2], "{p:?}");
        assert!(p.iter().all(|&x| x > 0.0 && x < 1.0));
        let w = model.weights();
        assert_eq!(CoverModel::from_weights(&w), model);
        // Worked out once per distinct signals, the chances are the same values.
        let first = first_indices(&place, &tf, df.len());
        let chances = term_chances(&model, place.len(), &first, &df, &[true, false, false]);
        assert_eq!(chances, p);
    }
}
