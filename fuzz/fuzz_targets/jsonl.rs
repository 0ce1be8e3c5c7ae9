//! Fuzzes the JSONL reader: every line is an article or a skipped line with its number.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use muhtasari::__internal::parse_jsonl;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(batch) = parse_jsonl(Path::new("fuzz.jsonl"), text) {
        assert!(batch.docs.len() + batch.skipped.len() <= text.lines().count());
    }
});
