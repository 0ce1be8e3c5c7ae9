//! Extractive summarising: scores each sentence from signals that suit news (position,
//! centrality over Swahili-aware term weights, overlap with the title, glossary and name
//! density, numbers, length), then picks with redundancy control (MMR). Several sources
//! are one story: near-duplicates merge and each pick keeps its source. It knows nothing
//! of files or formats.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::text::Span;

/// The weights of the score, as a documented config with defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SummaryConfig {
    /// Weight of the position signal (1 for a source's first sentence, decaying after).
    pub position: f64,
    /// How fast the position signal decays: `1 / (1 + decay * index)`.
    pub position_decay: f64,
    /// Weight of centrality: cosine between the sentence and the story's centroid.
    pub centrality: f64,
    /// Weight of overlap with the title's terms.
    pub title: f64,
    /// Weight of glossary terms and names per word.
    pub terms: f64,
    /// Weight of numbers, money and dates present.
    pub numbers: f64,
    /// Penalty for sentences shorter than `min_words` or longer than `max_words`.
    pub length: f64,
    /// Sentences shorter than this lose the length weight.
    pub min_words: usize,
    /// Sentences longer than this lose the length weight.
    pub max_words: usize,
    /// MMR trade-off: how much similarity to what is already picked costs.
    pub redundancy: f64,
    /// Cosine above which two sentences from different sources are the same statement.
    pub duplicate: f64,
}

impl Default for SummaryConfig {
    fn default() -> Self {
        SummaryConfig {
            position: 1.0,
            position_decay: 0.5,
            centrality: 1.0,
            title: 0.5,
            terms: 1.0,
            numbers: 0.1,
            length: 0.5,
            min_words: 6,
            max_words: 60,
            redundancy: 0.7,
            duplicate: 0.7,
        }
    }
}

/// How long the summary should be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// This many sentences.
    Sentences(usize),
    /// Up to this many words.
    Words(usize),
    /// This share of the sentences (0–1].
    Ratio(f64),
}

/// What the summariser needs to know of one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceInfo {
    /// Where it is in its source's text.
    pub span: Span,
    /// Its content terms: glossary entry ids for glossary words, folded words otherwise,
    /// stopwords removed.
    pub keys: Vec<String>,
    /// Glossary terms and names it holds.
    pub terms: usize,
    /// Numbers, money and dates it holds.
    pub numbers: usize,
    /// Its length in words.
    pub words: usize,
}

/// One source of a story.
#[derive(Debug, Clone, Default)]
pub struct SourceInfo {
    /// Content terms of the source's title, if it has one.
    pub title_keys: Vec<String>,
    /// Its sentences (only `sentence` units), in reading order.
    pub sentences: Vec<SentenceInfo>,
}

/// The parts a score is made of, for the editor who asks "why this one?".
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct ScoreParts {
    /// Position signal × weight.
    pub position: f64,
    /// Centrality × weight.
    pub centrality: f64,
    /// Title overlap × weight.
    pub title: f64,
    /// Term density × weight.
    pub terms: f64,
    /// Numbers × weight.
    pub numbers: f64,
    /// Length penalty (≤ 0).
    pub length: f64,
}

impl ScoreParts {
    fn total(&self) -> f64 {
        self.position + self.centrality + self.title + self.terms + self.numbers + self.length
    }
}

/// One picked sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Pick {
    /// Which source it comes from (index into the sources given).
    pub source: usize,
    /// Its index among that source's sentences.
    pub index: usize,
    /// Its score.
    pub score: f64,
    /// What the score is made of.
    pub parts: ScoreParts,
    /// Other (source, index) pairs that say the same thing.
    pub also_in: Vec<(usize, usize)>,
}

// Ordered maps: sums run in the same order every time, so scores are bit-for-bit repeatable.
type Vector = std::collections::BTreeMap<String, f64>;

fn vector(keys: &[String], idf: &HashMap<&str, f64>) -> Vector {
    let mut v = Vector::new();
    for k in keys {
        *v.entry(k.clone()).or_default() += idf.get(k.as_str()).copied().unwrap_or(1.0);
    }
    v
}

fn cosine(a: &Vector, b: &Vector) -> f64 {
    let (small, large) = if a.len() < b.len() { (a, b) } else { (b, a) };
    let dot: f64 = small
        .iter()
        .filter_map(|(k, x)| large.get(k).map(|y| x * y))
        .sum();
    let na: f64 = a.values().map(|x| x * x).sum::<f64>().sqrt();
    let nb: f64 = b.values().map(|x| x * x).sum::<f64>().sqrt();
    if na == 0.0 || nb == 0.0 {
        0.0
    } else {
        dot / (na * nb)
    }
}

/// Picks the sentences that carry the story told by `sources`; the picks come in reading
/// order (source by source).
pub fn summarize(sources: &[SourceInfo], length: Length, config: &SummaryConfig) -> Vec<Pick> {
    let all: Vec<(usize, usize, &SentenceInfo)> = sources
        .iter()
        .enumerate()
        .flat_map(|(s, src)| {
            src.sentences
                .iter()
                .enumerate()
                .map(move |(i, x)| (s, i, x))
        })
        .collect();
    if all.is_empty() {
        return Vec::new();
    }
    // Inverse sentence frequency over the whole story.
    let mut df: HashMap<&str, usize> = HashMap::new();
    for (_, _, s) in &all {
        let mut seen: Vec<&str> = s.keys.iter().map(String::as_str).collect();
        seen.sort_unstable();
        seen.dedup();
        for k in seen {
            *df.entry(k).or_default() += 1;
        }
    }
    let n = all.len() as f64;
    let idf: HashMap<&str, f64> = df
        .iter()
        .map(|(k, d)| (*k, (1.0 + n / *d as f64).ln()))
        .collect();
    let vectors: Vec<Vector> = all.iter().map(|(_, _, s)| vector(&s.keys, &idf)).collect();
    let mut centroid = Vector::new();
    for v in &vectors {
        for (k, x) in v {
            *centroid.entry(k.clone()).or_default() += x;
        }
    }
    let titles: Vec<Vector> = sources
        .iter()
        .map(|s| vector(&s.title_keys, &idf))
        .collect();

    let parts: Vec<ScoreParts> = all
        .iter()
        .zip(&vectors)
        .map(|(&(src, i, s), v)| {
            let words = s.words.max(1) as f64;
            let short_or_long = s.words < config.min_words || s.words > config.max_words;
            ScoreParts {
                position: config.position / (1.0 + config.position_decay * i as f64),
                centrality: config.centrality * cosine(v, &centroid),
                title: config.title * cosine(v, &titles[src]),
                terms: config.terms * (s.terms as f64 / words).min(0.5),
                numbers: config.numbers * (s.numbers.min(3) as f64),
                length: if short_or_long { -config.length } else { 0.0 },
            }
        })
        .collect();

    let want_words = match length {
        Length::Words(w) => Some(w),
        _ => None,
    };
    let want_sentences = match length {
        Length::Sentences(k) => k,
        Length::Ratio(r) => ((all.len() as f64 * r).ceil() as usize).max(1),
        Length::Words(_) => all.len(),
    };

    // Greedy MMR, balanced across sources by the redundancy term itself.
    let mut chosen: Vec<usize> = Vec::new();
    let mut merged: Vec<bool> = vec![false; all.len()];
    let mut used_words = 0usize;
    while chosen.len() < want_sentences {
        let best = (0..all.len())
            .filter(|c| !chosen.contains(c) && !merged[*c])
            .map(|c| {
                let sim = chosen
                    .iter()
                    .map(|&p| cosine(&vectors[c], &vectors[p]))
                    .fold(0.0, f64::max);
                (c, parts[c].total() - config.redundancy * sim)
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let Some((c, _)) = best else { break };
        if let Some(limit) = want_words
            && used_words + all[c].2.words > limit
            && !chosen.is_empty()
        {
            merged[c] = true; // too long for what is left; try shorter ones
            continue;
        }
        used_words += all[c].2.words;
        chosen.push(c);
        // Merge near-duplicates from other sources into this pick.
        for o in 0..all.len() {
            if o != c
                && all[o].0 != all[c].0
                && cosine(&vectors[c], &vectors[o]) >= config.duplicate
            {
                merged[o] = true;
            }
        }
    }
    let mut picks: Vec<Pick> = chosen
        .iter()
        .map(|&c| {
            let also_in = (0..all.len())
                .filter(|&o| {
                    o != c
                        && all[o].0 != all[c].0
                        && cosine(&vectors[c], &vectors[o]) >= config.duplicate
                })
                .map(|o| (all[o].0, all[o].1))
                .collect();
            Pick {
                source: all[c].0,
                index: all[c].1,
                score: parts[c].total(),
                parts: parts[c],
                also_in,
            }
        })
        .collect();
    picks.sort_by_key(|p| (p.source, p.index));
    picks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(keys: &str, words: usize) -> SentenceInfo {
        SentenceInfo {
            keys: keys.split(' ').map(String::from).collect(),
            words,
            ..SentenceInfo::default()
        }
    }

    #[test]
    fn picks_in_reading_order_and_respects_length() {
        let src = SourceInfo {
            title_keys: vec!["mkataba".into()],
            sentences: vec![
                sentence("rais mkataba ulinzi", 12),
                sentence("hali hewa mvua", 10),
                sentence("mkataba ulinzi saini rais", 14),
                sentence("mpira timu", 8),
            ],
        };
        let picks = summarize(&[src], Length::Sentences(2), &SummaryConfig::default());
        assert_eq!(picks.len(), 2);
        assert!(picks[0].index < picks[1].index);
        assert_eq!(picks[0].index, 0);
    }

    #[test]
    fn duplicates_across_sources_merge() {
        let a = SourceInfo {
            title_keys: vec![],
            sentences: vec![
                sentence("rais mkataba ulinzi saini", 12),
                sentence("mvua kubwa", 8),
            ],
        };
        let b = SourceInfo {
            title_keys: vec![],
            sentences: vec![
                sentence("rais mkataba ulinzi saini", 12),
                sentence("bei mafuta", 9),
            ],
        };
        let picks = summarize(&[a, b], Length::Sentences(2), &SummaryConfig::default());
        let first = picks.iter().find(|p| p.index == 0).unwrap();
        assert_eq!(first.also_in.len(), 1);
        assert_eq!(picks.len(), 2);
        assert!(picks.iter().all(|p| p.index != 0 || p.also_in.len() == 1));
    }

    #[test]
    fn deterministic() {
        let src = SourceInfo {
            title_keys: vec![],
            sentences: (0..20)
                .map(|i| sentence(&format!("a{} b{}", i % 3, i % 5), 10))
                .collect(),
        };
        let a = summarize(
            std::slice::from_ref(&src),
            Length::Ratio(0.3),
            &SummaryConfig::default(),
        );
        let b = summarize(&[src], Length::Ratio(0.3), &SummaryConfig::default());
        assert_eq!(a, b);
    }
}
