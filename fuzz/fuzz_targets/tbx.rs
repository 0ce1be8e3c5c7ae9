//! Fuzzes the TBX glossary import: records or one error; what imports writes as YAML.
#![no_main]

use libfuzzer_sys::fuzz_target;
use muhtasari::{ExchangeFormat, import, to_yaml};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(records) = import("fuzz.tbx", text, ExchangeFormat::Tbx) {
        let _ = to_yaml(&records);
    }
});
