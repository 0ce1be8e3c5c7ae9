//! JSONL exports: one article per line, `text` required; `title`, `source`, `url`, `date`,
//! `author`, `id` optional. A bad line is skipped and named by its line number.

use std::path::Path;

use serde::Deserialize;

use super::{Batch, Document, document_id};
use crate::error::{Error, Result};

#[derive(Deserialize)]
struct Line {
    text: Option<String>,
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    date: Option<serde_json::Value>,
    author: Option<String>,
    id: Option<serde_json::Value>,
}

/// Reads every line of a JSONL file; blank lines are ignored.
pub fn parse_jsonl(path: &Path, text: &str) -> Result<Batch> {
    let stem = document_id(path);
    let mut batch = Batch::default();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_jsonl_line(path, &stem, i + 1, line) {
            Ok(doc) => batch.docs.push(doc),
            Err(e) => batch.skipped.push(e),
        }
    }
    if batch.docs.is_empty() && batch.skipped.is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(batch)
}

/// One line (1-based `line_no`) of a JSONL file as an article; `stem` names articles
/// without an `id`.
pub fn parse_jsonl_line(path: &Path, stem: &str, line_no: usize, line: &str) -> Result<Document> {
    let parsed: Line = serde_json::from_str(line).map_err(|e| {
        Error::data(
            path,
            line_no,
            e.column(),
            format!("not a JSON article: {e}"),
        )
    })?;
    let text = parsed
        .text
        .filter(|t| !crate::text::is_blank(t))
        .ok_or_else(|| Error::data(path, line_no, 1, "no \"text\" field (or it is empty)"))?;
    let id = match parsed.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{stem}-{line_no}"),
    };
    let date = match parsed.date {
        Some(serde_json::Value::String(s)) => Some(crate::dates::iso_date(&s)),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let date = super::read_date(path, (line_no, column_of(line, "\"date\"")), date)?;
    Ok(super::finish(Document {
        id,
        path: path.to_path_buf(),
        title: parsed.title.filter(|t| !t.trim().is_empty()),
        source: parsed.source,
        url: parsed.url,
        date,
        author: parsed.author,
        text,
    }))
}

/// The 1-based column (in characters) where `key` first stands in `line`, 0 when absent.
fn column_of(line: &str, key: &str) -> usize {
    line.find(key).map_or(0, |i| line[..i].chars().count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_become_articles_and_bad_lines_are_named() {
        let src = "{\"text\": \"Habari ya kwanza.\", \"id\": 7, \"date\": \"2025-05-14T10:00:00Z\"}\n\n\
                   {\"title\": \"bila maandishi\"}\n\
                   not json\n\
                   {\"text\": \"Habari ya pili.\", \"source\": \"Gazeti\"}\n";
        let b = parse_jsonl(Path::new("siku.jsonl"), src).unwrap();
        assert_eq!(b.docs.len(), 2);
        assert_eq!(b.docs[0].id, "7");
        assert_eq!(b.docs[0].date.as_deref(), Some("2025-05-14"));
        assert_eq!(b.docs[1].id, "siku-5");
        assert_eq!(b.docs[1].source.as_deref(), Some("Gazeti"));
        let errs: Vec<String> = b.skipped.iter().map(|e| e.to_string()).collect();
        assert!(
            errs[0].starts_with("siku.jsonl:3:1: no \"text\""),
            "{errs:?}"
        );
        assert!(errs[1].starts_with("siku.jsonl:4:"), "{errs:?}");
    }

    #[test]
    fn a_line_with_an_impossible_date_is_skipped_with_the_reason() {
        let src = "{\"text\": \"Habari.\", \"date\": \"2025-02-31\"}\n\
                   {\"text\": \"Habari nyingine.\", \"date\": \"14 Mei 2025\"}\n";
        let b = parse_jsonl(Path::new("siku.jsonl"), src).unwrap();
        assert_eq!(b.docs.len(), 1);
        assert_eq!(b.docs[0].date.as_deref(), Some("14 Mei 2025"));
        let err = b.skipped[0].to_string();
        assert!(
            err.starts_with("siku.jsonl:1:21: date \"2025-02-31\" is not a calendar date"),
            "{err}"
        );
    }
}
