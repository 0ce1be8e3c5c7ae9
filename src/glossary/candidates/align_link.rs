//! Linking within each parallel pair: which of the terms of a segment an English n-gram
//! of that segment belongs to, so a word beside a term's English in the same sentences
//! counts for the term it belongs to.

use std::collections::HashMap;

use super::Aligner;

impl Aligner {
    /// Competitive linking within each pair (Melamed's one-to-one assumption): in a
    /// segment where several terms occur, the strongest (term, n-gram) pairs are linked
    /// first (by the log-likelihood ratio, which unlike Dice does not favour a rare term
    /// seen a few times beside the n-gram), each term and each n-gram once; a linked
    /// n-gram is explained by its term, and the others lose that segment for it (`mwili`
    /// and `joto jingi mwilini` beside "fever": the segment's fever is the second's). A
    /// term keeps what it holds at least `1 / margin` as strongly as the linked one.
    /// With `verbs` (per term, whether it is a verb), an n-gram that is a verb in the
    /// segment (`opened`) is linked to a verb term before any other term, however strong:
    /// `ilifungua mlango` beside "opened" links `fungua`, and `mlango` loses it there.
    /// Each term's `depth` best n-grams take part. Returns, per term of `terms` (its
    /// segments), the segments each of its n-grams loses.
    pub fn claims(
        &self,
        terms: &[&[u32]],
        verbs: Option<&[bool]>,
        depth: usize,
        margin: f64,
    ) -> Vec<HashMap<u32, usize>> {
        let n = self.grams.iter().filter(|g| !g.is_empty()).count() as f64;
        let best: Vec<Vec<(u32, f64)>> = crate::par::map_slice(terms, |segs| {
            let with_en = segs
                .iter()
                .filter(|&&s| !self.grams[s as usize].is_empty())
                .count() as f64;
            let mut v: Vec<(u32, f64)> = self
                .scored(segs, None)
                .into_iter()
                .take(depth)
                .map(|(id, c, _)| {
                    (
                        id,
                        log_likelihood(c as f64, with_en, self.df[id as usize] as f64, n),
                    )
                })
                .collect();
            v.sort_unstable_by_key(|p| p.0);
            v
        });
        // (segment, n-gram, association, term, whether a verb n-gram goes to a term that
        // is no verb) for every n-gram a term holds in a segment of its own.
        let mut held: Vec<(u32, u32, f64, u32, bool)> = Vec::new();
        for (t, segs) in terms.iter().enumerate() {
            let verb = verbs.is_none_or(|v| v.get(t).copied().unwrap_or(false));
            for &s in segs.iter() {
                let grams = &self.grams[s as usize];
                for &(id, d) in &best[t] {
                    if grams.binary_search(&id).is_ok() {
                        let astray = !verb && self.verb_here[s as usize].binary_search(&id).is_ok();
                        held.push((s, id, d, t as u32, astray));
                    }
                }
            }
        }
        // Per segment, strongest pair first (a verb n-gram's pair with a term that is no
        // verb after the others): a term links to one n-gram and an n-gram to one term;
        // the n-gram is then the linked term's in that segment, and every other term of
        // the segment holding it less strongly, or as a verb n-gram of a term that is no
        // verb, loses it there.
        // Ties go the same way on every run: by n-gram, then by the terms' segments.
        held.sort_unstable_by(|a, b| {
            a.0.cmp(&b.0)
                .then(a.4.cmp(&b.4))
                .then(b.2.total_cmp(&a.2))
                .then(a.1.cmp(&b.1))
                .then(terms[a.3 as usize].cmp(terms[b.3 as usize]))
        });
        let mut lost: Vec<HashMap<u32, usize>> = vec![HashMap::new(); terms.len()];
        for group in held.chunk_by(|a, b| a.0 == b.0) {
            let mut linked: Vec<(u32, u32, f64, bool)> = Vec::new();
            for &(_, id, d, t, astray) in group {
                if !linked.iter().any(|l| l.0 == id || l.1 == t) {
                    linked.push((id, t, d, astray));
                }
            }
            for &(_, id, d, t, astray) in group {
                if linked.iter().any(|l| {
                    l.0 == id
                        && l.1 != t
                        && ((astray && !l.3) || (astray == l.3 && d * margin < l.2))
                }) {
                    *lost[t as usize].entry(id).or_default() += 1;
                }
            }
        }
        lost
    }
}

/// Dunning's log-likelihood ratio (G²) of a term and an English n-gram seen together in
/// `c` of `n` segments, the term in `a`, the n-gram in `b`; 0 when they meet no more often
/// than chance.
fn log_likelihood(c: f64, a: f64, b: f64, n: f64) -> f64 {
    if c * n <= a * b {
        return 0.0;
    }
    let cell = |o: f64, e: f64| {
        if o > 0.0 && e > 0.0 {
            o * (o / e).ln()
        } else {
            0.0
        }
    };
    let cells = [
        (c, a * b / n),
        (a - c, a * (n - b) / n),
        (b - c, (n - a) * b / n),
        (n - a - b + c, (n - a) * (n - b) / n),
    ];
    2.0 * cells.iter().map(|&(o, e)| cell(o, e)).sum::<f64>()
}
