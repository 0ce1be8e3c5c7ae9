//! Readers for bilingual files: TSV (`Swahili<TAB>English[<TAB>suppression]`), XLIFF 1.2 and
//! 2.x, TMX, JSONL (`{"sw", "en"}`) and a `brief --format json` Briefing with translations.
//! Each yields [`Segment`]s in input order, with the line they start on; inline markup is
//! kept out of the text and stored beside it ([`Tag`]). Bad input is one error naming the
//! file, line and column.

mod briefing;
mod lines;
mod xml;

use std::path::Path;

use serde::Serialize;

use super::CheckId;
use crate::error::{Error, Result};

/// Inline markup taken out of a segment's text, and where it stood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tag {
    /// The byte offset in the text where it stood.
    pub at: usize,
    /// The markup as written (`<g id="1">`, `</g>`, `<ph id="2">&lt;b&gt;</ph>`).
    pub xml: String,
}

/// One Swahili–English pair of a bilingual file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Segment {
    /// 0-based position in the file.
    pub index: usize,
    /// The line it starts on, when the format has lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// Its id in the file (XLIFF unit, TMX `tuid`, JSONL `id`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The Swahili, inline markup out.
    pub sw: String,
    /// The English, inline markup out.
    pub en: String,
    /// Markup taken out of the Swahili.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sw_tags: Vec<Tag>,
    /// Markup taken out of the English.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub en_tags: Vec<Tag>,
    /// A reviewer accepted the segment: `Some(empty)` for every check, or the checks named.
    #[serde(skip)]
    pub accepted: Option<Vec<CheckId>>,
}

/// A bilingual file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `Swahili<TAB>English`, an optional third column of suppression.
    Tsv,
    /// XLIFF 1.2 or 2.x.
    Xliff,
    /// TMX.
    Tmx,
    /// One JSON object a line with `sw` and `en`.
    Jsonl,
    /// A `brief --format json` Briefing: each key sentence with a translation.
    Briefing,
}

impl Format {
    /// The format of a file, by extension first and then by content.
    pub fn detect(path: &Path, text: &str) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "xlf" | "xliff" | "sdlxliff" | "mxliff" => return Format::Xliff,
            "tmx" => return Format::Tmx,
            "jsonl" | "ndjson" => return Format::Jsonl,
            "tsv" | "tab" | "txt" => return Format::Tsv,
            _ => {}
        }
        let head = text.trim_start_matches('\u{feff}').trim_start();
        let start = &head[..head.len().min(2000)];
        if start.starts_with('<') {
            if start.contains("<tmx") {
                Format::Tmx
            } else {
                Format::Xliff
            }
        } else if start.starts_with('{') && start.contains("\"stories\"") || ext == "json" {
            Format::Briefing
        } else if start.starts_with('{') {
            Format::Jsonl
        } else {
            Format::Tsv
        }
    }
}

/// Reads the pairs of `text` (the contents of `path`) in `format`. A file with no pair is
/// an error that says so.
pub fn read_pairs(path: &Path, text: &str, format: Format) -> Result<Vec<Segment>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut segs = match format {
        Format::Tsv => lines::tsv(path, text)?,
        Format::Jsonl => lines::jsonl(path, text)?,
        Format::Xliff => xml::xliff(path, text)?,
        Format::Tmx => xml::tmx(path, text)?,
        Format::Briefing => briefing::briefing(path, text)?,
    };
    if segs.is_empty() {
        let what = match format {
            Format::Tsv => "no `Swahili<TAB>English` lines",
            Format::Jsonl => "no lines with \"sw\" and \"en\"",
            Format::Xliff => "no units with a Swahili source and an English target",
            Format::Tmx => "no <tu> with both a Swahili and an English <tuv>",
            Format::Briefing => "no key sentence with a translation",
        };
        return Err(Error::data(
            path,
            0,
            0,
            format!("no Swahili–English pairs: {what}"),
        ));
    }
    for (i, s) in segs.iter_mut().enumerate() {
        s.index = i;
    }
    Ok(segs)
}

/// Reads a bilingual file (or standard input, as TSV, when the path is `-`): at most
/// `max_bytes`, UTF-8, its format detected by extension and content.
pub fn read_file(path: &Path, max_bytes: usize) -> Result<Vec<Segment>> {
    let bytes = crate::ingest::read_bytes(path, max_bytes)?;
    let text = crate::ingest::decode(path, &bytes)?;
    let format = if path == Path::new("-") {
        Format::Tsv
    } else {
        Format::detect(path, text)
    };
    read_pairs(path, text, format)
}

/// A reviewer's acceptance: `ok`, `accepted`, `qa:ok`, optionally followed by the checks it
/// covers (`qa:ok numbers,terms`). Anything else is not one.
pub fn parse_acceptance(s: &str) -> Option<Vec<CheckId>> {
    let s = s.trim().to_ascii_lowercase();
    let s = s.strip_prefix("qa:").map(str::trim_start).unwrap_or(&s);
    let rest = s
        .strip_prefix("accepted")
        .or_else(|| s.strip_prefix("ok"))?;
    if !(rest.is_empty() || rest.starts_with([' ', ':', '\t'])) {
        return None;
    }
    Some(
        rest.trim_start_matches([' ', ':', '\t'])
            .split([',', ' '])
            .filter_map(|c| c.parse::<CheckId>().ok())
            .collect(),
    )
}

pub(crate) use crate::text::line_col;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acceptance() {
        assert_eq!(parse_acceptance("ok"), Some(vec![]));
        assert_eq!(
            parse_acceptance("qa: ok numbers, terms"),
            Some(vec![CheckId::Numbers, CheckId::Terms])
        );
        assert_eq!(parse_acceptance("Accepted"), Some(vec![]));
        assert_eq!(parse_acceptance("okay then"), None);
        assert_eq!(parse_acceptance("translator note"), None);
    }

    #[test]
    fn formats_by_name_and_content() {
        let p = Path::new("x");
        assert_eq!(Format::detect(Path::new("a.xlf"), ""), Format::Xliff);
        assert_eq!(Format::detect(p, "<?xml?><tmx>"), Format::Tmx);
        assert_eq!(Format::detect(p, "{\"sw\":1}"), Format::Jsonl);
        assert_eq!(
            Format::detect(p, "{\"schema\":1,\"stories\":[]}"),
            Format::Briefing
        );
        assert_eq!(Format::detect(p, "a\tb"), Format::Tsv);
    }
}
