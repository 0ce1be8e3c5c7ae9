//! A `brief --format json` Briefing: every key sentence that carries a translation is a
//! pair (its Swahili `text`, the translation's `text`); its id is `story.sentence`.

use std::path::Path;

use serde::Deserialize;

use super::{Segment, line_col};
use crate::error::{Error, Result};

#[derive(Deserialize)]
struct Briefing {
    stories: Vec<Story>,
}

#[derive(Deserialize)]
struct Story {
    #[serde(default)]
    sentences: Vec<Sentence>,
}

#[derive(Deserialize)]
struct Sentence {
    text: String,
    #[serde(default)]
    translation: Option<Translation>,
}

#[derive(Deserialize)]
struct Translation {
    text: String,
}

pub(crate) fn briefing(path: &Path, text: &str) -> Result<Vec<Segment>> {
    let b: Briefing = serde_json::from_str(text).map_err(|e| {
        let (l, c) = (e.line(), e.column());
        let (l, c) = if l == 0 {
            line_col(text, text.len())
        } else {
            (l, c)
        };
        Error::data(
            path,
            l,
            c,
            format!("not a briefing (brief --format json): {e}"),
        )
    })?;
    let mut out = Vec::new();
    for (s, story) in b.stories.iter().enumerate() {
        for (k, sent) in story.sentences.iter().enumerate() {
            if let Some(t) = &sent.translation {
                out.push(Segment {
                    id: Some(format!("{}.{}", s + 1, k + 1)),
                    sw: sent.text.clone(),
                    en: t.text.clone(),
                    ..Segment::default()
                });
            }
        }
    }
    Ok(out)
}
