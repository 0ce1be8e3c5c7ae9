//! Selection: greedy MMR over the scored sentences, with near-duplicates across sources
//! merged into the pick that says it first, picks balanced across sources, and what each
//! candidate costs beside the picks before it ([`super::context`]).

use super::context::Context;
use super::lede;
use super::score::{Scored, cosine_dense};
use super::{Length, Pick, SourceInfo, SummaryConfig};

/// Picks from `scored` (see [`super::summarize`]); the result is in reading order.
///
/// When the summary anchors on the lede, the anchor must be among the picks, but it need
/// not be the first one weighed: the picks are first chosen freely, and only when they
/// leave the anchor out is it made the first pick and the rest chosen beside it. The
/// greedy order then follows the scores and the cover, and the lede is kept either way.
pub(crate) fn select(
    scored: &Scored,
    infos: &[SourceInfo],
    length: Length,
    config: &SummaryConfig,
) -> Vec<Pick> {
    let n = scored.place.len();
    let (want, _) = wanted(length, n);
    let lead = kept_lead(infos, want, config);
    let anchor = if config.anchor_lede && want >= config.anchor_from.max(1) {
        let context = Context::new(infos, scored, config);
        let totals: Vec<f64> = scored.parts.iter().map(|p| p.total()).collect();
        lede_anchor(scored, infos, &context, &totals, config)
    } else {
        None
    };
    let Some(a) = anchor else {
        return pick(scored, infos, length, config, None, lead);
    };
    let free = pick(scored, infos, length, config, None, lead);
    if config.anchor_first || !free.iter().any(|p| scored.place[a] == (p.source, p.index)) {
        return pick(scored, infos, length, config, Some(a), lead);
    }
    free.into_iter()
        .map(|mut p| {
            p.parts.anchor = scored.place[a] == (p.source, p.index);
            p
        })
        .collect()
}

/// How many of the first sentences of a story of one source gain
/// [`SummaryConfig::lead_margin`]: as many as the summary asks for, when it asks for two
/// or more (`anchor_from`) and the source opens on its news (its first sentence stands
/// alone and does not set a scene), or whatever it opens on with `lead_margin_features`.
fn kept_lead(infos: &[SourceInfo], want: usize, config: &SummaryConfig) -> usize {
    if config.lead_margin == 0.0 || infos.len() != 1 || want < config.anchor_from.max(2) {
        return 0;
    }
    let Some(first) = infos[0].sentences.first() else {
        return 0;
    };
    if config.lead_margin_features || lede::stands_alone(first) && !lede::opens_on_scene(first) {
        want
    } else {
        0
    }
}

/// How many picks `length` asks for of `n` sentences, and its word budget if any.
fn wanted(length: Length, n: usize) -> (usize, Option<usize>) {
    match length {
        Length::Sentences(k) => (k.min(n), None),
        Length::Words(w) => (n, Some(w)),
        Length::Ratio(r) => {
            let k = (n as f64 * r.clamp(0.0, 1.0)).ceil() as usize;
            (k.clamp(1, n.max(1)).min(n), None)
        }
    }
}

/// Greedy picking from `scored`, with `anchor` as the first pick when given; the first
/// `lead` sentences (of a story of one source) gain `lead_margin` while they stand.
fn pick(
    scored: &Scored,
    infos: &[SourceInfo],
    length: Length,
    config: &SummaryConfig,
    anchor: Option<usize>,
    lead: usize,
) -> Vec<Pick> {
    let sources = infos.len();
    let n = scored.place.len();
    let mut context = Context::new(infos, scored, config);
    let totals: Vec<f64> = scored.parts.iter().map(|p| p.total()).collect();
    let (want, budget) = wanted(length, n);
    // Candidates stay open until picked, merged into a pick, or too long for the budget.
    let mut open = vec![true; n];
    // Candidates passed over only for leaning on the sentence before them, not picked yet.
    let mut waiting = vec![false; n];
    // Best similarity of each candidate to what is already picked.
    let mut nearest = vec![0.0f64; n];
    let mut per_source = vec![0usize; sources];
    let mut chosen: Vec<(usize, Vec<usize>, f64)> = Vec::new();
    let mut used_words = 0usize;
    // The last pick's term weights by term id (0 elsewhere): see `cosine_dense`.
    let mut dense = vec![0.0f64; scored.vocabulary];
    while chosen.len() < want {
        let least = per_source.iter().copied().min().unwrap_or(0);
        let mut best: Option<(usize, f64)> = None;
        // The anchored lede is the first pick whatever the others are worth: no need to
        // weigh them.
        let weigh = !(chosen.is_empty() && anchor.is_some());
        for c in (0..n).filter(|&c| weigh && open[c]) {
            let above = per_source[scored.place[c].0] - least;
            let (novel, cover) = if chosen.is_empty() {
                (0.0, cover(scored, &context, c, sources > 1, config))
            } else {
                novel_and_cover(scored, &context, c, sources > 1, config)
            };
            let cost = context.cost(c, config);
            let mut value = totals[c] + config.novelty * novel + config.cover_weight * cover + cost
                - config.redundancy * nearest[c]
                - if sources > 1 {
                    config.balance * above as f64
                } else {
                    0.0
                };
            if lead > 0 && cost == 0.0 && scored.place[c].1 < lead {
                value += config.lead_margin;
            }
            if config.lean != 0.0 && cost == 0.0 && context.leans_on_picked(c) {
                value += config.lean;
            }
            // Ties go to the earlier sentence, so the result is deterministic.
            if best.is_none_or(|(_, b)| value > b) {
                best = Some((c, value));
            }
        }
        if chosen.is_empty() && anchor.is_some() {
            best = anchor.map(|c| (c, totals[c]));
        }
        let Some((c, _)) = best else { break };
        open[c] = false;
        if budget.is_some_and(|limit| used_words + scored.words[c] > limit) && !chosen.is_empty() {
            continue; // too long for what is left; shorter ones may fit
        }
        let cost = context.cost(c, config);
        if cost < 0.0 && !chosen.is_empty() && !config.fill_flawed {
            // Cannot stand beside the picks: an unflawed one below it may. One that only
            // leans on the sentence before it waits for that sentence to be picked.
            waiting[c] = context.waits_for_previous(c, config);
            continue;
        }
        context.pick(c);
        // The sentence after this one, passed over for leaning on it, may stand now.
        if c + 1 < n && waiting[c + 1] && scored.place[c + 1].0 == scored.place[c].0 {
            waiting[c + 1] = false;
            open[c + 1] = true;
        }
        used_words += scored.words[c];
        per_source[scored.place[c].0] += 1;
        let mut merged = Vec::new();
        // The pick's vector spread out once, for its cosine with every open candidate.
        for &(id, x) in &scored.vectors[c] {
            dense[id as usize] = x;
        }
        for o in 0..n {
            if !open[o] && !waiting[o] {
                continue;
            }
            let sim = cosine_dense(&dense, scored.norms[c], &scored.vectors[o], scored.norms[o]);
            if scored.place[o].0 != scored.place[c].0
                && (sim >= config.duplicate || context.held_by(o, c) >= config.duplicate_share)
            {
                open[o] = false;
                waiting[o] = false;
                merged.push(o);
            } else if sim > nearest[o] {
                nearest[o] = sim;
            }
        }
        for &(id, _) in &scored.vectors[c] {
            dense[id as usize] = 0.0;
        }
        chosen.push((c, merged, cost));
    }
    chosen.sort_by_key(|(c, _, _)| scored.place[*c]);
    chosen
        .into_iter()
        .map(|(c, merged, cost)| Pick {
            source: scored.place[c].0,
            index: scored.place[c].1,
            score: totals[c] + cost,
            parts: super::ScoreParts {
                context: cost,
                anchor: anchor == Some(c),
                ..scored.parts[c]
            },
            also_in: merged.iter().map(|&o| scored.place[o]).collect(),
        })
        .collect()
}

/// What candidate `c` adds to the cover of the picks made (none before the first): the
/// headline chances of its terms that no pick holds yet. Only in a story of one source:
/// the model was fitted on single articles' headlines, and across sources the facts only
/// one source holds (`novelty`, `exclusive`) and what all of them say are balanced
/// without it.
fn cover(
    scored: &Scored,
    context: &Context,
    c: usize,
    several: bool,
    config: &SummaryConfig,
) -> f64 {
    if several || config.cover_weight == 0.0 || !context.any() {
        return 0.0;
    }
    scored.vectors[c]
        .iter()
        .filter(|(id, _)| !context.holds(*id))
        .map(|&(id, _)| scored.cover[id as usize])
        .sum()
}

/// What candidate `c` adds once something is picked: the headline chances of its terms no
/// pick holds (exclusive ones raised across sources), and its [`cover`]; one pass over its
/// terms, each sum taken in the same order as apart.
fn novel_and_cover(
    scored: &Scored,
    context: &Context,
    c: usize,
    several: bool,
    config: &SummaryConfig,
) -> (f64, f64) {
    let with_cover = !several && config.cover_weight != 0.0;
    // `Sum` for f64 starts from -0.0.
    let (mut novel, mut cover) = (-0.0f64, -0.0f64);
    for (&(id, p), &(vid, _)) in scored.chances[c].iter().zip(&scored.vectors[c]) {
        debug_assert_eq!(id, vid, "chances and vectors share their term order");
        if context.holds(id) {
            continue;
        }
        novel += if several && scored.exclusive[id as usize] {
            p * (1.0 + config.exclusive)
        } else {
            p
        };
        if with_cover {
            cover += scored.cover[id as usize];
        }
    }
    (novel, if with_cover { cover } else { 0.0 })
}

/// The first pick when the summary anchors on the lede: of each source's anchor
/// ([`lede::anchor`]) that stands alone with nothing picked, the best-scored one.
fn lede_anchor(
    scored: &Scored,
    infos: &[SourceInfo],
    context: &Context,
    totals: &[f64],
    config: &SummaryConfig,
) -> Option<usize> {
    let candidate = |s: usize, i: usize| scored.place.iter().position(|&p| p == (s, i));
    let mut best: Option<usize> = None;
    for (s, info) in infos.iter().enumerate() {
        let first_stands = candidate(s, 0).is_some_and(|c| context.flaw(c, config).is_none());
        let Some(c) = lede::anchor(info, first_stands, config).and_then(|i| candidate(s, i)) else {
            continue;
        };
        if context.flaw(c, config).is_some() {
            continue;
        }
        if best.is_none_or(|b| totals[c] > totals[b]) {
            best = Some(c);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use crate::summarize::standalone::Opener;
    use crate::summarize::tests::{sentence, source};
    use crate::summarize::{Key, Length, SentenceInfo, SourceInfo, SummaryConfig, summarize};

    fn event(keys: &str) -> (Vec<Key>, SentenceInfo) {
        let mut s = sentence(keys, 12);
        s.1.names = 1;
        s.1.standing.event = true;
        s
    }

    /// "Bunge limepitisha sheria ya kodi.", the minister's reply, a plain third sentence,
    /// then sentences repeating "mahindi bei soko", which the score and the cover prefer.
    fn story(first: (Vec<Key>, SentenceInfo), third: (Vec<Key>, SentenceInfo)) -> SourceInfo {
        source(
            vec![],
            vec![
                first,
                event("waziri fedha kodi"),
                third,
                event("mahindi bei soko wakulima"),
                event("mahindi bei soko mvua"),
                event("mahindi bei soko mkoa"),
                event("mahindi bei soko lori"),
            ],
        )
    }

    fn picks(src: &SourceInfo, k: usize, config: &SummaryConfig) -> Vec<usize> {
        summarize(std::slice::from_ref(src), Length::Sentences(k), config)
            .iter()
            .map(|p| p.index)
            .collect()
    }

    #[test]
    fn a_news_lede_keeps_its_lead_unless_the_margin_is_beaten_or_a_sentence_cannot_stand() {
        let news = story(event("bunge sheria kodi"), event("spika kikao jumanne"));
        let free = SummaryConfig::default();
        assert_ne!(
            picks(&news, 3, &free),
            [0, 1, 2],
            "the test needs a swap to undo"
        );
        let kept = SummaryConfig {
            lead_margin: 10.0,
            ..SummaryConfig::default()
        };
        assert_eq!(picks(&news, 3, &kept), [0, 1, 2]);
        // One pick stands for the headline: no lead kept there.
        assert_eq!(picks(&news, 1, &kept), picks(&news, 1, &free));
        // A question in the lead ("Je, spika ataitisha kikao?") is passed over all the same.
        let mut asked = event("spika kikao jumanne");
        asked.1.standing.question = true;
        let news = story(event("bunge sheria kodi"), asked);
        assert!(!picks(&news, 3, &kept).contains(&2));
        // A feature opening on a scene ("Jua linachomoza juu ya milima.") keeps its lead
        // only with `lead_margin_features`.
        let scene = story(
            sentence("jua milima usambara", 12),
            event("spika kikao jumanne"),
        );
        assert_ne!(picks(&scene, 3, &kept), [0, 1, 2]);
        let features = SummaryConfig {
            lead_margin_features: true,
            ..kept
        };
        assert_eq!(picks(&scene, 3, &features), [0, 1, 2]);
    }

    #[test]
    fn a_sentence_leaning_on_a_picked_one_gains_the_lean_credit() {
        // "Alisema sheria itaanza Julai.": it leans on the lede before it.
        let mut leaning = sentence("waziri sheria julai", 12);
        leaning.1.standing.opener = Some(Opener::Subjectless);
        let src = source(
            vec![],
            vec![
                event("bunge sheria kodi"),
                leaning,
                event("spika kikao jumanne"),
                event("mahindi bei soko wakulima"),
                event("mahindi bei soko mvua"),
                event("mahindi bei soko mkoa"),
                event("mahindi bei soko lori"),
            ],
        );
        let plain = picks(&src, 3, &SummaryConfig::default());
        assert!(
            !plain.contains(&1),
            "the test needs it passed over: {plain:?}"
        );
        let lean = SummaryConfig {
            lean: 10.0,
            ..SummaryConfig::default()
        };
        let leaned = picks(&src, 3, &lean);
        assert!(leaned.starts_with(&[0, 1]), "{leaned:?}");
        // Without the sentence it leans on, no credit: one pick is the lede alone.
        assert_eq!(
            picks(&src, 1, &lean),
            picks(&src, 1, &SummaryConfig::default())
        );
    }
}
