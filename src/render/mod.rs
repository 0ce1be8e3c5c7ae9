//! Rendering a [`Briefing`]: Tera templates for HTML (autoescaped) and Markdown (escaped by
//! the `md` filter), JSON by serde; embedded templates that a folder can override by name;
//! a page template around a story template, written story by story (`stream`); outputs
//! written to a temporary file and renamed, so a failure never leaves a partial file
//! behind. It knows nothing of how the picks were made.

mod html;
mod markdown;
mod stream;

use std::path::Path;

use tera::{Kwargs, State, Tera};

use crate::briefing::{Briefing, Story};
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
        tera.set_escape_fn(html::escape);
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
        self.write(format, out, |names, out| match names {
            None => serde_json::to_writer_pretty(out, briefing)
                .map_err(|e| ("json".into(), tera::Error::message(e.to_string()))),
            Some(names) => {
                let streamed = stream::streams(&self.tera, names.0);
                stream::render(
                    &self.tera,
                    briefing,
                    briefing.stories.iter(),
                    streamed,
                    names,
                    out,
                )
            }
        })
    }

    /// Renders a briefing whose stories are made as they are written: `outline` holds the
    /// title, the glossary and each story's headline and importance (see
    /// [`crate::Day::outline`]), `stories` yields the whole stories in the same order. Only
    /// one chunk of stories is in memory at a time, unless a user's page template wants the
    /// whole briefing (it does not place `stories_here`).
    pub fn render_stories_to(
        &self,
        outline: &Briefing,
        stories: impl Iterator<Item = Story>,
        format: Format,
        out: &mut dyn std::io::Write,
    ) -> Result<()> {
        if let Some((page, _)) = format.templates()
            && !stream::streams(&self.tera, page)
        {
            let mut whole = outline.clone();
            whole.stories = stories.collect();
            return self.render_to(&whole, format, out);
        }
        let stories = std::cell::RefCell::new(Some(stories));
        self.write(format, out, |names, out| match names {
            None => {
                let lazy = Lazy {
                    outline,
                    stories: Stories(&stories),
                };
                serde_json::to_writer_pretty(out, &lazy)
                    .map_err(|e| ("json".into(), tera::Error::message(e.to_string())))
            }
            Some(names) => {
                let stories = stories.borrow_mut().take().into_iter().flatten();
                stream::render(&self.tera, outline, stories, true, names, out)
            }
        })
    }

    /// Runs `render` (given the format's templates, `None` for JSON) into `out` through a
    /// buffer and the byte cap, ends JSON with a line break, and names the template of an
    /// error.
    fn write(
        &self,
        format: Format,
        out: &mut dyn std::io::Write,
        render: impl FnOnce(
            Option<(&'static str, &'static str)>,
            &mut dyn std::io::Write,
        ) -> std::result::Result<(), (String, tera::Error)>,
    ) -> Result<()> {
        let mut out = Capped {
            inner: std::io::BufWriter::new(out),
            written: 0,
            limit: self.max_bytes,
        };
        let names = format.templates();
        let name = names.map_or("json", |(page, _)| page);
        let io = |e: std::io::Error| template_error(name, tera::Error::message(e.to_string()));
        render(names, &mut out).map_err(|(n, e)| template_error(&n, e))?;
        if names.is_none() {
            std::io::Write::write_all(&mut out, b"\n").map_err(io)?;
        }
        std::io::Write::flush(&mut out).map_err(io)
    }

    /// Renders a briefing in the given format.
    pub fn render(&self, briefing: &Briefing, format: Format) -> Result<String> {
        let mut out = Vec::new();
        self.render_to(briefing, format, &mut out)?;
        Ok(String::from_utf8(out).expect("templates and JSON write UTF-8"))
    }
}

/// A briefing serialised as [`Briefing`] is (the same fields in the same order: a test
/// compares the two), its stories made one at a time as they are written.
struct Lazy<'a, I> {
    outline: &'a Briefing,
    stories: Stories<'a, I>,
}

impl<I: Iterator<Item = Story>> serde::Serialize for Lazy<'_, I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let b = self.outline;
        let mut st = s.serialize_struct("Briefing", 6)?;
        st.serialize_field("schema", &b.schema)?;
        st.serialize_field("title", &b.title)?;
        st.serialize_field("tool", &b.tool)?;
        st.serialize_field("stories", &self.stories)?;
        st.serialize_field("glossary", &b.glossary)?;
        if let Some(t) = &b.title_translation {
            st.serialize_field("title_translation", t)?;
        }
        st.end()
    }
}

/// The stories of a [`Lazy`] briefing, taken once.
struct Stories<'a, I>(&'a std::cell::RefCell<Option<I>>);

impl<I: Iterator<Item = Story>> serde::Serialize for Stories<'_, I> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_seq(self.0.borrow_mut().take().into_iter().flatten())
    }
}

/// Most bytes one rendering may write: far more than any briefing (a 10 MB feed of 40,000
/// items renders to about 230 MB of HTML), and a stop for a user template whose loops would
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
mod tests;
