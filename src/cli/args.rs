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
    #[arg(long, global = true, value_name = "BYTES", default_value_t = muhtasari::ingest::DEFAULT_MAX_BYTES)]
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
    /// Pick the sentences that carry the story (several files: one story, many sources).
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
    Brief {
        /// The articles (`-`: standard input). Several files are one story.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        length: LengthArgs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = BriefFormat::Html)]
        format: BriefFormat,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
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
#[derive(Debug, Args, Clone, Copy)]
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
}
