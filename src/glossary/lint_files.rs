//! Linting glossary files as written: every structural problem of every entry of every file
//! in one run (YAML syntax, unknown fields, a missing `pos`, a bad class), each reported once
//! with its place, beside the checks across entries of [`lint`](super::lint). Loading for
//! use stays strict (`Glossary::add_path` stops at the first problem); this is for fixing.
//!
//! A file laid out as the project writes glossaries (`entries:` at the left margin, one
//! `- ` item per entry) is read entry by entry, every other line blanked so line numbers
//! stay those of the file; a file laid out otherwise is read whole.

use std::path::Path;

use super::Glossary;
use super::lint::{Finding, Severity, lint};
use super::load::{parse_file, yaml_files};
use crate::error::Error;

/// The findings of every glossary file under `path` (a file, or a folder's `*.yaml`), in
/// file and line order, and the entries that loaded. Unreadable files are findings too.
pub fn lint_path(path: &Path) -> (Glossary, Vec<Finding>) {
    let mut glossary = Glossary::default();
    let mut findings = Vec::new();
    let files = if path.is_dir() {
        match yaml_files(path) {
            Ok(files) => files,
            Err(e) => return (glossary, vec![problem(&path.display().to_string(), e)]),
        }
    } else {
        vec![path.to_path_buf()]
    };
    for file in files {
        let name = file.display().to_string();
        // Regular files only, within the data-file limit (a FIFO or device is refused).
        match crate::infile::read_data_text(&file) {
            Ok(text) => {
                let (entries, problems) = lint_text(&name, &text);
                glossary.entries.extend(entries.entries);
                findings.extend(problems);
            }
            Err(e) => findings.push(problem(&name, e)),
        }
    }
    findings.extend(lint(&glossary));
    findings.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    (glossary, findings)
}

/// The entries of one file's text that load, and a finding for each that does not.
pub fn lint_text(name: &str, text: &str) -> (Glossary, Vec<Finding>) {
    let Some(layout) = Layout::of(text) else {
        return match parse_file(name, text) {
            Ok(entries) => (Glossary { entries }, Vec::new()),
            Err(e) => (Glossary::default(), vec![problem(name, e)]),
        };
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut findings = Vec::new();
    let mut glossary = Glossary::default();
    // The file without its entries: `domain`, unknown top-level keys, syntax around them.
    let mut header: Vec<&str> = lines.clone();
    for line in &mut header[layout.entries + 1..layout.end] {
        *line = "";
    }
    header[layout.entries] = "entries: []";
    let header = header.join("\n");
    let domain = match parse_file(name, &header) {
        Ok(_) => domain_of(&lines[..layout.entries]).unwrap_or("lint"),
        Err(e) => {
            findings.push(problem(name, e));
            "lint"
        }
    };
    let tail = format!("\ndomain: {domain:?}\n");
    for w in layout.items.windows(2) {
        let (from, to) = (w[0], w[1]);
        let mut doc = String::with_capacity(from + text.len() / 8);
        for _ in 0..layout.entries {
            doc.push('\n');
        }
        doc.push_str("entries:\n");
        for _ in layout.entries + 1..from {
            doc.push('\n');
        }
        for line in &lines[from..to] {
            doc.push_str(line);
            doc.push('\n');
        }
        doc.push_str(&tail);
        match parse_file(name, &doc) {
            Ok(entries) => glossary.entries.extend(entries),
            Err(e) => {
                let mut finding = problem(name, e);
                // The parser notices a missing field at the entry's end; name its start.
                if finding.message.starts_with("missing field") {
                    let line = lines[from];
                    finding.line = from + 1;
                    finding.column = line.len() - line.trim_start_matches([' ', '-']).len() + 1;
                }
                findings.push(finding);
            }
        }
    }
    (glossary, findings)
}

/// Where the entries of a file stand: the `entries:` line, the first line of each item
/// (then the end of the list, as the last), and the line after the list.
struct Layout {
    entries: usize,
    items: Vec<usize>,
    end: usize,
}

impl Layout {
    fn of(text: &str) -> Option<Layout> {
        let lines: Vec<&str> = text.lines().collect();
        let entries = lines
            .iter()
            .position(|l| l.trim_end() == "entries:" || l.starts_with("entries: #"))?;
        let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
        let skip = |l: &str| l.trim().is_empty() || l.trim_start().starts_with('#');
        let first = (entries + 1..lines.len()).find(|&n| !skip(lines[n]))?;
        let item_indent = indent(lines[first]);
        let is_item = |l: &str| {
            indent(l) == item_indent && (l.trim_start().starts_with("- ") || l.trim() == "-")
        };
        if !is_item(lines[first]) {
            return None;
        }
        let mut items = vec![first];
        let mut end = lines.len();
        for (n, line) in lines.iter().enumerate().skip(first + 1) {
            if skip(line) {
                continue;
            }
            if is_item(line) {
                items.push(n);
            } else if indent(line) <= item_indent && !line.starts_with(' ') {
                end = n;
                break;
            } else if indent(line) < item_indent {
                return None;
            }
        }
        items.push(end);
        Some(Layout {
            entries,
            items,
            end,
        })
    }
}

/// The `domain:` value written before the entries, as written.
fn domain_of<'a>(lines: &[&'a str]) -> Option<&'a str> {
    lines.iter().find_map(|l| {
        let v = l.strip_prefix("domain:")?.trim();
        let v = v.split(" #").next()?.trim().trim_matches(['"', '\'']);
        (!v.is_empty()).then_some(v)
    })
}

/// A loading error as a finding, its place once.
fn problem(file: &str, error: Error) -> Finding {
    let (line, column, message) = match error {
        Error::Data {
            line,
            column,
            message,
            ..
        } => (line, column, message),
        other => {
            let text = other.to_string();
            let text = text
                .strip_prefix(&format!("{file}: "))
                .map(str::to_string)
                .unwrap_or(text);
            (0, 0, text)
        }
    };
    Finding {
        severity: Severity::Error,
        file: file.to_string(),
        line,
        column,
        id: String::new(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BAD: &str = "domain: mfano\nentries:\n  - id: shamba\n    sw: shamba\n    pos: noun\n    class: 5/6\n    en: farm\n    rangi: kijani\n  - id: mkulima\n    sw: mkulima\n    en: farmer\n  - id: jembe\n    sw: jembe\n    pos: noun\n    class: 99\n    en: hoe\n  - id: mvua\n    sw: mvua\n    pos: noun\n    class: 9/10\n    en: rain\n";

    #[test]
    fn every_entry_is_checked_with_its_own_line() {
        let (glossary, findings) = lint_text("mfano.yaml", BAD);
        let places: Vec<(usize, &str)> = findings
            .iter()
            .map(|f| (f.line, f.message.as_str()))
            .collect();
        assert_eq!(findings.len(), 3, "{places:?}");
        assert_eq!(findings[0].line, 8, "{places:?}");
        assert!(findings[0].message.contains("rangi"), "{places:?}");
        assert!(!findings[0].message.contains("at line"), "{places:?}");
        assert_eq!(findings[1].line, 9, "{places:?}");
        assert!(findings[1].message.contains("pos"), "{places:?}");
        assert_eq!(findings[2].line, 12, "{places:?}");
        assert!(findings[2].message.contains("jembe"), "{places:?}");
        let ids: Vec<&str> = glossary.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["mvua"]);
    }

    #[test]
    fn the_project_glossaries_read_entry_by_entry_as_whole() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("glossary");
        let files = yaml_files(&dir).unwrap();
        assert!(files.len() >= 10, "{files:?}");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let name = file.display().to_string();
            assert!(
                Layout::of(&text).is_some(),
                "{name}: not read entry by entry"
            );
            let whole = parse_file(&name, &text).unwrap();
            let (glossary, findings) = lint_text(&name, &text);
            assert!(findings.is_empty(), "{findings:?}");
            let key =
                |e: &crate::glossary::Entry| (e.id.clone(), e.origin.clone(), e.domain.clone());
            let got: Vec<_> = glossary.entries.iter().map(key).collect();
            let want: Vec<_> = whole.iter().map(key).collect();
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn a_missing_domain_is_reported_once_and_entries_still_checked() {
        let text = BAD.replacen("domain: mfano\n", "# hakuna domain\n", 1);
        let (_, findings) = lint_text("mfano.yaml", &text);
        assert_eq!(findings.len(), 4, "{findings:?}");
        assert!(findings.iter().any(|f| f.message.contains("domain")));
    }

    #[test]
    fn a_clean_file_has_no_findings_and_keeps_every_entry() {
        let text = BAD
            .replace("    rangi: kijani\n", "")
            .replace(
                "    en: farmer\n",
                "    pos: noun\n    class: 1/2\n    en: farmer\n",
            )
            .replace("class: 99", "class: 5/6");
        let (glossary, findings) = lint_text("mfano.yaml", &text);
        assert!(findings.is_empty(), "{findings:?}");
        assert_eq!(glossary.entries.len(), 4);
        assert_eq!(glossary.entries[1].origin.line, 8);
    }
}
