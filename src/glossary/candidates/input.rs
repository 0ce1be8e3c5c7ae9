//! The inputs of `glossary candidates` as [`Segment`]s: articles in any form `brief` reads
//! (cut into sentences), or parallel text — a TSV of `Swahili<TAB>English` pairs (a header
//! naming the languages may set the order; a blank line ends a document), a TMX (read by
//! the translation memory's reader) or an XLIFF 1.2/2.x file (a minimal reader here).

use std::path::Path;

use quick_xml::events::Event;

use super::Segment;
use crate::error::{Error, Result};
use crate::ingest::{self, Document};
use crate::segment::Segmenter;

/// Whether a path is read as parallel text: `.tmx`, `.xlf`/`.xliff`, or a `.tsv` whose
/// first row has two fields and no `text` column (an article table has one).
pub fn is_parallel(path: &Path, head: &str) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "tmx" | "xlf" | "xliff" => true,
        "tsv" | "ta" => {
            let first = head.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            let fields: Vec<&str> = first.split('\t').collect();
            fields.len() == 2 && !fields.iter().any(|f| f.trim().eq_ignore_ascii_case("text"))
        }
        _ => false,
    }
}

fn lang_of(code: &str) -> Option<bool> {
    let c = code.trim().to_lowercase();
    let c = c.split(['-', '_']).next().unwrap_or("");
    match c {
        "sw" | "swa" | "swh" | "swahili" | "kiswahili" => Some(true),
        "en" | "eng" | "english" => Some(false),
        _ => None,
    }
}

/// Reads a parallel file's text. `doc` is the number of the first document; each blank line
/// of a TSV starts a new one. Returns the segments and the next document number.
pub fn parse_parallel(path: &Path, text: &str, mut doc: usize) -> Result<(Vec<Segment>, usize)> {
    let name = path.display().to_string();
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let seg = |sw: String, en: String, source: String, doc: usize| Segment {
        sw,
        en: (!en.trim().is_empty()).then_some(en),
        source,
        doc,
    };
    let units: Vec<Segment> = match ext.as_str() {
        "tmx" | "xlf" | "xliff" => parse_xml(path, text)?
            .into_iter()
            .enumerate()
            .map(|(i, (sw, en))| seg(sw, en, format!("{name}#{}", i + 1), doc))
            .collect(),
        _ => {
            let mut out = Vec::new();
            let mut swahili_first = true;
            let mut started = false;
            for (n, line) in text.lines().enumerate() {
                let line = line.trim_end_matches('\r');
                if line.trim().is_empty() {
                    if started {
                        doc += 1;
                        started = false;
                    }
                    continue;
                }
                let Some((a, b)) = line.split_once('\t') else {
                    return Err(Error::data(
                        path,
                        n + 1,
                        1,
                        "expected `Swahili<TAB>English` on this line",
                    ));
                };
                if n == 0
                    && let (Some(x), Some(y)) = (lang_of(a), lang_of(b))
                    && x != y
                {
                    swahili_first = x;
                    continue;
                }
                let (sw, en) = if swahili_first { (a, b) } else { (b, a) };
                out.push(seg(
                    sw.trim().to_string(),
                    en.trim().to_string(),
                    format!("{name}:{}", n + 1),
                    doc,
                ));
                started = true;
            }
            out
        }
    };
    Ok((units, doc + 1))
}

/// XLIFF 1.2 (`<trans-unit>`) or 2.x (`<unit><segment>`): each unit's `<source>` and
/// `<target>`, oriented by the file's languages (`source-language`/`srcLang`); or TMX
/// (`<tu>` with one `<tuv xml:lang>` `<seg>` per language). Inline codes (`<ph>`, `<bpt>`,
/// `<ept>`, `<it>`, `<ut>`) are dropped; other inline elements keep their text. Returns
/// (Swahili, English) pairs.
pub fn parse_xml(path: &Path, text: &str) -> Result<Vec<(String, String)>> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut out = Vec::new();
    let mut source_is_sw = true;
    let mut field: Option<bool> = None; // Some(true): in <source> (TMX: the Swahili <seg>)
    let mut tmx = false;
    let mut tuv_sw: Option<bool> = None;
    let mut skip = 0usize;
    let (mut src, mut tgt) = (String::new(), String::new());
    let err = |reader: &quick_xml::Reader<&[u8]>, e: &dyn std::fmt::Display| {
        let (line, column) = crate::text::line_col(text, reader.buffer_position() as usize);
        Error::data(path, line, column, format!("invalid XLIFF: {e}"))
    };
    loop {
        let event = reader.read_event().map_err(|e| err(&reader, &e))?;
        match event {
            Event::Start(e) | Event::Empty(e)
                if matches!(e.local_name().as_ref(), "file" | "xliff") =>
            {
                for a in e.attributes().flatten() {
                    let key = a.key.local_name();
                    if matches!(key.as_ref(), "source-language" | "srcLang") {
                        let v = a
                            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                            .map(|v| v.to_string())
                            .unwrap_or_default();
                        if let Some(sw) = lang_of(&v) {
                            source_is_sw = sw;
                        }
                    }
                }
            }
            Event::Start(e) => match e.local_name().as_ref() {
                "trans-unit" | "segment" | "tu" => {
                    src.clear();
                    tgt.clear();
                    tmx = e.local_name().as_ref() == "tu";
                }
                // TMX: the source side is the Swahili one.
                "tuv" => {
                    tuv_sw = e.attributes().flatten().find_map(|a| {
                        let key = a.key.as_ref();
                        (key == "xml:lang" || key == "lang")
                            .then(|| {
                                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                                    .ok()
                                    .and_then(|v| lang_of(&v))
                            })
                            .flatten()
                    });
                }
                "seg" if tmx => field = tuv_sw,
                "source" => field = Some(true),
                "target" => field = Some(false),
                "ph" | "bpt" | "ept" | "it" | "ut" if field.is_some() => skip += 1,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "source" | "target" | "seg" => field = None,
                "ph" | "bpt" | "ept" | "it" | "ut" if skip > 0 => skip -= 1,
                "trans-unit" | "segment" | "tu" if !src.trim().is_empty() => {
                    let (s, t) = (src.trim().to_string(), tgt.trim().to_string());
                    out.push(if source_is_sw || tmx { (s, t) } else { (t, s) });
                }
                _ => {}
            },
            Event::Text(t) if skip == 0 => {
                if let Some(is_src) = field {
                    if is_src { &mut src } else { &mut tgt }.push_str(&t.xml10_content());
                }
            }
            Event::CData(t) if skip == 0 => {
                if let Some(is_src) = field {
                    if is_src { &mut src } else { &mut tgt }.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) if skip == 0 => {
                if let Some(is_src) = field {
                    let buf = if is_src { &mut src } else { &mut tgt };
                    if r.is_char_ref() {
                        if let Ok(Some(c)) = r.resolve_char_ref() {
                            buf.push(c);
                        }
                    } else {
                        let name = r.xml10_content();
                        match quick_xml::escape::resolve_predefined_entity(&name) {
                            Some(s) => buf.push_str(s),
                            None => {
                                return Err(err(&reader, &format!("unknown entity &{name};")));
                            }
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// The sentences of an article as segments (no English).
pub fn article_segments(doc: &Document, segmenter: &Segmenter, n: usize) -> Vec<Segment> {
    let text = &doc.text;
    // Line numbers counted as the units go (units come in text order).
    let (mut line, mut at) = (1usize, 0usize);
    segmenter
        .segment(text)
        .into_iter()
        .map(|u| {
            let to = u.span.start.max(at);
            line += text.as_bytes()[at..to]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            at = to;
            Segment {
                sw: u.span.of(text).to_string(),
                en: None,
                source: format!("{}:{line}", doc.path.display()),
                doc: n,
            }
        })
        .collect()
}

/// Reads one input file as segments, articles or parallel. `doc` is the next document
/// number; returns it advanced.
pub fn read(
    path: &Path,
    max_bytes: usize,
    segmenter: &Segmenter,
    doc: usize,
) -> Result<(Vec<Segment>, usize)> {
    let by_name = matches!(
        path.extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .as_deref(),
        Some("tmx" | "xlf" | "xliff" | "tsv" | "ta")
    );
    if by_name && path.is_file() {
        let meta = std::fs::metadata(path).map_err(|e| Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
        if meta.len() > max_bytes as u64 {
            return Err(Error::data(
                path,
                0,
                0,
                format!("larger than {max_bytes} bytes"),
            ));
        }
        let bytes = std::fs::read(path).map_err(|e| Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
        let text = std::str::from_utf8(&bytes)
            .map_err(|e| Error::data(path, 0, e.valid_up_to(), "not UTF-8 text"))?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if is_parallel(path, text) {
            return parse_parallel(path, text, doc);
        }
    }
    let batch = ingest::read_documents(path, max_bytes)?;
    if let Some(e) = batch.skipped.into_iter().next() {
        return Err(e);
    }
    let mut out = Vec::new();
    let mut n = doc;
    for d in &batch.docs {
        out.extend(article_segments(d, segmenter, n));
        n += 1;
    }
    Ok((out, n))
}
