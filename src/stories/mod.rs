//! Grouping a day's articles into stories, and ranking the stories. Each article becomes a
//! weighted term vector (content words, names, glossary lemmas, long numbers; tf-idf over the
//! day); candidates come from an inverted index over each article's rarest terms, so the work
//! grows with the articles, not their square; pairs at or above the threshold (and within a
//! few days of each other) join one story. Term vectors in [`vectors`], grouping in
//! [`cluster`], ranking in [`rank`]. It knows nothing of summaries or output.

mod cluster;
mod rank;
mod vectors;

pub use rank::{Rank, rank};

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::text::WordSet;

/// How articles are grouped and stories ranked, as a documented config with defaults.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct StoryConfig {
    /// Cosine (tf-idf) at or above which two articles tell the same story.
    pub threshold: f64,
    /// How many of an article's highest-weighted terms go into the index that finds
    /// candidate pairs.
    pub index_terms: usize,
    /// A term in more articles than this is too common to find candidates with.
    pub max_postings: usize,
    /// Terms found in more than this share of the articles (and in more than
    /// `max_postings` of them) are left out of the vectors.
    pub common_share: f64,
    /// Candidates must share at least this many indexed terms before their cosine is
    /// computed.
    pub min_shared: usize,
    /// Articles whose dates (`YYYY-MM-DD`) are further apart than this many days are never
    /// one story.
    pub max_days_apart: i64,
    /// How many nearest neighbours count for a mutual link (0: none).
    pub mutual_k: usize,
    /// Cosine at or above which two articles that are among each other's `mutual_k`
    /// nearest are one story.
    pub mutual_threshold: f64,
    /// Two groups join only when their centroids' cosine reaches `group_link` times the
    /// lower of the two thresholds
    /// (1 = as strict as for two articles; lower lets groups grow more easily).
    pub group_link: f64,
    /// Weight of a name (a capitalised word inside a sentence) against a plain word.
    pub name_weight: f64,
    /// Weight of a glossary lemma against a plain word.
    pub glossary_weight: f64,
    /// Weight of a title's words against the body's.
    pub title_weight: f64,
    /// A story's summary is drawn from at most this many of its sources, the most central
    /// (all of them are still listed and counted).
    pub summary_sources: usize,
    /// Importance: weight of `ln(1 + sources)`.
    pub sources_weight: f64,
    /// Importance: weight of recency, `1 / (1 + days before the day's newest article)`.
    pub recency_weight: f64,
    /// Importance: weight of `ln(1 + distinct glossary terms)`.
    pub glossary_terms_weight: f64,
}

impl Default for StoryConfig {
    fn default() -> Self {
        StoryConfig {
            threshold: 0.3,
            index_terms: 16,
            max_postings: 400,
            min_shared: 2,
            common_share: 0.05,
            group_link: 0.8,
            mutual_k: 1,
            mutual_threshold: 0.15,
            max_days_apart: 3,
            name_weight: 2.0,
            glossary_weight: 1.5,
            title_weight: 2.0,
            summary_sources: 8,
            sources_weight: 1.0,
            recency_weight: 0.5,
            glossary_terms_weight: 0.3,
        }
    }
}

/// The result of grouping: stories as lists of article indices, each ordered by closeness
/// to the story's centroid (the first one's title is the best headline), stories in input
/// order of their earliest article.
#[derive(Debug, Clone, Default)]
pub struct Grouping {
    /// The stories.
    pub groups: Vec<Vec<usize>>,
    /// Candidate pairs whose cosine was computed (the index's work, for measuring).
    pub compared: usize,
    /// Those pairs (article, article, cosine), for measuring the grouping.
    pub pairs: Vec<(u32, u32, f32)>,
}

/// Groups articles into stories.
pub fn group(articles: &[Article], stopwords: &WordSet, cfg: &StoryConfig) -> Grouping {
    let (vectors, df) = vectors::vectors(articles, stopwords, cfg);
    cluster::cluster(articles, &vectors, &df, cfg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::document_from_text;
    use crate::pipeline::Pipeline;

    fn articles(texts: &[(&str, &str, Option<&str>)]) -> Vec<Article> {
        let p = Pipeline::default();
        texts
            .iter()
            .map(|(id, t, date)| {
                let mut d = document_from_text(id, t);
                d.date = date.map(|t| crate::dates::DocDate::read(t).unwrap());
                p.analyse(d)
            })
            .collect()
    }

    fn stop() -> WordSet {
        crate::lang::LangData::embedded().stopwords
    }

    const A1: &str = "Madaktari wa hospitali za umma mjini Kisumu wameanza mgomo wakidai mishahara ya miezi mitatu. Katibu wao Dkt. Otieno Ouma amesema mgomo utaendelea.";
    const A2: &str = "Mgomo wa madaktari Kisumu waingia siku ya pili huku Dkt. Otieno Ouma akisisitiza mishahara ilipwe kwanza.";
    const B1: &str = "Timu ya Taifa Stars imeichapa Uganda mabao mawili katika uwanja wa Benjamin Mkapa jijini Dar es Salaam.";

    #[test]
    fn same_story_joins_other_story_stays_apart() {
        let a = articles(&[
            ("a1", A1, Some("2025-05-14")),
            ("b1", B1, Some("2025-05-14")),
            ("a2", A2, Some("2025-05-15")),
        ]);
        let g = group(&a, &stop(), &StoryConfig::default());
        assert_eq!(g.groups, vec![vec![0, 2], vec![1]]);
    }

    #[test]
    fn far_apart_dates_never_join() {
        let a = articles(&[
            ("a1", A1, Some("2025-05-14")),
            ("a2", A2, Some("2025-06-30")),
        ]);
        let g = group(&a, &stop(), &StoryConfig::default());
        assert_eq!(g.groups.len(), 2);
        assert_eq!(g.compared, 0);
    }

    #[test]
    fn empty_input_is_no_story() {
        let g = group(&[], &stop(), &StoryConfig::default());
        assert!(g.groups.is_empty());
    }
}
