//! `brief` over a day's press: folders and files of every kind read in parallel, bad ones
//! reported and skipped (exit status 1), a progress bar on a terminal, the grouped briefing
//! rendered; or, with `--format jsonl`, one line per article streamed as it is done.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use muhtasari::Briefing;
use muhtasari::Error;
use muhtasari::Length;
use muhtasari::Pipeline;
use muhtasari::Translator;
use muhtasari::{Batch, Line, list_inputs, parse_jsonl_line, read_documents, read_line_bounded};
use rayon::prelude::*;

use super::args::{BriefFormat, Global, LengthArgs};
use super::config::{count, length, render_briefing, render_day};
use super::output::{Output, global_inputs, without_output};
use super::progress::Progress;

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
    translator: &Translator,
) -> Result<ExitCode> {
    let length = length(len)?;
    let (files, mut skipped) = list_inputs(paths);
    let files = without_output(files, paths, opts.output.as_deref());
    let mut inputs = files.clone();
    inputs.extend(global_inputs(g));
    // Opened first: an output that is an input, read-only or a folder stops the run here.
    let out = Output::open(opts.output.as_deref(), &inputs)?;
    if matches!(format, BriefFormat::Jsonl) {
        return stream_jsonl(g, pipeline, &files, skipped, length, out, translator);
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
    let bar = Progress::new(docs.len(), opts.quiet);
    let articles = pipeline.analyse_all_with(docs, || bar.analysed());
    bar.grouping();
    let n = articles.len();
    let stories = if translator.is_empty() && !opts.one_story && n > 1 {
        // Written story by story: each story is made when it is reached, so a day of
        // 40,000 items never holds all its stories at once.
        let (day, _) = pipeline.plan_day(articles, length);
        let outline = day.outline();
        bar.rendering();
        let written = render_day(g, &outline, day.into_stories(pipeline), format, out);
        bar.done();
        written?;
        outline.stories.len()
    } else {
        // A translator sees the whole briefing at once (it batches its requests).
        let mut briefing = if opts.one_story || n == 1 {
            pipeline.brief(&articles, length)
        } else {
            pipeline.brief_day(articles, length)
        };
        super::translate::apply(translator, &mut briefing, pipeline, opts.quiet)?;
        bar.rendering();
        let written = render_briefing(g, &briefing, format, out);
        bar.done();
        written?;
        briefing.stories.len()
    };
    if !opts.quiet {
        eprintln!(
            "muhtasari: {} from {}{}",
            count(stories, "story", "stories"),
            count(n, "article", "articles"),
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
    out: Output,
    translator: &Translator,
) -> Result<ExitCode> {
    report(&skipped);
    let mut written = 0;
    let mut sink = std::io::BufWriter::new(out);
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
            title_translation: None,
        };
        super::translate::apply(translator, &mut chunk, pipeline, true)?;
        let lines: Vec<String> = chunk
            .stories
            .par_iter()
            .map(|s| serde_json::to_string(s).map_err(anyhow::Error::from))
            .collect::<Result<_>>()?;
        for l in lines {
            sink.write_all(l.as_bytes())?;
            sink.write_all(b"\n")?;
        }
        Ok(())
    };
    for f in files {
        if f == Path::new("-") {
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            let mut first = Vec::new();
            let mut got = read_line_bounded(&mut lock, &mut first, g.max_bytes)
                .context("reading standard input")?;
            let text_start = first.iter().position(|b| !b.is_ascii_whitespace());
            if text_start.is_some_and(|i| first[i] == b'{') {
                // JSONL: stream it, each line within --max-bytes.
                let mut chunk = Vec::with_capacity(CHUNK);
                let mut line_no = 0;
                let mut line = first;
                while got != Line::End {
                    line_no += 1;
                    match jsonl_line(f, line_no, &line, got, g.max_bytes) {
                        Ok(Some(d)) => chunk.push(d),
                        Ok(None) => {}
                        Err(e) => {
                            eprintln!("muhtasari: skipped {e}");
                            skipped.push(e);
                        }
                    }
                    if chunk.len() == CHUNK {
                        written += chunk.len();
                        flush(std::mem::take(&mut chunk), &mut sink)?;
                    }
                    got = read_line_bounded(&mut lock, &mut line, g.max_bytes)
                        .context("reading standard input")?;
                }
                written += chunk.len();
                flush(chunk, &mut sink)?;
                continue;
            }
            if got == Line::TooLong {
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
            if got == Line::Whole {
                first.push(b'\n');
            }
            // One article (or a page or a feed) on standard input.
            let mut rest = Vec::new();
            std::io::Read::read_to_end(
                &mut std::io::Read::take(lock, g.max_bytes as u64 + 1),
                &mut rest,
            )
            .context("reading standard input")?;
            let mut bytes = first;
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
                    written += b.docs.len();
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
                written += docs.len();
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
    // Nothing read at all is a failure (status 2), as without --format jsonl; the output
    // file is then not written.
    anyhow::ensure!(
        written > 0,
        "no article could be read from {} input{}",
        files.len(),
        if files.len() == 1 { "" } else { "s" }
    );
    sink.into_inner().map_err(|e| e.into_error())?.finish()?;
    Ok(exit(&skipped))
}

/// One line of JSONL from standard input: `None` when blank.
fn jsonl_line(
    f: &Path,
    line_no: usize,
    line: &[u8],
    got: Line,
    max_bytes: usize,
) -> Result<Option<muhtasari::Document>, Error> {
    if got == Line::TooLong {
        return Err(Error::data(
            f,
            line_no,
            1,
            format!("line longer than the limit of {max_bytes} bytes (--max-bytes)"),
        ));
    }
    let text = std::str::from_utf8(line)
        .map_err(|e| Error::data(f, line_no, e.valid_up_to() + 1, "not UTF-8 text"))?;
    let text = text.trim_end_matches('\r');
    if text.trim().is_empty() {
        return Ok(None);
    }
    parse_jsonl_line(f, "stdin", line_no, text).map(Some)
}

/// Where JSONL lines go: standard output, or the output file's temporary, renamed over
/// its name at the end (so a failure or Ctrl-C never leaves a partial file under that name).
type Sink = std::io::BufWriter<Output>;

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
