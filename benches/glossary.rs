//! Glossary speed: loading the embedded glossary (parse, lint, build the automaton), and
//! matching Swahili text with the shipped glossary and with a generated 10,000-entry one.
//! Text: the team's own fixtures (tests/fixtures, examples/), repeated to about 1 MB.
//!
//!   cargo bench --bench glossary -- --warm-up-time 1 --measurement-time 3

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use muhtasari::NounClass;
use muhtasari::{Entry, Glossary, Matcher, Origin, Pos, Status, lint};

mod common;
use common::fixture_corpus as corpus;

/// A pseudo-random Swahili-like glossary: nouns of every class, verbs by stem, phrases.
fn generated(n: usize) -> Glossary {
    let syll = [
        "ba", "ka", "la", "ma", "na", "pa", "sa", "ta", "wa", "za", "bi", "ki", "li", "mi", "ni",
        "si", "ti", "zi", "bo", "ko", "lo", "mo", "no", "so", "to", "bu", "ku", "lu", "mu", "nu",
        "su", "tu", "ge", "me", "re", "she", "cha", "nga", "mba", "ndi",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut rnd = |k: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % k as u64) as usize
    };
    let mut entries = Vec::with_capacity(n);
    let mut seen = std::collections::HashSet::new();
    while entries.len() < n {
        let len = 2 + rnd(3);
        let stem: String = (0..len).map(|_| syll[rnd(syll.len())]).collect();
        if !seen.insert(stem.clone()) {
            continue;
        }
        let i = entries.len();
        let (sw, pos, class) = match i % 6 {
            0 => (format!("m{stem}"), Pos::Noun, Some(NounClass::C3_4)),
            1 => (format!("ki{stem}"), Pos::Noun, Some(NounClass::C7_8)),
            2 => (stem.clone(), Pos::Noun, Some(NounClass::C9_10)),
            3 => (format!("{stem}a"), Pos::Verb, None),
            4 => (
                format!("m{stem} wa ulinzi"),
                Pos::Phrase,
                Some(NounClass::C3_4),
            ),
            _ => (format!("u{stem}"), Pos::Noun, Some(NounClass::C14)),
        };
        entries.push(Entry {
            id: format!("g{i}"),
            sw,
            pos,
            class,
            en: format!("term {i}"),
            alt: Vec::new(),
            plural_en: None,
            plural: None,
            animate: false,
            forms: Vec::new(),
            negative_forms: Vec::new(),
            locative: false,
            note: None,
            status: Status::Preferred,
            region: None,
            source: None,
            not: Vec::new(),
            avoid: Vec::new(),
            examples: Vec::new(),
            senses: Vec::new(),
            needs_cue: false,
            domain: "generated".into(),
            origin: Origin {
                file: "generated".into(),
                line: i + 1,
                column: 1,
            },
        });
    }
    Glossary { entries }
}

fn benches(c: &mut Criterion) {
    c.bench_function("embedded: parse", |b| b.iter(Glossary::embedded));
    c.bench_function("embedded: parse + build matcher", |b| {
        b.iter(|| Matcher::new(&Glossary::embedded()))
    });
    c.bench_function("embedded: parse + lint + build matcher", |b| {
        b.iter(|| {
            let g = Glossary::embedded();
            let findings = lint(&g);
            (Matcher::new(&g), findings.len())
        })
    });

    let text = corpus();
    let mut group = c.benchmark_group("find");
    group.throughput(Throughput::Bytes(text.len() as u64));
    let shipped = Matcher::new(&Glossary::embedded());
    group.bench_function("shipped glossary, 1 MB", |b| {
        b.iter(|| shipped.find(&text).len())
    });
    let big = generated(10_000);
    let big_m = Matcher::new(&big);
    group.bench_function("generated 10,000 entries, 1 MB", |b| {
        b.iter(|| big_m.find(&text).len())
    });
    group.finish();
    c.bench_function("generated 10,000 entries: build matcher", |b| {
        b.iter(|| Matcher::new(&big))
    });
}

criterion_group!(glossary, benches);
criterion_main!(glossary);
