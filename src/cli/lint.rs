//! `glossary lint`: every problem of every glossary file in one run, each with its place
//! once, and a closing count; exit 1 when any is an error.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;
use muhtasari::{Glossary, Severity, lint};

use super::args::Global;
use super::config::{count, load_glossary};

pub(super) fn lint_cmd(g: &Global, path: Option<&Path>) -> Result<ExitCode> {
    // Every problem of every file in one run; the built-in glossary is checked whole.
    let (glossary, findings) = match path {
        Some(p) => muhtasari::lint_path(p),
        None if g.glossary.is_empty() => {
            let glossary = load_glossary(g, false)?;
            let findings = lint(&glossary);
            (glossary, findings)
        }
        None => {
            let mut all = if g.no_default_glossary {
                Glossary::default()
            } else {
                Glossary::embedded()
            };
            let mut problems = Vec::new();
            for p in &g.glossary {
                let (mine, found) = muhtasari::lint_path(p);
                all.entries.extend(mine.entries);
                // Checks across entries run once, over all of them, below.
                problems.extend(found.into_iter().filter(|f| f.id.is_empty()));
            }
            problems.extend(lint(&all));
            (all, problems)
        }
    };
    let errors = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .count();
    for f in &findings {
        eprintln!("{f}");
    }
    eprintln!(
        "{}, {}, {}",
        count(glossary.entries.len(), "entry", "entries"),
        count(errors, "error", "errors"),
        count(findings.len() - errors, "warning", "warnings")
    );
    Ok(if errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
