//! The story's headline when no source has a title: the best-scored pick that stands alone
//! (never a question, a fragment, an unfinished unit, a sentence leaning on the one before
//! it or a quote with no speaker), else the best-scored such sentence of the story, else
//! the first pick. It chooses among sentences; it does not write one.

use super::lede::stands_alone;
use super::{Pick, SentenceInfo, SourceInfo, SummaryConfig};

/// Whether `s` can be read as a headline.
fn headline_ok(s: &SentenceInfo, config: &SummaryConfig) -> bool {
    stands_alone(s) && s.words >= config.min_words
}

/// (source, index) of the sentence to use as the headline, given the picks (any order).
pub fn headline(
    picks: &[Pick],
    sources: &[SourceInfo],
    config: &SummaryConfig,
) -> Option<(usize, usize)> {
    let ok = |source: usize, index: usize| {
        sources
            .get(source)
            .and_then(|s| s.sentences.get(index))
            .is_some_and(|s| headline_ok(s, config))
    };
    let best_pick = picks
        .iter()
        .filter(|p| ok(p.source, p.index))
        .max_by(|a, b| a.score.total_cmp(&b.score).then(b.index.cmp(&a.index)));
    if let Some(p) = best_pick {
        return Some((p.source, p.index));
    }
    // No pick stands alone: the best-scored sentence of the story that does.
    let all = super::summarize(sources, super::Length::Ratio(1.0), config);
    all.iter()
        .filter(|p| ok(p.source, p.index))
        .max_by(|a, b| a.score.total_cmp(&b.score).then(b.index.cmp(&a.index)))
        .or(picks.first())
        .map(|p| (p.source, p.index))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::standalone::{Opener, Standing};
    use crate::summarize::tests::source;
    use crate::summarize::{Key, Length, key, summarize};

    fn sentence(keys: &str, standing: Standing) -> (Vec<Key>, SentenceInfo) {
        let info = SentenceInfo {
            words: 10,
            standing,
            ..SentenceInfo::default()
        };
        (keys.split(' ').map(key).collect(), info)
    }

    #[test]
    fn a_question_never_heads_the_story() {
        let asked = Standing {
            question: true,
            ..Standing::default()
        };
        let src = source(
            vec![],
            [
                sentence("je bandari mizigo bei", asked),
                sentence("bandari mizigo bei tani", Standing::default()),
                sentence("mvua mjini", Standing::default()),
            ],
        );
        let config = SummaryConfig {
            question: 0.0,
            ..SummaryConfig::default()
        };
        let sources = [src];
        let picks = summarize(&sources, Length::Sentences(2), &config);
        assert!(picks.iter().any(|p| p.index == 0), "{picks:?}");
        let (_, i) = headline(&picks, &sources, &config).unwrap();
        assert_ne!(i, 0, "the question");
        assert!(picks.iter().any(|p| p.index == i), "a pick: {picks:?}");
    }

    #[test]
    fn when_no_pick_stands_alone_the_best_sentence_that_does() {
        let leaning = Standing {
            opener: Some(Opener::Connective),
            ..Standing::default()
        };
        let src = source(
            vec![],
            [
                sentence("mvua mjini", Standing::default()),
                sentence("na bandari mizigo bei", leaning),
            ],
        );
        let sources = [src];
        let pick = Pick {
            source: 0,
            index: 1,
            score: 1.0,
            parts: Default::default(),
            also_in: vec![],
        };
        let config = SummaryConfig::default();
        assert_eq!(headline(&[pick], &sources, &config), Some((0, 0)));
    }
}
