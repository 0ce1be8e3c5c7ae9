//! OmegaT's glossary TSV: `source⇥target⇥comment`, no header, `#` comments; the basic
//! fields packed into the comment column, the rest reported as lost on export.

use std::fmt::Write as _;
use std::path::Path;

use super::*;
use crate::error::Error;

pub(super) fn export_tsv(records: &[Record]) -> Exported {
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
        .map(|(k, n)| {
            let entries = if n == 1 { "entry" } else { "entries" };
            format!("TSV cannot hold `{k}` ({n} {entries}): use CSV or TBX to keep it")
        })
        .collect();
    Exported { text: out, losses }
}

pub(super) fn import_tsv(name: &str, text: &str) -> Result<Vec<Record>> {
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
