//! Fuzzes the RSS/Atom reader: any bytes give articles and skipped items, or one error.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use muhtasari::__internal::parse_feed;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(batch) = parse_feed(Path::new("fuzz.rss"), text) {
        for d in &batch.docs {
            assert!(!d.text.trim().is_empty());
        }
    }
});
