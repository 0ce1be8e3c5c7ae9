//! CSV with a header row and every field (RFC 4180 quoting); lists joined with ` | `,
//! examples as a JSON list.

use std::path::Path;

use super::*;
use crate::error::Error;

const CSV_HEADER: &[&str] = &[
    "id",
    "sw",
    "pos",
    "class",
    "en",
    "alt",
    "status",
    "domain",
    "region",
    "source",
    "note",
    "plural_en",
    "plural",
    "animate",
    "locative",
    "forms",
    "negative_forms",
    "not",
    "examples",
];

/// Characters that make a spreadsheet read a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A CSV cell; one a spreadsheet would run as a formula (`=HYPERLINK(…)`) is written with a
/// leading `'`, which spreadsheets show as text and [`csv_rows`] removes on import.
fn csv_field(s: &str) -> String {
    if s.starts_with(FORMULA_START) {
        return csv_field_plain(&format!("'{s}"));
    }
    csv_field_plain(s)
}

fn csv_field_plain(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub(super) fn examples_json(ex: &[Example]) -> String {
    if ex.is_empty() {
        String::new()
    } else {
        serde_json::to_string(ex).unwrap_or_default()
    }
}

pub(super) fn export_csv(records: &[Record]) -> String {
    let mut out = CSV_HEADER.join(",");
    out.push('\n');
    for r in records {
        let plural = r.plural.as_ref().map_or(String::new(), |p| {
            if p.is_empty() {
                "-".to_string()
            } else {
                join(p)
            }
        });
        let row = [
            r.id.clone(),
            r.sw.clone(),
            r.pos.clone(),
            r.class.clone().unwrap_or_default(),
            r.en.clone(),
            join(&r.alt),
            r.status.clone(),
            r.domain.clone(),
            r.region.clone().unwrap_or_default(),
            r.source.clone().unwrap_or_default(),
            r.note.clone().unwrap_or_default(),
            r.plural_en.clone().unwrap_or_default(),
            plural,
            if r.animate {
                "yes".into()
            } else {
                String::new()
            },
            if r.locative {
                "yes".into()
            } else {
                String::new()
            },
            join(&r.forms),
            join(&r.negative_forms),
            join(&r.not),
            examples_json(&r.examples),
        ];
        let cells: Vec<String> = row.iter().map(|c| csv_field(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes, line breaks
/// inside quotes).
fn csv_rows(name: &str, text: &str) -> Result<Vec<(usize, Vec<String>)>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                '\n' => {
                    line += 1;
                    field.push(c);
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => quoted = true,
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                if !(row.len() == 1 && row[0].is_empty()) {
                    rows.push((row_line, std::mem::take(&mut row)));
                }
                row.clear();
                line += 1;
                row_line = line;
            }
            _ => field.push(c),
        }
    }
    if quoted {
        return Err(Error::data(
            Path::new(name),
            row_line,
            1,
            "unclosed quote in CSV",
        ));
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((row_line, row));
    }
    // The `'` that kept a formula-like cell inert on export goes.
    for (_, row) in &mut rows {
        for f in row.iter_mut() {
            if f.starts_with('\'') && f[1..].starts_with(FORMULA_START) {
                f.remove(0);
            }
        }
    }
    Ok(rows)
}

pub(super) fn parse_examples(name: &str, line: usize, s: &str) -> Result<Vec<Example>> {
    if s.trim().is_empty() {
        return Ok(Vec::new());
    }
    serde_json::from_str(s).map_err(|e| {
        Error::data(
            Path::new(name),
            line,
            1,
            format!("examples: expected a JSON list of {{text, match}}: {e}"),
        )
    })
}

pub(super) fn import_csv(name: &str, text: &str) -> Result<Vec<Record>> {
    let rows = csv_rows(name, text)?;
    let Some(((_, header), body)) = rows.split_first() else {
        return Ok(Vec::new());
    };
    let col = |k: &str| header.iter().position(|h| h.trim() == k);
    let (Some(sw_c), Some(en_c)) = (col("sw"), col("en")) else {
        return Err(Error::data(
            Path::new(name),
            1,
            1,
            "the header needs at least `sw` and `en` columns",
        ));
    };
    let mut out = Vec::new();
    for (line, row) in body {
        let get = |k: &str| {
            col(k)
                .and_then(|c| row.get(c))
                .map(String::as_str)
                .unwrap_or("")
        };
        let sw = row.get(sw_c).map(|s| s.trim()).unwrap_or("");
        let en = row.get(en_c).map(|s| s.trim()).unwrap_or("");
        if sw.is_empty() || en.is_empty() {
            return Err(Error::data(
                Path::new(name),
                *line,
                1,
                "row without `sw` or `en`",
            ));
        }
        out.push(Record {
            id: get("id").trim().into(),
            sw: sw.into(),
            pos: get("pos").trim().into(),
            class: opt(get("class")),
            en: en.into(),
            alt: split_list(get("alt")),
            note: opt(get("note")),
            domain: get("domain").trim().into(),
            status: get("status").trim().into(),
            region: opt(get("region")),
            source: opt(get("source")),
            plural_en: opt(get("plural_en")),
            plural: parse_plural(get("plural")),
            animate: get("animate").trim() == "yes",
            locative: get("locative").trim() == "yes",
            forms: split_list(get("forms")),
            negative_forms: split_list(get("negative_forms")),
            not: split_list(get("not")),
            examples: parse_examples(name, *line, get("examples"))?,
        });
    }
    Ok(out)
}
