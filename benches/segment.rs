//! Segmenter speed on real news: the MasakhaNEWS Swahili articles in
//! `../shared/eval/masakhanews/dev.tsv` (text column). Skips when the file is absent.
//! The benchmark asserts what it times: the word count of the texts, and that the units hold
//! every non-space character of them (a fast segmenter that drops text fails).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use muhtasari::Segmenter;

const DATA: &str = "../shared/eval/masakhanews/dev.tsv";

/// The article texts, read as `brief` reads a TSV table.
fn articles() -> Option<Vec<String>> {
    let data = std::fs::read_to_string(DATA).ok()?;
    let batch = muhtasari::__internal::parse_tsv(std::path::Path::new(DATA), &data).ok()?;
    Some(batch.docs.into_iter().map(|d| d.text).collect())
}

fn solid(s: &str) -> usize {
    s.chars().filter(|c| !c.is_whitespace()).count()
}

/// Segments every text and counts the non-space characters inside its units.
fn segment_all(segmenter: &Segmenter, texts: &[String]) -> usize {
    texts
        .iter()
        .map(|t| {
            segmenter
                .segment(t)
                .iter()
                .map(|u| solid(u.span.of(t)))
                .sum::<usize>()
        })
        .sum()
}

fn bench(c: &mut Criterion) {
    let Some(texts) = articles() else {
        eprintln!("{DATA} absent: segment benchmark skipped");
        return;
    };
    let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
    assert_eq!(words, 126_130, "the word count of {DATA} changed");
    let chars: usize = texts.iter().map(|t| solid(t)).sum();
    let segmenter = Segmenter::default();
    assert_eq!(segment_all(&segmenter, &texts), chars, "units lost text");
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("masakhanews-dev", |b| {
        b.iter(|| {
            let n = segment_all(&segmenter, black_box(&texts));
            assert_eq!(n, chars);
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
