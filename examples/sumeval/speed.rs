//! `--speed SECONDS`: words per second through each stage of the summariser.
//! The picks are counted against one untimed pass, so the work cannot vanish.

use std::time::Instant;

use anyhow::{Result, bail};
use muhtasari::__internal::{SourceInfo, summarize};
use muhtasari::Document;
use muhtasari::Pipeline;
use muhtasari::{Length, SummaryConfig};

/// Times the whole path an article takes (segment, match terms, score, pick 3) over all
/// rows, repeated until `seconds` have passed, and prints words per second on one line
/// (`eval/summarize_speed.py` reads it). The picks are counted so the work cannot vanish.
pub fn speed_run(
    pipeline: &Pipeline,
    rows: &[(String, String)],
    seconds: f64,
    config: &SummaryConfig,
) -> Result<()> {
    let words: usize = rows
        .iter()
        .map(|(_, t)| muhtasari::__internal::word_spans(t).len())
        .sum();
    let start = Instant::now();
    let (mut rounds, mut picked) = (0usize, 0usize);
    while rounds == 0 || start.elapsed().as_secs_f64() < seconds {
        for (_, text) in rows {
            let doc = Document {
                id: "eval".into(),
                text: text.clone(),
                ..Document::default()
            };
            let article = pipeline.analyse(doc);
            let info = pipeline.source_info(&article);
            picked += summarize(std::slice::from_ref(&info), Length::Sentences(3), config).len();
        }
        rounds += 1;
    }
    let elapsed = start.elapsed().as_secs_f64();
    // The stages apart: segmenting, matching terms, features, scoring and picking.
    let stage = |name: &str, f: &mut dyn FnMut()| {
        let t = Instant::now();
        let mut n = 0usize;
        while n == 0 || t.elapsed().as_secs_f64() < seconds / 4.0 {
            f();
            n += 1;
        }
        let secs = t.elapsed().as_secs_f64() / n as f64;
        println!(
            "  stage {name}: {:.1} ms per pass = {:.0} words/s",
            secs * 1e3,
            words as f64 / secs
        );
    };
    let docs: Vec<Document> = rows
        .iter()
        .map(|(_, t)| Document {
            id: "eval".into(),
            text: t.clone(),
            ..Document::default()
        })
        .collect();
    stage("segment", &mut || {
        for d in &docs {
            std::hint::black_box(pipeline.segmenter().segment(&d.text));
        }
    });
    stage("glossary match", &mut || {
        for d in &docs {
            std::hint::black_box(pipeline.matcher().find(&d.text));
        }
    });
    let articles: Vec<_> = docs.iter().map(|d| pipeline.analyse(d.clone())).collect();
    stage("source_info", &mut || {
        for a in &articles {
            std::hint::black_box(pipeline.source_info(a));
        }
    });
    stage("features + summarize", &mut || {
        for a in &articles {
            let info = pipeline.source_info(a);
            std::hint::black_box(summarize(&[info], Length::Sentences(3), config));
        }
    });
    let infos: Vec<SourceInfo> = articles.iter().map(|a| pipeline.source_info(a)).collect();
    stage("summarize (score + pick 3)", &mut || {
        for i in &infos {
            std::hint::black_box(summarize(
                std::slice::from_ref(i),
                Length::Sentences(3),
                config,
            ));
        }
    });
    // Every round picks what one pass over the analysed articles picks (a summary may stop
    // short of 3 rather than take a flawed sentence), and at least one per article.
    let expected: usize = infos
        .iter()
        .map(|i| summarize(std::slice::from_ref(i), Length::Sentences(3), config).len())
        .sum();
    if expected
        < articles
            .iter()
            .filter(|a| a.sentences().count() > 0)
            .count()
    {
        bail!("fewer picks ({expected}) than articles with sentences");
    }
    if picked != expected * rounds {
        bail!("picked {picked} sentences in {rounds} rounds, expected {expected} a round");
    }
    println!(
        "muhtasari full path: {} articles, {words} words x {rounds} rounds in {elapsed:.3} s = {:.0} words/s",
        rows.len(),
        (words * rounds) as f64 / elapsed
    );
    Ok(())
}
