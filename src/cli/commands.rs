//! Each command: read, call the library, print. The glossary's own commands (find, lookup,
//! export, import) are in `terms.rs`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use muhtasari::Pipeline;
use muhtasari::{Document, document_from_text};

use super::args::{
    BriefFormat, Cli, Command, ConfigCommand, DataFormat, ExportCommand, Global, GlossaryCommand,
    LengthArgs, LineFormat,
};
use super::config::{length, render_briefing};
use super::inputs::{pipeline, pipeline_for, read, read_all};
use super::output::{Output, emit, global_inputs};
use super::terms::{export_cmd, find, import_cmd, lookup_cmd};

/// The sample article `demo` briefs, compiled in.
const DEMO_ARTICLE: &str = include_str!("../../examples/ziara-ya-rais.txt");

/// Runs the parsed command line.
pub fn run(cli: Cli) -> Result<ExitCode> {
    let g = &super::scope::resolve(&cli)?;
    match cli.command {
        Command::Segment { file, format, .. } => {
            super::stdin_hint::hint_if_terminal(std::slice::from_ref(&file));
            segment(g, &file, format)
        }
        Command::Summarize {
            files,
            length,
            format,
            quiet,
            ..
        } => {
            if !quiet {
                super::stdin_hint::hint_if_terminal(&files);
            }
            summarize_cmd(g, &files, length, format)
        }
        Command::Glossary {
            command: GlossaryCommand::Find { file, format, .. },
        } => {
            super::stdin_hint::hint_if_terminal(std::slice::from_ref(&file));
            find(g, &file, format)
        }
        Command::Glossary {
            command: GlossaryCommand::Lint { path, .. },
        } => super::lint::lint_cmd(g, path.as_deref()),
        Command::Glossary {
            command: GlossaryCommand::Lookup { word, format, .. },
        } => lookup_cmd(g, &word, format),
        Command::Glossary {
            command: GlossaryCommand::Candidates(args),
        } => super::candidates::run(g, args),
        Command::Glossary {
            command: GlossaryCommand::Export { format, output, .. },
        } => export_cmd(g, format, output.as_deref()),
        Command::Glossary {
            command:
                GlossaryCommand::Import {
                    format,
                    file,
                    output,
                },
        } => import_cmd(&file, format, output.as_deref()),
        Command::Brief {
            files,
            length,
            format,
            output,
            quiet,
            one_story,
            threshold,
            translate,
            ..
        } => {
            let format = super::scope::brief_format(format, output.as_deref(), BriefFormat::Html)?;
            let mut pipeline = pipeline_for(g, translate.config.as_deref())?;
            if let Some(t) = threshold {
                anyhow::ensure!(
                    (0.0..=1.0).contains(&t),
                    "--threshold must be between 0 and 1, got {t}"
                );
                // The mutual-nearest link keeps its ratio to the main threshold.
                let mut stories = pipeline.story_config().clone();
                let ratio = stories.mutual_threshold / stories.threshold;
                stories.threshold = t;
                stories.mutual_threshold = t * ratio;
                pipeline = pipeline.to_builder().stories(stories).build()?;
            }
            if !quiet {
                super::stdin_hint::hint_if_terminal(&files);
            }
            let opts = super::daily::DayOptions {
                quiet,
                one_story,
                output,
            };
            let translator = super::translate::translator(g, &translate)?;
            super::daily::brief_day(g, &pipeline, &files, length, format, &opts, &translator)
        }
        Command::Gloss {
            file,
            format,
            interlinear,
            words,
            translate,
            ..
        } => {
            super::stdin_hint::hint_if_terminal(std::slice::from_ref(&file));
            let pipeline = pipeline_for(g, translate.config.as_deref())?;
            let doc = read(g, &file)?;
            let opts = super::english::GlossOpts {
                format,
                interlinear,
                words: &words,
            };
            super::english::gloss_cmd(g, &pipeline, &doc, &opts, &translate)
        }
        Command::Config {
            command: ConfigCommand::Show { translate },
        } => super::translate::show(g, &translate),
        Command::Check(args) => super::check::run(g.max_bytes, args, &pipeline(g)?),
        Command::Demo { format, output, .. } => {
            let format = super::scope::brief_format(format, output.as_deref(), BriefFormat::Md)?;
            let pipeline = pipeline(g)?;
            let mut doc = document_from_text("ziara-ya-rais", DEMO_ARTICLE);
            doc.source = Some("muhtasari sample (fictional)".into());
            demo(g, &pipeline, doc, format, output.as_deref())
        }
        Command::Completions { shell } => super::extras::print_completions(shell),
        Command::Man => super::extras::print_man(),
        Command::Templates {
            command: ExportCommand::Export { dir },
        } => super::extras::export_files(&dir, muhtasari::embedded_templates()),
        Command::LangData {
            command: ExportCommand::Export { dir },
        } => super::extras::export_files(&dir, muhtasari::embedded_lang_files()),
    }
}

/// One unit as `segment --format jsonl` prints it (fields in the order they print: sorted).
#[derive(serde::Serialize)]
struct UnitLine<'a> {
    end: usize,
    kind: &'static str,
    paragraph: usize,
    start: usize,
    text: &'a str,
}

fn segment(g: &Global, file: &Path, format: LineFormat) -> Result<ExitCode> {
    let pipeline = pipeline(g)?;
    let doc = read(g, file)?;
    let units = pipeline.segmenter().segment(&doc.text);
    let mut out = String::new();
    for u in &units {
        let text = u.span.of(&doc.text);
        match format {
            LineFormat::Text => {
                if u.kind == muhtasari::UnitKind::Sentence {
                    // One sentence per line: line breaks inside a sentence become spaces.
                    let line: String = text
                        .chars()
                        .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
                        .collect();
                    writeln!(out, "{line}")?;
                }
            }
            LineFormat::Jsonl => {
                let line = UnitLine {
                    end: u.span.end,
                    kind: u.kind.as_str(),
                    paragraph: u.paragraph,
                    start: u.span.start,
                    text,
                };
                writeln!(out, "{}", serde_json::to_string(&line)?)?;
            }
        }
    }
    emit(None, &out)?;
    Ok(ExitCode::SUCCESS)
}

/// `summarize --format json`: the key sentences.
#[derive(serde::Serialize)]
struct Picks<'a> {
    sentences: Vec<Picked<'a>>,
}

/// One key sentence as `summarize --format json` prints it (fields in the order they print:
/// sorted; `why` through a map, so its parts are sorted too).
#[derive(serde::Serialize)]
struct Picked<'a> {
    end: usize,
    index: usize,
    score: f64,
    source: &'a str,
    sources: &'a [String],
    start: usize,
    text: &'a str,
    #[serde(serialize_with = "sorted")]
    why: &'a muhtasari::ScoreParts,
}

/// Writes a value as a JSON object with its keys sorted, as `json!` did.
fn sorted<T: serde::Serialize, S: serde::Serializer>(v: &T, s: S) -> Result<S::Ok, S::Error> {
    use serde::Serialize as _;
    serde_json::to_value(v)
        .map_err(serde::ser::Error::custom)?
        .serialize(s)
}

fn summarize_cmd(
    g: &Global,
    files: &[PathBuf],
    len: LengthArgs,
    format: DataFormat,
) -> Result<ExitCode> {
    let pipeline = pipeline(g)?;
    let articles = pipeline.analyse_all(read_all(g, files)?);
    let story = pipeline.story(&articles, length(len)?);
    let out = match format {
        DataFormat::Text => {
            let mut s = String::new();
            for k in &story.sentences {
                if files.len() > 1 {
                    write!(s, "[{}] ", k.sources.join(", "))?;
                }
                writeln!(s, "{}", k.text.replace('\n', " "))?;
            }
            s
        }
        DataFormat::Json => {
            let sentences: Vec<Picked> = story
                .sentences
                .iter()
                .map(|k| Picked {
                    end: k.end,
                    index: k.index,
                    score: k.score,
                    source: &k.source,
                    sources: &k.sources,
                    start: k.start,
                    text: &k.text,
                    why: &k.why,
                })
                .collect();
            format!("{}\n", serde_json::to_string_pretty(&Picks { sentences })?)
        }
    };
    emit(None, &out)?;
    Ok(ExitCode::SUCCESS)
}

/// Briefs the built-in sample with the default length.
fn demo(
    g: &Global,
    pipeline: &Pipeline,
    doc: Document,
    format: BriefFormat,
    output: Option<&Path>,
) -> Result<ExitCode> {
    let out = Output::open(output, &global_inputs(g))?;
    let articles = pipeline.analyse_all(vec![doc]);
    let briefing = pipeline.brief(&articles, length(LengthArgs::default())?);
    render_briefing(g, &briefing, format, out)?;
    Ok(ExitCode::SUCCESS)
}
