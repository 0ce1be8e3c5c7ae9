//! Fuzzes the bilingual readers of `muhtasari check` (TSV, XLIFF, TMX, JSONL, Briefing) and
//! the checks: no panic on any input; every segment's tags stand inside its text; every
//! issue's spans are inside its side and on character boundaries.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use muhtasari::Pipeline;
use muhtasari::qa::{Format, check, read_pairs};

static PIPELINE: LazyLock<Pipeline> = LazyLock::new(Pipeline::default);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for format in [Format::Tsv, Format::Xliff, Format::Tmx, Format::Jsonl, Format::Briefing] {
        let Ok(segs) = read_pairs(Path::new("fuzz"), text, format) else {
            continue;
        };
        for s in segs.iter().take(8) {
            for t in s.sw_tags.iter() {
                assert!(t.at <= s.sw.len());
            }
            for t in s.en_tags.iter() {
                assert!(t.at <= s.en.len());
            }
            for i in check(&s.sw, &s.en, &PIPELINE) {
                if let Some(r) = &i.sw_span {
                    assert!(s.sw.get(r.clone()).is_some(), "bad sw span {r:?}");
                }
                if let Some(r) = &i.en_span {
                    assert!(s.en.get(r.clone()).is_some(), "bad en span {r:?}");
                }
            }
        }
    }
});
