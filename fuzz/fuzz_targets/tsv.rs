//! Fuzzes the TSV dataset reader: rows become articles or skipped rows, never a panic.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use muhtasari::__internal::parse_tsv;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = parse_tsv(Path::new("fuzz.tsv"), text);
});
