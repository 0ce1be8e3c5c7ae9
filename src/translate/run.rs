//! Fills a briefing's translations: for every headline and key sentence, a translation
//! memory first (an exact match is never sent to an engine), then the cache, then the
//! engine; every machine translation is checked against its Swahili, and one whose check
//! finds an error may be asked for again with the findings named (a bounded number of
//! times). It decides what goes where; it does not speak HTTP or build prompts.

use std::collections::HashMap;

use super::Job;
use super::cache::{Cache, CacheKey};
use super::checker::{Check, describe, is_error};
use super::engine::Engine;
use super::error::TranslateError;
use super::jobs::{Slot, collect_jobs, english_title};
use super::prompt::Feedback;
use crate::briefing::{Briefing, QaReport, Translation};
use crate::pipeline::Pipeline;
use crate::translate::tm::TranslationMemory;

/// Where translations come from and how they are checked.
pub struct Translator {
    /// Memories, in order, each with its least fuzzy similarity (0–1).
    pub memories: Vec<(TranslationMemory, f64)>,
    /// The engine, if any.
    pub engine: Option<Engine>,
    /// The cache of machine translations, if used.
    pub cache: Option<Cache>,
    /// Chat requests sent at once.
    pub concurrency: usize,
    /// How many times a translation whose check finds an error is asked for again.
    pub qa_retries: u32,
    /// The check every machine translation goes through.
    pub checker: Option<Box<dyn Check>>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("memories", &self.memories.len())
            .field("engine", &self.engine.as_ref().map(Engine::label))
            .field("cache", &self.cache)
            .field("concurrency", &self.concurrency)
            .field("qa_retries", &self.qa_retries)
            .field("checker", &self.checker.is_some())
            .finish()
    }
}

/// What a run did, for the closing summary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    /// Texts translated from a memory.
    pub memory: usize,
    /// Machine translations served from the cache.
    pub cached: usize,
    /// Texts sent to the engine (not counting retries).
    pub sent: usize,
    /// Texts asked for again after their check found an error.
    pub retried: usize,
    /// Machine translations whose final check still finds an issue.
    pub flagged: usize,
    /// Why the cache could not be written, if it could not.
    pub cache_warning: Option<String>,
}

impl Translator {
    /// A translator with memories only.
    pub fn memories(memories: Vec<(TranslationMemory, f64)>) -> Self {
        Translator {
            memories,
            engine: None,
            cache: None,
            concurrency: 4,
            qa_retries: 1,
            checker: None,
        }
    }

    /// Whether it can translate anything.
    pub fn is_empty(&self) -> bool {
        self.memories.is_empty() && self.engine.is_none()
    }

    fn memory(&self, text: &str, exact_only: bool) -> Option<Translation> {
        self.memories.iter().find_map(|(tm, threshold)| {
            let t = if exact_only { 1.0 } else { *threshold };
            tm.lookup(text, t).map(|m| Translation {
                text: m.en,
                origin: "translation-memory".into(),
                provider: Some(tm.name.clone()),
                engine: None,
                model: None,
                similarity: Some(m.similarity),
                matched: (m.similarity < 1.0).then_some(m.sw),
                qa: None,
            })
        })
    }

    fn key(&self, engine: &Engine, job: &Job) -> CacheKey {
        let prompted = engine.is_prompted();
        CacheKey {
            engine: engine.kind().to_string(),
            provider: engine.provider(),
            model: engine.model().map(str::to_string),
            prompt: engine.prompt_version().map(str::to_string),
            terms: if prompted {
                job.terms.clone()
            } else {
                Vec::new()
            },
            text: job.text.clone(),
            headline: job.headline.clone().filter(|_| prompted),
            previous: job.previous.clone().filter(|_| prompted),
        }
    }

    /// Translates the headlines and key sentences of `briefing` that have no translation
    /// yet, and sets its English title.
    pub fn translate_briefing(
        &self,
        briefing: &mut Briefing,
        pipeline: &Pipeline,
    ) -> Result<Report, TranslateError> {
        if self.is_empty() {
            return Ok(Report::default());
        }
        let (slots, jobs) = collect_jobs(briefing, pipeline);
        let (results, report) = self.translate_jobs(&jobs, pipeline)?;
        for (slot, r) in slots.into_iter().zip(results) {
            match slot {
                Slot::Headline(s) => briefing.stories[s].headline_translation = r,
                Slot::Sentence(s, k) => briefing.stories[s].sentences[k].translation = r,
            }
        }
        briefing.title_translation = english_title(briefing);
        Ok(report)
    }

    /// Translations of the jobs, one slot each (`None`: nothing found): memories first
    /// (exact matches always; fuzzy ones only when no engine is set), then the cache and
    /// the engine, each machine translation checked.
    pub fn translate_jobs(
        &self,
        jobs: &[Job],
        pipeline: &Pipeline,
    ) -> Result<(Vec<Option<Translation>>, Report), TranslateError> {
        let mut report = Report::default();
        let mut results: Vec<Option<Translation>> = vec![None; jobs.len()];
        for (i, job) in jobs.iter().enumerate() {
            if let Some(t) = self.memory(&job.text, self.engine.is_some()) {
                report.memory += 1;
                results[i] = Some(t);
            }
        }
        if let Some(engine) = &self.engine {
            self.machine(engine, jobs, &mut results, pipeline, &mut report)?;
        }
        Ok((results, report))
    }

    fn machine(
        &self,
        engine: &Engine,
        jobs: &[Job],
        results: &mut [Option<Translation>],
        pipeline: &Pipeline,
        report: &mut Report,
    ) -> Result<(), TranslateError> {
        // One translation per distinct key, in order of first use; the cache answers what
        // it can, the engine the rest.
        let mut made: Vec<Made> = Vec::new();
        let mut index: HashMap<CacheKey, usize> = HashMap::new();
        let mut slot: Vec<Option<usize>> = vec![None; jobs.len()];
        let mut todo: Vec<usize> = Vec::new();
        for (i, job) in jobs.iter().enumerate() {
            if results[i].is_some() {
                continue;
            }
            let key = self.key(engine, job);
            if let Some(&m) = index.get(&key) {
                slot[i] = Some(m);
                continue;
            }
            let m = made.len();
            slot[i] = Some(m);
            let cached = self.cache.as_ref().and_then(|c| c.get(&key));
            if cached.is_some() {
                report.cached += 1;
            } else {
                todo.push(m);
            }
            index.insert(key.clone(), m);
            made.push(Made {
                fresh: cached.is_none(),
                retries: cached.as_ref().map_or(0, |c| c.retries),
                text: cached.map(|c| c.text).unwrap_or_default(),
                key,
                job: i,
                issues: None,
            });
        }
        let sent: Vec<&Job> = todo.iter().map(|&m| &jobs[made[m].job]).collect();
        report.sent = sent.len();
        for (&m, t) in todo
            .iter()
            .zip(engine.translate(&sent, &[], self.concurrency)?)
        {
            made[m].text = t;
        }
        if let Some(checker) = &self.checker {
            self.check_and_retry(engine, checker.as_ref(), jobs, &mut made, pipeline, report)?;
        }
        if let Some(cache) = &self.cache {
            for d in made.iter().filter(|d| d.fresh) {
                if let Err(e) = cache.put(&d.key, &d.text, d.retries) {
                    report.cache_warning.get_or_insert(e);
                }
            }
        }
        for (i, m) in slot.into_iter().enumerate() {
            let Some(m) = m else { continue };
            let d = &made[m];
            let qa = d.issues.as_ref().map(|found| QaReport {
                issues: found.iter().map(super::checker::finding).collect(),
                retried: d.retries > 0,
            });
            if qa.as_ref().is_some_and(|q| !q.issues.is_empty()) {
                report.flagged += 1;
            }
            results[i] = Some(Translation {
                text: d.text.clone(),
                origin: "machine".into(),
                provider: Some(engine.provider()),
                engine: Some(engine.kind().into()),
                model: engine.model().map(str::to_string),
                similarity: None,
                matched: None,
                qa,
            });
        }
        Ok(())
    }

    /// Checks every distinct translation; asks again, with the errors named, for those
    /// whose check finds one and that have not used their retries (a cached translation
    /// remembers its own, so a re-run does not ask again).
    fn check_and_retry(
        &self,
        engine: &Engine,
        checker: &dyn Check,
        jobs: &[Job],
        made: &mut [Made],
        pipeline: &Pipeline,
        report: &mut Report,
    ) -> Result<(), TranslateError> {
        let found = crate::par::map_slice(made, |d| checker.check(&jobs[d.job], &d.text, pipeline));
        for (d, f) in made.iter_mut().zip(found) {
            d.issues = Some(f);
        }
        if !engine.is_prompted() {
            return Ok(());
        }
        loop {
            let again: Vec<usize> = (0..made.len())
                .filter(|&m| {
                    made[m].retries < self.qa_retries
                        && made[m].issues.iter().flatten().any(is_error)
                })
                .collect();
            if again.is_empty() {
                return Ok(());
            }
            let feedback: Vec<Option<Feedback>> = again
                .iter()
                .map(|&m| {
                    Some(Feedback {
                        translation: made[m].text.clone(),
                        issues: made[m]
                            .issues
                            .iter()
                            .flatten()
                            .filter(|x| is_error(x))
                            .map(describe)
                            .collect(),
                    })
                })
                .collect();
            let retry_jobs: Vec<&Job> = again.iter().map(|&m| &jobs[made[m].job]).collect();
            let got = engine.translate(&retry_jobs, &feedback, self.concurrency)?;
            report.retried += again.len();
            for (&m, t) in again.iter().zip(got) {
                let d = &mut made[m];
                d.issues = Some(checker.check(&jobs[d.job], &t, pipeline));
                d.text = t;
                d.retries += 1;
                d.fresh = true;
            }
        }
    }
}

/// One distinct machine translation of a run.
struct Made {
    key: CacheKey,
    /// The first job that asked for it.
    job: usize,
    text: String,
    /// Times asked for again after a check.
    retries: u32,
    /// The check's findings, when checked.
    issues: Option<Vec<super::checker::QaIssue>>,
    /// Made in this run (to be cached).
    fresh: bool,
}
