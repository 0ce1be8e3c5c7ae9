//! Tab-separated article tables, the way news datasets are shared: a header row naming the
//! columns, then one article per row. `text` is required; `title` (or `headline`), `source`,
//! `url`, `date`, `author` and `id` are read when present, other columns ignored.
//!
//! Cells are read as spreadsheet and dataframe tools write them: a cell wrapped in double
//! quotes is unquoted and its doubled quotes (`""`) become one. The escapes `\n`, `\t` and
//! `\\` written by tools that keep one row per line become a line break, a tab and a
//! backslash. A row with the wrong number of cells is skipped and named by its line.

use std::borrow::Cow;
use std::path::Path;

use super::{Batch, Document, document_id};
use crate::error::{Error, Result};

/// The header and rows of a table, cells unquoted and unescaped.
#[derive(Debug, Default)]
pub struct Table {
    /// The column names, trimmed.
    pub header: Vec<String>,
    /// (1-based line, cells) of each well-formed row; blank lines are left out.
    pub rows: Vec<(usize, Vec<String>)>,
    /// Rows with the wrong number of cells.
    pub skipped: Vec<Error>,
}

impl Table {
    /// The index of the column named `name` (ignoring case), if there is one.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.header
            .iter()
            .position(|h| h.eq_ignore_ascii_case(name))
    }
}

/// Splits a tab-separated table. Errors only when there is no header row.
pub fn parse_table(path: &Path, text: &str) -> Result<Table> {
    let mut lines = text.lines().enumerate();
    let header = lines
        .by_ref()
        .find(|(_, l)| !l.trim().is_empty())
        .map(|(_, l)| l.split('\t').map(|h| cell(h).trim().to_string()).collect())
        .ok_or_else(|| Error::Empty {
            path: path.to_path_buf(),
        })?;
    let mut table = Table {
        header,
        ..Table::default()
    };
    for (i, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let cells: Vec<String> = line.split('\t').map(|c| cell(c).into_owned()).collect();
        if cells.len() == table.header.len() {
            table.rows.push((i + 1, cells));
        } else {
            table.skipped.push(Error::data(
                path,
                i + 1,
                1,
                format!(
                    "{} cells, the header has {}",
                    cells.len(),
                    table.header.len()
                ),
            ));
        }
    }
    Ok(table)
}

/// Reads every row of a table as an article. Errors when there is no `text` column.
pub fn parse_tsv(path: &Path, text: &str) -> Result<Batch> {
    let table = parse_table(path, text)?;
    let col = |names: &[&str]| names.iter().find_map(|n| table.column(n));
    let text_col = col(&["text", "body", "content"]).ok_or_else(|| {
        Error::data(
            path,
            1,
            1,
            format!(
                "no `text` column (the header has: {})",
                table.header.join(", ")
            ),
        )
    })?;
    let title = col(&["title", "headline"]);
    let (source, url, date, author, id) = (
        col(&["source"]),
        col(&["url"]),
        col(&["date"]),
        col(&["author"]),
        col(&["id"]),
    );
    let stem = document_id(path);
    let mut batch = Batch {
        skipped: table.skipped,
        ..Batch::default()
    };
    for (line, cells) in table.rows {
        let get = |c: Option<usize>| {
            c.map(|c| cells[c].trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let Some(body) = get(Some(text_col)).filter(|b| !crate::text::is_blank(b)) else {
            batch
                .skipped
                .push(Error::data(path, line, 1, "the `text` cell is empty"));
            continue;
        };
        let date = match super::read_date(
            path,
            (line, 1),
            get(date).map(|d| crate::dates::iso_date(&d)),
        ) {
            Ok(date) => date,
            Err(e) => {
                batch.skipped.push(e);
                continue;
            }
        };
        batch.docs.push(super::finish(Document {
            id: get(id).unwrap_or_else(|| format!("{stem}-{line}")),
            path: path.to_path_buf(),
            title: get(title),
            source: get(source),
            url: get(url),
            date,
            author: get(author),
            text: body,
        }));
    }
    if batch.docs.is_empty() && batch.skipped.is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(batch)
}

/// One cell as written: unquoted when wrapped in double quotes, escapes decoded.
fn cell(raw: &str) -> Cow<'_, str> {
    let quoted = raw.len() >= 2 && raw.starts_with('"') && raw.ends_with('"');
    let inner = if quoted { &raw[1..raw.len() - 1] } else { raw };
    let escaped = inner.contains('\\') || quoted && inner.contains("\"\"");
    if !escaped {
        return Cow::Borrowed(inner);
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('"', Some('"')) if quoted => {
                chars.next();
                out.push('"');
            }
            ('\\', Some('n')) => {
                chars.next();
                out.push('\n');
            }
            ('\\', Some('t')) => {
                chars.next();
                out.push('\t');
            }
            ('\\', Some('\\')) => {
                chars.next();
                out.push('\\');
            }
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Batch {
        parse_tsv(Path::new("habari.tsv"), text).expect("a table")
    }

    #[test]
    fn rows_become_articles_with_their_titles() {
        let b = read(
            "category\theadline\ttext\turl\n\
             siasa\tBunge lakutana\tWabunge walikutana leo mjini Dodoma.\thttps://habari.example/1\n",
        );
        assert_eq!(b.docs.len(), 1);
        let d = &b.docs[0];
        assert_eq!(d.title.as_deref(), Some("Bunge lakutana"));
        assert_eq!(d.text, "Wabunge walikutana leo mjini Dodoma.");
        assert_eq!(d.url.as_deref(), Some("https://habari.example/1"));
        assert_eq!(d.id, "habari-2");
    }

    #[test]
    fn quoted_cells_are_unquoted_and_escapes_decoded() {
        let b = read(
            "headline\ttext\n\
             \"Waziri: \"\"Tutajenga\"\"\"\t\"Na Asha Juma\\nDodoma Waziri alisema \"\"tutajenga\"\".\"\n",
        );
        let d = &b.docs[0];
        assert_eq!(d.title.as_deref(), Some("Waziri: \"Tutajenga\""));
        assert_eq!(d.text, "Na Asha Juma\nDodoma Waziri alisema \"tutajenga\".");
    }

    #[test]
    fn a_quote_inside_an_unquoted_cell_stays() {
        assert_eq!(cell("alisema \"ndiyo\" jana"), "alisema \"ndiyo\" jana");
        assert_eq!(cell("\""), "\"");
        assert_eq!(cell("C:\\\\data"), "C:\\data");
    }

    #[test]
    fn ragged_rows_are_skipped_and_named() {
        let b = read("title\ttext\nMoja\tHabari ya kwanza.\nMbili\n\nTatu\tHabari ya tatu.\n");
        assert_eq!(b.docs.len(), 2);
        assert_eq!(b.skipped.len(), 1);
        assert!(
            b.skipped[0].to_string().contains("habari.tsv:3:1"),
            "{}",
            b.skipped[0]
        );
    }

    proptest::proptest! {
        #[test]
        fn any_text_reads_without_panic(text in "[a-z\"\\\\\t\n \u{e9}\u{201c}]{0,80}") {
            let header = format!("title\ttext\n{text}");
            if let Ok(batch) = parse_tsv(Path::new("t.tsv"), &header) {
                for d in &batch.docs {
                    proptest::prop_assert!(!d.text.trim().is_empty());
                }
            }
            let _ = parse_table(Path::new("t.tsv"), &text);
        }
    }

    #[test]
    fn a_table_without_text_is_an_error() {
        let e = parse_tsv(Path::new("t.tsv"), "title\turl\nA\tB\n").unwrap_err();
        assert!(e.to_string().contains("no `text` column"), "{e}");
        assert!(parse_tsv(Path::new("t.tsv"), "\n\n").is_err());
    }
}
