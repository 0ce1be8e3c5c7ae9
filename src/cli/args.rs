//! The command line's shape and help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Swahili news in, bilingual Swahili–English briefings out.
///
/// Reads Swahili articles (plain text, optionally with YAML front matter: title, source,
/// url, date), finds their sentences, the terms of a curated glossary, and the sentences that
/// carry the story, and renders a briefing with each key sentence beside its English side.
/// FILE may be `-` for standard input. The glossary and templates are built in.
#[derive(Debug, Parser)]
#[command(name = "muhtasari", version, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// Add a glossary YAML file or a folder of them (repeatable).
    #[arg(long, global = true, value_name = "PATH")]
    pub glossary: Vec<PathBuf>,
    /// Use only the glossaries given with --glossary, not the built-in one.
    #[arg(long, global = true)]
    pub no_default_glossary: bool,
    /// Add a language data file (abbreviations, boilerplate lines, stopwords; repeatable).
    #[arg(long, global = true, value_name = "FILE")]
    pub lang_data: Vec<PathBuf>,
    /// Use templates from this folder (briefing.html, briefing.md) instead of the built-in ones.
    #[arg(long, global = true, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Refuse input files larger than this many bytes.
    #[arg(long, global = true, value_name = "BYTES", default_value_t = muhtasari::DEFAULT_MAX_BYTES)]
    pub max_bytes: usize,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Cut an article into sentences and blocks (headings, captions, credits, boilerplate…).
    Segment {
        /// The article (`-` or nothing: standard input).
        #[arg(default_value = "-")]
        file: PathBuf,
        /// `text`: one sentence per line; `jsonl`: every unit with its kind and byte offsets.
        #[arg(long, value_enum, default_value_t = LineFormat::Text)]
        format: LineFormat,
    },
    /// Pick the sentences that carry the story (several articles, in several files or in one
    /// feed, JSONL or TSV file: one story, many sources).
    Summarize {
        /// The articles (`-`: standard input).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        length: LengthArgs,
        /// `text`: one picked sentence per line; `json`: with offsets, scores and sources.
        #[arg(long, value_enum, default_value_t = DataFormat::Text)]
        format: DataFormat,
    },
    /// Work with the glossary: find terms in text, check the YAML.
    Glossary {
        #[command(subcommand)]
        command: GlossaryCommand,
    },
    /// Make a bilingual briefing: key sentences beside their English side, terms, sources.
    ///
    /// Give one article, or a day's press: folders and files of plain text or Markdown (front
    /// matter optional), saved web pages (.html), RSS/Atom feeds (each item an article) and
    /// JSONL (one article per line, `text` required) and TSV tables (a `text` column). Articles about the same story are
    /// grouped; stories come most important first, each saying why. Files that cannot be read
    /// are reported and skipped: the briefing is still written and the exit status is 1.
    Brief {
        /// Articles, feeds, JSONL or TSV files, or folders of them (`-`: standard input).
        #[arg(required = true, value_name = "DIR|FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        length: LengthArgs,
        /// Output format; `jsonl` streams one line per article (no grouping, no shared state).
        #[arg(long, value_enum, default_value_t = BriefFormat::Html)]
        format: BriefFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// No progress bar and no closing summary on standard error (problems still show).
        #[arg(short, long)]
        quiet: bool,
        /// Treat all the articles as one story (no grouping).
        #[arg(long)]
        one_story: bool,
        /// Similarity (0–1) at or above which two articles are one story (default 0.3; two
        /// articles that are each other's nearest need half of it).
        #[arg(long, value_name = "COSINE")]
        threshold: Option<f64>,
        #[command(flatten)]
        translate: TranslateArgs,
    },
    /// The English side of every sentence of an article, for translators: each Swahili
    /// sentence, then what the tool recognised in it (terms, names, numbers, money, dates,
    /// times) with its English — a gloss, not a translation — and a translation only when
    /// --tm or a translator gives one, labelled with its origin.
    Gloss {
        /// The article (`-` or nothing: standard input).
        #[arg(default_value = "-")]
        file: PathBuf,
        /// `text`: each sentence, then its gloss; `json`: a list of sentences.
        #[arg(long, value_enum, default_value_t = DataFormat::Text)]
        format: DataFormat,
        #[command(flatten)]
        translate: TranslateArgs,
    },
    /// Brief the built-in sample article: see what the tool does without any file.
    Demo {
        /// Output format.
        #[arg(long, value_enum, default_value_t = BriefFormat::Md)]
        format: BriefFormat,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Find glossary terms in an article, with their English and byte offsets.
    Find {
        /// The text (`-` or nothing: standard input).
        #[arg(default_value = "-")]
        file: PathBuf,
        /// `text`: one hit per line; `json`: a list of hits.
        #[arg(long, value_enum, default_value_t = DataFormat::Text)]
        format: DataFormat,
    },
    /// Check glossary YAML: syntax, unknown fields, duplicates, clashing forms, examples.
    Lint {
        /// A YAML file or folder (default: the built-in glossary plus any --glossary).
        path: Option<PathBuf>,
    },
    /// Show how one word is analysed: entry, English, and for verbs subject, tense, polarity.
    Lookup {
        /// The word (or phrase), e.g. `walisaini`, `hawajasaini`, `mikataba`.
        word: String,
        /// `text` or `json`.
        #[arg(long, value_enum, default_value_t = DataFormat::Text)]
        format: DataFormat,
    },
    /// Export the glossary for CAT tools (OmegaT TSV, CSV, TBX-Basic).
    Export {
        /// The format.
        #[arg(long, value_enum)]
        format: ExchangeArg,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Terms frequent in articles or parallel text that the glossary lacks, by lemma, with
    /// English proposed from parallel text.
    Candidates(super::candidates::CandidatesArgs),
    /// Import a CAT-tool glossary (TSV, CSV, TBX) and write glossary YAML.
    Import {
        /// The format.
        #[arg(long, value_enum)]
        format: ExchangeArg,
        /// The file to read.
        file: PathBuf,
        /// Write the YAML to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExchangeArg {
    Tsv,
    Csv,
    Tbx,
}

/// How long a summary is: one of these (default: 3 sentences).
#[derive(Debug, Default, Args, Clone, Copy)]
#[group(multiple = false)]
pub struct LengthArgs {
    /// Pick this many sentences.
    #[arg(short = 'n', long)]
    pub sentences: Option<usize>,
    /// Pick sentences up to this many words.
    #[arg(long)]
    pub words: Option<usize>,
    /// Pick this share of the sentences (0 to 1).
    #[arg(long)]
    pub ratio: Option<f64>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum LineFormat {
    Text,
    Jsonl,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DataFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum BriefFormat {
    Html,
    Md,
    Json,
    /// One JSON line per article: its key sentences, terms and source.
    Jsonl,
}

/// Where real translations come from (none by default: the English side is then a gloss).
#[derive(Debug, Args, Clone, Default)]
pub struct TranslateArgs {
    /// A translation memory: TMX, YAML (`- sw: … en: …`) or TSV (`Swahili<TAB>English`);
    /// repeatable, the first match wins.
    #[arg(long, value_name = "FILE")]
    pub tm: Vec<PathBuf>,
    /// The least similarity (0–1) of a fuzzy translation-memory match; 1 = exact only.
    #[arg(long, value_name = "SIM", default_value_t = 0.75)]
    pub tm_threshold: f64,
    /// An external translator: run with `sh -c`, Swahili lines on its standard input, one
    /// English line per line on its standard output.
    #[arg(long, value_name = "CMD")]
    pub translator_cmd: Option<String>,
    /// A LibreTranslate-compatible endpoint on this machine (http://localhost:5000/translate).
    #[arg(long, value_name = "URL")]
    pub translator_url: Option<String>,
    /// Seconds the translator command or endpoint may take.
    #[arg(long, value_name = "SECS", default_value_t = 60)]
    pub translator_timeout: u64,
}
