//! `gloss` and the translation options: glue between the command line and
//! `muhtasari::english`.

use std::fmt::Write as _;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use muhtasari::Document;
use muhtasari::Pipeline;
use muhtasari::Translation;
use muhtasari::TranslationMemory;
use muhtasari::Translator;
use muhtasari::{GlossContext, GlossItem, gloss_with};
use serde::Serialize;

use super::args::{DataFormat, TranslateArgs};
use super::output::emit;

/// The translators the options ask for, in order: memories, then the command, then the
/// endpoint.
pub fn translators(a: &TranslateArgs) -> Result<Vec<Translator>> {
    if !(0.0..=1.0).contains(&a.tm_threshold) {
        anyhow::bail!(
            "--tm-threshold must be between 0 and 1, not {}",
            a.tm_threshold
        );
    }
    let mut out = Vec::new();
    for path in &a.tm {
        let tm = TranslationMemory::from_path(path)
            .with_context(|| format!("cannot use translation memory {}", path.display()))?;
        out.push(Translator::Memory {
            tm,
            threshold: a.tm_threshold,
        });
    }
    let timeout = Duration::from_secs(a.translator_timeout.max(1));
    if let Some(cmd) = &a.translator_cmd {
        out.push(Translator::Command {
            command: cmd.clone(),
            timeout,
        });
    }
    if let Some(url) = &a.translator_url {
        out.push(Translator::LibreTranslate {
            url: url.clone(),
            timeout,
        });
    }
    Ok(out)
}

/// One sentence of `gloss --format json`.
#[derive(Debug, Serialize)]
struct GlossedSentence<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    gloss: Vec<GlossItem>,
    #[serde(skip_serializing_if = "Option::is_none")]
    translation: Option<Translation>,
}

/// `muhtasari gloss`: every sentence of the article with its English side.
pub fn gloss_cmd(
    pipeline: &Pipeline,
    doc: &Document,
    format: DataFormat,
    interlinear: bool,
    t: &TranslateArgs,
) -> Result<ExitCode> {
    let translators = translators(t)?;
    let article = pipeline.analyse(doc.clone());
    let text = &article.doc.text;
    let ctx = GlossContext {
        date: article.doc.date.as_ref().and_then(|d| d.date()),
    };
    let mut sentences: Vec<GlossedSentence> = article
        .sentences()
        .map(|u| GlossedSentence {
            text: u.span.of(text),
            start: u.span.start,
            end: u.span.end,
            gloss: gloss_with(
                pipeline.glossary(),
                text,
                u.span,
                article.hits_in(u.span),
                &ctx,
            ),
            translation: None,
        })
        .collect();
    for tr in &translators {
        let open: Vec<usize> = (0..sentences.len())
            .filter(|&i| sentences[i].translation.is_none())
            .collect();
        if open.is_empty() {
            break;
        }
        let texts: Vec<&str> = open.iter().map(|&i| sentences[i].text).collect();
        for (i, got) in open.into_iter().zip(tr.translate(&texts)?) {
            sentences[i].translation = got;
        }
    }
    let out = match format {
        DataFormat::Json => format!("{}\n", serde_json::to_string_pretty(&sentences)?),
        DataFormat::Text => {
            let mut s = String::new();
            for (n, g) in sentences.iter().enumerate() {
                if n > 0 {
                    s.push('\n');
                }
                writeln!(s, "{}", g.text.replace(['\n', '\r'], " "))?;
                for item in &g.gloss {
                    write!(
                        s,
                        "  {:<8} {} → {}",
                        item.kind.as_str(),
                        item.sw.replace(['\n', '\r'], " "),
                        item.en
                    )?;
                    if let Some(note) = &item.note {
                        write!(s, "  [{note}]")?;
                    }
                    s.push('\n');
                    if let Some(il) = item.interlinear.as_ref().filter(|_| interlinear) {
                        writeln!(s, "           {il}")?;
                    }
                }
                match &g.translation {
                    Some(tr) => {
                        write!(s, "  translation ({}", tr.origin)?;
                        if let Some(sim) = tr.similarity.filter(|x| *x < 1.0) {
                            write!(s, ", fuzzy {:.0}%", sim * 100.0)?;
                        }
                        writeln!(s, "): {}", tr.text)?;
                    }
                    None if g.gloss.is_empty() => writeln!(s, "  (nothing recognised)")?,
                    None => {}
                }
            }
            s
        }
    };
    emit(None, &out)?;
    Ok(ExitCode::SUCCESS)
}
