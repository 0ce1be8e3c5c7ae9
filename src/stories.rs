//! Grouping a day's articles into stories, and ranking the stories. Each article becomes a
//! weighted term vector (content words, names, glossary lemmas, long numbers; tf-idf over the
//! day); candidates come from an inverted index over each article's rarest terms, so the work
//! grows with the articles, not their square; pairs at or above the threshold (and within a
//! few days of each other) join one story. It knows nothing of summaries or output.

use std::collections::HashMap;

use crate::text::WordSet;

use serde::{Deserialize, Serialize};

use crate::article::Article;
use crate::briefing::{Importance, Story};
use crate::segment::UnitKind;
use crate::text::{fold, is_capitalised, word_spans};

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

/// One article as a unit-length sparse vector over interned terms, sorted by term.
#[derive(Debug, Clone, Default)]
struct Vector {
    terms: Vec<(u32, f32)>,
}

impl Vector {
    fn dot(&self, other: &Vector) -> f64 {
        dot(&self.terms, &other.terms)
    }
}

type FxMap<K, V> = crate::text::WordMap<K, V>;

/// [`fold`] with a fast path for ASCII words.
fn fold_word(word: &str) -> String {
    if word.bytes().all(|b| b.is_ascii() && b != b'`') {
        word.to_ascii_lowercase()
    } else {
        fold(word)
    }
}

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
            let f = fold_word(word);
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

/// Days since 1970-01-01 of a date written `YYYY-MM-DD…`.
pub fn day_number(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = date.get(0..4)?.parse().ok()?;
    let m: i64 = date.get(5..7)?.parse().ok()?;
    let d: i64 = date.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
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
    // The index: each article under its highest-weighted terms that another article shares
    // and that are not too common.
    let index_of: Vec<Vec<u32>> = crate::par::map_slice(&vectors, |v| {
        let mut t: Vec<(u32, f32)> = v
            .terms
            .iter()
            .copied()
            .filter(|&(id, _)| {
                let d = df[id as usize] as usize;
                d >= 2 && d <= cfg.max_postings
            })
            .collect();
        t.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        t.truncate(cfg.index_terms);
        t.into_iter().map(|(id, _)| id).collect()
    });
    let mut postings: HashMap<u32, Vec<u32>> = HashMap::new();
    for (i, terms) in index_of.iter().enumerate() {
        for &t in terms {
            postings.entry(t).or_default().push(i as u32);
        }
    }
    let days: Vec<Option<i64>> = articles
        .iter()
        .map(|a| a.doc.date.as_deref().and_then(day_number))
        .collect();
    let edges: Vec<Vec<(u32, u32, f32)>> = crate::par::map_range(n, |i| {
        let mut cands: Vec<u32> = index_of[i]
            .iter()
            .flat_map(|t| postings[t].iter().copied())
            .filter(|&j| j as usize > i)
            .collect();
        cands.sort_unstable();
        let mut out = Vec::new();
        let mut k = 0;
        while k < cands.len() {
            let j = cands[k];
            let mut shared = 0;
            while k < cands.len() && cands[k] == j {
                shared += 1;
                k += 1;
            }
            if shared < cfg.min_shared {
                continue;
            }
            let (a, b) = (days[i], days[j as usize]);
            if let (Some(a), Some(b)) = (a, b)
                && (a - b).abs() > cfg.max_days_apart
            {
                continue;
            }
            out.push((i as u32, j, vectors[i].dot(&vectors[j as usize]) as f32));
        }
        out
    });
    let pairs: Vec<(u32, u32, f32)> = edges.into_iter().flatten().collect();
    // Average-link through centroids: the most similar pairs first; two groups join only
    // when their centroids are similar enough too, so one bridging pair cannot chain
    // stories together.
    // Each article's `mutual_k` nearest neighbours among the pairs compared: a pair below
    // the threshold still links when both are among each other's nearest and above
    // `mutual_threshold` (two halves of one report share less than two copies of a wire).
    let mut near: Vec<Vec<(f32, u32)>> = vec![Vec::new(); n];
    if cfg.mutual_k > 0 {
        for &(a, b, c) in &pairs {
            if f64::from(c) >= cfg.mutual_threshold {
                near[a as usize].push((c, b));
                near[b as usize].push((c, a));
            }
        }
        for v in &mut near {
            v.sort_unstable_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
            v.truncate(cfg.mutual_k);
        }
    }
    let is_near = |a: u32, b: u32| near[a as usize].iter().any(|&(_, x)| x == b);
    let mut strong: Vec<&(u32, u32, f32)> = pairs
        .iter()
        .filter(|p| {
            f64::from(p.2) >= cfg.threshold
                || (f64::from(p.2) >= cfg.mutual_threshold
                    && is_near(p.0, p.1)
                    && is_near(p.1, p.0))
        })
        .collect();
    strong.sort_by(|a, b| b.2.total_cmp(&a.2).then((a.0, a.1).cmp(&(b.0, b.1))));
    let mut uf = UnionFind::new(n);
    let mut centroids: HashMap<usize, Vec<(u32, f32)>> = HashMap::new();
    let link = cfg.mutual_threshold.min(cfg.threshold) * cfg.group_link;
    for &&(a, b, _) in &strong {
        let (ra, rb) = (uf.find(a as usize), uf.find(b as usize));
        if ra == rb {
            continue;
        }
        let ca = centroids
            .remove(&ra)
            .unwrap_or_else(|| vectors[ra].terms.clone());
        let cb = centroids
            .remove(&rb)
            .unwrap_or_else(|| vectors[rb].terms.clone());
        if cosine(&ca, &cb) >= link {
            uf.union(ra, rb);
            centroids.insert(uf.find(ra), add(&ca, &cb));
        } else {
            centroids.insert(ra, ca);
            centroids.insert(rb, cb);
        }
    }
    let compared = pairs.len();
    let mut by_root: HashMap<usize, usize> = HashMap::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for i in 0..n {
        let r = uf.find(i);
        let g = *by_root.entry(r).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    for g in &mut groups {
        if g.len() > 2 {
            order_by_centrality(g, &vectors);
        }
    }
    Grouping {
        groups,
        compared,
        pairs,
    }
}

/// Cosine of two sparse vectors sorted by term (not necessarily unit length).
fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f64 {
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
fn add(a: &[(u32, f32)], b: &[(u32, f32)]) -> Vec<(u32, f32)> {
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

/// Orders a group's articles by closeness to its centroid, closest first.
fn order_by_centrality(group: &mut [usize], vectors: &[Vector]) {
    let mut centroid: HashMap<u32, f64> = HashMap::new();
    for &i in group.iter() {
        for &(t, w) in &vectors[i].terms {
            *centroid.entry(t).or_default() += f64::from(w);
        }
    }
    let score = |i: usize| -> f64 {
        vectors[i]
            .terms
            .iter()
            .map(|&(t, w)| f64::from(w) * centroid.get(&t).copied().unwrap_or(0.0))
            .sum()
    };
    let mut scored: Vec<(usize, f64)> = group.iter().map(|&i| (i, score(i))).collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    for (slot, (i, _)) in group.iter_mut().zip(scored) {
        *slot = i;
    }
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller index is the root, so groups keep input order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// How much a story matters: its sources, how recent it is against the day's newest
/// article (`day`, a day number), and how many glossary terms it carries; with the reason
/// in words.
pub fn importance(
    articles: &[Article],
    story: &Story,
    day: Option<i64>,
    cfg: &StoryConfig,
) -> Importance {
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
            let d = a.doc.date.as_deref()?;
            Some((day_number(d)?, d.to_string()))
        })
        .max();
    let (recency, days_old) = match (&newest, day) {
        (Some((d, _)), Some(day)) => {
            let old = (day - d).max(0);
            (1.0 / (1.0 + old as f64), Some(old))
        }
        _ => (0.0, None),
    };
    let glossary_terms = story.terms.len();
    let score = cfg.sources_weight * (1.0 + sources as f64).ln()
        + cfg.recency_weight * recency
        + cfg.glossary_terms_weight * (1.0 + glossary_terms as f64).ln();
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("{n} {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let when = match (&newest, days_old) {
        (Some((_, d)), Some(0)) => format!("newest {d} (the day's latest)"),
        (Some((_, d)), Some(k)) => format!(
            "newest {d} ({} before the latest)",
            plural(k as usize, "day", "days")
        ),
        _ => "no date".to_string(),
    };
    let why = format!(
        "{} from {}; {}; {}",
        plural(sources, "source", "sources"),
        plural(outlets.len(), "outlet", "outlets"),
        when,
        plural(glossary_terms, "glossary term", "glossary terms"),
    );
    Importance {
        rank: 0,
        score: (score * 1000.0).round() / 1000.0,
        sources,
        outlets: outlets.len(),
        newest: newest.map(|(_, d)| d),
        recency: (recency * 1000.0).round() / 1000.0,
        glossary_terms,
        why,
    }
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
                d.date = date.map(str::to_string);
                p.analyse(d)
            })
            .collect()
    }

    fn stop() -> WordSet {
        crate::lang::LangData::embedded().stopwords
    }

    #[test]
    fn dates_count_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2025-05-14T10:00"), Some(20222));
        assert_eq!(
            day_number("2024-03-01").unwrap() - day_number("2024-02-28").unwrap(),
            2
        );
        assert_eq!(day_number("14 Mei 2025"), None);
        assert_eq!(day_number("2025-13-01"), None);
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
