//! Import and export for CAT tools: OmegaT's TSV (`source⇥target⇥comment`), CSV with a
//! header, and TBX-Basic. Export says what the target format cannot hold; import writes the
//! glossary YAML of glossary/README.md. CSV and TBX keep every field; TSV keeps the entry
//! (head, English) and the basic fields packed into its comment column.

use std::fmt::Write as _;
use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::Event;

use super::Glossary;
use super::model::{Entry, Example, Status};
use crate::error::{Error, Result};

/// A CAT-tool exchange format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeFormat {
    /// OmegaT glossary: `source⇥target⇥comment`, no header, `#` comments.
    Tsv,
    /// Comma-separated, with a header row, every field.
    Csv,
    /// TBX-Basic (ISO 30042) XML.
    Tbx,
}

/// One entry in a flat, format-neutral shape: what is exported and imported.
#[derive(Debug, Clone, Default)]
pub struct Record {
    /// Stable id.
    pub id: String,
    /// Head form.
    pub sw: String,
    /// Part of speech, as written in YAML.
    pub pos: String,
    /// Noun class.
    pub class: Option<String>,
    /// Preferred English.
    pub en: String,
    /// Other English.
    pub alt: Vec<String>,
    /// Note.
    pub note: Option<String>,
    /// Domain.
    pub domain: String,
    /// Status, as written in YAML.
    pub status: String,
    /// Region.
    pub region: Option<String>,
    /// Source.
    pub source: Option<String>,
    /// English of the plural.
    pub plural_en: Option<String>,
    /// Plural override.
    pub plural: Option<Vec<String>>,
    /// Animate agreement.
    pub animate: bool,
    /// Locative opt-in.
    pub locative: bool,
    /// Hand-listed forms.
    pub forms: Vec<String>,
    /// Negative forms.
    pub negative_forms: Vec<String>,
    /// Look-alikes of another concept.
    pub not: Vec<String>,
    /// Examples.
    pub examples: Vec<Example>,
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Preferred => "preferred",
        Status::Admitted => "admitted",
        Status::Deprecated => "deprecated",
        Status::Forbidden => "forbidden",
        Status::Candidate => "candidate",
    }
}

impl From<&Entry> for Record {
    fn from(e: &Entry) -> Self {
        Record {
            id: e.id.clone(),
            sw: e.sw.clone(),
            pos: e.pos.as_str().into(),
            class: e.class.map(|c| c.to_string()),
            en: e.en.clone(),
            alt: e.alt.clone(),
            note: e.note.clone(),
            domain: e.domain.clone(),
            status: status_name(e.status).into(),
            region: e.region.clone(),
            source: e.source.clone(),
            plural_en: e.plural_en.clone(),
            plural: e.plural.clone(),
            animate: e.animate,
            locative: e.locative,
            forms: e.forms.clone(),
            negative_forms: e.negative_forms.clone(),
            not: e.not.clone(),
            examples: e.examples.clone(),
        }
    }
}

/// The result of an export: the file's text and what the format could not hold.
#[derive(Debug, Clone)]
pub struct Exported {
    /// The file's content.
    pub text: String,
    /// One line per kind of loss (`TSV cannot hold forms (12 entries)`).
    pub losses: Vec<String>,
}

const LIST_SEP: &str = " | ";

fn join(v: &[String]) -> String {
    v.join(LIST_SEP)
}

fn split_list(s: &str) -> Vec<String> {
    s.split('|')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

fn one_line(s: &str) -> String {
    s.split(['\t', '\n', '\r'])
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Exports the glossary.
pub fn export(glossary: &Glossary, format: ExchangeFormat) -> Exported {
    let records: Vec<Record> = glossary.entries.iter().map(Record::from).collect();
    match format {
        ExchangeFormat::Tsv => export_tsv(&records),
        ExchangeFormat::Csv => Exported {
            text: export_csv(&records),
            losses: Vec::new(),
        },
        ExchangeFormat::Tbx => Exported {
            text: export_tbx(&records),
            losses: Vec::new(),
        },
    }
}

fn export_tsv(records: &[Record]) -> Exported {
    let mut out = String::from(
        "# muhtasari glossary for OmegaT: Swahili<TAB>English<TAB>comment\n\
         # comment: id=…; pos=…; class=…; alt=a | b; status=…; domain=…; plural_en=…; note=…\n",
    );
    let mut lost: Vec<(&str, usize)> = Vec::new();
    let mut count = |name: &'static str, n: bool| {
        if n {
            match lost.iter_mut().find(|(k, _)| *k == name) {
                Some((_, c)) => *c += 1,
                None => lost.push((name, 1)),
            }
        }
    };
    for r in records {
        let mut c = vec![format!("id={}", r.id), format!("pos={}", r.pos)];
        if let Some(cl) = &r.class {
            c.push(format!("class={cl}"));
        }
        if !r.alt.is_empty() {
            c.push(format!("alt={}", join(&r.alt)));
        }
        if r.status != "preferred" {
            c.push(format!("status={}", r.status));
        }
        c.push(format!("domain={}", r.domain));
        if let Some(p) = &r.plural_en {
            c.push(format!("plural_en={p}"));
        }
        if let Some(n) = &r.note {
            c.push(format!("note={n}"));
        }
        let _ = writeln!(
            out,
            "{}\t{}\t{}",
            one_line(&r.sw),
            one_line(&r.en),
            one_line(&c.join("; "))
        );
        count("forms", !r.forms.is_empty());
        count("negative_forms", !r.negative_forms.is_empty());
        count("not", !r.not.is_empty());
        count("examples", !r.examples.is_empty());
        count("region", r.region.is_some());
        count("source", r.source.is_some());
        count("plural", r.plural.is_some());
        count("locative", r.locative);
        count("animate", r.animate);
    }
    let losses = lost
        .into_iter()
        .map(|(k, n)| format!("TSV cannot hold `{k}` ({n} entries): use CSV or TBX to keep it"))
        .collect();
    Exported { text: out, losses }
}

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

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn examples_json(ex: &[Example]) -> String {
    if ex.is_empty() {
        String::new()
    } else {
        serde_json::to_string(ex).unwrap_or_default()
    }
}

fn export_csv(records: &[Record]) -> String {
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

fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            _ => o.push(c),
        }
    }
    o
}

fn admin_status(status: &str) -> &'static str {
    match status {
        "admitted" => "admittedTerm-admn-sts",
        "deprecated" => "deprecatedTerm-admn-sts",
        "forbidden" => "supersededTerm-admn-sts",
        _ => "preferredTerm-admn-sts",
    }
}

fn export_tbx(records: &[Record]) -> String {
    let mut o = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n\
         <tbxHeader><fileDesc><sourceDesc><p>muhtasari Swahili–English news glossary</p></sourceDesc></fileDesc></tbxHeader>\n\
         <text><body>\n",
    );
    for r in records {
        let _ = writeln!(o, "<conceptEntry id=\"{}\">", xml(&r.id));
        let _ = writeln!(
            o,
            "  <descrip type=\"subjectField\">{}</descrip>",
            xml(&r.domain)
        );
        if let Some(n) = &r.note {
            let _ = writeln!(o, "  <note>{}</note>", xml(n));
        }
        // muhtasari's own fields, one `key: value` note each.
        let mut extra: Vec<(&str, String)> = Vec::new();
        if let Some(c) = &r.class {
            extra.push(("nounClass", c.clone()));
        }
        if let Some(p) = &r.plural_en {
            extra.push(("pluralEnglish", p.clone()));
        }
        if let Some(p) = &r.plural {
            extra.push(("plural", if p.is_empty() { "-".into() } else { join(p) }));
        }
        if r.animate {
            extra.push(("animate", "yes".into()));
        }
        if r.locative {
            extra.push(("locative", "yes".into()));
        }
        if !r.forms.is_empty() {
            extra.push(("forms", join(&r.forms)));
        }
        if !r.negative_forms.is_empty() {
            extra.push(("negativeForms", join(&r.negative_forms)));
        }
        if !r.not.is_empty() {
            extra.push(("not", join(&r.not)));
        }
        if !r.examples.is_empty() {
            extra.push(("examples", examples_json(&r.examples)));
        }
        for (k, v) in extra {
            let _ = writeln!(o, "  <note>muhtasari:{k}: {}</note>", xml(&v));
        }
        let _ = writeln!(o, "  <langSec xml:lang=\"sw\">\n    <termSec>");
        let _ = writeln!(o, "      <term>{}</term>", xml(&r.sw));
        let _ = writeln!(
            o,
            "      <termNote type=\"partOfSpeech\">{}</termNote>",
            xml(&r.pos)
        );
        let _ = writeln!(
            o,
            "      <termNote type=\"administrativeStatus\">{}</termNote>",
            admin_status(&r.status)
        );
        if r.status == "forbidden" {
            let _ = writeln!(o, "      <note>muhtasari:status: forbidden</note>");
        }
        if let Some(g) = &r.region {
            let _ = writeln!(
                o,
                "      <termNote type=\"geographicalUsage\">{}</termNote>",
                xml(g)
            );
        }
        if let Some(s) = &r.source {
            let _ = writeln!(o, "      <admin type=\"source\">{}</admin>", xml(s));
        }
        for ex in &r.examples {
            let _ = writeln!(
                o,
                "      <descrip type=\"context\">{}</descrip>",
                xml(&ex.text)
            );
        }
        let _ = writeln!(
            o,
            "    </termSec>\n  </langSec>\n  <langSec xml:lang=\"en\">"
        );
        for (i, en) in std::iter::once(&r.en).chain(&r.alt).enumerate() {
            let st = if i == 0 {
                "preferredTerm-admn-sts"
            } else {
                "admittedTerm-admn-sts"
            };
            let _ = writeln!(
                o,
                "    <termSec><term>{}</term><termNote type=\"administrativeStatus\">{st}</termNote></termSec>",
                xml(en)
            );
        }
        let _ = writeln!(o, "  </langSec>\n</conceptEntry>");
    }
    o.push_str("</body></text>\n</tbx>\n");
    o
}

/// Reads records from an exchange file's text. `name` is used in error messages.
pub fn import(name: &str, text: &str, format: ExchangeFormat) -> Result<Vec<Record>> {
    let mut records = match format {
        ExchangeFormat::Tsv => import_tsv(name, text)?,
        ExchangeFormat::Csv => import_csv(name, text)?,
        ExchangeFormat::Tbx => import_tbx(name, text)?,
    };
    // Fill what a foreign file may lack: ids from the head word, a part of speech.
    let mut seen = std::collections::HashSet::new();
    for r in &mut records {
        if r.id.is_empty() {
            r.id = slug(&r.sw);
        }
        let base = r.id.clone();
        let mut n = 2;
        while !seen.insert(r.id.clone()) {
            r.id = format!("{base}-{n}");
            n += 1;
        }
        if r.pos.is_empty() || (r.pos == "noun" && r.class.is_none()) {
            r.pos = "phrase".into();
        }
        if r.status.is_empty() {
            r.status = "preferred".into();
        }
        if r.domain.is_empty() {
            r.domain = "imported".into();
        }
    }
    Ok(records)
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let t = out.trim_end_matches('-').to_string();
    if t.is_empty() { "entry".into() } else { t }
}

fn import_tsv(name: &str, text: &str) -> Result<Vec<Record>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut cols = line.split('\t');
        let sw = cols.next().unwrap_or("").trim();
        let en = cols.next().unwrap_or("").trim();
        let comment = cols.next().unwrap_or("").trim();
        if sw.is_empty() || en.is_empty() {
            return Err(Error::data(
                Path::new(name),
                i + 1,
                1,
                "expected `Swahili<TAB>English[<TAB>comment]`",
            ));
        }
        let mut r = Record {
            sw: sw.into(),
            en: en.into(),
            ..Record::default()
        };
        let mut rest = comment;
        let mut free = Vec::new();
        while !rest.is_empty() {
            let (item, next) = match rest.find("; ") {
                Some(k) if !rest.starts_with("note=") => (&rest[..k], &rest[k + 2..]),
                _ => (rest, ""),
            };
            rest = next;
            match item.split_once('=') {
                Some(("id", v)) => r.id = v.trim().into(),
                Some(("pos", v)) => r.pos = v.trim().into(),
                Some(("class", v)) => r.class = Some(v.trim().into()),
                Some(("alt", v)) => r.alt = split_list(v),
                Some(("status", v)) => r.status = v.trim().into(),
                Some(("domain", v)) => r.domain = v.trim().into(),
                Some(("plural_en", v)) => r.plural_en = Some(v.trim().into()),
                Some(("note", v)) => r.note = Some(v.trim().into()),
                _ => free.push(item.trim().to_string()),
            }
        }
        if !free.is_empty() && r.note.is_none() {
            r.note = Some(free.join("; "));
        }
        out.push(r);
    }
    Ok(out)
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
    Ok(rows)
}

fn opt(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_string())
}

fn parse_plural(s: &str) -> Option<Vec<String>> {
    match s.trim() {
        "" => None,
        "-" => Some(Vec::new()),
        v => Some(split_list(v)),
    }
}

fn parse_examples(name: &str, line: usize, s: &str) -> Result<Vec<Example>> {
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

fn import_csv(name: &str, text: &str) -> Result<Vec<Record>> {
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

fn import_tbx(name: &str, text: &str) -> Result<Vec<Record>> {
    let err = |pos: u64, msg: String| {
        let line = text[..(pos as usize).min(text.len())].matches('\n').count() + 1;
        Error::data(Path::new(name), line, 1, msg)
    };
    let mut reader = Reader::from_str(text);
    let mut out = Vec::new();
    let mut cur: Option<Record> = None;
    let mut lang = String::new();
    // The element whose text we are reading: (name, type attribute).
    let mut open: Option<(String, String)> = None;
    let mut buf = String::new();
    let mut en_terms: Vec<String> = Vec::new();
    let mut contexts: Vec<String> = Vec::new();
    loop {
        let pos = reader.buffer_position();
        let ev = reader
            .read_event()
            .map_err(|e| err(pos, format!("TBX: {e}")))?;
        match ev {
            Event::Start(e) => {
                let tag = e.local_name().as_ref().to_string();
                let mut ty = String::new();
                for a in e.attributes().flatten() {
                    let key = a.key.as_ref().to_string();
                    let val = a
                        .normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .map(|v| v.into_owned())
                        .unwrap_or_default();
                    match key.as_str() {
                        "id" if tag == "conceptEntry" => {
                            cur = Some(Record {
                                id: val,
                                ..Record::default()
                            });
                            en_terms.clear();
                            contexts.clear();
                        }
                        "xml:lang" if tag == "langSec" => lang = val,
                        "type" => ty = val,
                        _ => {}
                    }
                }
                if tag == "conceptEntry" && cur.is_none() {
                    cur = Some(Record::default());
                    en_terms.clear();
                    contexts.clear();
                }
                buf.clear();
                open = Some((tag, ty));
            }
            Event::Text(t) => {
                buf.push_str(&t.xml10_content());
            }
            Event::GeneralRef(r) => {
                let name = r.as_ref().to_string();
                let c = match name.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => return Err(err(pos, format!("TBX: unknown entity &{other};"))),
                };
                buf.push_str(c);
            }
            Event::CData(t) => buf.push_str(&t.xml10_content()),
            Event::End(e) => {
                let tag = e.local_name().as_ref().to_string();
                let value = buf.trim().to_string();
                if let (Some(r), Some((otag, ty))) = (cur.as_mut(), open.as_ref())
                    && *otag == tag
                {
                    apply_tbx(r, &lang, &tag, ty, &value, &mut en_terms, &mut contexts);
                }
                buf.clear();
                open = None;
                if tag == "conceptEntry"
                    && let Some(mut r) = cur.take()
                {
                    let mut terms = en_terms.drain(..);
                    r.en = terms.next().unwrap_or_default();
                    r.alt = terms.collect();
                    // Contexts of a foreign file have no form to match: keep them in the note.
                    if r.examples.is_empty() && !contexts.is_empty() {
                        let ctx = std::mem::take(&mut contexts).join(" / ");
                        r.note = Some(match r.note.take() {
                            Some(n) => format!("{n} (context: {ctx})"),
                            None => format!("context: {ctx}"),
                        });
                    }
                    contexts.clear();
                    if r.sw.is_empty() || r.en.is_empty() {
                        return Err(err(
                            pos,
                            format!("TBX: concept {} lacks a Swahili or English term", r.id),
                        ));
                    }
                    out.push(r);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn apply_tbx(
    r: &mut Record,
    lang: &str,
    tag: &str,
    ty: &str,
    value: &str,
    en_terms: &mut Vec<String>,
    contexts: &mut Vec<String>,
) {
    match (tag, ty) {
        ("term", _) if lang.starts_with("sw") => r.sw = value.into(),
        ("term", _) if lang.starts_with("en") => en_terms.push(value.into()),
        ("termNote", "partOfSpeech") if lang.starts_with("sw") => r.pos = value.into(),
        ("termNote", "administrativeStatus") if lang.starts_with("sw") => {
            r.status = match value {
                "admittedTerm-admn-sts" => "admitted",
                "deprecatedTerm-admn-sts" => "deprecated",
                "supersededTerm-admn-sts" => "deprecated",
                _ => "preferred",
            }
            .into()
        }
        ("termNote", "geographicalUsage") => r.region = Some(value.into()),
        ("admin", "source") => r.source = Some(value.into()),
        ("descrip", "subjectField") => r.domain = value.into(),
        ("descrip", "context") => contexts.push(value.into()),
        ("note", _) => {
            if let Some(rest) = value.strip_prefix("muhtasari:") {
                let (k, v) = rest.split_once(": ").unwrap_or((rest, ""));
                match k {
                    "nounClass" => r.class = Some(v.into()),
                    "pluralEnglish" => r.plural_en = Some(v.into()),
                    "plural" => r.plural = parse_plural(v),
                    "animate" => r.animate = v == "yes",
                    "locative" => r.locative = v == "yes",
                    "forms" => r.forms = split_list(v),
                    "negativeForms" => r.negative_forms = split_list(v),
                    "not" => r.not = split_list(v),
                    "examples" => r.examples = serde_json::from_str(v).unwrap_or_default(),
                    "status" => r.status = v.into(),
                    _ => {}
                }
            } else {
                r.note = Some(value.into());
            }
        }
        _ => {}
    }
}

/// A YAML double-quoted scalar (JSON string syntax is valid YAML).
fn q(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

fn qlist(v: &[String]) -> String {
    format!(
        "[{}]",
        v.iter().map(|s| q(s)).collect::<Vec<_>>().join(", ")
    )
}

/// Writes records as glossary YAML (one file; entries whose domain differs from the first
/// carry their own `domain`).
pub fn to_yaml(records: &[Record]) -> String {
    let domain = records
        .first()
        .map_or("imported".to_string(), |r| r.domain.clone());
    let mut o = format!(
        "# Imported by `muhtasari glossary import`; check with `muhtasari glossary lint`.\ndomain: {}\nentries:\n",
        q(&domain)
    );
    for r in records {
        let _ = writeln!(o, "  - id: {}", q(&r.id));
        let _ = writeln!(o, "    sw: {}", q(&r.sw));
        let _ = writeln!(o, "    pos: {}", r.pos);
        if let Some(c) = &r.class {
            let _ = writeln!(o, "    class: {}", q(c));
        }
        let _ = writeln!(o, "    en: {}", q(&r.en));
        if !r.alt.is_empty() {
            let _ = writeln!(o, "    alt: {}", qlist(&r.alt));
        }
        if let Some(p) = &r.plural_en {
            let _ = writeln!(o, "    plural_en: {}", q(p));
        }
        if let Some(p) = &r.plural {
            let _ = writeln!(o, "    plural: {}", qlist(p));
        }
        if r.animate {
            o.push_str("    animate: true\n");
        }
        if r.locative {
            o.push_str("    locative: true\n");
        }
        if !r.forms.is_empty() {
            let _ = writeln!(o, "    forms: {}", qlist(&r.forms));
        }
        if !r.negative_forms.is_empty() {
            let _ = writeln!(o, "    negative_forms: {}", qlist(&r.negative_forms));
        }
        if r.status != "preferred" {
            let _ = writeln!(o, "    status: {}", r.status);
        }
        if r.domain != domain {
            let _ = writeln!(o, "    domain: {}", q(&r.domain));
        }
        if let Some(g) = &r.region {
            let _ = writeln!(o, "    region: {}", q(g));
        }
        if let Some(s) = &r.source {
            let _ = writeln!(o, "    source: {}", q(s));
        }
        if let Some(n) = &r.note {
            let _ = writeln!(o, "    note: {}", q(n));
        }
        if !r.not.is_empty() {
            let _ = writeln!(o, "    not: {}", qlist(&r.not));
        }
        if !r.examples.is_empty() {
            o.push_str("    examples:\n");
            for ex in &r.examples {
                let _ = writeln!(o, "      - text: {}", q(&ex.text));
                let _ = writeln!(o, "        match: {}", q(&ex.expect));
                if let Some(p) = ex.polarity {
                    let _ = writeln!(
                        o,
                        "        polarity: {}",
                        serde_json::to_value(p)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_string))
                            .unwrap_or_default()
                    );
                }
                if let Some(t) = ex.tense {
                    let _ = writeln!(o, "        tense: {}", t.name());
                }
            }
        }
        o.push('\n');
    }
    o
}
