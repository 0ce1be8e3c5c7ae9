//! What the commands share once the arguments are parsed: the summary length they ask for
//! (checked once) and how a briefing is rendered and written. Both the one-story commands
//! and the daily briefing use these, so neither imports the other.

use anyhow::Result;
use muhtasari::{Format, Length, Renderer};

use super::args::{BriefFormat, Global, LengthArgs};
use super::output::Output;

/// The summary length the arguments ask for (three sentences by default).
pub(super) fn length(args: LengthArgs) -> Result<Length> {
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
    let format = match format {
        BriefFormat::Html => Format::Html,
        BriefFormat::Md => Format::Markdown,
        BriefFormat::Json | BriefFormat::Jsonl => Format::Json,
    };
    let renderer = Renderer::new(g.templates.as_deref())?;
    renderer.render_to(briefing, format, &mut out)?;
    out.finish()
}
