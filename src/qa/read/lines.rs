//! Line formats: TSV (`Swahili<TAB>English`, a third column a reviewer's acceptance) and
//! JSONL (`{"sw", "en", "id"?, "note"?}`).

use std::path::Path;

use serde::Deserialize;

use super::{Segment, parse_acceptance};
use crate::error::{Error, Result};

/// TSV as `--tm` reads it: blank lines and `#` comments skipped; a header `sw<TAB>en` too.
pub(crate) fn tsv(path: &Path, text: &str) -> Result<Vec<Segment>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let sw = cols.next().unwrap_or("");
        let Some(en) = cols.next() else {
            return Err(Error::data(
                path,
                n + 1,
                line.chars().count() + 1,
                "expected `Swahili<TAB>English` on this line (no tab)",
            ));
        };
        if out.is_empty()
            && matches!(
                (sw.trim(), en.trim()),
                ("sw" | "swa" | "swahili", "en" | "eng" | "english")
            )
        {
            continue;
        }
        let accepted = cols.next().and_then(parse_acceptance);
        out.push(Segment {
            line: Some(n + 1),
            sw: sw.trim().to_string(),
            en: en.trim().to_string(),
            accepted,
            ..Segment::default()
        });
    }
    Ok(out)
}

#[derive(Deserialize)]
struct Line {
    sw: String,
    en: String,
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    note: Option<String>,
}

/// JSONL: each line an object with `sw` and `en` (strings); `id` and `note` optional.
pub(crate) fn jsonl(path: &Path, text: &str) -> Result<Vec<Segment>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let l: Line = serde_json::from_str(line).map_err(|e| {
            Error::data(
                path,
                n + 1,
                e.column(),
                format!("not a {{\"sw\", \"en\"}} object: {e}"),
            )
        })?;
        out.push(Segment {
            line: Some(n + 1),
            id: l.id.map(|v| match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            }),
            sw: l.sw,
            en: l.en,
            accepted: l.note.as_deref().and_then(parse_acceptance),
            ..Segment::default()
        });
    }
    Ok(out)
}
