//! TBX-Basic (ISO 30042) XML: one `termEntry` per entry, Swahili and English language
//! sections, the glossary's fields as TBX data categories or notes.

use std::fmt::Write as _;
use std::path::Path;

use super::csv::examples_json;
use super::*;
use crate::error::Error;
use quick_xml::Reader;
use quick_xml::events::Event;

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

pub(super) fn export_tbx(records: &[Record]) -> String {
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

pub(super) fn import_tbx(name: &str, text: &str) -> Result<Vec<Record>> {
    let err = |pos: u64, msg: String| {
        let (line, column) = crate::text::line_col(text, pos as usize);
        Error::data(Path::new(name), line, column, msg)
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
