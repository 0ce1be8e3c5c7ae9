//! The daily briefing: many documents analysed (in parallel with the `parallel` feature),
//! grouped into stories, each story summarised from its sources and ranked, and the day's
//! glossary. Grouping and ranking are in `stories`; this file is the flow around them.

use std::collections::BTreeMap;

use super::{Pipeline, source_ref};
use crate::article::Article;
use crate::briefing::{Briefing, SCHEMA_VERSION, Story, TermUse, Tool};
use crate::ingest::Document;
use crate::summarize::Length;

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
        mut articles: Vec<Article>,
        length: Length,
    ) -> (Briefing, DayTimings) {
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
        // Each group's articles are dropped as soon as its story is made: a story keeps only
        // what the briefing shows.
        let mut stories: Vec<Story> = crate::par::map_vec(groups, |g| {
            let k = g.len().min(self.stories.summary_sources.max(1));
            let mut story = self.story(&g[..k], length);
            if k < g.len() {
                story.sources = g.iter().map(source_ref).collect();
                story.terms = self.term_uses(&g);
            }
            story.importance =
                Some(crate::stories::rank(&g, story.terms.len(), day, &self.stories).into());
            story
        });
        let score = |s: &Story| s.importance.as_ref().map_or(0.0, |i| i.score);
        stories.sort_by(|a, b| {
            score(b)
                .total_cmp(&score(a))
                .then_with(|| a.headline.cmp(&b.headline))
        });
        for (k, s) in stories.iter_mut().enumerate() {
            if let Some(i) = &mut s.importance {
                i.rank = k + 1;
            }
        }
        let summarised = std::time::Instant::now();
        let glossary = day_glossary(&stories);
        let title = match latest {
            Some(d) => format!("Muhtasari wa siku · {d}"),
            None => "Muhtasari wa siku".to_string(),
        } + &format!(
            " · {} {} from {} {}",
            stories.len(),
            if stories.len() == 1 {
                "story"
            } else {
                "stories"
            },
            total,
            if total == 1 { "article" } else { "articles" }
        );
        let briefing = Briefing {
            schema: SCHEMA_VERSION,
            title,
            tool: Tool::default(),
            stories,
            glossary,
            title_translation: None,
        };
        let timings = DayTimings {
            group: grouped - started,
            summarise: summarised - grouped,
            compared,
        };
        (briefing, timings)
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
fn day_glossary(stories: &[Story]) -> Vec<TermUse> {
    let mut by_id: BTreeMap<String, TermUse> = BTreeMap::new();
    for s in stories {
        for t in &s.terms {
            match by_id.get_mut(&t.id) {
                Some(u) => {
                    u.count += t.count;
                    for f in &t.forms {
                        if !u.forms.contains(f) {
                            u.forms.push(f.clone());
                        }
                    }
                }
                None => {
                    by_id.insert(t.id.clone(), t.clone());
                }
            }
        }
    }
    let mut out: Vec<TermUse> = by_id.into_values().collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.sw.cmp(&b.sw)));
    out
}
