//! Articles as term vectors: content words (stopwords out), names (capitalised inside a
//! sentence, weighted up), glossary lemmas (all forms of an entry one term), long numbers;
//! tf-idf over the day, unit length. The sparse-vector arithmetic grouping needs is here too.

use super::StoryConfig;
use crate::article::Article;
use crate::segment::UnitKind;
use crate::text::{WordSet, fold_fast, is_capitalised, word_spans};

/// One article as a unit-length sparse vector over interned terms, sorted by term.
#[derive(Debug, Clone, Default)]
pub(super) struct Vector {
    pub(super) terms: Vec<(u32, f32)>,
}

impl Vector {
    pub(super) fn dot(&self, other: &Vector) -> f64 {
        dot(&self.terms, &other.terms)
    }
}

pub(super) type FxMap<K, V> = crate::hash::WordMap<K, V>;

/// The weighted terms of one article, before interning: key → weight.
fn article_terms(article: &Article, stopwords: &WordSet, cfg: &StoryConfig) -> FxMap<String, f64> {
    let text = &article.doc.text;
    let mut out: FxMap<String, f64> = FxMap::default();
    let mut add_words = |s: &str, offset: usize, hits: &[crate::glossary::TermHit], w: f64| {
        let mut h = hits.iter().peekable();
        for (k, span) in word_spans(s).into_iter().enumerate() {
            let (start, end) = (offset + span.start, offset + span.end);
            while h.peek().is_some_and(|x| x.span.end <= start) {
                h.next();
            }
            if let Some(hit) = h
                .peek()
                .filter(|x| x.span.start <= start && end <= x.span.end)
            {
                if hit.span.start == start {
                    *out.entry(format!("g:{}", hit.entry)).or_default() += w * cfg.glossary_weight;
                }
                continue;
            }
            let word = span.of(s);
            let f = fold_fast(word);
            let digits = f.chars().filter(|c| c.is_ascii_digit()).count();
            if digits > 0 {
                // Long numbers (money, counts, years) are strong evidence; short ones not.
                let n: String = f.chars().filter(|c| c.is_ascii_digit()).collect();
                if n.len() >= 3 {
                    *out.entry(format!("n:{n}")).or_default() += w;
                }
                continue;
            }
            if f.chars().count() <= 3 || stopwords.contains(&f) {
                continue;
            }
            let weight = if k > 0 && is_capitalised(word) {
                w * cfg.name_weight
            } else {
                w
            };
            *out.entry(f).or_default() += weight;
        }
    };
    if let Some(title) = &article.title {
        // Title hits are not in the article's hit list (the title may be metadata).
        add_words(title, usize::MAX / 2, &[], cfg.title_weight);
    }
    for u in &article.units {
        if matches!(u.kind, UnitKind::Sentence | UnitKind::Heading) {
            add_words(u.span.of(text), u.span.start, article.hits_in(u.span), 1.0);
        }
    }
    out
}

/// Each article as a unit-length tf-idf vector over the day's terms (terms in more than
/// `common_share` of the articles dropped), and each term's document frequency.
pub(super) fn vectors(
    articles: &[Article],
    stopwords: &WordSet,
    cfg: &StoryConfig,
) -> (Vec<Vector>, Vec<u32>) {
    let n = articles.len();
    let raw: Vec<FxMap<String, f64>> =
        crate::par::map_slice(articles, |a| article_terms(a, stopwords, cfg));
    // Intern the terms and count document frequencies.
    let mut ids: FxMap<&str, u32> = FxMap::default();
    let mut df: Vec<u32> = Vec::new();
    let interned: Vec<Vec<(u32, f64)>> = raw
        .iter()
        .map(|terms| {
            // Keys in sorted order, so term ids (and every tie broken by them) are the same
            // on every run.
            let mut keys: Vec<(&String, &f64)> = terms.iter().collect();
            keys.sort_unstable_by(|a, b| a.0.cmp(b.0));
            let mut v: Vec<(u32, f64)> = keys
                .into_iter()
                .map(|(k, &w)| {
                    let next = ids.len() as u32;
                    let id = *ids.entry(k.as_str()).or_insert(next);
                    if id as usize == df.len() {
                        df.push(0);
                    }
                    df[id as usize] += 1;
                    (id, w)
                })
                .collect();
            v.sort_unstable_by_key(|&(id, _)| id);
            v
        })
        .collect();
    let nf = n as f64;
    // Terms in a large share of the day's articles say nothing about which story it is.
    let common = (cfg.common_share * nf).max(cfg.max_postings as f64);
    let vectors: Vec<Vector> = crate::par::map_slice(&interned, |terms| {
        let mut v: Vec<(u32, f32)> = terms
            .iter()
            .filter(|&&(id, _)| f64::from(df[id as usize]) <= common)
            .map(|&(id, w)| {
                let idf = (1.0 + nf / f64::from(df[id as usize])).ln();
                (id, ((1.0 + w.ln().max(0.0)) * idf) as f32)
            })
            .collect();
        let norm = v
            .iter()
            .map(|&(_, w)| f64::from(w) * f64::from(w))
            .sum::<f64>()
            .sqrt();
        if norm > 0.0 {
            for t in &mut v {
                t.1 = (f64::from(t.1) / norm) as f32;
            }
        }
        Vector { terms: v }
    });
    (vectors, df)
}

/// Cosine of two sparse vectors sorted by term (not necessarily unit length).
pub(super) fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f64 {
    let norm = |v: &[(u32, f32)]| v.iter().map(|t| f64::from(t.1).powi(2)).sum::<f64>().sqrt();
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    dot(a, b) / (na * nb)
}

/// The dot product of two sparse vectors sorted by term.
fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f64 {
    let (mut i, mut j, mut s) = (0, 0, 0.0f64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += f64::from(a[i].1) * f64::from(b[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// The sum of two sparse vectors sorted by term.
pub(super) fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        if j == b.len() || (i < a.len() && a[i].0 < b[j].0) {
            out.push(a[i]);
            i += 1;
        } else if i == a.len() || b[j].0 < a[i].0 {
            out.push(b[j]);
            j += 1;
        } else {
            out.push((a[i].0, a[i].1 + b[j].1));
            i += 1;
            j += 1;
        }
    }
    out
}
