//! Rendering a briefing story by story. The page template is rendered once, with each
//! story's headline only, and marks with `{{ stories_here }}` where the stories go; there
//! each story is rendered alone by the story template and written straight to the output.
//! Memory holds one story's template context at a time, never the whole briefing's (a
//! feed of 40,000 items would need gigabytes). A page that does not use `stories_here` (a
//! user's template written before the split) gets the whole briefing as its context.

use std::io::{self, Write};

use serde::Serialize;
use tera::{Context, Tera};

use crate::briefing::{Briefing, Importance, Story, TermUse, Tool, Translation};

/// What a page template that places `stories_here` sees.
#[derive(Serialize)]
struct Page<'a> {
    schema: u32,
    title: &'a str,
    tool: &'a Tool,
    stories: Vec<Heading<'a>>,
    glossary: &'a [TermUse],
    #[serde(skip_serializing_if = "Option::is_none")]
    title_translation: Option<&'a str>,
    stories_here: &'a str,
}

/// A story as the page sees it: enough for a table of contents.
#[derive(Serialize)]
struct Heading<'a> {
    headline: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    headline_translation: Option<&'a Translation>,
    #[serde(skip_serializing_if = "Option::is_none")]
    importance: Option<&'a Importance>,
}

/// What the story template sees.
#[derive(Serialize)]
struct StoryView<'a> {
    story: &'a Story,
    index: usize,
    count: usize,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    title_translation: Option<&'a str>,
    tool: &'a Tool,
}

/// A marker no article can hold: random for each rendering.
fn marker() -> String {
    use std::hash::{BuildHasher, Hasher};
    let random = || {
        std::collections::hash_map::RandomState::new()
            .build_hasher()
            .finish()
    };
    format!("muhtasari-stories-{:016x}{:016x}", random(), random())
}

/// Whether the page template places the stories itself (`{{ stories_here }}`): then it is
/// given headlines only and the stories are rendered one at a time.
pub(super) fn streams(tera: &Tera, page: &str) -> bool {
    tera.get_template_variables(page)
        .is_ok_and(|v| v.contains("stories_here"))
}

/// Renders `page` and, where it places `stories_here`, `story` for each of `stories` (made
/// one at a time by the iterator) into `out`. `briefing` gives the page its context: with
/// `streamed`, its stories' headlines only (its stories may hold nothing more); else the
/// whole briefing. Errors name the template they come from.
pub(super) fn render<S: std::borrow::Borrow<Story>>(
    tera: &Tera,
    briefing: &Briefing,
    stories: impl Iterator<Item = S>,
    streamed: bool,
    (page, story): (&str, &str),
    out: &mut dyn Write,
) -> Result<(), (String, tera::Error)> {
    let marker = marker();
    let context = if streamed {
        Context::from_serialize(&Page {
            schema: briefing.schema,
            title: &briefing.title,
            tool: &briefing.tool,
            stories: briefing
                .stories
                .iter()
                .map(|s| Heading {
                    headline: &s.headline,
                    headline_translation: s.headline_translation.as_ref(),
                    importance: s.importance.as_ref(),
                })
                .collect(),
            glossary: &briefing.glossary,
            title_translation: briefing.title_translation.as_deref(),
            stories_here: &marker,
        })
    } else {
        Context::from_serialize(briefing).map(|mut c| {
            c.insert("stories_here", &marker);
            c
        })
    }
    .map_err(|e| (page.to_string(), e))?;
    let mut failed = None;
    let mut stories = Some(stories);
    let fill = |w: &mut dyn Write| -> io::Result<()> {
        // A page that places its stories twice gets them once: they are made as written.
        for (k, s) in stories.take().into_iter().flatten().enumerate() {
            let view = StoryView {
                story: s.borrow(),
                index: k + 1,
                count: briefing.stories.len(),
                title: &briefing.title,
                title_translation: briefing.title_translation.as_deref(),
                tool: &briefing.tool,
            };
            let done =
                Context::from_serialize(&view).and_then(|c| tera.render_to(story, &c, &mut *w));
            if let Err(e) = done {
                let message = e.to_string();
                failed = Some(e);
                return Err(io::Error::other(message));
            }
        }
        Ok(())
    };
    let mut slots = Slots {
        out,
        marker: marker.as_bytes(),
        held: Vec::new(),
        fill,
    };
    let done = tera.render_to(page, &context, &mut slots).and_then(|()| {
        slots
            .finish()
            .map_err(|e| tera::Error::message(e.to_string()))
    });
    drop(slots);
    match (failed, done) {
        (Some(e), _) => Err((story.to_string(), e)),
        (None, Err(e)) => Err((page.to_string(), e)),
        (None, Ok(())) => Ok(()),
    }
}

/// A writer that passes text through and, wherever `marker` appears, calls `fill` instead
/// (the stories). The end of each write that could start a marker is held back until the
/// next one shows whether it does.
struct Slots<'a, F> {
    out: &'a mut dyn Write,
    marker: &'a [u8],
    held: Vec<u8>,
    fill: F,
}

impl<F: FnMut(&mut dyn Write) -> io::Result<()>> Slots<'_, F> {
    /// Writes what is held back (the page is complete).
    fn finish(&mut self) -> io::Result<()> {
        self.out.write_all(&self.held)?;
        self.held.clear();
        self.out.flush()
    }
}

impl<F: FnMut(&mut dyn Write) -> io::Result<()>> Write for Slots<'_, F> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.held.extend_from_slice(buf);
        let m = self.marker.len();
        while let Some(at) = self.held.windows(m).position(|w| w == self.marker) {
            self.out.write_all(&self.held[..at])?;
            (self.fill)(&mut *self.out)?;
            self.held.drain(..at + m);
        }
        // Hold back only a tail that could be the start of a marker.
        let keep = (1..m.min(self.held.len() + 1))
            .rev()
            .find(|&k| self.held.ends_with(&self.marker[..k]))
            .unwrap_or(0);
        let cut = self.held.len() - keep;
        self.out.write_all(&self.held[..cut])?;
        self.held.drain(..cut);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(writes: &[&str], marker: &str) -> String {
        let mut out = Vec::new();
        let mut slots = Slots {
            out: &mut out,
            marker: marker.as_bytes(),
            held: Vec::new(),
            fill: |w: &mut dyn Write| w.write_all(b"[habari]"),
        };
        for s in writes {
            slots.write_all(s.as_bytes()).unwrap();
        }
        slots.finish().unwrap();
        drop(slots);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_marker_is_replaced_even_when_split_across_writes() {
        assert_eq!(
            through(&["kwanza @@", "X@@ mwisho"], "@@X@@"),
            "kwanza [habari] mwisho"
        );
        assert_eq!(through(&["@", "@", "X", "@", "@"], "@@X@@"), "[habari]");
        assert_eq!(through(&["a@@X@@b@@X@@c"], "@@X@@"), "a[habari]b[habari]c");
    }

    #[test]
    fn text_that_only_starts_like_a_marker_is_kept() {
        assert_eq!(through(&["bei @@", "Y ni"], "@@X@@"), "bei @@Y ni");
        assert_eq!(through(&["mwisho @@X"], "@@X@@"), "mwisho @@X");
    }
}
