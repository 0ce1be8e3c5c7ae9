//! `glossary candidates`: read articles or parallel text, print the terms the glossary
//! lacks (JSON, TSV or glossary YAML). Only glue; the work is in
//! `muhtasari::glossary::candidates`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use muhtasari::candidates::{self, Background, Options, input, output};
use muhtasari::{LangData, Segmenter, list_inputs};

use super::args::{CandidatesArgs, CandidatesFormat, Global};
use super::config::glossary;
use super::output::emit;

fn segments(g: &Global, paths: &[PathBuf]) -> Result<Vec<candidates::Segment>> {
    let (files, errors) = list_inputs(paths);
    if let Some(e) = errors.into_iter().next() {
        return Err(e.into());
    }
    let mut lang = LangData::embedded();
    for path in &g.lang_data {
        lang.add_file(path)?;
    }
    let segmenter = Segmenter::new(lang);
    let mut out = Vec::new();
    let mut doc = 0;
    for f in &files {
        let (segs, next) = input::read(f, g.max_bytes, &segmenter, doc)
            .with_context(|| format!("cannot read {}", f.display()))?;
        out.extend(segs);
        doc = next;
    }
    Ok(out)
}

/// Runs `glossary candidates`.
pub fn run(g: &Global, args: CandidatesArgs) -> Result<ExitCode> {
    anyhow::ensure!(args.min_count >= 1, "--min-count must be at least 1");
    let glossary = glossary(g)?;
    let segs = segments(g, &args.inputs)?;
    let background = if args.background.is_empty() {
        Background::none()
    } else {
        let bg = segments(g, &args.background)?;
        let names: Vec<String> = args
            .background
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        Background::from_texts(&names.join(", "), bg.iter().map(|s| s.sw.as_str()))
    };
    let opts = Options {
        top: args.top,
        min_count: args.min_count,
        ..Options::default()
    };
    let report = candidates::extract(&glossary, &segs, &background, &opts);
    let text = match args.format {
        CandidatesFormat::Tsv => output::tsv(&report),
        CandidatesFormat::Json => output::json(&report) + "\n",
        CandidatesFormat::Yaml => output::yaml(&report),
    };
    emit(args.output.as_deref(), &text)?;
    Ok(ExitCode::SUCCESS)
}
