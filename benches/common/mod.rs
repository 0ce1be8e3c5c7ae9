//! Shared by the glossary bench and `examples/glossary_timing.rs`: the text they match.

/// The team's own fixture articles (tests/fixtures, examples/), repeated to about 1 MB.
pub fn fixture_corpus() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut one = String::new();
    for f in [
        "tests/fixtures/bunge.txt",
        "tests/fixtures/mafuriko.txt",
        "tests/fixtures/vikwazo.txt",
        "examples/ziara-ya-rais.txt",
    ] {
        one.push_str(&std::fs::read_to_string(dir.join(f)).expect("fixture"));
        one.push('\n');
    }
    let mut text = String::with_capacity(1 << 20);
    while text.len() < 1 << 20 {
        text.push_str(&one);
    }
    text
}
