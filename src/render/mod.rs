//! Rendering a [`Briefing`]: Tera templates for HTML (autoescaped) and Markdown (escaped by
//! the `md` filter), JSON by serde; embedded templates that a folder can override by name;
//! a page template around a story template, written story by story (`stream`); outputs
//! written to a temporary file and renamed, so a failure never leaves a partial file
//! behind. It knows nothing of how the picks were made.

mod markdown;
mod stream;

use std::path::Path;

use tera::{Kwargs, State, Tera};

use crate::briefing::Briefing;
use crate::error::{Error, Result};
pub use markdown::{escape_markdown, markdown_link};

/// The embedded templates, by name: for each format a page and the story it repeats.
const EMBEDDED: &[(&str, &str)] = &[
    (
        "briefing.html",
        include_str!("../../templates/briefing.html"),
    ),
    ("story.html", include_str!("../../templates/story.html")),
    ("briefing.md", include_str!("../../templates/briefing.md")),
    ("story.md", include_str!("../../templates/story.md")),
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
    /// The template that renders this format's page, if any.
    pub fn template(self) -> Option<&'static str> {
        self.templates().map(|(page, _)| page)
    }

    /// The page template and the story template of this format, if any.
    pub fn templates(self) -> Option<(&'static str, &'static str)> {
        match self {
            Format::Html => Some(("briefing.html", "story.html")),
            Format::Markdown => Some(("briefing.md", "story.md")),
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
                Some("holds none of briefing.html, story.html, briefing.md, story.md")
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
    /// templates through Tera story by story (see `stream`), at most [`MAX_RENDER_BYTES`].
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
        let Some(names) = format.templates() else {
            let io =
                |e: std::io::Error| template_error("json", tera::Error::message(e.to_string()));
            serde_json::to_writer_pretty(&mut out, briefing).map_err(|e| io(e.into()))?;
            std::io::Write::write_all(&mut out, b"\n").map_err(io)?;
            return std::io::Write::flush(&mut out).map_err(io);
        };
        stream::render(&self.tera, briefing, names, &mut out)
            .map_err(|(name, e)| template_error(&name, e))?;
        std::io::Write::flush(&mut out)
            .map_err(|e| template_error(names.0, tera::Error::message(e.to_string())))
    }

    /// Renders a briefing in the given format.
    pub fn render(&self, briefing: &Briefing, format: Format) -> Result<String> {
        let mut out = Vec::new();
        self.render_to(briefing, format, &mut out)?;
        Ok(String::from_utf8(out).expect("templates and JSON write UTF-8"))
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

    /// A day of two stories (two unrelated articles).
    fn two_stories() -> Briefing {
        let docs = vec![
            crate::ingest::document_from_text(
                "a",
                "Timu ya taifa imeshinda mechi ya fainali jijini Arusha jana.",
            ),
            crate::ingest::document_from_text(
                "b",
                "Bei ya sukari imepanda sokoni Kariakoo wiki hii.",
            ),
        ];
        crate::pipeline::Pipeline::default().brief_documents(docs)
    }

    fn with_templates(files: &[(&str, &str)]) -> (tempfile::TempDir, Renderer) {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let r = Renderer::new(Some(dir.path())).unwrap();
        (dir, r)
    }

    #[test]
    fn the_page_places_the_stories_each_rendered_alone() {
        let b = two_stories();
        let (_dir, r) = with_templates(&[
            (
                "briefing.md",
                "{{ stories | length }}:{% for s in stories %}{{ s.headline }};{% endfor %}\n{{ stories_here }}mwisho",
            ),
            (
                "story.md",
                "[{{ index }}/{{ count }} {{ story.headline }} {{ story.sentences | length }}]",
            ),
        ]);
        let (h1, h2) = (&b.stories[0].headline, &b.stories[1].headline);
        assert_eq!(
            r.render(&b, Format::Markdown).unwrap(),
            format!("2:{h1};{h2};\n[1/2 {h1} 1][2/2 {h2} 1]mwisho")
        );
    }

    #[test]
    fn the_page_sees_headlines_not_sentences() {
        let (_dir, r) = with_templates(&[(
            "briefing.md",
            "{{ stories_here }}{{ stories[0].sentences | length }}",
        )]);
        assert!(r.render(&two_stories(), Format::Markdown).is_err());
    }

    #[test]
    fn a_page_without_stories_here_gets_the_whole_briefing() {
        let (_dir, r) = with_templates(&[(
            "briefing.md",
            "{% for s in stories %}{{ s.sentences | length }}{{ s.sources[0].id }};{% endfor %}",
        )]);
        let b = two_stories();
        let ids: Vec<&str> = b.stories.iter().map(|s| s.sources[0].id.as_str()).collect();
        assert_eq!(
            r.render(&b, Format::Markdown).unwrap(),
            format!("1{};1{};", ids[0], ids[1])
        );
    }

    #[test]
    fn an_error_in_the_story_template_names_it() {
        let (_dir, r) = with_templates(&[("story.html", "{{ story.hakuna.kitu }}")]);
        let e = r.render(&two_stories(), Format::Html).unwrap_err();
        assert!(e.to_string().contains("story.html"), "{e}");
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
