//! Each command: read, call the library, print.
//!
//! Over 400 lines with a reason: the one-story and glossary commands are still here together;
//! one file per subcommand is the next step (see docs/architecture.md).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use muhtasari::Glossary;
use muhtasari::LangData;
use muhtasari::Pipeline;
use muhtasari::{Document, document_from_text, read_documents};
use serde_json::json;

use super::args::{
    BriefFormat, Cli, Command, ConfigCommand, DataFormat, ExchangeArg, ExportCommand, Global,
    GlossaryCommand, LengthArgs, LineFormat,
};
use super::config::{count, glossary, glossary_for, length, render_briefing};
use super::output::{Output, emit, global_inputs};

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

fn pipeline(g: &Global) -> Result<Pipeline> {
    pipeline_for(g, None)
}

fn pipeline_for(g: &Global, settings: Option<&Path>) -> Result<Pipeline> {
    let mut lang = LangData::embedded();
    for path in &g.lang_data {
        lang.add_file(path)?;
    }
    Ok(Pipeline::new(glossary_for(g, settings)?, lang))
}

/// The one article a command works on. A feed, JSONL or TSV file holding several is an
/// error that says what to use instead.
pub(super) fn read(g: &Global, path: &Path) -> Result<Document> {
    let mut docs = read_articles(g, path)?;
    if docs.len() > 1 {
        anyhow::bail!(
            "{}: holds {} articles, this command reads one (`brief` takes a day's press; \
             `summarize` takes the articles of one story)",
            path.display(),
            docs.len()
        );
    }
    Ok(docs.remove(0))
}

/// Every article of every file: a feed, JSONL or TSV file gives each of its items. An item
/// that cannot be read is an error here, not skipped: a summary covers all it was given.
fn read_all(g: &Global, files: &[PathBuf]) -> Result<Vec<Document>> {
    // Folders are walked as `brief` walks them; a file that cannot be read is an error.
    let (files, skipped) = muhtasari::list_inputs(files);
    if let Some(e) = skipped.into_iter().next() {
        return Err(e.into());
    }
    let mut docs = Vec::new();
    for f in &files {
        docs.extend(read_articles(g, f)?);
    }
    anyhow::ensure!(!docs.is_empty(), "no article to summarise");
    Ok(docs)
}

fn read_articles(g: &Global, path: &Path) -> Result<Vec<Document>> {
    let batch = read_documents(path, g.max_bytes)?;
    if let Some(e) = batch.skipped.into_iter().next() {
        return Err(e.into());
    }
    Ok(batch.docs)
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

fn find(g: &Global, file: &Path, format: DataFormat) -> Result<ExitCode> {
    let pipeline = pipeline(g)?;
    let doc = read(g, file)?;
    let glossary = pipeline.glossary();
    let hits = pipeline.matcher().find(&doc.text);
    let out = match format {
        DataFormat::Text => {
            let mut s = String::new();
            for h in &hits {
                let e = &glossary.entries[h.entry];
                let en = muhtasari::term_english(glossary, h);
                writeln!(
                    s,
                    "{}-{}\t{}\t{}\t{}",
                    h.span.start,
                    h.span.end,
                    h.span.of(&doc.text),
                    e.sw,
                    en
                )?;
            }
            s
        }
        DataFormat::Json => {
            let list: Vec<_> = hits
                .iter()
                .map(|h| hit_json(glossary, &doc.text, h))
                .collect();
            format!("{}\n", serde_json::to_string_pretty(&list)?)
        }
    };
    emit(None, &out)?;
    Ok(ExitCode::SUCCESS)
}

/// One term hit as `glossary find --format json` prints it.
fn hit_json(glossary: &Glossary, text: &str, h: &muhtasari::TermHit) -> serde_json::Value {
    let e = &glossary.entries[h.entry];
    let mut obj = json!({"id": e.id, "lemma": e.sw, "surface": h.span.of(text), "start": h.span.start, "end": h.span.end, "en": glossary.english(h), "pos": e.pos});
    if let Some(n) = h.number {
        obj["number"] = json!(n);
    }
    if let Some(p) = h.polarity {
        obj["polarity"] = json!(p);
    }
    add_verb_fields(&mut obj, h);
    if let (Some(c), Some(sense)) = (h.sense, glossary.sense(h)) {
        let cue = sense.cues().nth(usize::from(c.cue));
        obj["sense"] = json!({
            "en": sense.en,
            "index": c.sense,
            "cue": cue.map(|(_, t)| t),
            "place": cue.map(|(p, _)| p),
        });
    } else if glossary.unsure(h) {
        obj["unsure"] = json!(true);
    }
    if let Some(i) = interlinear(glossary, text, h) {
        obj["interlinear"] = json!(i);
    }
    obj
}

/// A verb hit as Leipzig-style segments and glosses: `wa-li-saini / 3PL-PST-sign`.
fn interlinear(glossary: &Glossary, text: &str, h: &muhtasari::TermHit) -> Option<String> {
    muhtasari::interlinear(glossary, text, h)
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

/// The verb analysis of a hit as JSON fields: `tense`, `subject`, `person`, `relative`,
/// `object`, `voice`; and `gapped` for a phrase found with a word inside.
fn add_verb_fields(obj: &mut serde_json::Value, h: &muhtasari::TermHit) {
    if let Some(a) = h.verb {
        obj["tense"] = json!(a.tense);
        if let Some(s) = a.subject {
            obj["subject"] = json!(s.marker);
            obj["person"] = json!(s.person);
        }
        if let Some(r) = a.relative {
            obj["relative"] = json!(r);
        }
        if let Some(o) = a.object {
            obj["object"] = json!(o);
        }
        obj["voice"] = json!(a.voice);
    }
    if h.gapped {
        obj["gapped"] = json!(true);
    }
}

fn lookup_cmd(g: &Global, word: &str, format: DataFormat) -> Result<ExitCode> {
    let glossary = glossary(g)?;
    let matcher = muhtasari::Matcher::new(&glossary);
    let hits = matcher.find(word);
    if hits.is_empty() {
        eprintln!("{word}: no glossary entry matches");
        return Ok(ExitCode::FAILURE);
    }
    let out = match format {
        DataFormat::Text => {
            let mut s = String::new();
            for h in &hits {
                let e = &glossary.entries[h.entry];
                let mut parts: Vec<String> = Vec::new();
                if let Some(a) = h.verb {
                    if let Some(sub) = a.subject {
                        parts.push(format!("subject {}- {}", sub.marker, sub.person));
                    }
                    parts.push(a.tense.name().to_string());
                    if let Some(r) = a.relative {
                        parts.push(format!("relative -{r}-"));
                    }
                    if let Some(o) = a.object {
                        parts.push(format!("object -{o}-"));
                    }
                    if a.voice == muhtasari::Voice::Passive {
                        parts.push("passive".into());
                    }
                }
                if let Some(p) = h.polarity {
                    parts.push(format!("{p:?}").to_lowercase());
                }
                if let Some(n) = h.number {
                    parts.push(format!("{n:?}").to_lowercase());
                }
                if let Some(why) = glossary.sense_reason(h) {
                    parts.push(format!("sense {why}"));
                } else if glossary.unsure(h) {
                    parts.push(format!(
                        "unsure: no cue chose one of its {} senses, the gloss leaves it out",
                        e.senses.len()
                    ));
                } else if !e.senses.is_empty() {
                    parts.push(format!(
                        "own sense (no cue of its {} other senses)",
                        e.senses.len()
                    ));
                }
                writeln!(
                    s,
                    "{} → {} \"{}\" [{}]{}{}",
                    h.span.of(word),
                    e.sw,
                    glossary.english(h),
                    e.id,
                    if parts.is_empty() { "" } else { ": " },
                    parts.join(", ")
                )?;
                if let Some(i) = interlinear(&glossary, word, h) {
                    let (form, gloss) = i.split_once(" / ").unwrap_or((&i, ""));
                    writeln!(s, "    {form}\n    {gloss}")?;
                }
            }
            s
        }
        DataFormat::Json => {
            let list: Vec<_> = hits.iter().map(|h| hit_json(&glossary, word, h)).collect();
            format!("{}\n", serde_json::to_string_pretty(&list)?)
        }
    };
    emit(None, &out)?;
    Ok(ExitCode::SUCCESS)
}

fn exchange_format(f: ExchangeArg) -> muhtasari::ExchangeFormat {
    use muhtasari::ExchangeFormat;
    match f {
        ExchangeArg::Tsv => ExchangeFormat::Tsv,
        ExchangeArg::Csv => ExchangeFormat::Csv,
        ExchangeArg::Tbx => ExchangeFormat::Tbx,
    }
}

fn export_cmd(g: &Global, format: ExchangeArg, output: Option<&Path>) -> Result<ExitCode> {
    let out = Output::open(output, &global_inputs(g))?;
    let glossary = glossary(g)?;
    let exported = muhtasari::export(&glossary, exchange_format(format));
    for loss in &exported.losses {
        eprintln!("note: {loss}");
    }
    out.emit(&exported.text)?;
    eprintln!(
        "{} exported",
        count(glossary.entries.len(), "entry", "entries")
    );
    Ok(ExitCode::SUCCESS)
}

fn import_cmd(file: &Path, format: ExchangeArg, output: Option<&Path>) -> Result<ExitCode> {
    let out = Output::open(output, &[file.to_path_buf()])?;
    let text = muhtasari::read_data_text(file)
        .with_context(|| format!("cannot read {}", file.display()))?;
    let name = file.display().to_string();
    let records = muhtasari::import(&name, &text, exchange_format(format))?;
    let yaml = muhtasari::to_yaml(&records);
    out.emit(&yaml)?;
    eprintln!("{} imported", count(records.len(), "entry", "entries"));
    Ok(ExitCode::SUCCESS)
}
