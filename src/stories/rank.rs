//! Ranking: how much a story matters, as numbers (its sources and outlets, how recent it is
//! against the day's newest article, its glossary terms). The words that explain a rank
//! are written where output is made (`Importance` in `briefing`).

use super::StoryConfig;
use crate::article::Article;

/// A story's rank as numbers (see [`rank`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Rank {
    /// The score stories are ordered by, rounded to three places.
    pub score: f64,
    /// How many articles tell it.
    pub sources: usize,
    /// How many distinct outlets (or files, when the outlet is unknown).
    pub outlets: usize,
    /// Its newest article's date, as written.
    pub newest: Option<String>,
    /// Days between its newest article and the day's newest (0: the day's latest).
    pub days_old: Option<i64>,
    /// 1 for the day's latest date, less for older ones, 0 without a date.
    pub recency: f64,
    /// Distinct glossary terms in its key sentences.
    pub glossary_terms: usize,
}

/// How much a story told by `articles` matters: its sources, how recent it is against the
/// day's newest article (`day`, a day number), and how many glossary terms (`glossary_terms`)
/// its key sentences carry.
pub fn rank(
    articles: &[Article],
    glossary_terms: usize,
    day: Option<i64>,
    cfg: &StoryConfig,
) -> Rank {
    let sources = articles.len();
    let mut outlets: Vec<String> = articles
        .iter()
        .map(|a| {
            a.doc
                .source
                .clone()
                .unwrap_or_else(|| a.doc.path.display().to_string())
        })
        .collect();
    outlets.sort();
    outlets.dedup();
    let newest = articles
        .iter()
        .filter_map(|a| {
            let d = a.doc.date.as_ref()?;
            Some((d.day_number()?, d.to_string()))
        })
        .max();
    let (recency, days_old) = match (&newest, day) {
        (Some((d, _)), Some(day)) => {
            let old = (day - d).max(0);
            (1.0 / (1.0 + old as f64), Some(old))
        }
        _ => (0.0, None),
    };
    let score = cfg.sources_weight * (1.0 + sources as f64).ln()
        + cfg.recency_weight * recency
        + cfg.glossary_terms_weight * (1.0 + glossary_terms as f64).ln();
    Rank {
        score: (score * 1000.0).round() / 1000.0,
        sources,
        outlets: outlets.len(),
        newest: newest.map(|(_, d)| d),
        days_old,
        recency: (recency * 1000.0).round() / 1000.0,
        glossary_terms,
    }
}
