//! What is sent for translation: the headlines and key sentences of a briefing that lack a
//! translation, each with its context and the approved renderings its gloss found, and the
//! English title. It reads the briefing; it does not translate.

use super::prompt::Term;
use super::{Job, JobKind};
use crate::briefing::Briefing;
use crate::english::{GlossItem, GlossKind};
use crate::pipeline::Pipeline;

/// Where a job's result goes.
#[derive(Debug, Clone, Copy)]
pub(super) enum Slot {
    Headline(usize),
    Sentence(usize, usize),
}

/// The approved renderings of a gloss: every recognised item whose English differs from
/// its Swahili (digits and names that read the same in English need no instruction), once,
/// without the gloss's bracketed explanations and without readings the gloss leaves open.
pub fn terms_of(gloss: &[GlossItem]) -> Vec<Term> {
    let mut out: Vec<Term> = Vec::new();
    for g in gloss {
        let sw = g.sw.split_whitespace().collect::<Vec<_>>().join(" ");
        // The gloss's explanation in brackets (`yesterday (Monday, 3 March 2025)`) is for a
        // reader, not a rendering; an open reading (`9:00 … or 3 hours`) is no instruction.
        let en = match g.en.trim().split_once(" (") {
            Some((head, _)) if g.en.trim().ends_with(')') => head.trim(),
            _ => g.en.trim(),
        };
        if sw.is_empty() || en.is_empty() || en == sw || en.contains(" or ") {
            continue;
        }
        if g.kind == GlossKind::Title {
            continue;
        }
        let t = Term {
            sw,
            en: en.to_string(),
            kind: g.kind.as_str().to_string(),
        };
        if !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// The gloss terms of a text that has no sentence record (a headline).
pub fn terms_of_text(pipeline: &Pipeline, text: &str) -> Vec<Term> {
    let hits = pipeline.matcher().find(text);
    let span = crate::text::Span::new(0, text.len());
    terms_of(&crate::english::gloss_in(
        pipeline.english(),
        pipeline.glossary(),
        text,
        span,
        &hits,
        &crate::english::GlossContext::default(),
    ))
}

/// The English of a briefing's title: a story's headline takes its translation; the day's
/// title (`Muhtasari wa siku · …`) reads `Daily briefing · …`.
pub fn english_title(b: &Briefing) -> Option<String> {
    if let Some(rest) = b.title.strip_prefix("Muhtasari wa siku") {
        return Some(format!("Daily briefing{rest}"));
    }
    b.stories
        .iter()
        .find(|s| s.headline == b.title)
        .and_then(|s| s.headline_translation.as_ref())
        .map(|t| t.text.clone())
}

/// Every headline and key sentence still without a translation, as jobs.
pub(super) fn collect_jobs(b: &Briefing, pipeline: &Pipeline) -> (Vec<Slot>, Vec<Job>) {
    let mut slots = Vec::new();
    let mut jobs = Vec::new();
    for (s, story) in b.stories.iter().enumerate() {
        if story.headline_translation.is_none() && !story.headline.trim().is_empty() {
            slots.push(Slot::Headline(s));
            jobs.push(Job {
                text: story.headline.clone(),
                kind: JobKind::Headline,
                headline: None,
                previous: None,
                terms: terms_of_text(pipeline, &story.headline),
                date: story.sources.iter().find_map(|r| r.date.clone()),
            });
        }
        for (k, ks) in story.sentences.iter().enumerate() {
            if ks.translation.is_some() {
                continue;
            }
            let source = story.sources.iter().find(|r| r.id == ks.source);
            let headline = source
                .and_then(|r| r.title.clone())
                .or_else(|| Some(story.headline.clone()))
                .filter(|h| !h.trim().is_empty() && h != &ks.text);
            slots.push(Slot::Sentence(s, k));
            jobs.push(Job {
                text: ks.text.clone(),
                kind: JobKind::Sentence,
                headline,
                previous: ks.previous.clone(),
                terms: terms_of(&ks.gloss),
                date: source.and_then(|r| r.date.clone()),
            });
        }
    }
    (slots, jobs)
}
