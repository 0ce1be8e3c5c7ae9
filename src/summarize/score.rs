//! Sentence scores: term vectors over the story (tf-idf with ids interned per story), the
//! centroid, and each signal of [`ScoreParts`]. It does not pick.

use serde::Serialize;

use super::{Key, SourceInfo, SummaryConfig};

mod rows;

use rows::{Spread, Terms, counts, weigh};

/// The parts a score is made of, for the editor who asks "why this one?". Each is the
/// signal times its weight in [`SummaryConfig`]; penalties are ≤ 0.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ScoreParts {
    /// Position in its source.
    pub position: f64,
    /// Similarity to the rest of the story.
    pub centrality: f64,
    /// Repeated story terms per word.
    pub salience: f64,
    /// Overlap with its source's title.
    pub title: f64,
    /// Glossary terms per word.
    pub terms: f64,
    /// Names per word.
    pub names: f64,
    /// Numbers and dates.
    pub numbers: f64,
    /// Long-sentence, fragment and unfinished-sentence penalty (≤ 0).
    pub length: f64,
    /// It states the news: the lede of a news story, the news sentence of a feature.
    pub lede: f64,
    /// What it costs to pick beside the picks before it (≤ 0): a question, an opener or a
    /// demonstrative leaning on a sentence not picked, a quote with no speaker, a
    /// near-repeat. Set when it is picked; 0 before.
    pub context: f64,
    /// It was the first pick because it is the story's lede (the first sentence, or the
    /// news sentence after a scene or a question), whatever its score: see
    /// [`SummaryConfig::anchor_lede`].
    pub anchor: bool,
}

impl ScoreParts {
    /// The score: the sum of the parts.
    pub fn total(&self) -> f64 {
        self.position
            + self.centrality
            + self.salience
            + self.title
            + self.terms
            + self.names
            + self.numbers
            + self.length
            + self.lede
            + self.context
    }
}

/// A sparse term vector: (term id, weight), sorted by id.
pub(crate) type Vector = [(u32, f64)];

/// One sparse vector per sentence, all in one array (one allocation for the story, not one
/// per sentence): `rows[c]` is sentence `c`'s.
#[derive(Debug, Clone)]
pub(crate) struct Rows {
    /// Every row's entries, row after row.
    entries: Vec<(u32, f64)>,
    /// Where each row starts in `entries`, then where the last one ends: row `c` is
    /// `bounds[c]..bounds[c + 1]`.
    bounds: Vec<usize>,
}

impl Rows {
    /// Room for `rows` rows of `entries` entries in all.
    pub(crate) fn with_capacity(rows: usize, entries: usize) -> Self {
        Rows {
            entries: Vec::with_capacity(entries),
            bounds: {
                let mut bounds = Vec::with_capacity(rows + 1);
                bounds.push(0);
                bounds
            },
        }
    }

    /// Ends the row whose entries were pushed since the last row ended.
    fn end_row(&mut self) {
        self.bounds.push(self.entries.len());
    }

    /// The number of rows.
    pub(crate) fn len(&self) -> usize {
        self.bounds.len() - 1
    }

    /// Each row in turn.
    #[cfg(test)]
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Vector> {
        (0..self.len()).map(|c| &self[c])
    }
}

impl<const N: usize> From<[&Vector; N]> for Rows {
    fn from(rows: [&Vector; N]) -> Self {
        let mut out = Rows::with_capacity(N, rows.iter().map(|r| r.len()).sum());
        for row in rows {
            out.entries.extend_from_slice(row);
            out.end_row();
        }
        out
    }
}

impl std::ops::Index<usize> for Rows {
    type Output = Vector;

    fn index(&self, c: usize) -> &Vector {
        &self.entries[self.bounds[c]..self.bounds[c + 1]]
    }
}

/// Euclidean length of a sparse vector ([`weigh`] gives it of each row it weighs).
#[cfg(test)]
pub(crate) fn norm(v: &Vector) -> f64 {
    v.iter().map(|x| x.1 * x.1).sum::<f64>().sqrt()
}

/// Cosine of two sparse vectors whose lengths are known.
pub(crate) fn cosine_with_norms(a: &Vector, norm_a: f64, b: &Vector, norm_b: f64) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    let n = norm_a * norm_b;
    if n == 0.0 { 0.0 } else { dot / n }
}

/// [`cosine_with_norms`] of `a` spread out as `dense` (its weight at each term id, 0
/// elsewhere) and `b`: the same value (the same products, summed in the same order of
/// ids; a term `a` lacks adds `+0.0`), one pass over `b` with no branch per term.
pub(crate) fn cosine_dense(dense: &[f64], norm_a: f64, b: &Vector, norm_b: f64) -> f64 {
    let mut dot = 0.0;
    for &(id, x) in b {
        dot += dense[id as usize] * x;
    }
    let n = norm_a * norm_b;
    if n == 0.0 { 0.0 } else { dot / n }
}

/// Every sentence of a story, scored, with its vector.
pub(crate) struct Scored {
    /// (source, index in source) of each sentence, in reading order.
    pub place: Vec<(usize, usize)>,
    /// Its word count.
    pub words: Vec<usize>,
    /// Its tf-idf vector.
    pub vectors: Rows,
    /// The length of each vector.
    pub norms: Vec<f64>,
    /// Its score parts.
    pub parts: Vec<ScoreParts>,
    /// Its distinct terms with their headline chance (the salience's `p(term)`, names
    /// boosted): what it would add to a summary that lacks them.
    pub chances: Rows,
    /// Distinct terms of the story.
    pub vocabulary: usize,
    /// For each term, whether only one source of the story holds it.
    pub exclusive: Vec<bool>,
    /// For each term, its headline chance by the cover model ([`super::cover`]).
    pub cover: Vec<f64>,
    /// For each term, the sentences holding it.
    pub df: Vec<usize>,
    /// For each term, whether it is written as a name somewhere.
    pub is_name: Vec<bool>,
    /// For each term, its key.
    pub keys: Vec<super::Key>,
}

/// Scores every sentence of the story.
pub(crate) fn score(sources: &[SourceInfo], config: &SummaryConfig) -> Scored {
    // Distinct terms are fewer than all keys: room for them all, so interning never rehashes.
    let all_keys: usize = sources.iter().map(|s| s.keys.len()).sum();
    let title_keys: usize = sources.iter().map(|s| s.title_keys.len()).sum();
    let mut terms = Terms::with_room(all_keys + title_keys);
    let mut scratch = Vec::new();
    let mut name_ids = Vec::new();
    let sentences: usize = sources.iter().map(|s| s.sentences.len()).sum();
    let mut place = Vec::with_capacity(sentences);
    let mut words = Vec::with_capacity(sentences);
    let mut tf = Rows::with_capacity(sentences, all_keys);
    let mut spread = Spread::with_room(all_keys + title_keys);
    for (s, src) in sources.iter().enumerate() {
        for (i, sentence) in src.sentences.iter().enumerate() {
            place.push((s, i));
            words.push(sentence.words);
            counts(
                &mut terms,
                src.keys_of(sentence),
                src.names_of(sentence),
                &mut name_ids,
                &mut scratch,
                &mut tf,
                Some((&mut spread, i)),
            );
        }
    }
    let mut titles = Rows::with_capacity(sources.len(), title_keys);
    for s in sources {
        counts(
            &mut terms,
            &s.title_keys,
            &[],
            &mut name_ids,
            &mut scratch,
            &mut titles,
            None,
        );
    }
    let vocabulary = terms.keys.len();
    // Terms of the titles alone: in no sentence.
    spread.cover(vocabulary);
    let Spread {
        df,
        mut first,
        in_lead,
    } = spread;
    // A term in no sentence is first at 0, as the cover model reads it.
    for f in &mut first {
        if *f == usize::MAX {
            *f = 0;
        }
    }
    // Sentence frequency of each term (`df`), then idf = ln(1 + n / df).
    let n = tf.len();
    // Most terms share a few frequencies (1, 2, 3…): `ln` once per frequency, the same value.
    let mut by_df: Vec<Option<f64>> = vec![None; n.max(1) + 1];
    let idf: Vec<f64> = df
        .iter()
        .map(|&d| {
            let ln = || (1.0 + n as f64 / d.max(1) as f64).ln();
            match by_df.get_mut(d.max(1)) {
                Some(known) => *known.get_or_insert_with(ln),
                None => ln(),
            }
        })
        .collect();
    // Weighed where they are: the term ids (all that is read of `tf` from here) stay.
    let mut vectors = tf;
    let mut centroid = vec![0.0f64; vocabulary];
    let norms = weigh(&mut vectors, &idf, Some(&mut centroid));
    let tf = &vectors;
    let title_norms = weigh(&mut titles, &idf, None);

    let mut is_name = vec![false; vocabulary];
    for &id in &name_ids {
        is_name[id as usize] = true;
    }
    // Terms of each source's first sentence (`in_lead`): the lead states the story.
    let ledes: Vec<Option<usize>> = sources
        .iter()
        .map(|s| super::lede::news_sentence(s, config))
        .collect();
    // Terms only one source holds: the facts a multi-source summary must not lose (with one
    // source, all of them).
    let mut first_source = vec![usize::MAX; if sources.len() > 1 { vocabulary } else { 0 }];
    let mut exclusive = vec![true; vocabulary];
    for (c, &(src, _)) in place.iter().enumerate().filter(|_| sources.len() > 1) {
        for &(id, _) in &tf[c] {
            let f = &mut first_source[id as usize];
            if *f == usize::MAX {
                *f = src;
            } else if *f != src {
                exclusive[id as usize] = false;
            }
        }
    }
    let cover = super::cover::term_chances(&config.cover, place.len(), &first, &df, &is_name);
    let keys = terms.keys;
    let centroid_sq: f64 = centroid.iter().map(|x| x * x).sum();
    let mut chances = Rows::with_capacity(n, vectors.entries.len());
    // Expected overlap with a headline: each distinct term counts by how many other
    // sentences repeat it (names count more). The same for every sentence holding the term,
    // so worked out once per term (a term of the titles alone is in no row: its value is
    // never read).
    let term_chance: Vec<f64> = (0..vocabulary)
        .map(|id| {
            let boost = if is_name[id] {
                config.salience_names
            } else {
                1.0
            };
            let lead = if in_lead[id] {
                config.salience_lead
            } else {
                0.0
            };
            let p = (config.salience_rate * df[id].saturating_sub(1) as f64 + lead).min(1.0);
            p * boost
        })
        .collect();
    let parts = (0..n)
        .map(|c| {
            let (src, index) = place[c];
            let info = &sources[src].sentences[index];
            let w = info.words.max(1) as f64;
            // Centrality against the centroid of the other sentences (leave one out).
            let (mut dot, mut own) = (0.0, 0.0);
            for &(id, x) in &vectors[c] {
                let rest = centroid[id as usize] - x;
                dot += x * rest;
                own += x * x;
            }
            // |c - x|² = |c|² - 2 x·(c - x) - x·x
            let centrality = centrality_value(dot, own, centroid_sq - 2.0 * dot - own);
            // The expected overlap with a headline, over the length a headline would share.
            let start = chances.entries.len();
            chances
                .entries
                .extend(tf[c].iter().map(|&(id, _)| (id, term_chance[id as usize])));
            let expected: f64 = chances.entries[start..].iter().map(|x| x.1).sum();
            chances.end_row();
            let salience = 2.0 * expected / (info.words as f64 + config.salience_words).max(1.0);
            // `ln` only above 1, where it is positive (the same value as `ln().max(0.0)`).
            let over = info.words as f64 / config.length_target.max(1.0);
            let long = if over > 1.0 { over.ln() } else { 0.0 };
            let fragment = if info.words < config.min_words {
                1.0
            } else {
                0.0
            };
            let unfinished = if info.unfinished { 1.0 } else { 0.0 };
            let cap = config.numbers_cap.max(1);
            ScoreParts {
                position: config.position / (1.0 + config.position_decay * index as f64),
                centrality: config.centrality * centrality,
                salience: config.salience * salience,
                title: config.title
                    * cosine_with_norms(&vectors[c], norms[c], &titles[src], title_norms[src]),
                terms: config.terms * (info.terms as f64 / w).min(1.0),
                names: config.names * (info.names as f64 / w).min(1.0),
                numbers: config.numbers * info.numbers.min(cap) as f64 / cap as f64,
                length: -(config.length * long
                    + config.short * fragment
                    + config.unfinished * unfinished),
                anchor: false,
                lede: if ledes[src] == Some(index) {
                    config.lede
                } else {
                    0.0
                },
                context: 0.0,
            }
        })
        .collect();
    Scored {
        cover,
        keys,
        exclusive,
        chances,
        vocabulary,
        norms,
        place,
        words,
        vectors,
        parts,
        df,
        is_name,
    }
}

/// Cosine between a sentence `x` and the rest `c - x` of the centroid, from
/// `dot = x·(c - x)`, `own = x·x` and `rest_norm_sq = |c - x|²`.
fn centrality_value(dot: f64, own: f64, rest_norm_sq: f64) -> f64 {
    let n = own.sqrt() * rest_norm_sq.max(0.0).sqrt();
    if n <= f64::EPSILON { 0.0 } else { dot / n }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weighing_gives_each_row_its_norm_and_the_centroid_its_sum() {
        let mut rows = Rows::from([&[(0, 2.0), (2, 1.0)][..], &[], &[(1, 3.0), (2, 2.0)]]);
        let idf = [0.5, 1.5, 0.25];
        let mut centroid = vec![0.0; 3];
        let norms = weigh(&mut rows, &idf, Some(&mut centroid));
        assert_eq!(rows[0], [(0, 1.0), (2, 0.25)]);
        let expected: Vec<f64> = rows.iter().map(norm).collect();
        assert_eq!(norms.len(), 3);
        for (got, want) in norms.iter().zip(&expected) {
            assert_eq!(got.to_bits(), want.to_bits());
        }
        assert_eq!(centroid, [1.0, 4.5, 0.75]);
    }
}
