//! Translation-QA speed on real published translations: 10,000 Swahili–English pairs (the
//! FLORES-200 devtest and TICO-19 test pairs in `../shared/eval`, cycled), every check on
//! one thread. The floor is 10,000 pairs in under 2 s. Skips when the data is absent. The
//! benchmark asserts what it times: the issue count of one pass is the same every pass.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use muhtasari::{Pipeline, qa};

const SHARED: &str = "../shared/eval";

fn lines(path: &str) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(format!("{SHARED}/{path}")).ok()?;
    Some(text.lines().map(str::to_string).collect())
}

/// 10,000 published pairs, or None when `../shared` is absent.
fn pairs() -> Option<Vec<(String, String)>> {
    let mut all: Vec<(String, String)> = Vec::new();
    for (sw, en) in [
        (
            "flores200/devtest/swh_Latn.devtest",
            "flores200/devtest/eng_Latn.devtest",
        ),
        ("tico19/tico19-test.swa", "tico19/tico19-test.eng"),
    ] {
        all.extend(lines(sw)?.into_iter().zip(lines(en)?));
    }
    all.retain(|(s, e)| !s.trim().is_empty() && !e.trim().is_empty());
    if all.is_empty() {
        return None;
    }
    Some(all.iter().cycle().take(10_000).cloned().collect())
}

fn check_all(p: &Pipeline, pairs: &[(String, String)]) -> usize {
    pairs
        .iter()
        .map(|(sw, en)| qa::check(sw, en, p).len())
        .sum()
}

fn bench(c: &mut Criterion) {
    let Some(pairs) = pairs() else {
        eprintln!("skipped: {SHARED} not found (qa benchmark)");
        return;
    };
    let p = Pipeline::default();
    let issues = check_all(&p, &pairs);
    assert!(issues > 0, "no issues on 10,000 published pairs");
    let mut group = c.benchmark_group("qa");
    group.sample_size(10);
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function("check-10000-pairs", |b| {
        b.iter(|| {
            let n = check_all(&p, black_box(&pairs));
            assert_eq!(n, issues);
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
