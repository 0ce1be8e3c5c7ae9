//! Rendering a [`Briefing`]: Tera templates for HTML (autoescaped) and Markdown (escaped by
//! the `md` filter), JSON by serde; embedded templates that a folder can override by name;
//! outputs written to a temporary file and renamed, so a failure never leaves a partial
//! file behind. It knows nothing of how the picks were made.

use std::path::Path;

use tera::{Context, Kwargs, State, Tera};

use crate::briefing::Briefing;
use crate::error::{Error, Result};

/// The embedded templates, by name.
const EMBEDDED: &[(&str, &str)] = &[
    ("briefing.html", include_str!("../templates/briefing.html")),
    ("briefing.md", include_str!("../templates/briefing.md")),
];

/// An output format of `brief`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One self-contained HTML page.
    Html,
    /// CommonMark with tables.
    Markdown,
    /// The briefing's serialisation.
    Json,
}

impl Format {
    /// The template that renders this format, if any.
    pub fn template(self) -> Option<&'static str> {
        match self {
            Format::Html => Some("briefing.html"),
            Format::Markdown => Some("briefing.md"),
            Format::Json => None,
        }
    }
}

/// Tera with the embedded templates (or a user's) and the project's filters.
pub struct Renderer {
    tera: Tera,
    max_bytes: u64,
}

impl std::fmt::Debug for Renderer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Renderer").finish_non_exhaustive()
    }
}

fn template_error(name: &str, e: tera::Error) -> Error {
    // Tera's Display gives the headline; its source chain holds the detail.
    let mut message = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        message.push_str(": ");
        message.push_str(&s.to_string());
        source = s.source();
    }
    Error::Template {
        name: name.to_string(),
        message,
    }
}

/// Escapes Markdown so article text shows as written: inline markup characters get a
/// backslash, `|` is escaped for tables, and line breaks become spaces.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // At the start of a line a text must not open a block: `3. Nenda…` (ordered list),
    // `- x`, `+ x` (bullet list), `=`/`-` underlines.
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let lead = if digits > 0 && s[digits..].starts_with(['.', ')']) {
        Some(digits)
    } else if s.starts_with(['-', '+', '=']) {
        Some(0)
    } else {
        None
    };
    if let Some(at) = lead {
        out.push_str(&s[..at]);
        out.push('\\');
        out.push_str(&s[at..at + 1]);
        escape_inline(&s[at + 1..], &mut out);
        return out;
    }
    escape_inline(s, &mut out);
    out
}

/// Backslash-escapes inline Markdown characters of `s` into `out`.
fn escape_inline(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '{' | '}' | '~'
            | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
}

/// A URL as Markdown: a CommonMark autolink `<…>` when it is http(s), with spaces, `<`, `>`
/// and controls percent-encoded so the link cannot end early or carry markup; any other
/// address is shown as escaped text.
pub fn markdown_link(s: &str) -> String {
    let t = s.trim();
    if !(t.starts_with("http://") || t.starts_with("https://")) {
        return escape_markdown(t);
    }
    let mut out = String::from("<");
    for c in s.trim().chars() {
        match c {
            '<' | '>' | ' ' | '"' | '`' | '\\' => out.push_str(&format!("%{:02X}", c as u32)),
            c if c.is_control() => out.push_str(&format!("%{:02X}", c as u32 & 0xff)),
            c => out.push(c),
        }
    }
    out.push('>');
    out
}

/// The built-in templates, by file name (`briefing.html`, `briefing.md`): a starting point for
/// a user's own (`muhtasari templates export DIR`).
pub fn embedded_templates() -> &'static [(&'static str, &'static str)] {
    EMBEDDED
}

impl Renderer {
    /// The embedded templates; files of `dir` (when given) replace them by name. A `dir`
    /// that is not a folder, or holds none of the templates, is an error: a mistyped
    /// `--templates` must not quietly give the built-in look.
    pub fn new(dir: Option<&Path>) -> Result<Self> {
        if let Some(d) = dir {
            let problem = if !d.exists() {
                Some("no such folder")
            } else if !d.is_dir() {
                Some("not a folder")
            } else if !EMBEDDED.iter().any(|(name, _)| d.join(name).is_file()) {
                Some("holds neither briefing.html nor briefing.md")
            } else {
                None
            };
            if let Some(message) = problem {
                return Err(Error::data(d, 0, 0, format!("--templates: {message}")));
            }
        }
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        tera.register_filter("md", |s: &str, _: Kwargs, _: &State| escape_markdown(s));
        tera.register_filter("md_link", |s: &str, _: Kwargs, _: &State| markdown_link(s));
        let mut all = Vec::new();
        for (name, text) in EMBEDDED {
            let text =
                match dir.map(|d| d.join(name)).filter(|p| p.is_file()) {
                    Some(p) => String::from_utf8(crate::infile::read_limited(&p, 1 << 20)?)
                        .map_err(|e| Error::NotUtf8 {
                            path: p.clone(),
                            offset: e.utf8_error().valid_up_to(),
                        })?,
                    None => text.to_string(),
                };
            all.push((*name, text));
        }
        // All at once, so either template may include the other.
        tera.add_raw_templates(all.iter().map(|(n, t)| (*n, t.as_str())))
            .map_err(|e| template_error("templates", e))?;
        Ok(Renderer {
            tera,
            max_bytes: MAX_RENDER_BYTES,
        })
    }

    /// Sets the most bytes one rendering may write (default [`MAX_RENDER_BYTES`]).
    pub fn max_bytes(mut self, bytes: u64) -> Self {
        self.max_bytes = bytes;
        self
    }

    /// Renders a briefing straight into `out`, never holding the whole text: JSON by serde,
    /// templates through Tera, at most [`MAX_RENDER_BYTES`].
    pub fn render_to(
        &self,
        briefing: &Briefing,
        format: Format,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        let mut out = Capped {
            inner: std::io::BufWriter::new(out),
            written: 0,
            limit: self.max_bytes,
        };
        let Some(name) = format.template() else {
            let io =
                |e: std::io::Error| template_error("json", tera::Error::message(e.to_string()));
            serde_json::to_writer_pretty(&mut out, briefing).map_err(|e| io(e.into()))?;
            std::io::Write::write_all(&mut out, b"\n").map_err(io)?;
            return std::io::Write::flush(&mut out).map_err(io);
        };
        let context = Context::from_serialize(briefing).map_err(|e| template_error(name, e))?;
        self.tera
            .render_to(name, &context, &mut out)
            .map_err(|e| template_error(name, e))?;
        std::io::Write::flush(&mut out)
            .map_err(|e| template_error(name, tera::Error::message(e.to_string())))
    }

    /// Renders a briefing in the given format.
    pub fn render(&self, briefing: &Briefing, format: Format) -> Result<String> {
        let Some(name) = format.template() else {
            let mut s = serde_json::to_string_pretty(briefing).expect("a briefing serialises");
            s.push('\n');
            return Ok(s);
        };
        let context = Context::from_serialize(briefing).map_err(|e| template_error(name, e))?;
        self.tera
            .render(name, &context)
            .map_err(|e| template_error(name, e))
    }
}

/// Most bytes one rendering may write: far more than any briefing (a 10 MB feed of 40,000
/// items renders to about 200 MB of HTML), and a stop for a user template whose loops would
/// run without end.
pub const MAX_RENDER_BYTES: u64 = 1 << 30;

/// A writer that refuses to go past [`MAX_RENDER_BYTES`].
struct Capped<W> {
    inner: W,
    written: u64,
    limit: u64,
}

impl<W: std::io::Write> std::io::Write for Capped<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.written += buf.len() as u64;
        if self.written > self.limit {
            return Err(std::io::Error::other(format!(
                "the rendering passed {} bytes and was stopped (a template loop without end?)",
                self.limit
            )));
        }
        self.inner.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Writes `content` to `path` through a temporary file in the same folder, then renames it:
/// the old file stays whole until the new one is complete. See [`crate::outfile`] for what
/// it refuses (a read-only file, a folder, a block device) and what it writes in place.
pub fn write_atomic(path: &Path, content: &[u8]) -> Result<()> {
    crate::outfile::write_file(path, content, &[])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escape_keeps_line_starts_from_opening_blocks() {
        assert_eq!(escape_markdown("3. Nenda tovuti"), "3\\. Nenda tovuti");
        assert_eq!(escape_markdown("12) x"), "12\\) x");
        assert_eq!(escape_markdown("- x"), "\\- x");
        assert_eq!(escape_markdown("+ x *y*"), "\\+ x \\*y\\*");
        assert_eq!(escape_markdown("2024 ni mwaka"), "2024 ni mwaka");
        assert_eq!(escape_markdown(&"-".repeat(100_000)).len(), 100_001);
    }

    #[test]
    fn markdown_escape_makes_text_inert() {
        assert_eq!(
            escape_markdown("a|b *c* _d_ <x>"),
            "a\\|b \\*c\\* \\_d\\_ \\<x\\>"
        );
    }

    #[test]
    fn a_template_loop_without_end_is_stopped() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("briefing.md"),
            "{% for i in range(end=100000) %}{% for j in range(end=100000) %}kitanzi {% endfor %}{% endfor %}",
        )
        .unwrap();
        let r = Renderer::new(Some(dir.path())).unwrap().max_bytes(100_000);
        let briefing =
            crate::pipeline::Pipeline::default().brief(&[], crate::summarize::Length::Sentences(1));
        let mut sink = std::io::sink();
        let e = r
            .render_to(&briefing, Format::Markdown, &mut sink)
            .unwrap_err();
        assert!(e.to_string().contains("passed 100000 bytes"), "{e}");
    }

    #[test]
    fn either_template_may_include_the_other() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("briefing.html"),
            "<main>{% include \"briefing.md\" %}</main>",
        )
        .unwrap();
        let r = Renderer::new(Some(dir.path())).unwrap();
        let briefing =
            crate::pipeline::Pipeline::default().brief(&[], crate::summarize::Length::Sentences(1));
        assert!(
            r.render(&briefing, Format::Html)
                .unwrap()
                .starts_with("<main>")
        );
    }

    #[test]
    fn atomic_write_replaces_whole() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.html");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}
