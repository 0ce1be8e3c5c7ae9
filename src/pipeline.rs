//! The flow of the library in one place: a [`Pipeline`] holds the glossary, its matcher,
//! the segmenter and the summary config, and turns documents into analysed articles,
//! summaries and briefings.

use std::collections::BTreeMap;

use crate::briefing::{
    Briefing, KeySentence, SCHEMA_VERSION, SourceRef, Story, TermUse, Tool, pieces,
};
use crate::english::{GlossContext, gloss_with};
use crate::glossary::{Glossary, Matcher, Pos, TermHit};
use crate::ingest::Document;
use crate::lang::LangData;
use crate::segment::{Segmenter, Unit, UnitKind, ends_as_sentence};
use crate::stories::StoryConfig;
use crate::summarize::{
    Key, KeyMap, KeySet, Length, Pick, SentenceInfo, SourceInfo, SummaryConfig, key, summarize,
};
use crate::text::{Span, WordSpans, fold, is_capitalised, word_spans};

/// [`Pipeline::inner_keys`]: each later word of an entry's head and listed forms, matched on
/// its own (generated plurals change only the words that agree, not the possessor).
fn inner_keys(glossary: &Glossary, matcher: &Matcher, keys: &[Option<Key>]) -> KeyMap<Key> {
    // As written: a name matches only capitalised.
    let mut words: Vec<&str> = glossary
        .entries
        .iter()
        .flat_map(|e| std::iter::once(&e.sw).chain(&e.forms))
        .flat_map(|form| form.split_whitespace().skip(1))
        .collect();
    words.sort_unstable();
    words.dedup();
    let mut out = KeyMap::default();
    for word in words {
        if let [hit] = matcher.find(word).as_slice()
            && hit.span.start == 0
            && hit.span.end == word.len()
            && let Some(own) = keys[hit.entry]
        {
            out.insert(key(&fold(word)), own);
        }
    }
    out
}

/// An article after segmentation and term matching.
#[derive(Debug, Clone)]
pub struct Article {
    /// The document as read.
    pub doc: Document,
    /// Its units, in order.
    pub units: Vec<Unit>,
    /// The glossary terms found in its text.
    pub hits: Vec<TermHit>,
    /// Its title: from the metadata, or its first heading.
    pub title: Option<String>,
}

impl Article {
    /// The sentence units (the only ones a summary picks), in order.
    pub fn sentences(&self) -> impl Iterator<Item = &Unit> {
        self.units.iter().filter(|u| u.kind == UnitKind::Sentence)
    }

    /// The hits inside `span`.
    pub fn hits_in(&self, span: Span) -> &[TermHit] {
        let a = self.hits.partition_point(|h| h.span.start < span.start);
        let b = self.hits.partition_point(|h| h.span.start < span.end);
        &self.hits[a..b]
    }
}

/// Glossary, matcher, segmenter and summary config, built once.
#[derive(Debug, Clone)]
pub struct Pipeline {
    glossary: Glossary,
    matcher: Matcher,
    segmenter: Segmenter,
    /// The summariser's key for each glossary entry (`g:` and its id), made once. Verbs have
    /// none: their forms say who did what and when (`alisaini`, `hawakusaini`), so each
    /// form is its own term, as a reader and a headline see it.
    glossary_keys: Vec<Option<Key>>,
    /// For a word inside a multi-word glossary form (`Tigray` of `jimbo la Tigray`,
    /// `ulinzi` of `mkataba wa ulinzi`), keyed by the word's own key: the glossary key the
    /// word has on its own, so it is one term with its mentions outside the phrase.
    inner_keys: KeyMap<Key>,
    /// The [`Key`]s of the stopwords: a word's key, made anyway, is looked up without
    /// hashing the word again.
    stop_keys: KeySet,
    /// The summary's weights.
    pub summary: SummaryConfig,
    /// How a day's articles are grouped into stories and the stories ranked.
    pub stories: StoryConfig,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new(Glossary::embedded(), LangData::embedded())
    }
}

impl Pipeline {
    /// A pipeline over this glossary and language data.
    pub fn new(glossary: Glossary, lang: LangData) -> Self {
        let matcher = Matcher::new(&glossary);
        let glossary_keys: Vec<Option<Key>> = glossary
            .entries
            .iter()
            .map(|e| (e.pos != Pos::Verb).then(|| key(&format!("g:{}", e.id))))
            .collect();
        let inner_keys = inner_keys(&glossary, &matcher, &glossary_keys);
        Pipeline {
            matcher,
            glossary_keys,
            inner_keys,
            glossary,
            stop_keys: lang.stopwords.iter().map(|w| key(w)).collect(),
            segmenter: Segmenter::new(lang),
            summary: SummaryConfig::default(),
            stories: StoryConfig::default(),
        }
    }

    /// The glossary in use.
    pub fn glossary(&self) -> &Glossary {
        &self.glossary
    }

    /// The term matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The segmenter.
    pub fn segmenter(&self) -> &Segmenter {
        &self.segmenter
    }

    /// Segments a document and finds its terms.
    pub fn analyse(&self, doc: Document) -> Article {
        let units = self.segmenter.segment(&doc.text);
        let hits = self.matcher.find(&doc.text);
        let title = doc
            .title
            .clone()
            .or_else(|| title_from_headings(&doc.text, &units));
        let mut doc = doc;
        if doc.date.is_none() {
            doc.date = date_from_dateline(&doc.text, &units);
        }
        Article {
            doc,
            units,
            hits,
            title,
        }
    }

    /// What the summariser needs to know of an article: for the title and each sentence
    /// unit, its content terms (glossary entry ids for glossary words, so `mkataba` and
    /// `mikataba` are one term; other words folded, stopwords and short words dropped), and
    /// counts of glossary terms, names, numbers and dates.
    pub fn source_info(&self, article: &Article) -> SourceInfo {
        let text = &article.doc.text;
        let title_keys = article
            .title
            .as_deref()
            .map(|t| {
                let hits = self.matcher.find(t);
                self.sentence_info(t, Span::new(0, t.len()), &hits).keys
            })
            .unwrap_or_default();
        let sentences = article
            .sentences()
            .map(|u| self.sentence_info(text, u.span, article.hits_in(u.span)))
            .collect();
        SourceInfo {
            title_keys,
            sentences,
        }
    }

    /// One pass over the words of `span` of `text` (its glossary hits given, sorted): its
    /// content terms (the first word of a glossary hit stands for the whole hit, as the
    /// entry's id; other words folded, stopwords and words of one or two letters dropped),
    /// which of them are written capitalised, and counts of names, numbers and dates.
    fn sentence_info(&self, text: &str, span: Span, hits: &[TermHit]) -> SentenceInfo {
        let lang = self.segmenter.lang();
        let mut info = SentenceInfo {
            span,
            terms: hits.len(),
            ..SentenceInfo::default()
        };
        info.unfinished = !ends_as_sentence(span.of(text));
        let mut h = hits.iter().peekable();
        let mut folded = String::new();
        info.keys.reserve((span.end - span.start) / 6);
        for (n, w) in WordSpans::new(span.of(text)).enumerate() {
            let w = Span::new(span.start + w.start, span.start + w.end);
            let word = w.of(text);
            info.words += 1;
            let capital = is_capitalised(word);
            if capital && n > 0 {
                info.names += 1;
            }
            fold_into(word, &mut folded);
            // Month names are written capitalised: look up only those.
            if word.starts_with(|c: char| c.is_ascii_digit())
                || capital && lang.months.contains(&folded)
            {
                info.numbers += 1;
            }
            while h.peek().is_some_and(|x| x.span.end <= w.start) {
                h.next();
            }
            let (hit_here, inside) = match h.peek() {
                Some(x) if x.span.start == w.start => (Some(*x), false),
                Some(x) => (None, x.span.start < w.start),
                None => (None, false),
            };
            let term = match hit_here.and_then(|hit| self.glossary_keys[hit.entry]) {
                Some(k) => k,
                None => {
                    // The word itself, unless it is a stopword, or a word of one or two
                    // letters that does not start a glossary term. Later content words of a
                    // multi-word hit count too, with the key they have on their own: a
                    // reader (and a headline) sees "jimbo la Tigray" as three words, one of
                    // them Tigray.
                    let k = key(&folded);
                    if self.stop_keys.contains(&k)
                        || hit_here.is_none() && folded.chars().nth(2).is_none()
                    {
                        continue;
                    }
                    if inside {
                        self.inner_keys.get(&k).copied().unwrap_or(k)
                    } else {
                        k
                    }
                }
            };
            if capital {
                info.name_keys.push(info.keys.len());
            }
            info.keys.push(term);
        }
        info
    }

    /// Picks the key sentences of the story the articles tell.
    pub fn summarize(&self, articles: &[Article], length: Length) -> Vec<Pick> {
        let infos: Vec<SourceInfo> = articles.iter().map(|a| self.source_info(a)).collect();
        summarize(&infos, length, &self.summary)
    }

    /// One story from the articles given (one article is a story of one source).
    pub fn story(&self, articles: &[Article], length: Length) -> Story {
        let picks = self.summarize(articles, length);
        let sentence_spans: Vec<Vec<Span>> = articles
            .iter()
            .map(|a| a.sentences().map(|u| u.span).collect())
            .collect();
        let sentences: Vec<KeySentence> = picks
            .iter()
            .map(|p| {
                let article = &articles[p.source];
                let span = sentence_spans[p.source][p.index];
                let text = span.of(&article.doc.text);
                let g = gloss_with(
                    &self.glossary,
                    &article.doc.text,
                    span,
                    article.hits_in(span),
                    &GlossContext::with_date(article.doc.date.as_deref()),
                );
                let mut sources = vec![article.doc.id.clone()];
                for (s, _) in &p.also_in {
                    let id = &articles[*s].doc.id;
                    if !sources.contains(id) {
                        sources.push(id.clone());
                    }
                }
                KeySentence {
                    text: text.to_string(),
                    start: span.start,
                    end: span.end,
                    index: p.index,
                    score: round3(p.score),
                    source: article.doc.id.clone(),
                    sources,
                    why: p.parts,
                    pieces: pieces(text, span.start, &g),
                    gloss: g,
                    translation: None,
                    previous: p
                        .index
                        .checked_sub(1)
                        .and_then(|i| sentence_spans[p.source].get(i))
                        .map(|s| s.of(&article.doc.text).to_string()),
                }
            })
            .collect();
        let headline = articles
            .iter()
            .find_map(|a| a.title.clone())
            .or_else(|| sentences.first().map(|s| s.text.clone()))
            .unwrap_or_default();
        Story {
            headline,
            sources: articles.iter().map(source_ref).collect(),
            terms: self.term_uses(articles),
            sentences,
            headline_translation: None,
            importance: None,
        }
    }

    /// The glossary terms found in the articles' sentences, most frequent first.
    pub fn term_uses(&self, articles: &[Article]) -> Vec<TermUse> {
        let mut uses: BTreeMap<usize, (usize, Vec<String>)> = BTreeMap::new();
        for a in articles {
            for u in a.sentences() {
                for h in a.hits_in(u.span) {
                    let (count, forms) = uses.entry(h.entry).or_default();
                    *count += 1;
                    let form = h.span.of(&a.doc.text).to_string();
                    if !forms.contains(&form) {
                        forms.push(form);
                    }
                }
            }
        }
        let mut out: Vec<TermUse> = uses
            .into_iter()
            .map(|(i, (count, forms))| {
                let e = &self.glossary.entries[i];
                TermUse {
                    id: e.id.clone(),
                    sw: e.sw.clone(),
                    en: e.en.clone(),
                    pos: e.pos.as_str().to_string(),
                    class: e.class.map(|c| c.to_string()),
                    note: e.note.clone(),
                    count,
                    forms,
                }
            })
            .collect();
        out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.sw.cmp(&b.sw)));
        out
    }

    /// A briefing of one story told by all the articles given.
    pub fn brief(&self, articles: &[Article], length: Length) -> Briefing {
        let story = self.story(articles, length);
        Briefing {
            schema: SCHEMA_VERSION,
            title: story.headline.clone(),
            tool: Tool::default(),
            glossary: story.terms.clone(),
            stories: vec![story],
            title_translation: None,
        }
    }
}

/// [`fold`] into a reused buffer, with a fast path for ASCII words.
fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&fold(word));
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The article's title when its metadata has none: among the headings before the first
/// sentence, the one with the most words (a scraped page opens with section names such as
/// `SiasaVietnam` before the real title), the first of equals.
fn title_from_headings(text: &str, units: &[Unit]) -> Option<String> {
    units
        .iter()
        .take_while(|u| u.kind != UnitKind::Sentence)
        .filter(|u| u.kind == UnitKind::Heading)
        .map(|u| u.span.of(text))
        .fold(None, |best: Option<&str>, h| match best {
            Some(b) if word_spans(b).len() >= word_spans(h).len() => Some(b),
            _ => Some(h),
        })
        .map(str::to_string)
}

/// The article's date when its metadata has none: the first dateline that reads as a full
/// date (`20 Juni 2024`, `Juni 20, 2024`, `Alhamisi, 13 Februari 2025`), as `YYYY-MM-DD`.
fn date_from_dateline(text: &str, units: &[Unit]) -> Option<String> {
    let data = crate::english::EnglishData::embedded();
    units
        .iter()
        .take_while(|u| u.paragraph <= 3)
        .filter(|u| u.kind == UnitKind::Dateline)
        .find_map(|u| {
            let line = u.span.of(text);
            let words: Vec<String> = word_spans(line).iter().map(|w| fold(w.of(line))).collect();
            let number = |w: &String| w.parse::<i64>().ok();
            words.iter().enumerate().find_map(|(i, w)| {
                let month = data.month_number(w)?;
                let before = i.checked_sub(1).and_then(|j| number(&words[j]));
                let after = words.get(i + 1).and_then(number);
                let (day, year) = match (before, after) {
                    (Some(d), Some(y)) if y > 31 => (d, y),
                    (Some(d), None) => (d, words.get(i + 2).and_then(number)?),
                    (None, Some(d)) => (d, words.get(i + 2).and_then(number)?),
                    _ => return None,
                };
                crate::english::Date::new(year, month, u32::try_from(day).ok()?).map(|d| d.iso())
            })
        })
}

fn source_ref(a: &Article) -> SourceRef {
    SourceRef {
        id: a.doc.id.clone(),
        title: a.title.clone(),
        outlet: a.doc.source.clone(),
        path: a.doc.path.display().to_string(),
        url: a.doc.url.clone(),
        date: a.doc.date.clone(),
    }
}

/// The daily briefing: many articles, grouped into stories, ranked.
impl Pipeline {
    /// Analyses many documents in parallel, keeping their order.
    pub fn analyse_all(&self, docs: Vec<Document>) -> Vec<Article> {
        use rayon::prelude::*;
        docs.into_par_iter().map(|d| self.analyse(d)).collect()
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
        use rayon::prelude::*;
        let started = std::time::Instant::now();
        unique_ids(&mut articles);
        let grouping = self.group(&articles);
        let grouped = std::time::Instant::now();
        let day = articles
            .iter()
            .filter_map(|a| a.doc.date.as_deref().and_then(crate::stories::day_number))
            .max();
        let latest = articles
            .iter()
            .filter_map(|a| a.doc.date.as_deref())
            .filter(|d| crate::stories::day_number(d) == day && day.is_some())
            .map(|d| d.get(..10).unwrap_or(d).to_string())
            .next();
        let total = articles.len();
        let mut slots: Vec<Option<Article>> = articles.into_iter().map(Some).collect();
        let groups: Vec<Vec<Article>> = grouping
            .groups
            .iter()
            .map(|g| g.iter().filter_map(|&i| slots[i].take()).collect())
            .collect();
        let mut stories: Vec<Story> = groups
            .par_iter()
            .map(|g| {
                let k = g.len().min(self.stories.summary_sources.max(1));
                let mut story = self.story(&g[..k], length);
                if k < g.len() {
                    story.sources = g.iter().map(source_ref).collect();
                    story.terms = self.term_uses(g);
                }
                story.importance = Some(crate::stories::importance(g, &story, day, &self.stories));
                story
            })
            .collect();
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
            compared: grouping.compared,
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

#[cfg(test)]
mod title_tests {
    use super::*;
    use crate::ingest::document_from_text;

    #[test]
    fn title_is_the_fullest_heading_before_the_first_sentence() {
        let text = "HabariAfrika\n\nMawaziri wa fedha wakutana Arusha kujadili bajeti\n\nArusha, Tanzania. Mawaziri walikutana jana kujadili bajeti mpya.\n";
        let article = Pipeline::default().analyse(document_from_text("a", text));
        assert_eq!(
            article.title.as_deref(),
            Some("Mawaziri wa fedha wakutana Arusha kujadili bajeti")
        );
    }

    #[test]
    fn date_is_read_from_a_dateline() {
        let text = "Bei ya mafuta yapanda\n\nNeema Juma\n4 Machi 2025\n\nBei ya mafuta imepanda tena wiki hii.\n";
        let article = Pipeline::default().analyse(document_from_text("a", text));
        assert_eq!(article.doc.date.as_deref(), Some("2025-03-04"));
    }

    #[test]
    fn units_that_do_not_end_as_sentences_are_marked_unfinished() {
        let text = "Wabunge walipitisha bajeti jana usiku. Spika alisema kikao kitaendelea \
                    kesho asubuhi\n\n\
                    \u{201c}Tutajenga barabara mpya,\u{201d} alisema waziri wa fedha. \
                    Aliongeza kuwa fedha zipo: \u{201c}Hii ni bajeti ya wananchi\u{201d}\n\n\
                    Wizara ilitaja mambo matatu: \u{2022} barabara mpya za lami \u{2022} maji \
                    safi vijijini (Habari Leo)\n";
        let p = Pipeline::default();
        let article = p.analyse(document_from_text("a", text));
        let info = p.source_info(&article);
        let unfinished: Vec<bool> = info.sentences.iter().map(|s| s.unfinished).collect();
        // The list's introduction ends with a colon: it announces, it does not tell.
        assert_eq!(
            unfinished,
            [false, true, false, false, true, true, true],
            "{:?}",
            article.units
        );
    }
}

#[cfg(test)]
mod key_tests {
    use super::*;
    use crate::ingest::document_from_text;

    #[test]
    fn a_word_inside_a_phrase_keeps_its_own_term() {
        let p = Pipeline::default();
        let text = "Misaada imefika jimbo la Tigray jana. Wakulima wa Tigray wamepata mbegu.";
        let info = p.source_info(&p.analyse(document_from_text("a", text)));
        let [first, second] = info.sentences.as_slice() else {
            panic!("two sentences: {info:?}");
        };
        // `Tigray` inside the phrase and alone is one term.
        assert!(
            first.keys.iter().any(|k| second.keys.contains(k)),
            "{first:?} {second:?}"
        );
    }
}
