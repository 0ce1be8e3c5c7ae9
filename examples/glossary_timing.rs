//! Glossary timings in CPU time of this thread (wall time is meaningless on a busy shared
//! machine): load (parse, lint, build) and find over ~1 MB of the team's fixtures.
//!   cargo run --release --example glossary_timing
use muhtasari::{Glossary, Matcher, lint};

/// Nanoseconds this thread has run on a CPU (Linux), or wall time elsewhere.
fn cpu_ns() -> u128 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next().and_then(|n| n.parse().ok()))
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        })
}

fn best<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut best = u128::MAX;
    for _ in 0..runs {
        let t = cpu_ns();
        std::hint::black_box(f());
        best = best.min(cpu_ns() - t);
    }
    best as f64 / 1e6
}

#[path = "../benches/common/mod.rs"]
mod common;

fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = common::fixture_corpus();
    let g = Glossary::embedded();
    let m = Matcher::new(&g);
    // `Glossary::embedded` parses on several threads: time the single-thread parts here.
    let parse = best(5, Glossary::embedded);
    // The same files parsed one after the other on this thread.
    let files: Vec<(String, String)> = std::fs::read_dir(dir.join("glossary"))
        .expect("glossary/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| {
            (
                p.display().to_string(),
                std::fs::read_to_string(&p).expect("read"),
            )
        })
        .collect();
    let parse_seq = best(5, || {
        files
            .iter()
            .map(|(n, t)| Glossary::from_yaml_str(n, t).map_or(0, |g| g.entries.len()))
            .sum::<usize>()
    });
    println!(
        "sequential parse of {} files: {parse_seq:.1} ms CPU",
        files.len()
    );
    let build = best(5, || Matcher::new(&g));
    let lint_ms = best(5, || lint(&g).len());
    let find = best(
        std::env::var("FIND_RUNS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(10),
        || m.find(&text).len(),
    );
    let mb = text.len() as f64 / 1e6;
    println!(
        "{} entries; parse {parse:.1} ms (CPU of the calling thread; files parse on {} threads) \
         build {build:.1} ms, lint {lint_ms:.1} ms; find {:.1} ms for {mb:.2} MB = {:.0} MB/s, {} hits",
        g.entries.len(),
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        find,
        mb / (find / 1e3),
        m.find(&text).len()
    );
    // Real news when the team's evaluation data is beside the repository (read, not copied).
    let news = dir.join("../shared/eval/masakhanews/dev.tsv");
    if let Some(batch) = std::fs::read_to_string(&news)
        .ok()
        .and_then(|tsv| muhtasari::__internal::parse_tsv(&news, &tsv).ok())
    {
        let text: String = batch
            .docs
            .iter()
            .map(|d| d.text.as_str())
            .collect::<Vec<_>>()
            .join("\n\n");
        let ms = best(10, || m.find(&text).len());
        let mb = text.len() as f64 / 1e6;
        println!(
            "masakhanews dev.tsv text: {mb:.2} MB, find {ms:.1} ms = {:.0} MB/s, {} hits",
            mb / (ms / 1e3),
            m.find(&text).len()
        );
    }
}
