//! What the commands share once the arguments are parsed: the summary length they ask for
//! (checked once), the glossary they load, how a briefing is rendered and written, and how a
//! count is said ("1 warning"). The one-story commands, lint and the daily briefing all use
//! these, so none imports another.

use anyhow::Result;
use muhtasari::{Format, Glossary, Length, Renderer};

use super::args::{BriefFormat, Global, LengthArgs};
use super::output::Output;

/// The summary length the arguments ask for (three sentences by default).
pub(super) fn length(args: LengthArgs) -> Result<Length> {
    anyhow::ensure!(
        args.sentences != Some(0),
        "-n/--sentences must be at least 1 (0 would pick nothing)"
    );
    anyhow::ensure!(
        args.words != Some(0),
        "--words must be at least 1 (0 would pick nothing)"
    );
    Ok(match (args.sentences, args.words, args.ratio) {
        (Some(n), _, _) => Length::Sentences(n),
        (_, Some(w), _) => Length::Words(w),
        (_, _, Some(r)) => {
            anyhow::ensure!(
                r > 0.0 && r <= 1.0,
                "--ratio must be above 0 and at most 1, got {r}"
            );
            Length::Ratio(r)
        }
        _ => Length::Sentences(3),
    })
}

/// Renders a briefing in the chosen format and writes it out.
pub(super) fn render_briefing(
    g: &Global,
    briefing: &muhtasari::Briefing,
    format: BriefFormat,
    mut out: Output,
) -> Result<()> {
    let renderer = Renderer::new(g.templates.as_deref())?;
    renderer.render_to(briefing, output_format(format), &mut out)?;
    out.finish()
}

/// Renders a day written story by story (see [`muhtasari::Day`]) and writes it out.
pub(super) fn render_day(
    g: &Global,
    outline: &muhtasari::Briefing,
    stories: impl Iterator<Item = muhtasari::Story>,
    format: BriefFormat,
    mut out: Output,
) -> Result<()> {
    let renderer = Renderer::new(g.templates.as_deref())?;
    renderer.render_stories_to(outline, stories, output_format(format), &mut out)?;
    out.finish()
}

/// The renderer's format for a `brief --format`.
fn output_format(format: BriefFormat) -> Format {
    match format {
        BriefFormat::Html => Format::Html,
        BriefFormat::Md => Format::Markdown,
        BriefFormat::Json | BriefFormat::Jsonl => Format::Json,
    }
}

/// `n thing` or `n things`: "1 warning", "2 warnings".
pub(super) fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The glossary the options ask for: the built-in one (unless `--no-default-glossary`), the
/// extra glossaries of the settings file found (`muhtasari.toml`) and every `--glossary` file
/// or folder, a user's entries that lint calls an error left out with a warning (they would
/// give false glosses).
pub(super) fn glossary(g: &Global) -> Result<Glossary> {
    load_glossary(g, None, true)
}

/// The same, with the extra glossaries of the settings file `settings` (else the one found in
/// the current or the user's config folder).
pub(super) fn glossary_for(g: &Global, settings: Option<&std::path::Path>) -> Result<Glossary> {
    load_glossary(g, settings, true)
}

/// The glossary; `drop_errors`: leave out (with a warning) a user's entries lint calls an
/// error. `glossary lint` keeps them, to report them.
pub(super) fn load_glossary(
    g: &Global,
    settings: Option<&std::path::Path>,
    drop_errors: bool,
) -> Result<Glossary> {
    let mut glossary = if g.no_default_glossary {
        Glossary::default()
    } else {
        Glossary::embedded()
    };
    let built_in = glossary.entries.len();
    let extra = super::translate::file_glossaries(settings)?;
    for path in extra.iter().chain(&g.glossary) {
        glossary.add_path(path)?;
    }
    if drop_errors && !(extra.is_empty() && g.glossary.is_empty()) {
        // What lint calls an error is not loaded: it would give false glosses.
        for f in muhtasari::drop_erroneous(&mut glossary, built_in) {
            eprintln!("muhtasari: warning: {f}; entry left out (see `glossary lint`)");
        }
    }
    Ok(glossary)
}
