//! What a candidate costs beside the picks made before it: a question (unless its source
//! is an interview), an opener or a demonstrative leaning on a sentence that was not
//! picked, a quote whose speaker is named nowhere picked, and a near-repeat (most of its
//! terms — names, numbers, content words — already held by the picks: containment, which a
//! cosine misses when a long pick contains a short restatement), a fragment or a unit
//! that does not end as a sentence does. It does not score.

use super::score::Scored;
use super::standalone::Opener;
use super::{SourceInfo, SummaryConfig};

/// Why a candidate costs what it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flaw {
    Question,
    Dangling,
    Unattributed,
    Repeat,
    Fragment,
}

/// The picks so far, as the checks need them.
pub(crate) struct Context<'a> {
    sources: &'a [SourceInfo],
    scored: &'a Scored,
    /// Whether each candidate is picked, and the picks in the order made.
    picked: Vec<bool>,
    picks: Vec<usize>,
    /// Whether each source is an interview (questions are its form, not a flaw).
    interview: Vec<bool>,
    /// Whether the picks hold each story term (by the scorer's term ids).
    covered: Vec<bool>,
}

impl<'a> Context<'a> {
    /// Nothing picked yet.
    pub(crate) fn new(
        sources: &'a [SourceInfo],
        scored: &'a Scored,
        config: &SummaryConfig,
    ) -> Self {
        let interview = sources
            .iter()
            .map(|s| {
                let asked = s.sentences.iter().filter(|x| x.standing.question).count();
                asked > 0 && asked as f64 >= config.interview_share * s.sentences.len() as f64
            })
            .collect();
        Context {
            sources,
            scored,
            picked: vec![false; scored.place.len()],
            picks: Vec::new(),
            interview,
            covered: vec![false; scored.vocabulary],
        }
    }

    /// Records candidate `c` as picked.
    pub(crate) fn pick(&mut self, c: usize) {
        self.picked[c] = true;
        self.picks.push(c);
        for &(id, _) in &self.scored.vectors[c] {
            self.covered[id as usize] = true;
        }
    }

    /// Whether anything is picked.
    pub(crate) fn any(&self) -> bool {
        !self.picks.is_empty()
    }

    /// Whether the picks hold term `id`.
    pub(crate) fn holds(&self, id: u32) -> bool {
        self.covered[id as usize]
    }

    /// Whether the sentence read just before candidate `c` (same source) is picked.
    fn previous_picked(&self, c: usize) -> bool {
        self.scored.place[c].1 > 0 && self.picked[c - 1]
    }

    /// Whether candidate `c` leans on the sentence read just before it (a leaning opener,
    /// a demonstrative or courtesy-title surname pointing back, a quote whose speaker it
    /// does not name) and that sentence is picked: then the two are shown together, in the
    /// article's order, and read as the article does.
    pub(crate) fn leans_on_picked(&self, c: usize) -> bool {
        let (s, i) = self.scored.place[c];
        let st = &self.sources[s].sentences[i].standing;
        (st.opener.is_some() || !st.refers_to.is_empty() || st.unattributed)
            && self.previous_picked(c)
    }

    /// Whether `c` is passed over only for leaning on the sentence before it, which is
    /// not picked (yet): it may stand once that sentence is.
    pub(crate) fn waits_for_previous(&self, c: usize, config: &SummaryConfig) -> bool {
        let (_, i) = self.scored.place[c];
        i > 0
            && !self.picked[c - 1]
            && matches!(
                self.flaw(c, config),
                Some(Flaw::Dangling | Flaw::Unattributed)
            )
    }

    /// The share of `c`'s distinct terms the picks already hold.
    pub(crate) fn coverage(&self, c: usize) -> f64 {
        let d = &self.scored.vectors[c];
        if d.is_empty() {
            return 0.0;
        }
        d.iter().filter(|x| self.covered[x.0 as usize]).count() as f64 / d.len() as f64
    }

    /// The share of `o`'s distinct terms that candidate `c` holds.
    pub(crate) fn held_by(&self, o: usize, c: usize) -> f64 {
        let (d, by) = (&self.scored.vectors[o], &self.scored.vectors[c]);
        if d.is_empty() {
            return 0.0;
        }
        let held = d
            .iter()
            .filter(|x| by.binary_search_by_key(&x.0, |y| y.0).is_ok())
            .count();
        held as f64 / d.len() as f64
    }

    /// What is wrong with picking `c` now, if anything (the first flaw found).
    pub(crate) fn flaw(&self, c: usize, config: &SummaryConfig) -> Option<Flaw> {
        let (s, i) = self.scored.place[c];
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
                !self.picks.iter().any(|&p| {
                    let (ps, pi) = self.scored.place[p];
                    let source = &self.sources[s];
                    ps == s && pi < i && source.keys_of(&source.sentences[pi]).contains(k)
                })
            })
        {
            return Some(Flaw::Dangling);
        }
        if st.unattributed && !before {
            return Some(Flaw::Unattributed);
        }
        if !self.picks.is_empty() && self.coverage(c) >= config.near_repeat {
            return Some(Flaw::Repeat);
        }
        // A short sentence with a verb that tells what happened is whole; without one it
        // is a fragment (a tag, a caption, a run-in heading); so is one opening on a label.
        if info.unfinished || st.label || st.glued || info.words < config.min_words && !st.event {
            return Some(Flaw::Fragment);
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
            Some(Flaw::Fragment) => config.fragment,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::summarize::standalone::{Opener, Standing};
    use crate::summarize::tests::{sentence, source};
    use crate::summarize::{Length, SummaryConfig, summarize};

    #[test]
    fn a_leaning_sentence_comes_only_after_the_one_it_leans_on() {
        let leaning = Standing {
            opener: Some(Opener::Subjectless),
            ..Standing::default()
        };
        let mut src = source(
            vec![],
            [
                sentence("mvua mjini leo", 10),
                sentence("hali hewa baridi", 10),
                sentence("bandari mizigo bei tani meli bandari", 12),
                sentence("bandari mizigo bei tani meli", 10),
            ],
        );
        src.sentences[3].standing = leaning;
        let config = SummaryConfig {
            near_repeat: 1.1,
            ..SummaryConfig::default()
        };
        let picks = summarize(&[src], Length::Sentences(2), &config);
        let idx: Vec<usize> = picks.iter().map(|p| p.index).collect();
        // Sentence 3 leans on 2: never without it.
        assert!(!idx.contains(&3) || idx.contains(&2), "{idx:?}");
    }

    #[test]
    fn a_restatement_contained_in_a_pick_is_not_picked() {
        let src = source(
            vec![],
            [
                sentence("rais juma mkataba ulinzi saini dodoma kenya", 16),
                sentence("rais juma mkataba ulinzi saini", 9),
                sentence("mvua kubwa mjini", 9),
            ],
        );
        let config = SummaryConfig {
            redundancy: 0.0,
            ..SummaryConfig::default()
        };
        let picks = summarize(&[src], Length::Sentences(2), &config);
        let idx: Vec<usize> = picks.iter().map(|p| p.index).collect();
        assert!(!(idx.contains(&0) && idx.contains(&1)), "{idx:?}");
        let off = SummaryConfig {
            redundancy: 0.0,
            repeat: 0.0,
            ..SummaryConfig::default()
        };
        let src = source(
            vec![],
            [
                sentence("rais juma mkataba ulinzi saini dodoma kenya", 16),
                sentence("rais juma mkataba ulinzi saini", 9),
                sentence("mvua kubwa mjini", 9),
            ],
        );
        let picks = summarize(&[src], Length::Sentences(2), &off);
        let idx: Vec<usize> = picks.iter().map(|p| p.index).collect();
        assert_eq!(idx, [0, 1], "without the rule both are picked");
    }
}
