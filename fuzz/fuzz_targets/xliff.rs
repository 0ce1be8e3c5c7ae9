//! Fuzzes the XLIFF readers (1.2 and 2.x): the translation check's (`muhtasari check`) and
//! glossary candidates' (`parse_xml`, which also reads TMX). Any bytes give pairs or one
//! error; a pair's tags stand inside its text.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use muhtasari::candidates::input::parse_xml;
use muhtasari::qa::{Format, read_pairs};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(segs) = read_pairs(Path::new("fuzz.xlf"), text, Format::Xliff) {
        for s in &segs {
            assert!(s.sw_tags.iter().all(|t| t.at <= s.sw.len()));
            assert!(s.en_tags.iter().all(|t| t.at <= s.en.len()));
        }
    }
    let _ = parse_xml(Path::new("fuzz.xlf"), text);
});
