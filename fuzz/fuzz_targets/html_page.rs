//! Fuzzes the saved-web-page reader: any bytes give one article or one error, never a panic
//! or a stack overflow (nesting is capped before parsing).
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use muhtasari::__internal::parse_html;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(doc) = parse_html(Path::new("fuzz.html"), text) {
        assert!(!doc.text.trim().is_empty());
    }
});
