//! `summarize` over the MasakhaNEWS Swahili dev articles (../shared/eval/masakhanews/dev.tsv;
//! skipped with a note when absent). Three measurements, all with words as throughput:
//! `summarize/dev` scores and picks 3 sentences per article from its `SourceInfo`;
//! `features/dev` makes each article's `SourceInfo` from its segmented, term-matched text
//! and then picks (what `eval/summarize_speed.py` sets against sumy LexRank);
//! `pipeline/dev` is the whole path from raw text (segment, match terms, features, pick).
//! Each asserts the number of picks it made (that of one untimed pass), so a fast wrong
//! answer fails.
//!
//! cargo bench --bench summarize -- --warm-up-time 1 --measurement-time 3

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use muhtasari::__internal::{SourceInfo, summarize};
use muhtasari::Document;
use muhtasari::Length;
use muhtasari::Pipeline;

const DEV: &str = "../shared/eval/masakhanews/dev.tsv";
/// Articles in the dev split (the bench refuses a different file).
const DEV_ARTICLES: usize = 237;

fn texts() -> Option<Vec<String>> {
    let data = std::fs::read_to_string(DEV).ok()?;
    let batch = muhtasari::__internal::parse_tsv(std::path::Path::new(DEV), &data).ok()?;
    Some(batch.docs.into_iter().map(|d| d.text).collect())
}

fn bench(c: &mut Criterion) {
    let Some(texts) = texts() else {
        eprintln!("note: {DEV} is absent; summarize bench skipped");
        return;
    };
    assert_eq!(
        texts.len(),
        DEV_ARTICLES,
        "the dev split has {DEV_ARTICLES} articles"
    );
    let pipeline = Pipeline::default();
    let docs: Vec<Document> = texts
        .iter()
        .map(|t| Document {
            id: "dev".into(),
            text: t.clone(),
            ..Document::default()
        })
        .collect();
    let words: usize = texts
        .iter()
        .map(|t| muhtasari::__internal::word_spans(t).len())
        .sum();
    let infos: Vec<SourceInfo> = docs
        .iter()
        .map(|d| pipeline.source_info(&pipeline.analyse(d.clone())))
        .collect();
    // Every pass picks what one untimed pass picks (a summary may stop short of 3 rather
    // than take a flawed sentence), and at least one sentence per article that has one.
    let expected: usize = infos
        .iter()
        .map(|i| {
            summarize(
                std::slice::from_ref(i),
                Length::Sentences(3),
                pipeline.summary_config(),
            )
            .len()
        })
        .sum();
    let with_sentences = infos.iter().filter(|i| !i.sentences.is_empty()).count();
    assert!(
        expected >= with_sentences,
        "{expected} picks for {with_sentences} articles with sentences"
    );

    let mut group = c.benchmark_group("summarize");
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("dev", |b| {
        b.iter(|| {
            let picked: usize = infos
                .iter()
                .map(|i| {
                    summarize(
                        std::slice::from_ref(black_box(i)),
                        Length::Sentences(3),
                        pipeline.summary_config(),
                    )
                    .len()
                })
                .sum();
            assert_eq!(picked, expected);
        })
    });
    group.finish();

    let articles: Vec<_> = docs.iter().map(|d| pipeline.analyse(d.clone())).collect();
    let mut group = c.benchmark_group("features");
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("dev", |b| {
        b.iter(|| {
            let picked: usize = articles
                .iter()
                .map(|a| {
                    let info = pipeline.source_info(black_box(a));
                    summarize(&[info], Length::Sentences(3), pipeline.summary_config()).len()
                })
                .sum();
            assert_eq!(picked, expected);
        })
    });
    group.finish();

    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Elements(words as u64));
    group.bench_function("dev", |b| {
        b.iter(|| {
            let picked: usize = docs
                .iter()
                .map(|d| {
                    let article = pipeline.analyse(black_box(d.clone()));
                    pipeline.summarize(&[article], Length::Sentences(3)).len()
                })
                .sum();
            assert_eq!(picked, expected);
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
