//! The daily briefing: many documents analysed (in parallel with the `parallel` feature),
//! grouped into stories, each story summarised from its sources and ranked, and the day's
//! glossary. Grouping and ranking are in `stories`; this file is the flow around them.

use std::collections::BTreeMap;

use super::{Pipeline, source_ref};
use crate::article::Article;
use crate::briefing::{Briefing, Importance, SCHEMA_VERSION, Story, TermUse, Tool};
use crate::ingest::Document;
use crate::summarize::Length;
use crate::summarize::{SourceInfo, summarize};

/// The daily briefing: many articles, grouped into stories, ranked.
impl Pipeline {
    /// Analyses many documents (in parallel with the `parallel` feature), keeping their
    /// order.
    pub fn analyse_all(&self, docs: Vec<Document>) -> Vec<Article> {
        self.analyse_all_with(docs, || {})
    }

    /// [`Pipeline::analyse_all`], calling `done` after each article (to move a progress
    /// bar); the one place many documents are analysed.
    pub fn analyse_all_with(
        &self,
        docs: Vec<Document>,
        done: impl Fn() + Sync + Send,
    ) -> Vec<Article> {
        crate::par::map_vec(docs, |d| {
            let a = self.analyse(d);
            done();
            a
        })
    }

    /// The daily briefing of `docs` at the pipeline's own [`length`](Pipeline::length):
    /// [`Pipeline::brief_many`] without a length to pass.
    ///
    /// ```
    /// use muhtasari::{Pipeline, document_from_text};
    ///
    /// let p = Pipeline::default();
    /// let docs = vec![
    ///     document_from_text("a", "Timu ya taifa imeshinda mechi ya fainali jijini Arusha jana."),
    ///     document_from_text("b", "Bei ya sukari imepanda sokoni Kariakoo wiki hii."),
    /// ];
    /// let briefing = p.brief_documents(docs);
    /// assert_eq!(briefing.stories.len(), 2);
    /// assert_eq!(briefing.stories[0].importance.as_ref().map(|i| i.rank), Some(1));
    /// ```
    pub fn brief_documents(&self, docs: Vec<Document>) -> Briefing {
        self.brief_many(docs, self.length)
    }

    /// Groups articles into stories (see [`crate::stories`]).
    pub fn group(&self, articles: &[Article]) -> crate::stories::Grouping {
        crate::stories::group(articles, &self.segmenter.lang().stopwords, &self.stories)
    }

    /// One article on its own: its key sentences, terms and source, with no state shared
    /// with any other article (the `--format jsonl` line).
    pub fn brief_article(&self, doc: Document, length: Length) -> Story {
        self.story(&[self.analyse(doc)], length)
    }

    /// The daily briefing of many documents: analysed in parallel, grouped into stories,
    /// each story summarised from all its sources, stories ordered by importance (with the
    /// reason on each), and the glossary of the day.
    pub fn brief_many(&self, docs: Vec<Document>, length: Length) -> Briefing {
        self.brief_day(self.analyse_all(docs), length)
    }

    /// [`Pipeline::brief_many`] over articles already analysed. Articles whose ids repeat get
    /// a `~2`, `~3`… suffix so every sentence names its source unambiguously.
    pub fn brief_day(&self, articles: Vec<Article>, length: Length) -> Briefing {
        self.brief_day_timed(articles, length).0
    }

    /// [`Pipeline::brief_day`], also saying how long grouping and summarising took.
    pub fn brief_day_timed(
        &self,
        articles: Vec<Article>,
        length: Length,
    ) -> (Briefing, DayTimings) {
        let (day, mut timings) = self.plan_day(articles, length);
        let started = std::time::Instant::now();
        let briefing = day.into_briefing(self);
        timings.summarise += started.elapsed();
        (briefing, timings)
    }

    /// The day planned: articles grouped into stories, each story's headline and importance,
    /// the stories in order and the day's glossary, but no key sentences yet. A story is
    /// made when it is asked for ([`Day::into_stories`]), so writing a day of 40,000 items
    /// never holds all its stories at once. Articles whose ids repeat get a `~2`, `~3`…
    /// suffix so every sentence names its source unambiguously.
    pub fn plan_day(&self, mut articles: Vec<Article>, length: Length) -> (Day, DayTimings) {
        let started = std::time::Instant::now();
        unique_ids(&mut articles);
        let grouping = self.group(&articles);
        let grouped = std::time::Instant::now();
        let day = articles
            .iter()
            .filter_map(|a| a.doc.date.as_ref()?.day_number())
            .max();
        let latest = articles
            .iter()
            .filter_map(|a| a.doc.date.as_ref()?.date())
            .find(|d| Some(d.days()) == day)
            .map(|d| d.iso());
        let total = articles.len();
        let compared = grouping.compared;
        let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
        let groups: Vec<Vec<Article>> = grouping
            .groups
            .into_iter()
            .map(|g| g.into_iter().filter_map(|i| slots[i].take()).collect())
            .collect();
        drop(slots);
        let mut planned: Vec<Planned> = crate::par::map_vec(groups, |articles| {
            let k = articles.len().min(self.stories.summary_sources.max(1));
            let headline = self.headline(&articles[..k], length);
            let terms = self.term_count(&articles);
            let importance = crate::stories::rank(&articles, terms, day, &self.stories).into();
            Planned {
                articles,
                headline,
                importance,
            }
        });
        planned.sort_by(|a, b| {
            b.importance
                .score
                .total_cmp(&a.importance.score)
                .then_with(|| a.headline.cmp(&b.headline))
        });
        for (k, p) in planned.iter_mut().enumerate() {
            p.importance.rank = k + 1;
        }
        // The day's glossary, from each story's terms in order, a chunk of stories at a time.
        let mut glossary = DayGlossary::default();
        for chunk in planned.chunks(CHUNK) {
            for terms in crate::par::map_slice(chunk, |p| self.term_uses(&p.articles)) {
                glossary.add(&terms);
            }
        }
        let summarised = std::time::Instant::now();
        let n = planned.len();
        let title = match latest {
            Some(d) => format!("Muhtasari wa siku · {d}"),
            None => "Muhtasari wa siku".to_string(),
        } + &format!(
            " · {} {} from {} {}",
            n,
            if n == 1 { "story" } else { "stories" },
            total,
            if total == 1 { "article" } else { "articles" }
        );
        let day = Day {
            title,
            glossary: glossary.into_terms(),
            planned,
            length,
        };
        let timings = DayTimings {
            group: grouped - started,
            summarise: summarised - grouped,
            compared,
        };
        (day, timings)
    }
}

/// Stories made at once when a day is written story by story: enough to keep both cores
/// busy, few enough that memory holds a handful of stories, not the day.
const CHUNK: usize = 256;

/// A day's briefing planned by [`Pipeline::plan_day`]: the stories in order, each with its
/// articles, headline and importance; the key sentences are made when a story is asked for.
#[derive(Debug)]
pub struct Day {
    title: String,
    glossary: Vec<TermUse>,
    planned: Vec<Planned>,
    length: Length,
}

/// One story of a [`Day`], before its key sentences are picked.
#[derive(Debug)]
struct Planned {
    articles: Vec<Article>,
    headline: String,
    importance: Importance,
}

impl Day {
    /// The briefing with every story's headline and importance but nothing else (no
    /// sources, sentences or terms): what a page's table of contents needs.
    pub fn outline(&self) -> Briefing {
        Briefing {
            schema: SCHEMA_VERSION,
            title: self.title.clone(),
            tool: Tool::default(),
            stories: self
                .planned
                .iter()
                .map(|p| Story {
                    headline: p.headline.clone(),
                    sources: Vec::new(),
                    sentences: Vec::new(),
                    terms: Vec::new(),
                    headline_translation: None,
                    topic_en: None,
                    importance: Some(p.importance.clone()),
                })
                .collect(),
            glossary: self.glossary.clone(),
            title_translation: None,
        }
    }

    /// The stories in order, each made when it is reached (a chunk at a time, in parallel)
    /// and its articles dropped then.
    pub fn into_stories(self, pipeline: &Pipeline) -> impl Iterator<Item = Story> + '_ {
        let length = self.length;
        let mut rest = self.planned.into_iter();
        std::iter::from_fn(move || {
            let chunk: Vec<Planned> = rest.by_ref().take(CHUNK).collect();
            (!chunk.is_empty()).then(|| crate::par::map_vec(chunk, |p| pipeline.make(p, length)))
        })
        .flatten()
    }

    /// The whole briefing, every story made.
    pub fn into_briefing(self, pipeline: &Pipeline) -> Briefing {
        let mut b = self.outline();
        b.stories = crate::par::map_vec(self.planned, |p| pipeline.make(p, self.length));
        b
    }
}

impl Pipeline {
    /// A planned story made: its key sentences from its most central sources (all of them
    /// listed and counted).
    fn make(&self, p: Planned, length: Length) -> Story {
        let g = &p.articles;
        let k = g.len().min(self.stories.summary_sources.max(1));
        let mut story = self.story(&g[..k], length);
        if k < g.len() {
            story.sources = g.iter().map(source_ref).collect();
            story.terms = self.term_uses(g);
        }
        story.importance = Some(p.importance);
        story
    }

    /// The headline [`Pipeline::story`] gives these articles, without picking their key
    /// sentences unless no article has a title.
    fn headline(&self, articles: &[Article], length: Length) -> String {
        if let Some(t) = articles.iter().find_map(|a| a.title.clone()) {
            return t;
        }
        let infos: Vec<SourceInfo> = articles.iter().map(|a| self.source_info(a)).collect();
        let picks = summarize(&infos, length, &self.summary);
        crate::summarize::headline(&picks, &infos, &self.summary)
            .and_then(|(s, i)| {
                let a = &articles[s];
                Some(a.sentences().nth(i)?.span.of(&a.doc.text).to_string())
            })
            .unwrap_or_default()
    }

    /// How many distinct glossary terms [`Pipeline::term_uses`] finds, without listing them.
    fn term_count(&self, articles: &[Article]) -> usize {
        let mut entries: Vec<usize> = articles
            .iter()
            .flat_map(|a| {
                a.sentences()
                    .flat_map(|u| a.hits_in(u.span))
                    .map(|h| h.entry)
            })
            .collect();
        entries.sort_unstable();
        entries.dedup();
        entries.len()
    }
}

/// Where the time of [`Pipeline::brief_day_timed`] went.
#[derive(Debug, Clone, Copy, Default)]
pub struct DayTimings {
    /// Grouping articles into stories.
    pub group: std::time::Duration,
    /// Summarising, glossing and ranking the stories.
    pub summarise: std::time::Duration,
    /// Candidate pairs whose similarity was computed.
    pub compared: usize,
}

/// Gives repeated ids a `~n` suffix.
fn unique_ids(articles: &mut [Article]) {
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for a in articles.iter_mut() {
        let n = seen.entry(a.doc.id.clone()).or_insert(0);
        *n += 1;
        if *n > 1 {
            a.doc.id = format!("{}~{}", a.doc.id, n);
        }
    }
}

/// The day's terms across all stories: counts summed, forms merged, most frequent first.
#[derive(Default)]
struct DayGlossary {
    by_id: BTreeMap<String, TermUse>,
}

impl DayGlossary {
    /// Adds one story's terms (stories in their order).
    fn add(&mut self, terms: &[TermUse]) {
        for t in terms {
            match self.by_id.get_mut(&t.id) {
                Some(u) => {
                    u.count += t.count;
                    for f in &t.forms {
                        if !u.forms.contains(f) {
                            u.forms.push(f.clone());
                        }
                    }
                }
                None => {
                    self.by_id.insert(t.id.clone(), t.clone());
                }
            }
        }
    }

    fn into_terms(self) -> Vec<TermUse> {
        let mut out: Vec<TermUse> = self.by_id.into_values().collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.sw.cmp(&b.sw)));
        out
    }
}
