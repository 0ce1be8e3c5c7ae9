//! `brief` over a day's press: folders and files of every kind read in parallel, bad ones
//! reported and skipped (exit status 1), a progress bar on a terminal, the grouped briefing
//! rendered; or, with `--format jsonl`, one line per article streamed as it is done.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use muhtasari::Briefing;
use muhtasari::Error;
use muhtasari::Length;
use muhtasari::Pipeline;
use muhtasari::{Batch, list_inputs, parse_jsonl_line, read_documents};
use muhtasari::{Translator, translate_briefing};
use rayon::prelude::*;

use super::args::{BriefFormat, Global, LengthArgs};
use super::config::{length, render_briefing};

/// More articles than this get a progress bar (on a terminal, without `--quiet`).
const PROGRESS_AFTER: usize = 8;
/// Articles briefed together before their lines are written, in `--format jsonl`.
const CHUNK: usize = 256;

/// What `brief` was asked beyond the common options.
pub struct DayOptions {
    pub quiet: bool,
    pub one_story: bool,
    pub output: Option<PathBuf>,
}

/// Runs `brief`.
pub fn brief_day(
    g: &Global,
    pipeline: &Pipeline,
    paths: &[PathBuf],
    len: LengthArgs,
    format: BriefFormat,
    opts: &DayOptions,
    translators: &[Translator],
) -> Result<ExitCode> {
    let length = length(len)?;
    let (files, mut skipped) = list_inputs(paths);
    if matches!(format, BriefFormat::Jsonl) {
        return stream_jsonl(g, pipeline, &files, skipped, length, opts, translators);
    }
    let batches: Vec<Result<Batch, Error>> = files
        .par_iter()
        .map(|f| read_documents(f, g.max_bytes))
        .collect();
    let mut docs = Vec::new();
    for b in batches {
        match b {
            Ok(b) => {
                docs.extend(b.docs);
                skipped.extend(b.skipped);
            }
            Err(e) => skipped.push(e),
        }
    }
    report(&skipped);
    anyhow::ensure!(
        !docs.is_empty(),
        "no article could be read from {} input{}",
        files.len().max(paths.len()),
        if files.len().max(paths.len()) == 1 {
            ""
        } else {
            "s"
        }
    );
    let bar = progress(docs.len(), opts.quiet);
    let articles = pipeline.analyse_all_with(docs, || bar.inc(1));
    bar.set_message("grouping and summarising");
    let n = articles.len();
    let mut briefing = if opts.one_story || n == 1 {
        pipeline.brief(&articles, length)
    } else {
        pipeline.brief_day(articles, length)
    };
    translate_briefing(&mut briefing, translators)?;
    bar.finish_and_clear();
    render_briefing(g, &briefing, format, opts.output.as_deref())?;
    if !opts.quiet {
        eprintln!(
            "muhtasari: {} {} from {} {}{}",
            briefing.stories.len(),
            if briefing.stories.len() == 1 {
                "story"
            } else {
                "stories"
            },
            n,
            if n == 1 { "article" } else { "articles" },
            skipped_note(skipped.len())
        );
    }
    Ok(exit(&skipped))
}

/// `--format jsonl`: one article in, one line out, in input order, a chunk at a time so
/// memory stays flat however long the input. JSONL on standard input is read line by line.
fn stream_jsonl(
    g: &Global,
    pipeline: &Pipeline,
    files: &[PathBuf],
    mut skipped: Vec<Error>,
    length: Length,
    opts: &DayOptions,
    translators: &[Translator],
) -> Result<ExitCode> {
    report(&skipped);
    let mut sink = Sink::open(opts.output.as_deref())?;
    let flush = |docs: Vec<muhtasari::Document>, sink: &mut Sink| -> Result<()> {
        let stories: Vec<_> = docs
            .into_par_iter()
            .map(|d| pipeline.brief_article(d, length))
            .collect();
        // Translators (when configured) see a chunk at a time, not one call per article.
        let mut chunk = Briefing {
            schema: muhtasari::SCHEMA_VERSION,
            title: String::new(),
            tool: Default::default(),
            stories,
            glossary: Vec::new(),
        };
        translate_briefing(&mut chunk, translators)?;
        let lines: Vec<String> = chunk
            .stories
            .par_iter()
            .map(|s| serde_json::to_string(s).map_err(anyhow::Error::from))
            .collect::<Result<_>>()?;
        for l in lines {
            sink.line(&l)?;
        }
        Ok(())
    };
    for f in files {
        if f == Path::new("-") {
            let stdin = std::io::stdin();
            let mut first = String::new();
            let mut lock = stdin.lock();
            lock.read_line(&mut first)
                .context("reading standard input")?;
            if first.trim_start().starts_with('{') {
                // JSONL: stream it.
                let mut chunk = Vec::with_capacity(CHUNK);
                let mut line_no = 0;
                let mut line = first;
                loop {
                    line_no += 1;
                    if !line.trim().is_empty() {
                        match parse_jsonl_line(
                            f,
                            "stdin",
                            line_no,
                            line.trim_end_matches(['\n', '\r']),
                        ) {
                            Ok(d) => chunk.push(d),
                            Err(e) => {
                                eprintln!("muhtasari: skipped {e}");
                                skipped.push(e);
                            }
                        }
                    }
                    if chunk.len() == CHUNK {
                        flush(std::mem::take(&mut chunk), &mut sink)?;
                    }
                    line.clear();
                    if lock
                        .read_line(&mut line)
                        .context("reading standard input")?
                        == 0
                    {
                        break;
                    }
                }
                flush(chunk, &mut sink)?;
                continue;
            }
            // One article (or a page or a feed) on standard input.
            let mut rest = Vec::new();
            std::io::Read::read_to_end(
                &mut std::io::Read::take(lock, g.max_bytes as u64 + 1),
                &mut rest,
            )
            .context("reading standard input")?;
            let mut bytes = first.into_bytes();
            bytes.extend(rest);
            if bytes.len() > g.max_bytes {
                let e = Error::data(
                    f,
                    0,
                    0,
                    format!("larger than the limit of {} bytes", g.max_bytes),
                );
                eprintln!("muhtasari: skipped {e}");
                skipped.push(e);
                continue;
            }
            match muhtasari::parse_documents(f, &bytes) {
                Ok(b) => {
                    report(&b.skipped);
                    skipped.extend(b.skipped);
                    flush(b.docs, &mut sink)?;
                }
                Err(e) => {
                    eprintln!("muhtasari: skipped {e}");
                    skipped.push(e);
                }
            }
            continue;
        }
        match read_documents(f, g.max_bytes) {
            Ok(b) => {
                report(&b.skipped);
                skipped.extend(b.skipped);
                let mut docs = b.docs;
                while !docs.is_empty() {
                    let rest = docs.split_off(docs.len().min(CHUNK));
                    flush(docs, &mut sink)?;
                    docs = rest;
                }
            }
            Err(e) => {
                eprintln!("muhtasari: skipped {e}");
                skipped.push(e);
            }
        }
    }
    sink.finish()?;
    Ok(exit(&skipped))
}

/// Where JSONL lines go: standard output, or a file written beside its final name and
/// renamed at the end (so a failure never leaves a partial file under that name).
enum Sink {
    Stdout(std::io::BufWriter<std::io::Stdout>),
    File {
        out: std::io::BufWriter<std::fs::File>,
        tmp: PathBuf,
        path: PathBuf,
    },
}

impl Sink {
    fn open(path: Option<&Path>) -> Result<Sink> {
        Ok(match path {
            None => Sink::Stdout(std::io::BufWriter::new(std::io::stdout())),
            Some(p) => {
                let mut name = p.file_name().unwrap_or_default().to_os_string();
                name.push(".partial");
                let tmp = p.with_file_name(name);
                let file = std::fs::File::create(&tmp)
                    .with_context(|| format!("cannot write {}", tmp.display()))?;
                Sink::File {
                    out: std::io::BufWriter::new(file),
                    tmp,
                    path: p.to_path_buf(),
                }
            }
        })
    }

    fn line(&mut self, l: &str) -> Result<()> {
        let w: &mut dyn Write = match self {
            Sink::Stdout(o) => o,
            Sink::File { out, .. } => out,
        };
        w.write_all(l.as_bytes())?;
        w.write_all(b"\n")?;
        Ok(())
    }

    fn finish(self) -> Result<()> {
        match self {
            Sink::Stdout(mut o) => o.flush()?,
            Sink::File { out, tmp, path } => {
                out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
                std::fs::rename(&tmp, &path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
        }
        Ok(())
    }
}

fn report(skipped: &[Error]) {
    for e in skipped {
        eprintln!("muhtasari: skipped {e}");
    }
}

fn skipped_note(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => "; 1 input skipped".to_string(),
        n => format!("; {n} inputs skipped"),
    }
}

fn exit(skipped: &[Error]) -> ExitCode {
    if skipped.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// A bar on standard error when it is a terminal, there are more than a few articles and
/// the user did not ask for quiet; hidden otherwise.
fn progress(len: usize, quiet: bool) -> ProgressBar {
    use std::io::IsTerminal;
    if quiet || len <= PROGRESS_AFTER || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    if let Ok(style) =
        ProgressStyle::with_template("{spinner} {bar:30} {pos}/{len} articles {msg} [{elapsed}]")
    {
        bar.set_style(style);
    }
    bar.set_message("reading");
    bar
}
