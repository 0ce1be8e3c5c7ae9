//! Imported records written as glossary YAML (the format of glossary/README.md).

use std::fmt::Write as _;

use super::*;

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
