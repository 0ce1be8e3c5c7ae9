//! The command line's shape and help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

pub use super::translate_args::TranslateArgs;

/// Swahili news in, bilingual Swahili–English briefings out.
///
/// Reads Swahili articles (plain text, optionally with YAML front matter: title, source,
/// url, date), finds their sentences, the terms of a curated glossary, and the sentences that
/// carry the story, and renders a briefing with each key sentence beside its English side.
/// FILE may be `-` for standard input. The glossary and templates are built in.
#[derive(Debug, Parser)]
#[command(
    name = "muhtasari",
    version,
    propagate_version = true,
    after_help = super::help::TOP_EXAMPLES
)]
pub struct Cli {
    #[command(flatten)]
    pub top: TopLevel,
    #[command(subcommand)]
    pub command: Command,
}

/// Options given before the subcommand (`muhtasari --glossary FILE brief …`): still
/// accepted, and refused where they do not apply. Each subcommand lists the ones it takes.
#[derive(Debug, Args, Default, Clone)]
pub struct TopLevel {
    #[arg(long, value_name = "PATH", hide = true)]
    pub glossary: Vec<PathBuf>,
    #[arg(long, hide = true)]
    pub no_default_glossary: bool,
    #[arg(long, value_name = "FILE", hide = true)]
    pub lang_data: Vec<PathBuf>,
    #[arg(long, value_name = "DIR", hide = true)]
    pub templates: Option<PathBuf>,
    #[arg(long, value_name = "BYTES", hide = true)]
    pub max_bytes: Option<usize>,
}

/// The options every command reads from, once the top-level and the subcommand's own are
/// merged and checked (`scope::resolve`).
#[derive(Debug, Clone)]
pub struct Global {
    pub glossary: Vec<PathBuf>,
    pub no_default_glossary: bool,
    pub lang_data: Vec<PathBuf>,
    pub templates: Option<PathBuf>,
    pub max_bytes: usize,
}

/// Which glossary to use.
#[derive(Debug, Args, Default, Clone)]
pub struct GlossaryOpts {
    /// Add a glossary YAML file or a folder of them (repeatable).
    #[arg(long, value_name = "PATH")]
    pub glossary: Vec<PathBuf>,
    /// Use only the glossaries given with --glossary, not the built-in one.
    #[arg(long)]
    pub no_default_glossary: bool,
}

/// Extra language data for the segmenter and the summariser.
#[derive(Debug, Args, Default, Clone)]
pub struct LangOpts {
    /// Add a language data file (abbreviations, places, boilerplate lines, stopwords;
    /// repeatable; `muhtasari lang-data export DIR` gives the built-in ones to start from).
    #[arg(long, value_name = "FILE")]
    pub lang_data: Vec<PathBuf>,
}

/// How much input to accept.
#[derive(Debug, Args, Default, Clone)]
pub struct InputOpts {
    /// Refuse input files larger than this many bytes [default: 10000000].
    #[arg(long, value_name = "BYTES")]
    pub max_bytes: Option<usize>,
}

/// Where the briefing's templates come from.
#[derive(Debug, Args, Default, Clone)]
pub struct TemplateOpts {
    /// Use templates from this folder (briefing.html, story.html, briefing.md, story.md)
    /// instead of the built-in ones (`muhtasari templates export DIR` gives them to start from).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Cut an article into sentences and blocks (headings, captions, credits, boilerplate…).
    #[command(after_help = super::help::SEGMENT_EXAMPLES)]
    Segment {
        /// The article (`-` or nothing: standard input).
        #[arg(default_value = "-")]
        file: PathBuf,
        /// `text`: one sentence per line; `jsonl`: every unit with its kind and byte offsets.
        #[arg(long, value_enum, default_value_t = LineFormat::Text)]
        format: LineFormat,
        #[command(flatten)]
        lang: LangOpts,
        #[command(flatten)]
        input: InputOpts,
    },
    /// Pick the sentences that carry the story (several articles, in several files, folders,
    /// or one feed, JSONL or TSV file: one story, many sources).
    #[command(after_help = super::help::SUMMARIZE_EXAMPLES)]
    Summarize {
        /// Articles, feeds, JSONL or TSV files, or folders of them (`-`: standard input).
        #[arg(required = true, value_name = "DIR|FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        length: LengthArgs,
        /// `text`: one picked sentence per line; `json`: with offsets, scores and sources.
        #[arg(long, value_enum, default_value_t = DataFormat::Text)]
        format: DataFormat,
        /// No hint on standard error (problems still show).
        #[arg(short, long)]
        quiet: bool,
        #[command(flatten)]
        glossary: GlossaryOpts,
        #[command(flatten)]
        lang: LangOpts,
        #[command(flatten)]
        input: InputOpts,
    },
    /// Work with the glossary: find, lint, lookup, export, import.
    #[command(after_help = super::help::GLOSSARY_EXAMPLES)]
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
    #[command(after_help = super::help::BRIEF_EXAMPLES)]
    Brief {
        /// Articles, feeds, JSONL or TSV files, or folders of them (`-`: standard input).
        #[arg(required = true, value_name = "DIR|FILE")]
        files: Vec<PathBuf>,
        #[command(flatten)]
        length: LengthArgs,
        /// Output format [default: from the extension of -o (.html .md .json .jsonl), else
        /// html]; `jsonl` streams one line per article (no grouping, no shared state).
        #[arg(long, value_enum)]
        format: Option<BriefFormat>,
        /// Write to this file (atomically) instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// No hint, progress bar or closing summary on standard error (problems still show).
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
        #[command(flatten)]
        glossary: GlossaryOpts,
        #[command(flatten)]
        lang: LangOpts,
        #[command(flatten)]
        templates: TemplateOpts,
        #[command(flatten)]
        input: InputOpts,
    },
    /// The English side of every sentence of an article, for translators: each Swahili
    /// sentence, then what the tool recognised in it (terms, names, numbers, money, dates,
    /// times) with its English — a gloss, not a translation — and a translation only when
    /// --tm or a translator gives one, labelled with its origin.
    #[command(after_help = super::help::GLOSS_EXAMPLES)]
    Gloss {
        /// The article (`-` or nothing: standard input).
        #[arg(default_value = "-")]
        file: PathBuf,
        /// `text`: each sentence, then its gloss; `json`: a list of sentences.
        #[arg(long, value_enum, default_value_t = DataFormat::Text)]
        format: DataFormat,
        /// Under each verb, its Leipzig segments: `wa-li-saini / 3PL-PST-sign` (JSON always
        /// carries them in `interlinear`).
        #[arg(long)]
        interlinear: bool,
        /// A Swahili word list to read (one word a line, or a hunspell `.dic` such as
        /// /usr/share/hunspell/sw_TZ.dic): its words, capitalised, are not taken for names;
        /// repeatable.
        #[arg(long, value_name = "FILE")]
        words: Vec<PathBuf>,
        #[command(flatten)]
        translate: TranslateArgs,
        #[command(flatten)]
        glossary: GlossaryOpts,
        #[command(flatten)]
        lang: LangOpts,
        #[command(flatten)]
        input: InputOpts,
    },
    /// The settings in force (from muhtasari.toml and flags).
    Config {
        #[command(subcommand)]
        command: ConfigCommand,
    },
    /// Check translations against their Swahili: approved terms in any inflection, numbers
    /// as values, dates and Swahili clock times, names, negation, untranslated words,
    /// empty or copied targets, length, consistency. Exit 1 when an error is found.
    Check(CheckArgs),
    /// Brief the built-in sample article: see what the tool does without any file.
    #[command(after_help = super::help::DEMO_EXAMPLES)]
    Demo {
        /// Output format [default: from the extension of -o, else md].
        #[arg(long, value_enum)]
        format: Option<BriefFormat>,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        glossary: GlossaryOpts,
        #[command(flatten)]
        lang: LangOpts,
        #[command(flatten)]
        templates: TemplateOpts,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    #[command(after_help = super::help::COMPLETIONS_EXAMPLES)]
    Completions {
        /// The shell.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), made from the same definitions as --help.
    #[command(after_help = super::help::MAN_EXAMPLES)]
    Man,
    /// The built-in templates, to start your own from.
    Templates {
        #[command(subcommand)]
        command: ExportCommand,
    },
    /// The built-in language data (segment.yaml, stopwords.yaml), to start your own from.
    LangData {
        #[command(subcommand)]
        command: ExportCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Write the built-in files into DIR (created if needed); refuses to overwrite any file.
    #[command(after_help = super::help::EXPORT_EXAMPLES)]
    Export {
        /// The folder to write into.
        dir: PathBuf,
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
        #[command(flatten)]
        glossary: GlossaryOpts,
        #[command(flatten)]
        input: InputOpts,
    },
    /// Check glossary YAML: every problem of every entry of every file (syntax, unknown
    /// fields, missing or bad values), then duplicates, clashing forms, examples.
    Lint {
        /// A YAML file or folder (default: the built-in glossary plus any --glossary).
        path: Option<PathBuf>,
        #[command(flatten)]
        glossary: GlossaryOpts,
    },
    /// Show how one word is analysed: entry, English, and for verbs subject, tense, polarity.
    Lookup {
        /// The word (or phrase), e.g. `walisaini`, `hawajasaini`, `mikataba`.
        word: String,
        /// `text` or `json`.
        #[arg(long, value_enum, default_value_t = DataFormat::Text)]
        format: DataFormat,
        #[command(flatten)]
        glossary: GlossaryOpts,
    },
    /// Export the glossary for CAT tools (OmegaT TSV, CSV, TBX-Basic).
    Export {
        /// The format.
        #[arg(long, value_enum)]
        format: ExchangeArg,
        /// Write to this file instead of standard output.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        #[command(flatten)]
        glossary: GlossaryOpts,
    },
    /// Terms frequent in articles or parallel text that the glossary lacks, by lemma, with
    /// English proposed from parallel text.
    Candidates(CandidatesArgs),
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

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print each setting in force and where it came from (default, file, flag).
    Show {
        #[command(flatten)]
        translate: TranslateArgs,
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

/// The check command's arguments.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Bilingual files: TSV (`Swahili<TAB>English`), XLIFF (.xlf), TMX, JSONL (`{"sw", "en"}`),
    /// a `brief --format json` Briefing; `-` reads TSV from standard input.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// `text`: one line per issue, like a compiler; `json`; `html`: a report page.
    #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
    pub format: CheckFormat,
    /// Write to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Run only these checks (comma-separated: terms, numbers, dates, names, negation,
    /// untranslated, empty, same, length, consistency).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub checks: Vec<String>,
    /// Skip these checks (comma-separated).
    #[arg(long, value_name = "LIST", value_delimiter = ',')]
    pub skip: Vec<String>,
    /// A YAML file with per-check severities and checks to skip
    /// (`severity: {terms: error, length: info}`, `skip: [length]`).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub glossary: GlossaryOpts,
    #[command(flatten)]
    pub lang: LangOpts,
    #[command(flatten)]
    pub input: InputOpts,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
    Html,
}

/// Output formats of `glossary candidates`.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CandidatesFormat {
    /// One candidate a row, for a spreadsheet.
    Tsv,
    /// The whole report.
    Json,
    /// Glossary entries with `status: candidate`, to review.
    Yaml,
}

/// Arguments of `glossary candidates`.
#[derive(Debug, Args)]
pub struct CandidatesArgs {
    /// Articles (files, folders, feeds, JSONL, TSV tables) or parallel text (TSV
    /// `Swahili<TAB>English`, TMX, XLIFF).
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CandidatesFormat::Tsv)]
    pub format: CandidatesFormat,
    /// Keep this many candidates (and as many names).
    #[arg(long, default_value_t = 200)]
    pub top: usize,
    /// Fewest occurrences of a candidate.
    #[arg(long, default_value_t = 3)]
    pub min_count: usize,
    /// Measure keyness against these texts (any input form), e.g. a month of general press;
    /// without it the rank is frequency × the best English Dice (measured best: the project's
    /// own small background demoted real news terms).
    #[arg(long, value_name = "PATH")]
    pub background: Vec<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub glossary: GlossaryOpts,
    #[command(flatten)]
    pub lang: LangOpts,
    #[command(flatten)]
    pub input: InputOpts,
}
