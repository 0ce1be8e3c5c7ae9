//! Writes a candidates [`Report`]: JSON (the whole report), TSV (one candidate a row, for a
//! spreadsheet) or glossary YAML with `status: candidate` (ready to review; lint says what
//! a reviewer must still do). The seen sentences go into YAML comments, never `examples:`:
//! a glossary example is a sentence the terminologist writes.

use std::collections::HashSet;
use std::fmt::Write as _;

use super::{Candidate, Report};
use crate::glossary::Pos;
use crate::morph::NounClass;

/// JSON of the whole report.
pub fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
}

fn cell(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// TSV: a header, then one row per candidate, names and missing forms after with their kind.
pub fn tsv(report: &Report) -> String {
    let mut out =
        String::from("kind\tsw\tpos\tclass\tcount\tdocs\tscore\ten\tforms\texample\tsource\n");
    let rows = report
        .candidates
        .iter()
        .map(|c| ("term", c))
        .chain(report.names.iter().map(|c| ("name", c)));
    for (kind, c) in rows {
        let en: Vec<String> =
            c.en.iter()
                .map(|p| format!("{} ({:.2})", p.text, p.score))
                .collect();
        let ex = c.examples.first();
        let _ = writeln!(
            out,
            "{kind}\t{}\t{}\t{}\t{}\t{}\t{:.3}\t{}\t{}\t{}\t{}",
            cell(&c.sw),
            c.pos.map_or("", Pos::as_str),
            c.class.map(|k| k.to_string()).unwrap_or_default(),
            c.count,
            c.docs,
            c.score,
            cell(&en.join("; ")),
            cell(&c.forms.join(", ")),
            cell(ex.map_or("", |e| e.sw.as_str())),
            cell(ex.map_or("", |e| e.source.as_str())),
        );
    }
    for m in &report.missing_forms {
        let _ = writeln!(
            out,
            "missing-form\t{}\t\t\t{}\t\t\t\t{}\t\t{}",
            cell(&m.sw),
            m.count,
            cell(&m.forms.join(", ")),
            cell(&m.entry)
        );
    }
    out
}

fn q(s: &str) -> String {
    // A JSON string is a valid YAML double-quoted scalar.
    serde_json::to_string(s).unwrap_or_default()
}

fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.to_lowercase().chars() {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The class a noun's prefix suggests when no plural was seen.
fn guess_class(sw: &str) -> NounClass {
    let head = sw.split(' ').next().unwrap_or(sw);
    if head.starts_with("ki") || head.starts_with("ch") {
        NounClass::C7_8
    } else if head.starts_with("ma") {
        NounClass::C6
    } else if head.starts_with('u') {
        NounClass::C14
    } else if head.starts_with('m') && head.len() > 3 {
        NounClass::C3_4
    } else {
        NounClass::C9_10
    }
}

fn entry(out: &mut String, c: &Candidate, ids: &mut HashSet<String>) {
    let mut id = slug(&c.sw);
    if id.is_empty() {
        id = "candidate".into();
    }
    let base = id.clone();
    let mut n = 2;
    while !ids.insert(id.clone()) {
        id = format!("{base}-{n}");
        n += 1;
    }
    let mut review: Vec<String> = Vec::new();
    let pos = c.pos.unwrap_or_else(|| {
        review.push("part of speech guessed".into());
        Pos::Noun
    });
    let class = match (pos, c.class) {
        (_, Some(k)) => Some(k),
        (Pos::Noun, None) => {
            review.push("class guessed from the prefix".into());
            Some(guess_class(&c.sw))
        }
        _ => None,
    };
    let _ = writeln!(out, "  - id: {}", q(&id));
    let _ = writeln!(out, "    sw: {}", q(&c.sw));
    let _ = writeln!(out, "    pos: {}", pos.as_str());
    if let Some(k) = class {
        let _ = writeln!(out, "    class: \"{k}\"");
    }
    let en = c.en.first().map_or("?", |p| p.text.as_str());
    if c.en.is_empty() {
        review.push("no English found: translate".into());
    }
    let _ = writeln!(out, "    en: {}", q(en));
    if c.en.len() > 1 {
        let alt: Vec<String> = c.en[1..].iter().map(|p| q(&p.text)).collect();
        let _ = writeln!(out, "    alt: [{}]", alt.join(", "));
    }
    let _ = writeln!(out, "    status: candidate");
    let scores: Vec<String> =
        c.en.iter()
            .map(|p| format!("{} {:.2}", p.text, p.score))
            .collect();
    let mut note = format!(
        "candidate: {} occurrences in {} documents; forms: {}; keyness {:.2}",
        c.count,
        c.docs,
        c.forms.join(", "),
        c.score
    );
    if !scores.is_empty() {
        let _ = write!(note, "; English by Dice: {}", scores.join(", "));
    }
    if !review.is_empty() {
        let _ = write!(note, "; {}", review.join("; "));
    }
    let _ = writeln!(out, "    note: {}", q(&note));
    for e in &c.examples {
        let line = e.sw.replace('\n', " ");
        let _ = writeln!(
            out,
            "    # seen ({}): {}",
            e.source.replace('\n', " "),
            line
        );
        if let Some(en) = &e.en {
            let _ = writeln!(out, "    #   en: {}", en.replace('\n', " "));
        }
    }
}

/// Glossary YAML of the candidates (names included, as `pos: name`), `status: candidate`.
pub fn yaml(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Glossary candidates from {} words; keyness against {}.\n\
         # Review each entry by glossary/README.md, write an example of your own, choose the\n\
         # English, then set its status and move it into a domain file.",
        report.words, report.background
    );
    out.push_str("domain: candidates\nentries:\n");
    let mut ids = HashSet::new();
    for c in report.candidates.iter().chain(&report.names) {
        entry(&mut out, c, &mut ids);
    }
    if report.candidates.is_empty() && report.names.is_empty() {
        out.truncate(out.len() - 1);
        out.push_str(" []\n");
    }
    if !report.missing_forms.is_empty() {
        out.push_str("# Forms of existing entries their grammar does not find:\n");
        for m in &report.missing_forms {
            let _ = writeln!(
                out,
                "#   {} ({}): {} ({}×)",
                m.entry,
                m.sw,
                m.forms.join(", "),
                m.count
            );
        }
    }
    out
}
