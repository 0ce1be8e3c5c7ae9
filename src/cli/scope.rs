//! Which options apply to which command. Each subcommand declares the option groups it reads
//! (glossary, language data, templates, input size), so its `--help` lists only those; the
//! same options given before the subcommand (`muhtasari --glossary FILE brief …`) are still
//! accepted where they apply and refused where they do not. Also the output format, taken
//! from `-o`'s extension when `--format` is not given.

use std::path::Path;

use anyhow::Result;

use super::args::{
    BriefFormat, Cli, Command, Global, GlossaryCommand, GlossaryOpts, InputOpts, LangOpts,
    TemplateOpts,
};

/// The option groups one subcommand reads.
#[derive(Default)]
struct Groups<'a> {
    glossary: Option<&'a GlossaryOpts>,
    lang: Option<&'a LangOpts>,
    templates: Option<&'a TemplateOpts>,
    input: Option<&'a InputOpts>,
}

fn groups(command: &Command) -> (&'static str, Groups<'_>) {
    use Command as C;
    use GlossaryCommand as G;
    match command {
        C::Segment { lang, input, .. } => (
            "segment",
            Groups {
                lang: Some(lang),
                input: Some(input),
                ..Groups::default()
            },
        ),
        C::Summarize {
            glossary,
            lang,
            input,
            ..
        }
        | C::Gloss {
            glossary,
            lang,
            input,
            ..
        } => (
            if matches!(command, C::Gloss { .. }) {
                "gloss"
            } else {
                "summarize"
            },
            Groups {
                glossary: Some(glossary),
                lang: Some(lang),
                input: Some(input),
                ..Groups::default()
            },
        ),
        C::Brief {
            glossary,
            lang,
            templates,
            input,
            ..
        } => (
            "brief",
            Groups {
                glossary: Some(glossary),
                lang: Some(lang),
                templates: Some(templates),
                input: Some(input),
            },
        ),
        C::Demo {
            glossary,
            lang,
            templates,
            ..
        } => (
            "demo",
            Groups {
                glossary: Some(glossary),
                lang: Some(lang),
                templates: Some(templates),
                ..Groups::default()
            },
        ),
        C::Glossary { command } => match command {
            G::Find {
                glossary, input, ..
            } => (
                "glossary find",
                Groups {
                    glossary: Some(glossary),
                    input: Some(input),
                    ..Groups::default()
                },
            ),
            G::Lint { glossary, .. } => ("glossary lint", with_glossary(glossary)),
            G::Lookup { glossary, .. } => ("glossary lookup", with_glossary(glossary)),
            G::Export { glossary, .. } => ("glossary export", with_glossary(glossary)),
            G::Import { .. } => ("glossary import", Groups::default()),
        },
        C::Check(args) => (
            "check",
            Groups {
                glossary: Some(&args.glossary),
                lang: Some(&args.lang),
                input: Some(&args.input),
                ..Groups::default()
            },
        ),
        C::Completions { .. } => ("completions", Groups::default()),
        C::Man => ("man", Groups::default()),
        C::Templates { .. } => ("templates", Groups::default()),
        C::LangData { .. } => ("lang-data", Groups::default()),
    }
}

fn with_glossary(glossary: &GlossaryOpts) -> Groups<'_> {
    Groups {
        glossary: Some(glossary),
        ..Groups::default()
    }
}

/// The options the command reads: its own, plus those given before it. An option given
/// before a command it does not apply to is an error that says so.
pub fn resolve(cli: &Cli) -> Result<Global> {
    let (name, g) = groups(&cli.command);
    let top = &cli.top;
    let refuse = |option: &str| -> Result<Global> {
        anyhow::bail!("{option} does not apply to `{name}` (see `muhtasari {name} --help`)")
    };
    if g.glossary.is_none() && (!top.glossary.is_empty() || top.no_default_glossary) {
        return refuse(if top.glossary.is_empty() {
            "--no-default-glossary"
        } else {
            "--glossary"
        });
    }
    if g.lang.is_none() && !top.lang_data.is_empty() {
        return refuse("--lang-data");
    }
    if g.templates.is_none() && top.templates.is_some() {
        return refuse("--templates");
    }
    if g.input.is_none() && top.max_bytes.is_some() {
        return refuse("--max-bytes");
    }
    let mut glossary = top.glossary.clone();
    let mut no_default_glossary = top.no_default_glossary;
    if let Some(own) = g.glossary {
        glossary.extend(own.glossary.iter().cloned());
        no_default_glossary |= own.no_default_glossary;
    }
    let mut lang_data = top.lang_data.clone();
    if let Some(own) = g.lang {
        lang_data.extend(own.lang_data.iter().cloned());
    }
    let own_templates = g.templates.and_then(|t| t.templates.clone());
    if own_templates.is_some() && top.templates.is_some() {
        anyhow::bail!("--templates is given twice");
    }
    let max_bytes = g
        .input
        .and_then(|i| i.max_bytes)
        .or(top.max_bytes)
        .unwrap_or(muhtasari::DEFAULT_MAX_BYTES);
    Ok(Global {
        glossary,
        no_default_glossary,
        lang_data,
        templates: own_templates.or_else(|| top.templates.clone()),
        max_bytes,
    })
}

/// The format an output file's extension names, if any.
fn format_of(path: &Path) -> Option<BriefFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "html" | "htm" => BriefFormat::Html,
        "md" | "markdown" => BriefFormat::Md,
        "json" => BriefFormat::Json,
        "jsonl" | "ndjson" => BriefFormat::Jsonl,
        _ => return None,
    })
}

fn name(f: BriefFormat) -> &'static str {
    match f {
        BriefFormat::Html => "html",
        BriefFormat::Md => "md",
        BriefFormat::Json => "json",
        BriefFormat::Jsonl => "jsonl",
    }
}

/// The briefing's format: `--format` when given, else the one `-o`'s extension names, else
/// `default`. A `--format` that another format's extension contradicts is refused.
pub fn brief_format(
    given: Option<BriefFormat>,
    output: Option<&Path>,
    default: BriefFormat,
) -> Result<BriefFormat> {
    let from_ext = output.and_then(format_of);
    match (given, from_ext) {
        (Some(g), Some(e)) if name(g) != name(e) => anyhow::bail!(
            "-o {} names {} output but --format {} was given; drop one or make them agree",
            output.map(|p| p.display().to_string()).unwrap_or_default(),
            name(e),
            name(g)
        ),
        (Some(g), _) => Ok(g),
        (None, Some(e)) => Ok(e),
        (None, None) => Ok(default),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    fn global(args: &[&str]) -> Result<Global> {
        let cli = Cli::try_parse_from(args).map_err(|e| anyhow::anyhow!("{e}"))?;
        resolve(&cli)
    }

    #[test]
    fn options_before_or_after_the_subcommand_are_merged() {
        let g = global(&[
            "m",
            "--glossary",
            "a.yaml",
            "brief",
            "--glossary",
            "b.yaml",
            "x",
        ])
        .unwrap();
        assert_eq!(g.glossary.len(), 2);
        let g = global(&["m", "--max-bytes", "10", "segment", "x"]).unwrap();
        assert_eq!(g.max_bytes, 10);
        let g = global(&["m", "segment", "--max-bytes", "12", "x"]).unwrap();
        assert_eq!(g.max_bytes, 12);
    }

    #[test]
    fn options_that_do_not_apply_are_refused() {
        let e = global(&["m", "--templates", "t", "segment", "x"]).unwrap_err();
        assert!(
            e.to_string()
                .contains("--templates does not apply to `segment`"),
            "{e}"
        );
        assert!(global(&["m", "segment", "--templates", "t", "x"]).is_err());
        assert!(
            global(&[
                "m",
                "--glossary",
                "g",
                "glossary",
                "import",
                "--format",
                "tsv",
                "f"
            ])
            .is_err()
        );
    }

    #[test]
    fn the_extension_names_the_format() {
        let p = Path::new("out.md");
        assert!(matches!(
            brief_format(None, Some(p), BriefFormat::Html).unwrap(),
            BriefFormat::Md
        ));
        assert!(brief_format(Some(BriefFormat::Html), Some(p), BriefFormat::Html).is_err());
        let t = Path::new("out.txt");
        assert!(matches!(
            brief_format(Some(BriefFormat::Md), Some(t), BriefFormat::Html).unwrap(),
            BriefFormat::Md
        ));
        assert!(matches!(
            brief_format(None, None, BriefFormat::Md).unwrap(),
            BriefFormat::Md
        ));
    }
}
