//! Fuzzes the glossary loader: any bytes as a glossary file give entries or one error with
//! a place, never a panic; whatever loads can be linted and matched against its own text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use muhtasari::{Glossary, Matcher, lint};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(glossary) = Glossary::from_yaml_str("fuzz.yaml", text) else {
        return;
    };
    let _ = lint(&glossary);
    let matcher = Matcher::new(&glossary);
    for hit in matcher.find(text) {
        assert!(hit.span.start < hit.span.end && hit.span.end <= text.len());
        assert!(text.is_char_boundary(hit.span.start) && text.is_char_boundary(hit.span.end));
    }
});
