//! Where a command's inputs come from: the pipeline (glossary and language data as the global
//! options choose) and the articles of the files it was given.

use std::path::{Path, PathBuf};

use anyhow::Result;
use muhtasari::{Document, LangData, Pipeline, read_documents};

use super::args::Global;
use super::config::glossary_for;

pub(super) fn pipeline(g: &Global) -> Result<Pipeline> {
    pipeline_for(g, None)
}

pub(super) fn pipeline_for(g: &Global, settings: Option<&Path>) -> Result<Pipeline> {
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
pub(super) fn read_all(g: &Global, files: &[PathBuf]) -> Result<Vec<Document>> {
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

pub(super) fn read_articles(g: &Global, path: &Path) -> Result<Vec<Document>> {
    let batch = read_documents(path, g.max_bytes)?;
    if let Some(e) = batch.skipped.into_iter().next() {
        return Err(e.into());
    }
    Ok(batch.docs)
}
