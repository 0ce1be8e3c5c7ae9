//! What a candidate costs beside the picks made before it: a question (unless its source
//! is an interview), an opener or a demonstrative leaning on a sentence that was not
//! picked, a quote whose speaker is named nowhere picked, and a near-repeat (most of its
//! terms — names, numbers, content words — already held by the picks: containment, which a
//! cosine misses when a long pick contains a short restatement). It does not score.

use super::standalone::Opener;
use super::{Key, KeySet, SourceInfo, SummaryConfig};

/// Why a candidate costs what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flaw {
    Question,
    Dangling,
    Unattributed,
    Repeat,
}

/// The picks so far, as the checks need them.
pub(crate) struct Context<'a> {
    sources: &'a [SourceInfo],
    place: &'a [(usize, usize)],
    /// Whether each candidate is picked.
    picked: Vec<bool>,
    /// Whether each source is an interview (questions are its form, not a flaw).
    interview: Vec<bool>,
    /// Every term the picks hold.
    covered: KeySet,
    /// Each candidate's distinct terms.
    distinct: Vec<Vec<Key>>,
}

impl<'a> Context<'a> {
    /// Nothing picked yet.
    pub(crate) fn new(
        sources: &'a [SourceInfo],
        place: &'a [(usize, usize)],
        config: &SummaryConfig,
    ) -> Self {
        let interview = sources
            .iter()
            .map(|s| {
                let asked = s.sentences.iter().filter(|x| x.standing.question).count();
                asked >= config.interview_questions.max(1)
            })
            .collect();
        let distinct = place
            .iter()
            .map(|&(s, i)| {
                let mut k = sources[s].sentences[i].keys.clone();
                k.sort_unstable();
                k.dedup();
                k
            })
            .collect();
        Context {
            sources,
            place,
            picked: vec![false; place.len()],
            interview,
            covered: KeySet::default(),
            distinct,
        }
    }

    /// Records candidate `c` as picked.
    pub(crate) fn pick(&mut self, c: usize) {
        self.picked[c] = true;
        self.covered.extend(self.distinct[c].iter().copied());
    }

    /// Whether the sentence read just before candidate `c` (same source) is picked.
    fn previous_picked(&self, c: usize) -> bool {
        self.place[c].1 > 0 && self.picked[c - 1]
    }

    /// The share of `c`'s distinct terms the picks already hold.
    pub(crate) fn coverage(&self, c: usize) -> f64 {
        let d = &self.distinct[c];
        if d.is_empty() {
            return 0.0;
        }
        d.iter().filter(|k| self.covered.contains(k)).count() as f64 / d.len() as f64
    }

    /// What is wrong with picking `c` now, if anything (the first flaw found).
    pub(crate) fn flaw(&self, c: usize, config: &SummaryConfig) -> Option<Flaw> {
        let (s, i) = self.place[c];
        let info = &self.sources[s].sentences[i];
        let st = &info.standing;
        if st.question && !self.interview[s] {
            return Some(Flaw::Question);
        }
        let before = self.previous_picked(c);
        let leans = matches!(
            st.opener,
            Some(Opener::Connective | Opener::Pronoun | Opener::Subjectless)
        );
        if leans && !before {
            return Some(Flaw::Dangling);
        }
        if !before
            && st.refers_to.iter().any(|k| {
                !(0..c).any(|p| {
                    self.picked[p]
                        && self.place[p].0 == s
                        && self.sources[s].sentences[self.place[p].1].keys.contains(k)
                })
            })
        {
            return Some(Flaw::Dangling);
        }
        if st.unattributed && !before {
            return Some(Flaw::Unattributed);
        }
        if self.picked.iter().any(|&p| p) && self.coverage(c) >= config.near_repeat {
            return Some(Flaw::Repeat);
        }
        None
    }

    /// What picking `c` now costs (≤ 0).
    pub(crate) fn cost(&self, c: usize, config: &SummaryConfig) -> f64 {
        -match self.flaw(c, config) {
            None => 0.0,
            Some(Flaw::Question) => config.question,
            Some(Flaw::Dangling) => config.dangling,
            Some(Flaw::Unattributed) => config.unattributed,
            Some(Flaw::Repeat) => config.repeat,
        }
    }
}
