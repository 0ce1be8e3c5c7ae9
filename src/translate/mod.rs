//! The translation side: where a real English translation of a headline or key sentence
//! comes from — a translation memory, an OpenAI-compatible chat endpoint, a LibreTranslate-
//! compatible endpoint or a command — with the sentence's approved terms in the request, a
//! disk cache, the settings file, and the check every machine translation goes through.
//! It never presents a gloss as a translation; the gloss is the `english` module's.

pub mod cache;
pub mod checker;
pub mod command;
pub mod config;
pub mod engine;
pub mod error;
pub mod http;
pub mod jobs;
pub mod libre;
pub mod openai;
mod pool;
pub mod prompt;
pub mod run;
pub mod tm;

pub use cache::{Cache, CacheKey};
pub use checker::{Check, QaCheck, QaIssue};
pub use config::Settings;
pub use engine::Engine;
pub use error::TranslateError;
pub use http::{HttpClient, HttpOptions, Secret};
pub use prompt::{Prompt, Term};
pub use run::{Report, Translator};
pub use tm::parse_tmx;

/// What is being translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobKind {
    /// A key sentence.
    Sentence,
    /// A story's headline.
    Headline,
}

impl JobKind {
    /// `sentence` or `headline` (the prompt's `kind`).
    pub fn as_str(self) -> &'static str {
        match self {
            JobKind::Sentence => "sentence",
            JobKind::Headline => "headline",
        }
    }
}

/// One text to translate, with what the engine is told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// The Swahili.
    pub text: String,
    /// A sentence or a headline.
    pub kind: JobKind,
    /// Its article's headline (context).
    pub headline: Option<String>,
    /// The sentence before it in its article (context).
    pub previous: Option<String>,
    /// The required renderings.
    pub terms: Vec<Term>,
    /// Its article's date (`2025-03-04`), against which the check reads `jana`, `leo`.
    pub date: Option<String>,
}
