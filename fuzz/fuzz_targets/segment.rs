//! Fuzzes the segmenter: no panic on any input, and the span contract holds (units in
//! order, no overlap, trimmed, covering every non-space character of the text).
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use muhtasari::__internal::is_space;
use muhtasari::Segmenter;

static SEGMENTER: LazyLock<Segmenter> = LazyLock::new(Segmenter::default);

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut at = 0;
    for unit in SEGMENTER.segment(text) {
        let (s, e) = (unit.span.start, unit.span.end);
        assert!(
            at <= s && s < e && e <= text.len(),
            "bad span {s}..{e} after {at}"
        );
        assert!(text[at..s].chars().all(is_space), "text lost before {s}");
        let body = unit.span.of(text);
        assert!(!body.starts_with(is_space) && !body.ends_with(is_space));
        at = e;
    }
    assert!(text[at..].chars().all(is_space), "text lost at the end");
});
