//! Optional checks (they need `../shared`, a hunspell list or a browser): whether each one ran
//! or was skipped is written past the test harness's capture, so `cargo test` shows a skip
//! as `SKIPPED …` even when the test passes, and appended to `target/tmp/optional-checks.txt`,
//! which `.ci/run` prints as its closing summary.

use std::io::Write;

/// The file the optional checks report to (cleared by `.ci/run` before `cargo test`).
fn log_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("optional-checks.txt")
}

fn record(line: &str) {
    // Straight to the stream: the harness captures `eprintln!`, not writes to stderr.
    let _ = writeln!(std::io::stderr().lock(), "{line}");
    if let Ok(mut f) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(log_path())
    {
        let _ = writeln!(f, "{line}");
    }
}

/// Says that the optional check `name` could not run, and why.
pub fn skipped(name: &str, why: &str) {
    record(&format!("SKIPPED {name}: {why}"));
}

/// Says that the optional check `name` ran (with what, when it matters).
pub fn ran(name: &str, with: &str) {
    record(&format!("ran     {name}: {with}"));
}
