//! The flow of the library in one place: a [`Pipeline`] holds the glossary, its matcher,
//! the segmenter and the summary config, and turns documents into analysed articles,
//! summaries and briefings.
//!
//! Over 400 lines with a reason: one story from its articles is one flow (analyse, features,
//! summary, gloss, term uses) and its tests; the builder and the day are beside it.

use std::collections::BTreeMap;
use std::sync::Arc;

mod builder;
mod day;

pub use builder::PipelineBuilder;
pub use day::{Day, DayTimings};

use crate::article::Article;
use crate::briefing::{
    Briefing, KeySentence, SCHEMA_VERSION, SourceRef, Story, TermUse, Tool, pieces,
};
use crate::dates::DocDate;
use crate::english::{EnglishData, GlossContext, gloss_in};
use crate::glossary::{Glossary, Matcher};
use crate::ingest::Document;
use crate::lang::LangData;
use crate::segment::{Segmenter, Unit, UnitKind};
use crate::stories::StoryConfig;
use crate::summarize::{Features, Length, Pick, SourceInfo, SummaryConfig, summarize};
use crate::text::{Span, fold, word_spans};

/// Glossary, matcher, segmenter and summary config, built once.
#[derive(Debug, Clone)]
pub struct Pipeline {
    glossary: Glossary,
    matcher: Matcher,
    segmenter: Segmenter,
    /// The summariser's keys of glossary entries and stopwords, made once.
    features: Features,
    /// The numbers, months, currencies and verb forms the gloss reads.
    english: Arc<EnglishData>,
    /// The summary's weights.
    summary: SummaryConfig,
    /// How a day's articles are grouped into stories and the stories ranked.
    stories: StoryConfig,
    /// The length [`Pipeline::brief_documents`] uses.
    length: Length,
}

impl Default for Pipeline {
    /// The built-in glossary and language data, default weights, three key sentences.
    fn default() -> Self {
        Pipeline::new(Glossary::embedded(), LangData::embedded())
    }
}

impl Pipeline {
    /// A builder over the built-in glossary, language data and default weights; each
    /// setting is checked once, by [`PipelineBuilder::build`].
    ///
    /// ```
    /// use muhtasari::{Length, Pipeline, SummaryConfig};
    ///
    /// let pipeline = Pipeline::builder()
    ///     .summary(SummaryConfig { redundancy: 0.5, ..SummaryConfig::default() })
    ///     .length(Length::Words(40))
    ///     .build()?;
    /// assert_eq!(pipeline.length(), Length::Words(40));
    ///
    /// // A ratio must be above 0 and at most 1: the builder says which setting is wrong.
    /// let err = Pipeline::builder().length(Length::Ratio(1.5)).build().unwrap_err();
    /// assert!(err.to_string().contains("ratio"));
    /// # Ok::<(), muhtasari::BuildError>(())
    /// ```
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// A pipeline over this glossary and language data, with default weights (all valid:
    /// nothing to check).
    pub fn new(glossary: Glossary, lang: LangData) -> Self {
        Pipeline::assemble(
            glossary,
            lang,
            Arc::new(EnglishData::parse_embedded()),
            SummaryConfig::default(),
            StoryConfig::default(),
            Length::Sentences(3),
        )
    }

    fn assemble(
        glossary: Glossary,
        lang: LangData,
        english: Arc<EnglishData>,
        summary: SummaryConfig,
        stories: StoryConfig,
        length: Length,
    ) -> Self {
        let matcher = Matcher::new(&glossary);
        let features = Features::new(&glossary, &matcher, &lang);
        Pipeline {
            matcher,
            features,
            glossary,
            segmenter: Segmenter::new(lang),
            english,
            summary,
            stories,
            length,
        }
    }

    /// The summary's weights.
    pub fn summary_config(&self) -> &SummaryConfig {
        &self.summary
    }

    /// How a day's articles are grouped and the stories ranked.
    pub fn story_config(&self) -> &StoryConfig {
        &self.stories
    }

    /// The length [`Pipeline::brief_documents`] uses.
    pub fn length(&self) -> Length {
        self.length
    }

    /// The English data the gloss reads.
    pub fn english(&self) -> &EnglishData {
        &self.english
    }

    /// A builder holding this pipeline's glossary, language data and settings, to change
    /// some of them.
    pub fn to_builder(&self) -> PipelineBuilder {
        PipelineBuilder {
            glossary: Some(self.glossary.clone()),
            lang: Some(self.segmenter.lang().clone()),
            english: Some(self.english.clone()),
            summary: self.summary.clone(),
            stories: self.stories.clone(),
            length: self.length,
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
            doc.date = date_from_dateline(&self.english, &doc.text, &units);
        }
        Article {
            doc,
            units,
            hits,
            title,
        }
    }

    /// What the summariser needs to know of an article (see [`Features::source_info`]).
    pub fn source_info(&self, article: &Article) -> SourceInfo {
        self.features.source_info(&self.matcher, article)
    }

    /// Picks the key sentences of the story the articles tell.
    pub fn summarize(&self, articles: &[Article], length: Length) -> Vec<Pick> {
        let infos: Vec<SourceInfo> = articles.iter().map(|a| self.source_info(a)).collect();
        summarize(&infos, length, &self.summary)
    }

    /// One story from the articles given (one article is a story of one source).
    pub fn story(&self, articles: &[Article], length: Length) -> Story {
        let infos: Vec<SourceInfo> = articles.iter().map(|a| self.source_info(a)).collect();
        let picks = summarize(&infos, length, &self.summary);
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
                let g = gloss_in(
                    &self.english,
                    &self.glossary,
                    &article.doc.text,
                    span,
                    article.hits_in(span),
                    &GlossContext {
                        date: article.doc.date.as_ref().and_then(DocDate::date),
                    },
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
        // Without a title: the best pick that stands alone (summarize::headline).
        let headline = articles
            .iter()
            .find_map(|a| a.title.clone())
            .or_else(|| {
                let (s, i) = crate::summarize::headline(&picks, &infos, &self.summary)?;
                Some(sentence_spans[s][i].of(&articles[s].doc.text).to_string())
            })
            .unwrap_or_default();
        let topic_en = crate::english::topic::topic_line(sentences.iter().flat_map(|k| &k.gloss));
        Story {
            headline,
            topic_en,
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
fn date_from_dateline(data: &EnglishData, text: &str, units: &[Unit]) -> Option<DocDate> {
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
                crate::dates::Date::new(year, month, u32::try_from(day).ok()?).map(DocDate::from)
            })
        })
}

pub(super) fn source_ref(a: &Article) -> SourceRef {
    SourceRef {
        id: a.doc.id.clone(),
        title: a.title.clone(),
        outlet: a.doc.source.clone(),
        path: a.doc.path.display().to_string(),
        url: a.doc.url.clone().filter(|u| crate::links::is_safe_link(u)),
        url_text: a.doc.url.clone().filter(|u| !crate::links::is_safe_link(u)),
        date: a.doc.date.as_deref().map(str::to_string),
    }
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
            info.keys_of(first)
                .iter()
                .any(|k| info.keys_of(second).contains(k)),
            "{first:?} {second:?}"
        );
    }
}
