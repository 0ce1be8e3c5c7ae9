//! `muhtasari check`: translation QA of bilingual files (TSV, XLIFF, TMX, JSONL, a
//! Briefing with translations). Exit 0 when no error was found, 1 when one was, 2 when an
//! input could not be read.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, ValueEnum};
use muhtasari::qa::{self, CheckId, Options, Report, Severity};

use super::output::emit;

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
    pub glossary: super::args::GlossaryOpts,
    #[command(flatten)]
    pub lang: super::args::LangOpts,
    #[command(flatten)]
    pub input: super::args::InputOpts,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
    Html,
}

fn parse_checks(list: &[String], flag: &str) -> Result<Vec<CheckId>> {
    list.iter()
        .filter(|s| !s.trim().is_empty())
        .map(|s| {
            s.parse::<CheckId>()
                .map_err(|e| anyhow::anyhow!("{flag}: {e}"))
        })
        .collect()
}

fn options(args: &CheckArgs) -> Result<Options> {
    let mut o = Options::default();
    if let Some(path) = &args.config {
        let text = std::fs::read_to_string(path).with_context(|| format!("{}", path.display()))?;
        o.add_config(path, &text)?;
    }
    let only = parse_checks(&args.checks, "--checks")?;
    if !only.is_empty() {
        o.skip
            .extend(CheckId::ALL.into_iter().filter(|c| !only.contains(c)));
    }
    o.skip.extend(parse_checks(&args.skip, "--skip")?);
    Ok(o)
}

fn check_file(
    max_bytes: usize,
    path: &Path,
    pipeline: &muhtasari::Pipeline,
    o: &Options,
) -> Result<Report> {
    let segs = qa::read_file(path, max_bytes)?;
    let mut issues: Vec<Vec<qa::Issue>> = segs
        .iter()
        .map(|s| qa::check_with(&s.sw, &s.en, pipeline, o))
        .collect();
    if o.runs(CheckId::Consistency) {
        let pairs: Vec<(&str, &str)> = segs
            .iter()
            .map(|s| (s.sw.as_str(), s.en.as_str()))
            .collect();
        for (i, mut issue) in qa::consistency(&pairs, pipeline) {
            if let Some(sev) = o.severity.get(&CheckId::Consistency) {
                issue.severity = *sev;
            }
            issues[i].push(issue);
        }
    }
    Ok(Report::new(&path.display().to_string(), &segs, issues))
}

/// Runs `muhtasari check`.
pub fn run(max_bytes: usize, args: CheckArgs, pipeline: &muhtasari::Pipeline) -> Result<ExitCode> {
    let o = options(&args)?;
    if matches!(args.format, CheckFormat::Html) && args.files.len() > 1 {
        anyhow::bail!("--format html reports one file; give one FILE (or use text or json)");
    }
    let reports: Vec<Report> = args
        .files
        .iter()
        .map(|f| check_file(max_bytes, f, pipeline, &o))
        .collect::<Result<_>>()?;
    let content = match args.format {
        CheckFormat::Text => reports.iter().map(Report::text).collect::<String>(),
        CheckFormat::Json if reports.len() == 1 => reports[0].json(),
        CheckFormat::Json => serde_json::to_string_pretty(&reports)?,
        CheckFormat::Html => reports[0].html()?,
    };
    emit(args.output.as_deref(), &content)?;
    let errors = reports.iter().any(|r| {
        r.segments
            .iter()
            .any(|s| s.issues.iter().any(|i| i.severity == Severity::Error))
    });
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
