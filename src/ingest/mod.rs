//! Reading articles: files or standard input, UTF-8 checks, optional YAML front matter
//! (title, source, url, date, author), saved web pages, RSS/Atom feeds, JSONL exports and
//! tab-separated dataset tables, whole folders of them. It produces [`Document`]s and knows nothing of sentences, scoring
//! or output.

#[cfg(feature = "feeds")]
mod feed;
#[cfg(feature = "html")]
mod html;
mod inputs;
mod jsonl;
mod lines;
mod nesting;
mod tsv;

#[cfg(feature = "feeds")]
pub use feed::parse_feed;
#[cfg(feature = "html")]
pub use html::{html_to_text, parse_html};

/// Without the `html` feature a web page is refused, with the feature it needs.
#[cfg(not(feature = "html"))]
pub fn parse_html(path: &Path, _text: &str) -> Result<Document> {
    Err(Error::Unsupported {
        path: path.to_path_buf(),
        feature: "html",
    })
}

/// Without the `feeds` feature a feed is refused, with the feature it needs.
#[cfg(not(feature = "feeds"))]
pub fn parse_feed(path: &Path, _text: &str) -> Result<Batch> {
    Err(Error::Unsupported {
        path: path.to_path_buf(),
        feature: "feeds",
    })
}
pub use inputs::{Batch, InputKind, detect, list_inputs, parse_documents, read_documents};
pub use jsonl::{parse_jsonl, parse_jsonl_line};
pub use lines::{Line, read_line_bounded};
pub use nesting::{MAX_DEPTH, check_depth};
pub use tsv::{parse_table, parse_tsv};

use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::dates::DocDate;
use crate::error::{Error, Result};
use crate::text;

/// Files larger than this are refused unless the caller raises the limit.
pub const DEFAULT_MAX_BYTES: usize = 10 * 1024 * 1024;

/// One article as read.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Document {
    /// A short stable name: the file's stem, or `stdin`.
    pub id: String,
    /// The file it came from (`-` for standard input).
    pub path: PathBuf,
    /// The title from front matter; the segmenter may find one in the text instead.
    pub title: Option<String>,
    /// The outlet or site.
    pub source: Option<String>,
    /// Where the original lives.
    pub url: Option<String>,
    /// Publication date as written in the metadata (ISO `YYYY-MM-DD` preferred), read once:
    /// its text and, when it is a numeric date, its calendar date.
    pub date: Option<DocDate>,
    /// Who wrote it.
    pub author: Option<String>,
    /// The article's text. Every span in the library is a byte range into this string, which
    /// is the input as read after a byte-order mark and any front matter, without the
    /// invisible format characters scraped pages leave inside words ([`text::is_invisible`]).
    pub text: String,
}

#[derive(Debug, Default, Deserialize)]
struct FrontMatter {
    title: Option<String>,
    source: Option<String>,
    url: Option<String>,
    date: Option<String>,
    author: Option<String>,
}

/// Reads one article from a path, or from standard input when the path is `-`: plain text
/// (with optional front matter) or a saved web page. Feeds and JSONL hold many articles:
/// read them with [`read_documents`].
pub fn read_document(path: &Path, max_bytes: usize) -> Result<Document> {
    let bytes = read_bytes(path, max_bytes)?;
    let text = decode(path, &bytes)?;
    match detect(path, text) {
        InputKind::Html => parse_html(path, text),
        _ => parse_text(path, text),
    }
}

/// The last step of every parser: drops the invisible characters inside words from the
/// text and the metadata, so `N\u{FEFF}a` reads as the byline word `Na`; a field left
/// blank is dropped. Spans are made later, on the finished text.
pub(crate) fn finish(mut doc: Document) -> Document {
    if let Cow::Owned(clean) = text::without_invisible(&doc.text) {
        doc.text = clean;
    }
    // Bidi controls become a visible U+FFFD of the same length (crate::links).
    for field in [&mut doc.text, &mut doc.id] {
        if let Cow::Owned(clean) = crate::links::neutralise_bidi(field) {
            *field = clean;
        }
    }
    for field in [
        &mut doc.title,
        &mut doc.source,
        &mut doc.author,
        &mut doc.url,
    ] {
        if let Some(Cow::Owned(clean)) = field.as_deref().map(crate::links::neutralise_bidi) {
            *field = Some(clean);
        }
    }
    for field in [&mut doc.title, &mut doc.source, &mut doc.author] {
        if let Some(value) = field.as_deref() {
            if text::is_blank(value) {
                *field = None;
            } else if let Cow::Owned(clean) = text::without_invisible(value) {
                *field = Some(clean);
            }
        }
    }
    doc
}

/// Reads a date from metadata once; a date that is no day of the calendar (`2025-02-31`) is
/// an error at `place` (line, column) of `path`. Bidi controls in it become U+FFFD first, as
/// in the other fields ([`finish`]).
pub(crate) fn read_date(
    path: &Path,
    place: (usize, usize),
    date: Option<String>,
) -> Result<Option<DocDate>> {
    date.map(|d| crate::links::neutralise_bidi(&d).into_owned())
        .map(|d| DocDate::read(&d).map_err(|e| Error::data(path, place.0, place.1, e.to_string())))
        .transpose()
}

/// Line and column of the value of `date:` in a text's front matter ((0, 0) when not found).
fn front_date_place(text: &str) -> (usize, usize) {
    text.lines()
        .enumerate()
        .skip(1)
        .take_while(|(_, l)| l.trim_end() != "---")
        .find_map(|(i, l)| {
            let rest = l.strip_prefix("date:")?;
            let column = l.len() - rest.trim_start().len() + 1;
            Some((i + 1, column))
        })
        .unwrap_or((0, 0))
}

pub(crate) fn read_bytes(path: &Path, max_bytes: usize) -> Result<Vec<u8>> {
    if path != Path::new("-") {
        return crate::infile::read_limited(path, max_bytes);
    }
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
    if bytes.len() > max_bytes {
        return Err(Error::data(
            path,
            0,
            0,
            format!("larger than the limit of {max_bytes} bytes"),
        ));
    }
    Ok(bytes)
}

/// Builds a document from raw bytes; `path` names it in errors and in the output.
pub fn parse_document(path: &Path, bytes: &[u8]) -> Result<Document> {
    let text = decode(path, bytes)?;
    parse_text(path, text)
}

/// Checks that `bytes` are text (no NUL byte, UTF-8) and drops a byte-order mark.
pub(crate) fn decode<'a>(path: &Path, bytes: &'a [u8]) -> Result<&'a str> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::data(
            path,
            0,
            0,
            format!("binary file (NUL byte at offset {offset}), expected text"),
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.valid_up_to(),
    })?;
    // A file saved twice with a byte-order mark may start with two.
    Ok(text.trim_start_matches('\u{FEFF}'))
}

/// A plain-text article (optional front matter) from decoded text.
pub(crate) fn parse_text(path: &Path, text: &str) -> Result<Document> {
    let (front, body) = split_front_matter(path, text)?;
    if text::is_blank(body) {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(finish(Document {
        id: document_id(path),
        path: path.to_path_buf(),
        title: front.title,
        source: front.source,
        url: front.url,
        date: read_date(path, front_date_place(text), front.date)?,
        author: front.author,
        text: body.to_string(),
    }))
}

/// A document from text already in memory (for library users and tests).
pub fn document_from_text(id: &str, text: &str) -> Document {
    finish(Document {
        id: id.to_string(),
        path: PathBuf::from(id),
        text: text.to_string(),
        ..Document::default()
    })
}

pub(crate) fn document_id(path: &Path) -> String {
    if path == Path::new("-") {
        return "stdin".to_string();
    }
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Splits `---\n…\n---\n` front matter from the body.
fn split_front_matter<'a>(path: &Path, text: &'a str) -> Result<(FrontMatter, &'a str)> {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok((FrontMatter::default(), text));
    };
    let Some(end) = find_closing_fence(rest) else {
        return Err(Error::data(
            path,
            1,
            1,
            "front matter opened with '---' is never closed",
        ));
    };
    let yaml = &rest[..end.0];
    let front: FrontMatter = serde_saphyr::from_str(yaml).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line() as usize + 1, l.column() as usize))
            .unwrap_or((1, 0));
        Error::data(path, line, column, format!("front matter: {e}"))
    })?;
    Ok((front, &rest[end.1..]))
}

/// The closing `---` line of front matter: (start of the line, start of the body).
fn find_closing_fence(rest: &str) -> Option<(usize, usize)> {
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((offset, offset + line.len()));
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn front_matter_is_read_and_removed() {
        let raw = "---\ntitle: Habari\nsource: Gazeti\ndate: 2025-03-04\n---\nMaandishi.\n";
        let doc = parse_document(Path::new("a.txt"), raw.as_bytes()).unwrap();
        assert_eq!(doc.title.as_deref(), Some("Habari"));
        assert_eq!(doc.source.as_deref(), Some("Gazeti"));
        assert_eq!(doc.text, "Maandishi.\n");
    }

    #[test]
    fn invisible_characters_inside_words_are_dropped() {
        let raw = "N\u{FEFF}a Halima Omari B\u{FEFF}BC Swahili, Mombasa Wavuvi wamerudi.\n";
        let doc = parse_document(Path::new("a.txt"), raw.as_bytes()).unwrap();
        assert_eq!(
            doc.text,
            "Na Halima Omari BBC Swahili, Mombasa Wavuvi wamerudi.\n"
        );
        let units = crate::segment::Segmenter::default().segment(&doc.text);
        assert_eq!(units[0].kind.as_str(), "byline", "{units:?}");
        // Two byte-order marks still let the front matter be seen; a blank title is none.
        let raw =
            "\u{FEFF}\u{FEFF}---\ntitle: \"\u{2060}\"\nsource: Gaz\u{AD}eti\n---\nMaandishi.\n";
        let doc = parse_document(Path::new("a.txt"), raw.as_bytes()).unwrap();
        assert_eq!(doc.title, None);
        assert_eq!(doc.source.as_deref(), Some("Gazeti"));
        assert_eq!(doc.text, "Maandishi.\n");
    }

    #[test]
    fn bad_inputs_are_named() {
        let p = Path::new("x.txt");
        assert!(matches!(
            parse_document(p, b"  \n"),
            Err(Error::Empty { .. })
        ));
        assert!(matches!(
            parse_document(p, b"ab\xffcd"),
            Err(Error::NotUtf8 { offset: 2, .. })
        ));
        let err = parse_document(p, b"---\ntitle: [\n---\nx").unwrap_err();
        assert!(err.to_string().starts_with("x.txt:"), "{err}");
    }
}
