//! Lead-type detection: does a source open on its news (a news lede) or on a scene, a
//! question or a quote (a feature opener)? In a feature the news is in the first sentence
//! with a named actor, an event verb and a number or date. It only points at a sentence;
//! the score decides.

use super::{SentenceInfo, SourceInfo, SummaryConfig};

/// Whether `s` reads as news: someone named did something (a past or perfect verb), and
/// it stands alone.
fn states_news(s: &SentenceInfo) -> bool {
    s.standing.event && s.names > 0 && stands_alone(s)
}

/// A sentence a reader can take with nothing before it.
pub(crate) fn stands_alone(s: &SentenceInfo) -> bool {
    !s.standing.question
        && s.standing.opener.is_none()
        && !s.standing.unattributed
        && s.standing.refers_to.is_empty()
        && !s.unfinished
}

/// The index of the sentence of `source` that states its news, if one does: its first
/// sentence when it opens as news does; otherwise (a feature opener) the first of the next
/// `lede_window` sentences with a named actor, an event verb and a number or date, or with
/// a named actor and an event verb when none has all three.
pub(crate) fn news_sentence(source: &SourceInfo, config: &SummaryConfig) -> Option<usize> {
    let first = source.sentences.first()?;
    if states_news(first) || stands_alone(first) && first.numbers > 0 && first.names > 0 {
        return Some(0);
    }
    let window = source
        .sentences
        .iter()
        .enumerate()
        .take(config.lede_window.max(1));
    let mut fallback = None;
    for (i, s) in window {
        if states_news(s) {
            if s.numbers > 0 {
                return Some(i);
            }
            fallback = fallback.or(Some(i));
        }
    }
    fallback
}

/// Whether `first`, a source's first sentence, sets a scene rather than telling news:
/// nothing happens in it (no past or perfect verb), no one named is doing anything now or
/// next (`Papa Francis anaanza ziara …` is news) and it holds no number or date
/// (`Jua linachomoza juu ya milima ya Usambara.`). A question or a leaning opener is
/// for the stand-alone checks of selection.
pub(crate) fn opens_on_scene(first: &SentenceInfo) -> bool {
    !first.standing.event && !first.standing.acts && first.numbers == 0
}

/// The sentence of `source` a summary anchors on when [`SummaryConfig::anchor_lede`] is
/// on: the first sentence unless it opens on a scene (then the news sentence
/// [`news_sentence`] finds after it; with none, the scene itself, as nothing after it
/// tells more news). Whether the candidate stands alone is
/// checked by selection; when the first sentence does not, this gives the news sentence
/// after it instead.
pub(crate) fn anchor(
    source: &SourceInfo,
    first_stands: bool,
    config: &SummaryConfig,
) -> Option<usize> {
    let first = source.sentences.first()?;
    if first_stands && !opens_on_scene(first) {
        return Some(0);
    }
    let news = news_sentence(source, config).filter(|&i| i > 0);
    // A scene with no news after it: nothing tells more news than the opening.
    news.or(first_stands.then_some(0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summarize::standalone::Standing;

    fn s(event: bool, names: usize, numbers: usize, question: bool) -> SentenceInfo {
        SentenceInfo {
            names,
            numbers,
            words: 12,
            standing: Standing {
                event,
                question,
                ..Standing::default()
            },
            ..SentenceInfo::default()
        }
    }

    #[test]
    fn a_news_lede_is_its_first_sentence() {
        let src = SourceInfo {
            title_keys: vec![],
            sentences: vec![s(true, 2, 1, false), s(true, 1, 2, false)],
            ..SourceInfo::default()
        };
        assert_eq!(news_sentence(&src, &SummaryConfig::default()), Some(0));
    }

    #[test]
    fn a_feature_opening_on_a_question_points_at_its_news() {
        let src = SourceInfo {
            title_keys: vec![],
            sentences: vec![
                s(false, 0, 0, true),
                s(false, 1, 0, false),
                s(true, 1, 0, false),
                s(true, 2, 1, false),
            ],
            ..SourceInfo::default()
        };
        assert_eq!(news_sentence(&src, &SummaryConfig::default()), Some(3));
        let short = SummaryConfig {
            lede_window: 3,
            ..SummaryConfig::default()
        };
        assert_eq!(news_sentence(&src, &short), Some(2));
    }

    #[test]
    fn the_anchor_is_the_first_sentence_unless_it_sets_a_scene() {
        // "Serikali imetangaza bajeti mpya." (an event, no name): a lede.
        let news = SourceInfo {
            title_keys: vec![],
            sentences: vec![s(true, 0, 0, false), s(true, 2, 1, false)],
            ..SourceInfo::default()
        };
        let config = SummaryConfig::default();
        assert_eq!(anchor(&news, true, &config), Some(0));
        // A lede that cannot stand alone gives way to the news after it.
        assert_eq!(anchor(&news, false, &config), Some(1));
        // "Jua linachomoza juu ya milima." (no event, no number): a scene.
        let scene = SourceInfo {
            title_keys: vec![],
            sentences: vec![s(false, 1, 0, false), s(true, 2, 1, false)],
            ..SourceInfo::default()
        };
        assert!(opens_on_scene(&scene.sentences[0]));
        assert_eq!(anchor(&scene, true, &config), Some(1));
        // "Papa Francis anaanza ziara yake leo.": a named actor doing something now.
        let mut acting = scene.clone();
        acting.sentences[0].standing.acts = true;
        assert!(!opens_on_scene(&acting.sentences[0]));
        assert_eq!(anchor(&acting, true, &config), Some(0));
        // A scene with no news after it anchors on itself; if it cannot stand alone there
        // is no anchor and the score decides.
        let quiet = SourceInfo {
            title_keys: vec![],
            sentences: vec![s(false, 0, 0, false), s(false, 0, 0, false)],
            ..SourceInfo::default()
        };
        assert_eq!(anchor(&quiet, true, &config), Some(0));
        assert_eq!(anchor(&quiet, false, &config), None);
    }
}
