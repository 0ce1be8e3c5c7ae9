//! `gloss` and the translation options: glue between the command line and
//! `muhtasari::english`.

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::Result;
use muhtasari::Document;
use muhtasari::Pipeline;
use muhtasari::Translation;
use muhtasari::translate::jobs::terms_of;
use muhtasari::translate::{Job, JobKind};
use muhtasari::{EnglishData, GlossContext, GlossItem, gloss_in, read_word_list};
use serde::Serialize;

use super::args::{DataFormat, Global, TranslateArgs};
use super::output::emit;

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

/// The options of `muhtasari gloss` besides the translator's.
pub struct GlossOpts<'a> {
    /// Text or JSON.
    pub format: DataFormat,
    /// Whether to print each verb's Leipzig segments.
    pub interlinear: bool,
    /// Word lists of the user's (`--words`).
    pub words: &'a [std::path::PathBuf],
}

/// `muhtasari gloss`: every sentence of the article with its English side.
pub fn gloss_cmd(
    g: &Global,
    pipeline: &Pipeline,
    doc: &Document,
    opts: &GlossOpts,
    t: &TranslateArgs,
) -> Result<ExitCode> {
    let (format, interlinear) = (opts.format, opts.interlinear);
    // The built-in English data, with the user's word lists when given.
    let mut data = std::borrow::Cow::Borrowed(EnglishData::embedded());
    for path in opts.words {
        let words = read_word_list(path)?;
        data.to_mut().words.extend(words);
    }
    // A language data file's `words:` and `adjectives:` (under every concord) are Swahili
    // words too; the built-in ones are already in the gloss's lexicon.
    if !g.lang_data.is_empty() {
        let lang = pipeline.segmenter().lang();
        data.to_mut().words.extend(lang.word_forms());
    }
    let translator = super::translate::translator(g, t)?;
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
            gloss: gloss_in(
                &data,
                pipeline.glossary(),
                text,
                u.span,
                article.hits_in(u.span),
                &ctx,
            ),
            translation: None,
        })
        .collect();
    if !translator.is_empty() {
        let mut previous: Option<String> = None;
        let jobs: Vec<Job> = sentences
            .iter()
            .map(|s| {
                let job = Job {
                    text: s.text.to_string(),
                    kind: JobKind::Sentence,
                    headline: article.title.clone().filter(|t| t != s.text),
                    previous: previous.take(),
                    terms: terms_of(&s.gloss),
                    date: article.doc.date.as_deref().map(str::to_string),
                };
                previous = Some(s.text.to_string());
                job
            })
            .collect();
        let (got, _) = translator.translate_jobs(&jobs, pipeline)?;
        for (s, t) in sentences.iter_mut().zip(got) {
            s.translation = t;
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
                        if let Some(e) = &tr.engine {
                            write!(s, ", {e}")?;
                        }
                        if let Some(m) = &tr.model {
                            write!(s, ", model {m}")?;
                        }
                        if let Some(sim) = tr.similarity.filter(|x| *x < 1.0) {
                            write!(s, ", fuzzy {:.0}%", sim * 100.0)?;
                        }
                        let mark = match &tr.qa {
                            Some(q) if q.issues.is_empty() => " ✓",
                            _ => "",
                        };
                        writeln!(s, "): {}{mark}", tr.text)?;
                        for i in tr.qa.iter().flat_map(|q| &q.issues) {
                            writeln!(
                                s,
                                "    check {} ({}): {}",
                                i.check,
                                i.severity.as_str(),
                                i.message
                            )?;
                        }
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
