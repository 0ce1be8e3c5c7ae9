//! Grouping: an inverted index over each article's highest-weighted shared terms gives the
//! candidate pairs (so the work grows with the articles, not their square); pairs close
//! enough, within a few days of each other, join through their centroids (average link).

use std::collections::HashMap;

use super::vectors::{Vector, add, cosine};
use super::{Grouping, StoryConfig};
use crate::article::Article;
use crate::dates::DocDate;

/// Groups articles, given as `vectors` with the terms' document frequencies `df`.
pub(super) fn cluster(
    articles: &[Article],
    vectors: &[Vector],
    df: &[u32],
    cfg: &StoryConfig,
) -> Grouping {
    let n = articles.len();
    // The index: each article under its highest-weighted terms that another article shares
    // and that are not too common.
    let index_of: Vec<Vec<u32>> = crate::par::map_slice(vectors, |v| {
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
        .map(|a| a.doc.date.as_ref().and_then(DocDate::day_number))
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
            order_by_centrality(g, vectors);
        }
    }
    Grouping {
        groups,
        compared,
        pairs,
    }
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
