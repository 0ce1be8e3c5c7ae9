//! muhtasari turns Swahili news into bilingual Swahili–English briefings: it finds the
//! sentences that carry the story, marks the terms a reader or translator needs, gives their
//! English from a curated glossary, and renders HTML, Markdown or JSON.
//!
//! # Brief a text in one call
//!
//! ```
//! let text = "Serikali imetangaza mpango mpya wa maji safi vijijini. Waziri wa maji alisema \
//!             mpango huo utagharimu shilingi bilioni tano. Kazi itaanza mwezi ujao.";
//! let briefing = muhtasari::brief(text);
//! assert!(briefing.stories[0].sentences.iter().any(|s| s.text.contains("bilioni tano")));
//! ```
//!
//! # The flow
//!
//! A [`Document`] is read ([`read_document`], [`read_documents`]), a [`Pipeline`] segments it
//! and finds its glossary terms ([`Pipeline::analyse`] gives an [`Article`]), picks the key
//! sentences and glosses them into a [`Briefing`] of [`Story`]s, and a [`Renderer`] writes it
//! as HTML or Markdown (the JSON is the `Briefing` itself, through `serde`).
//!
//! ```
//! use muhtasari::{Format, Length, Pipeline, Renderer, document_from_text};
//!
//! let pipeline = Pipeline::builder().length(Length::Sentences(2)).build()?;
//! let doc = document_from_text("habari", "Mvua kubwa ilinyesha jana mjini Mombasa. \
//!     Barabara nyingi zilifungwa kwa saa sita. Wakazi walisaidiana kuondoa maji.");
//! let briefing = pipeline.brief_documents(vec![doc]);
//! let markdown = Renderer::new(None)?.render(&briefing, Format::Markdown)?;
//! assert!(markdown.contains("Mombasa"));
//! # Ok::<(), muhtasari::Error>(())
//! ```
//!
//! Every span in the library is a byte range into the document's text. Errors are one
//! [`Error`] enum that says what went wrong and where (file, line, column when known).
#![deny(missing_docs)]

mod article;
mod briefing;
mod dates;
mod english;
mod error;
mod glossary;
mod hash;
mod infile;
mod ingest;
mod lang;
mod length;
mod links;
mod morph;
mod outfile;
mod par;
mod pipeline;
mod process;
pub mod qa;
mod render;
mod secrets;
mod segment;
mod stories;
mod summarize;
mod text;
/// Real translations: memories, engines (OpenAI-compatible, LibreTranslate, command), the
/// prompt, the cache, the settings file.
#[cfg(feature = "translate")]
pub mod translate;

use std::sync::LazyLock;

// The front door: the flow and its results.
pub use article::Article;
pub use briefing::{
    Briefing, Importance, KeySentence, Piece, QaFinding, QaReport, SCHEMA_VERSION, SourceRef,
    Story, TermUse, Tool, Translation,
};
pub use error::{BuildError, Error, Result};
pub use pipeline::{Day, DayTimings, Pipeline, PipelineBuilder};
pub use render::{Format, MAX_RENDER_BYTES, Renderer, embedded_templates, write_atomic};
pub use stories::{Grouping, StoryConfig};
pub use summarize::{CoverModel, Length, ScoreParts, SummaryConfig};

// Reading input.
pub use dates::{BadDate, Date, DocDate};
pub use ingest::{
    Batch, DEFAULT_MAX_BYTES, Document, InputKind, detect, document_from_text, list_inputs,
    parse_document, parse_documents, parse_jsonl_line, read_document, read_documents,
};

// Files the user names: bounded reading, safe writing (issue 18).
pub use infile::{DATA_MAX_BYTES, check_regular, read_data_text, read_limited};
pub use ingest::{Line, MAX_DEPTH, check_depth, read_line_bounded};
pub use links::{is_safe_link, neutralise_bidi};
pub use outfile::{OutputFile, remove_pending, write_file};
pub use process::{Finished, RunError, run_shell};
pub use secrets::{command_name, endpoint_name};

// Segmentation, language data and spans.
pub use lang::{LangData, embedded_lang_files};
pub use segment::{Segmenter, Unit, UnitKind};
pub use text::Span;

// The glossary, as a terminologist's program uses it.
/// Glossary candidates: terms of a corpus the glossary lacks, with English proposed.
pub use glossary::candidates;
pub use glossary::{
    Analysis, CuePlace, Entry, Example, ExchangeFormat, Exported, Finding, Glossary, Matcher,
    Origin, Polarity, Pos, Record, Sense, SenseChoice, Severity, Status, Subject, Tense, TermHit,
    Voice, check_examples, drop_erroneous, export, import, lint, lint_path, lint_text, to_yaml,
};
pub use morph::NounClass;

// The English side.
pub use english::lexicon::read_word_list;
pub use english::{
    EnglishData, GlossContext, GlossItem, GlossKind, gloss_in, gloss_with, interlinear,
    term_english,
};
#[cfg(feature = "translate")]
pub use translate::{
    QaIssue, Report, Settings, TranslateError, Translator,
    tm::{TmMatch, TmUnit, TranslationMemory},
};

/// Briefs one Swahili text with the built-in glossary and language data: its key sentences
/// (a third of them, between one and five), their gloss and the glossary terms it uses.
///
/// ```
/// let b = muhtasari::brief("Bunge limepitisha sheria mpya ya kodi. Wabunge wengi waliunga mkono.");
/// assert_eq!(b.stories.len(), 1);
/// assert!(b.glossary.iter().any(|t| t.sw == "sheria"));
/// ```
pub fn brief(text: &str) -> Briefing {
    static DEFAULT: LazyLock<Pipeline> = LazyLock::new(Pipeline::default);
    DEFAULT.brief_documents(vec![document_from_text("text", text)])
}

/// Parts of the library kept public only for the project's own tests, benches and examples
/// (timing the summariser apart from analysis, word spans for property tests). Not a stable
/// API: use the items at the crate root.
#[doc(hidden)]
pub mod __internal {
    pub use crate::ingest::{parse_jsonl, parse_table, parse_tsv};
    // The readers the fuzz targets drive (fuzz/fuzz_targets).
    #[cfg(feature = "feeds")]
    pub use crate::ingest::parse_feed;
    #[cfg(feature = "html")]
    pub use crate::ingest::parse_html;
    pub use crate::summarize::cover::SIGNALS as COVER_SIGNALS;
    pub use crate::summarize::{SourceInfo, rouge, summarize, term_signals};
    pub use crate::text::{is_space, word_spans};
    #[cfg(feature = "translate")]
    pub use crate::translate::parse_tmx;
}
