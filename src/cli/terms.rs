//! The glossary's own commands: `glossary find` (every hit in a file), `lookup` (one word),
//! `export` and `import` (TBX, CSV). Read, call the library, print.

use std::fmt::Write as _;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use muhtasari::Glossary;
use serde_json::json;

use super::args::{DataFormat, ExchangeArg, Global};
use super::config::{count, glossary};
use super::inputs::{pipeline, read};
use super::output::{Output, emit, global_inputs};

pub(super) fn find(g: &Global, file: &Path, format: DataFormat) -> Result<ExitCode> {
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

pub(super) fn lookup_cmd(g: &Global, word: &str, format: DataFormat) -> Result<ExitCode> {
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

pub(super) fn export_cmd(
    g: &Global,
    format: ExchangeArg,
    output: Option<&Path>,
) -> Result<ExitCode> {
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

pub(super) fn import_cmd(
    file: &Path,
    format: ExchangeArg,
    output: Option<&Path>,
) -> Result<ExitCode> {
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
