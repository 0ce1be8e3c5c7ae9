//! Fuzzes the whole path an article takes: any bytes read as a text file (front matter
//! included), segmented, matched, summarised, glossed and rendered as HTML and Markdown.
//! No panic on any input; a bad file is an error, never a crash.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use muhtasari::Length;
use muhtasari::Pipeline;
use muhtasari::parse_document;
use muhtasari::{Format, Renderer};

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::default);
static RENDERER: LazyLock<Renderer> =
    LazyLock::new(|| Renderer::new(None).expect("the embedded templates compile"));

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = parse_document(Path::new("fuzz.txt"), data) else {
        return;
    };
    let article = PIPELINE.analyse(doc);
    let briefing = PIPELINE.brief(&[article], Length::Sentences(3));
    for format in [Format::Html, Format::Markdown] {
        RENDERER
            .render(&briefing, format)
            .expect("a briefing renders");
    }
});
