//! [`PipelineBuilder`]: the one place a pipeline's settings are checked (summary length,
//! summary weights and thresholds, story grouping and ranking), each with a typed error
//! that names the setting. Language data is passed in here, not read from a global.

use std::sync::Arc;

use super::Pipeline;
use crate::english::EnglishData;
use crate::error::BuildError;
use crate::glossary::Glossary;
use crate::lang::LangData;
use crate::stories::StoryConfig;
use crate::summarize::{Length, SummaryConfig};

/// Settings for a [`Pipeline`], checked once by [`build`](PipelineBuilder::build). Unset
/// parts are the built-in ones (glossary, language data, English data) and the defaults.
#[derive(Debug, Clone)]
pub struct PipelineBuilder {
    pub(super) glossary: Option<Glossary>,
    pub(super) lang: Option<LangData>,
    pub(super) english: Option<Arc<EnglishData>>,
    pub(super) summary: SummaryConfig,
    pub(super) stories: StoryConfig,
    pub(super) length: Length,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder {
            glossary: None,
            lang: None,
            english: None,
            summary: SummaryConfig::default(),
            stories: StoryConfig::default(),
            length: Length::Sentences(3),
        }
    }
}

impl PipelineBuilder {
    /// The glossary to match (default: the built-in one).
    pub fn glossary(mut self, glossary: Glossary) -> Self {
        self.glossary = Some(glossary);
        self
    }

    /// The segmenter's language data: abbreviations, boilerplate, stopwords, months
    /// (default: the built-in data).
    pub fn lang(mut self, lang: LangData) -> Self {
        self.lang = Some(lang);
        self
    }

    /// The English data of the gloss: numbers, currencies, months, verb forms (default: the
    /// built-in data).
    pub fn english(mut self, english: EnglishData) -> Self {
        self.english = Some(Arc::new(english));
        self
    }

    /// The summariser's weights and thresholds.
    pub fn summary(mut self, summary: SummaryConfig) -> Self {
        self.summary = summary;
        self
    }

    /// How a day's articles are grouped into stories and the stories ranked.
    pub fn stories(mut self, stories: StoryConfig) -> Self {
        self.stories = stories;
        self
    }

    /// The length of [`Pipeline::brief_documents`] and [`crate::brief`] (default: three
    /// sentences).
    pub fn length(mut self, length: Length) -> Self {
        self.length = length;
        self
    }

    /// Checks every setting and builds the pipeline (the glossary matcher is compiled
    /// here, once).
    pub fn build(self) -> Result<Pipeline, BuildError> {
        check_length(self.length)?;
        check_summary(&self.summary)?;
        check_stories(&self.stories)?;
        Ok(Pipeline::assemble(
            self.glossary.unwrap_or_else(Glossary::embedded),
            self.lang.unwrap_or_else(LangData::embedded),
            self.english
                .unwrap_or_else(|| Arc::new(EnglishData::parse_embedded())),
            self.summary,
            self.stories,
            self.length,
        ))
    }
}

/// A summary length that picks something: at least one sentence or word, a ratio in (0, 1].
pub fn check_length(length: Length) -> Result<(), BuildError> {
    let reason = match length {
        Length::Sentences(0) => Some("zero sentences picks nothing"),
        Length::Words(0) => Some("zero words picks nothing"),
        Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => Some("a ratio must be above 0 and at most 1"),
        _ => None,
    };
    match reason {
        Some(reason) => Err(BuildError::Length { length, reason }),
        None => Ok(()),
    }
}

fn setting(name: &'static str, value: f64, reason: &'static str) -> BuildError {
    BuildError::Setting {
        setting: name,
        value,
        reason,
    }
}

/// A weight: finite and not negative.
fn weight(name: &'static str, value: f64) -> Result<(), BuildError> {
    if value.is_finite() && value >= 0.0 {
        Ok(())
    } else {
        Err(setting(
            name,
            value,
            "a weight must be a finite number, 0 or more",
        ))
    }
}

/// A share or similarity threshold: in [0, 1].
fn unit(name: &'static str, value: f64) -> Result<(), BuildError> {
    if (0.0..=1.0).contains(&value) {
        Ok(())
    } else {
        Err(setting(name, value, "must be between 0 and 1"))
    }
}

/// A divisor: finite and above 0.
fn positive(name: &'static str, value: f64) -> Result<(), BuildError> {
    if value.is_finite() && value > 0.0 {
        Ok(())
    } else {
        Err(setting(name, value, "must be a finite number above 0"))
    }
}

/// The summariser's weights are finite and not negative; the rates and the duplicate
/// cosine are shares; the lengths it divides by are above 0.
pub fn check_summary(c: &SummaryConfig) -> Result<(), BuildError> {
    for (name, value) in [
        ("summary.position", c.position),
        ("summary.position_decay", c.position_decay),
        ("summary.centrality", c.centrality),
        ("summary.salience", c.salience),
        ("summary.salience_names", c.salience_names),
        ("summary.title", c.title),
        ("summary.terms", c.terms),
        ("summary.names", c.names),
        ("summary.numbers", c.numbers),
        ("summary.length", c.length),
        ("summary.short", c.short),
        ("summary.unfinished", c.unfinished),
        ("summary.redundancy", c.redundancy),
        ("summary.balance", c.balance),
    ] {
        weight(name, value)?;
    }
    unit("summary.salience_rate", c.salience_rate)?;
    unit("summary.salience_lead", c.salience_lead)?;
    unit("summary.duplicate", c.duplicate)?;
    positive("summary.salience_words", c.salience_words)?;
    positive("summary.length_target", c.length_target)?;
    if c.numbers_cap == 0 {
        return Err(setting("summary.numbers_cap", 0.0, "must be at least 1"));
    }
    Ok(())
}

/// The grouping thresholds and shares are in [0, 1]; weights finite and not negative; an
/// article indexes at least one term and a pair shares at least one.
pub fn check_stories(c: &StoryConfig) -> Result<(), BuildError> {
    unit("stories.threshold", c.threshold)?;
    unit("stories.mutual_threshold", c.mutual_threshold)?;
    unit("stories.common_share", c.common_share)?;
    for (name, value) in [
        ("stories.group_link", c.group_link),
        ("stories.name_weight", c.name_weight),
        ("stories.glossary_weight", c.glossary_weight),
        ("stories.title_weight", c.title_weight),
        ("stories.sources_weight", c.sources_weight),
        ("stories.recency_weight", c.recency_weight),
        ("stories.glossary_terms_weight", c.glossary_terms_weight),
    ] {
        weight(name, value)?;
    }
    if c.index_terms == 0 {
        return Err(setting("stories.index_terms", 0.0, "must be at least 1"));
    }
    if c.min_shared == 0 {
        return Err(setting("stories.min_shared", 0.0, "must be at least 1"));
    }
    if c.max_days_apart < 0 {
        return Err(setting(
            "stories.max_days_apart",
            c.max_days_apart as f64,
            "must be 0 or more",
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_build() {
        assert!(Pipeline::builder().build().is_ok());
    }

    #[test]
    fn each_bad_setting_is_named() {
        let bad = |b: PipelineBuilder| b.build().unwrap_err().to_string();
        assert!(bad(Pipeline::builder().length(Length::Sentences(0))).contains("zero sentences"));
        assert!(bad(Pipeline::builder().length(Length::Ratio(0.0))).contains("ratio"));
        assert!(bad(Pipeline::builder().length(Length::Ratio(f64::NAN))).contains("ratio"));
        let summary = SummaryConfig {
            centrality: -1.0,
            ..SummaryConfig::default()
        };
        assert!(bad(Pipeline::builder().summary(summary)).contains("summary.centrality"));
        let summary = SummaryConfig {
            salience_words: 0.0,
            ..SummaryConfig::default()
        };
        assert!(bad(Pipeline::builder().summary(summary)).contains("summary.salience_words"));
        let stories = StoryConfig {
            threshold: 1.5,
            ..StoryConfig::default()
        };
        assert!(bad(Pipeline::builder().stories(stories)).contains("stories.threshold"));
        let stories = StoryConfig {
            recency_weight: f64::INFINITY,
            ..StoryConfig::default()
        };
        assert!(bad(Pipeline::builder().stories(stories)).contains("stories.recency_weight"));
    }

    #[test]
    fn pipeline_and_renderer_can_be_shared_across_threads() {
        fn shared<T: Send + Sync>() {}
        shared::<Pipeline>();
        shared::<PipelineBuilder>();
        shared::<crate::render::Renderer>();
    }
}
