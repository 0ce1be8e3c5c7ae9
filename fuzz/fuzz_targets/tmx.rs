//! Fuzzes the TMX translation-memory reader: units or one error; a memory built from what
//! loads can be searched.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use muhtasari::TranslationMemory;
use muhtasari::__internal::parse_tmx;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(units) = parse_tmx(Path::new("fuzz.tmx"), text) {
        let tm = TranslationMemory::from_units("fuzz", units);
        let _ = tm.lookup("Habari za leo", 0.5);
    }
});
