//! Many articles at once: which kind of input a file is (by extension, then by content),
//! folders expanded to their files, and a [`Batch`] that keeps the articles read beside the
//! files or items that had to be skipped, each with its reason.

use std::collections::HashSet;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use super::{
    Document, decode, parse_feed, parse_html, parse_jsonl, parse_text, parse_tsv, read_bytes,
};
use crate::error::{Error, Result};

/// What a file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// One article as text or Markdown, optional YAML front matter.
    Text,
    /// One saved web page.
    Html,
    /// An RSS 2.0 or Atom feed: each item an article.
    Feed,
    /// One JSON object per line: each line an article.
    Jsonl,
    /// A tab-separated table with a header row and a `text` column: each row an article.
    Tsv,
}

/// Articles read from one or more inputs, and what could not be read.
#[derive(Debug, Default)]
pub struct Batch {
    /// The articles, in input order.
    pub docs: Vec<Document>,
    /// Files, lines or feed items skipped, each error naming the place and the reason.
    pub skipped: Vec<Error>,
}

impl Batch {
    /// Appends another batch.
    pub fn extend(&mut self, other: Batch) {
        self.docs.extend(other.docs);
        self.skipped.extend(other.skipped);
    }
}

/// The kind of input: by extension first (`.html`, `.htm`, `.xml`, `.rss`, `.atom`,
/// `.jsonl`, `.ndjson`, `.tsv`, `.txt`, `.md`), otherwise by the first characters of the content.
pub fn detect(path: &Path, text: &str) -> InputKind {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" | "xhtml" => return InputKind::Html,
        "rss" | "atom" => return InputKind::Feed,
        "jsonl" | "ndjson" => return InputKind::Jsonl,
        "tsv" | "tab" => return InputKind::Tsv,
        "txt" | "md" | "markdown" => return InputKind::Text,
        _ => {}
    }
    let head: String = text
        .trim_start()
        .chars()
        .take(1024)
        .collect::<String>()
        .to_ascii_lowercase();
    if head.starts_with('{') {
        InputKind::Jsonl
    } else if head.starts_with("<!doctype html") || head.starts_with("<html") {
        InputKind::Html
    } else if (head.starts_with('<') || ext == "xml")
        && (head.contains("<rss") || head.contains("<feed"))
    {
        InputKind::Feed
    } else if head.starts_with('<') && (head.contains("<body") || head.contains("<head")) {
        InputKind::Html
    } else {
        InputKind::Text
    }
}

/// Expands folders (recursively, files sorted by path, hidden files and folders left out)
/// and keeps files and `-` as given. A path that does not exist is reported, not fatal.
/// Inside a folder, a link to a folder is followed only the first time that folder is
/// reached (so links cannot make the walk loop or repeat), a file reached twice is read
/// once, and a FIFO, device or socket is reported and skipped (reading it could hang).
pub fn list_inputs(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<Error>) {
    let mut walk = Walk::default();
    for p in paths {
        if p == Path::new("-") {
            walk.files.push(p.clone());
            continue;
        }
        match std::fs::metadata(p) {
            Ok(m) if m.is_dir() => walk.dir(p, &m),
            Ok(_) => walk.files.push(p.clone()),
            Err(source) => walk.errors.push(Error::Io {
                path: p.clone(),
                source,
            }),
        }
    }
    (walk.files, walk.errors)
}

/// A folder walk and what it has seen, by (device, inode).
#[derive(Default)]
struct Walk {
    files: Vec<PathBuf>,
    errors: Vec<Error>,
    seen: HashSet<(u64, u64)>,
}

impl Walk {
    fn dir(&mut self, dir: &Path, meta: &std::fs::Metadata) {
        if !self.seen.insert((meta.dev(), meta.ino())) {
            return;
        }
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(source) => {
                self.errors.push(Error::Io {
                    path: dir.to_path_buf(),
                    source,
                });
                return;
            }
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .collect();
        paths.sort();
        for p in paths {
            let Ok(m) = std::fs::metadata(&p) else {
                // A link to nothing: nothing to read, nothing to report.
                continue;
            };
            let t = m.file_type();
            if t.is_dir() {
                self.dir(&p, &m);
            } else if !t.is_file() {
                self.errors.push(Error::data(
                    &p,
                    0,
                    0,
                    "not a regular file (a FIFO, device or socket); left out of the folder",
                ));
            } else if self.seen.insert((m.dev(), m.ino())) {
                self.files.push(p);
            }
        }
    }
}

/// Reads every article a file (or `-`) holds. A file that cannot be read at all is an
/// error; inside a feed or JSONL file, bad items are skipped and listed in the batch.
pub fn read_documents(path: &Path, max_bytes: usize) -> Result<Batch> {
    let bytes = read_bytes(path, max_bytes)?;
    parse_documents(path, &bytes)
}

/// [`read_documents`] over bytes already in memory; `path` names them.
pub fn parse_documents(path: &Path, bytes: &[u8]) -> Result<Batch> {
    let text = decode(path, bytes)?;
    match detect(path, text) {
        InputKind::Text => Ok(Batch {
            docs: vec![parse_text(path, text)?],
            skipped: Vec::new(),
        }),
        InputKind::Html => Ok(Batch {
            docs: vec![parse_html(path, text)?],
            skipped: Vec::new(),
        }),
        InputKind::Feed => parse_feed(path, text),
        InputKind::Jsonl => parse_jsonl(path, text),
        InputKind::Tsv => parse_tsv(path, text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_extension_then_content() {
        let cases = [
            ("a.html", "hello", InputKind::Html),
            ("a.txt", "{\"text\": 1}", InputKind::Text),
            ("a.jsonl", "", InputKind::Jsonl),
            ("a.xml", "<?xml version=\"1.0\"?><rss>", InputKind::Feed),
            (
                "-",
                "<?xml version=\"1.0\"?>\n<feed xmlns=",
                InputKind::Feed,
            ),
            ("-", "  {\"text\": \"x\"}", InputKind::Jsonl),
            ("-", "<!DOCTYPE html><html>", InputKind::Html),
            ("-", "Habari za leo", InputKind::Text),
            ("-", "---\ntitle: x\n---\nmaandishi", InputKind::Text),
        ];
        for (path, text, kind) in cases {
            assert_eq!(detect(Path::new(path), text), kind, "{path}: {text}");
        }
    }

    #[test]
    fn missing_paths_are_reported_not_fatal() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.txt"), "b").unwrap();
        std::fs::write(dir.path().join("a.txt"), "a").unwrap();
        std::fs::write(dir.path().join(".hidden"), "h").unwrap();
        let (files, errors) = list_inputs(&[dir.path().to_path_buf(), PathBuf::from("/no/such")]);
        let names: Vec<_> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.txt", "b.txt"]);
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().starts_with("/no/such"));
    }
}
