//! Extractive summarising: scores each sentence from signals that suit news (position,
//! centrality over Swahili-aware term weights, overlap with the title, glossary and name
//! density, numbers, length), then picks with redundancy control (MMR). Several sources
//! are one story: near-duplicates merge and each pick keeps its source. It knows nothing
//! of files or formats.

mod config;
mod context;
pub mod cover;
mod features;
mod headline;
mod lede;
pub mod rouge;
mod score;
mod select;
pub mod standalone;

use std::ops::Range;

use serde::Serialize;

use crate::text::Span;

pub use config::SummaryConfig;
pub use cover::CoverModel;
pub use features::Features;
pub use headline::headline;
pub use score::ScoreParts;

pub use crate::length::Length;

/// A content term, hashed once when the features are made so that scoring never allocates
/// or re-hashes strings: [`key`] of the term's text (a folded word, or `g:` and a glossary
/// entry's id). Two different terms share a key with negligible probability (64 bits).
pub type Key = u64;

pub use crate::hash::KeyMap;

/// The [`Key`] of a term's text.
#[inline]
pub fn key(term: &str) -> Key {
    use std::hash::Hasher;
    let mut h = crate::hash::WordHasher::default();
    h.write(term.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

/// What the summariser needs to know of one sentence.
#[derive(Debug, Clone, Default)]
pub struct SentenceInfo {
    /// Where it is in its source's text.
    pub span: Span,
    /// Where its content terms are in its source's `keys` ([`SourceInfo::keys_of`]):
    /// glossary entries for glossary words, folded words otherwise, stopwords removed.
    pub keys: Range<usize>,
    /// Glossary terms it holds.
    pub terms: usize,
    /// Names it holds (capitalised words that do not open it).
    pub names: usize,
    /// Where its name keys are in its source's `name_keys` ([`SourceInfo::names_of`]).
    pub name_keys: Range<usize>,
    /// Numbers, money and dates it holds.
    pub numbers: usize,
    /// Its length in words.
    pub words: usize,
    /// It does not end as a sentence does (with `.` `!` `?` `…`, a closing quote or bracket
    /// after one, or a closing quote alone): a subheading, a tag or a list item the
    /// segmenter had to treat as a sentence.
    pub unfinished: bool,
    /// Whether it can stand alone, and whether it reads as a news lede.
    pub standing: standalone::Standing,
}

/// One source of a story.
#[derive(Debug, Clone, Default)]
pub struct SourceInfo {
    /// Content terms of the source's title, if it has one.
    pub title_keys: Vec<Key>,
    /// Its sentences (only `sentence` units), in reading order.
    pub sentences: Vec<SentenceInfo>,
    /// The content terms of every sentence, sentence after sentence (one array for the
    /// source, not one per sentence): a sentence's are [`SourceInfo::keys_of`] it.
    pub keys: Vec<Key>,
    /// Which of each sentence's keys are names there (as places in its own keys), sentence
    /// after sentence: [`SourceInfo::names_of`] a sentence.
    pub name_keys: Vec<usize>,
}

impl SourceInfo {
    /// The content terms of `sentence` (one of this source's).
    pub fn keys_of(&self, sentence: &SentenceInfo) -> &[Key] {
        &self.keys[sentence.keys.clone()]
    }

    /// Which of the keys of `sentence` (one of this source's) are names there, as places in
    /// [`SourceInfo::keys_of`] it.
    pub fn names_of(&self, sentence: &SentenceInfo) -> &[usize] {
        &self.name_keys[sentence.name_keys.clone()]
    }

    /// Adds a sentence of these content terms, `names` of them names (places in `keys`);
    /// its ranges are set here.
    pub fn push(&mut self, keys: &[Key], names: &[usize], mut sentence: SentenceInfo) {
        sentence.keys = self.keys.len()..self.keys.len() + keys.len();
        self.keys.extend_from_slice(keys);
        sentence.name_keys = self.name_keys.len()..self.name_keys.len() + names.len();
        self.name_keys.extend_from_slice(names);
        self.sentences.push(sentence);
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
    /// Sentences of other sources, as (source, index), that say the same thing and were
    /// merged into this one.
    pub also_in: Vec<(usize, usize)>,
}

/// Picks the sentences that carry the story told by `sources` (one source: one article),
/// in reading order, source by source. Each pick carries its score, the parts of it, and the
/// other sentences (of other sources) it stands for. Same input, same picks.
pub fn summarize(sources: &[SourceInfo], length: Length, config: &SummaryConfig) -> Vec<Pick> {
    let scored = score::score(sources, config);
    if scored.place.is_empty() {
        return Vec::new();
    }
    select::select(&scored, sources, length, config)
}

/// Every term of the story told by `sources`, as its [`Key`] and the signals of the cover
/// model ([`cover::term_signals`]): what `sumeval --fit-cover` fits the model on. Terms
/// of the title alone are left out.
pub fn term_signals(
    sources: &[SourceInfo],
    config: &SummaryConfig,
) -> Vec<(Key, [f64; cover::SIGNALS])> {
    let scored = score::score(sources, config);
    let signals = cover::term_signals(&scored.place, &scored.vectors, &scored.df, &scored.is_name);
    scored
        .keys
        .into_iter()
        .zip(signals)
        .filter(|(_, x)| x[0] > 0.0)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The indices of the picks marked as the anchor.
    fn anchored(picks: &[Pick]) -> Vec<usize> {
        picks
            .iter()
            .filter(|p| p.parts.anchor)
            .map(|p| p.index)
            .collect()
    }

    /// A sentence of these keys and word count, as its keys and the rest (shared with the
    /// selection tests).
    pub(super) fn sentence(keys: &str, words: usize) -> (Vec<Key>, SentenceInfo) {
        let info = SentenceInfo {
            words,
            ..SentenceInfo::default()
        };
        (keys.split(' ').map(key).collect(), info)
    }

    /// A source of this title and these sentences (as [`sentence`] gives them).
    pub(super) fn source(
        title_keys: Vec<Key>,
        sentences: impl IntoIterator<Item = (Vec<Key>, SentenceInfo)>,
    ) -> SourceInfo {
        let mut src = SourceInfo {
            title_keys,
            ..SourceInfo::default()
        };
        for (keys, info) in sentences {
            src.push(&keys, &[], info);
        }
        src
    }

    #[test]
    fn picks_in_reading_order_and_respects_length() {
        let src = source(
            vec![key("mkataba")],
            vec![
                sentence("rais mkataba ulinzi", 12),
                sentence("hali hewa mvua", 10),
                sentence("mkataba ulinzi saini rais", 14),
                sentence("mpira timu", 8),
            ],
        );
        let picks = summarize(&[src], Length::Sentences(2), &SummaryConfig::default());
        assert_eq!(picks.len(), 2);
        assert!(picks[0].index < picks[1].index);
        assert_eq!(picks[0].index, 0);
    }

    #[test]
    fn an_unfinished_unit_loses_to_a_sentence_saying_as_much() {
        let mut tag = sentence("bandari mizigo tani milioni", 9);
        tag.1.unfinished = true;
        let src = source(
            vec![],
            vec![
                sentence("mvua kubwa mjini", 8),
                tag,
                sentence("bandari mizigo tani milioni", 9),
            ],
        );
        let config = SummaryConfig {
            position: 0.0,
            ..SummaryConfig::default()
        };
        let picks = summarize(&[src], Length::Sentences(1), &config);
        assert_eq!(picks[0].index, 2);
        assert!(picks[0].parts.length == 0.0);
    }

    #[test]
    fn duplicates_across_sources_merge() {
        let a = source(
            vec![],
            vec![
                sentence("rais mkataba ulinzi saini", 12),
                sentence("mvua kubwa", 8),
            ],
        );
        let b = source(
            vec![],
            vec![
                sentence("rais mkataba ulinzi saini", 12),
                sentence("bei mafuta", 9),
            ],
        );
        let picks = summarize(&[a, b], Length::Sentences(2), &SummaryConfig::default());
        let first = picks.iter().find(|p| p.index == 0).unwrap();
        assert_eq!(first.also_in.len(), 1);
        assert_eq!(picks.len(), 2);
        assert!(picks.iter().all(|p| p.index != 0 || p.also_in.len() == 1));
    }

    fn event(keys: &str, words: usize, names: usize) -> (Vec<Key>, SentenceInfo) {
        let mut s = sentence(keys, words);
        s.1.names = names;
        s.1.standing.event = true;
        s
    }

    /// "Bunge limepitisha sheria mpya ya kodi." then sentences that repeat "mahindi bei
    /// soko", which the score prefers.
    fn lede_story(first: (Vec<Key>, SentenceInfo)) -> SourceInfo {
        source(
            vec![],
            vec![
                first,
                event("waziri fedha kodi", 10, 1),
                event("mahindi bei soko wakulima", 12, 1),
                event("mahindi bei soko mvua", 12, 1),
                event("mahindi bei soko mkoa", 12, 1),
                event("mahindi bei soko bandari", 12, 1),
                event("mahindi bei soko lori", 12, 1),
            ],
        )
    }

    #[test]
    fn the_lede_is_the_first_pick_when_it_stands_alone() {
        let src = lede_story(event("bunge sheria kodi", 9, 0));
        let off = SummaryConfig {
            position: 0.0,
            anchor_lede: false,
            ..SummaryConfig::default()
        };
        let before = summarize(std::slice::from_ref(&src), Length::Sentences(1), &off);
        assert_ne!(before[0].index, 0, "{before:?}");
        let on = SummaryConfig {
            position: 0.0,
            ..SummaryConfig::default()
        };
        let picks = summarize(std::slice::from_ref(&src), Length::Sentences(3), &on);
        assert_eq!(picks[0].index, 0);
        assert!(picks[0].parts.anchor);
        assert!(picks[1..].iter().all(|p| !p.parts.anchor));
        // A question lede ("Je, bunge litapitisha sheria?") is no anchor; the news after it
        // is (one question in seven sentences: not an interview).
        let mut asked = event("bunge sheria kodi", 9, 0);
        asked.1.standing.question = true;
        let picks = summarize(&[lede_story(asked)], Length::Sentences(2), &on);
        let anchored = anchored(&picks);
        assert_eq!(anchored, [1], "{picks:?}");
    }

    #[test]
    fn a_scene_opener_gives_way_to_the_news_sentence() {
        // "Jua linachomoza juu ya milima ya Usambara." sets a scene: no event, no number.
        let scene = sentence("jua milima usambara", 8);
        let config = SummaryConfig {
            position: 0.0,
            ..SummaryConfig::default()
        };
        let story = lede_story(scene);
        let picks = summarize(std::slice::from_ref(&story), Length::Sentences(2), &config);
        assert_eq!(picks[0].index, 1, "{picks:?}");
        assert!(picks[0].parts.anchor);
        // One pick stands for the headline: the best-scored sentence, not the anchor.
        let one = summarize(&[story], Length::Sentences(1), &config);
        assert!(one[0].index > 1 && !one[0].parts.anchor, "{one:?}");
    }

    #[test]
    fn a_flawed_best_is_passed_over_for_one_that_stands() {
        // After the lede, the best-scored sentences ask questions; a plainer one stands.
        let mut story = lede_story(event("bunge sheria kodi", 9, 0));
        for s in &mut story.sentences[2..6] {
            s.standing.question = true;
        }
        // Four questions in seven sentences would make an interview: keep it under the share.
        // A light question penalty keeps them the best valued, flawed as they are.
        let config = SummaryConfig {
            position: 0.0,
            interview_share: 0.9,
            question: 0.01,
            ..SummaryConfig::default()
        };
        let picks = summarize(std::slice::from_ref(&story), Length::Sentences(3), &config);
        assert_eq!(picks.len(), 3, "{picks:?}");
        assert!(
            picks
                .iter()
                .all(|p| !story.sentences[p.index].standing.question),
            "{picks:?}"
        );
    }

    #[test]
    fn the_anchor_is_kept_whatever_the_order_of_picking() {
        let story = lede_story(event("bunge sheria kodi", 9, 0));
        for anchor_first in [true, false] {
            let config = SummaryConfig {
                position: 0.0,
                anchor_first,
                ..SummaryConfig::default()
            };
            let picks = summarize(std::slice::from_ref(&story), Length::Sentences(3), &config);
            let anchored = anchored(&picks);
            assert_eq!(anchored, [0], "anchor_first {anchor_first}: {picks:?}");
        }
    }

    #[test]
    fn deterministic() {
        let src = source(
            vec![],
            (0..20).map(|i| sentence(&format!("a{} b{}", i % 3, i % 5), 10)),
        );
        let a = summarize(
            std::slice::from_ref(&src),
            Length::Ratio(0.3),
            &SummaryConfig::default(),
        );
        let b = summarize(&[src], Length::Ratio(0.3), &SummaryConfig::default());
        assert_eq!(a, b);
    }
}
