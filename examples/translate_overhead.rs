//! The translation side's own cost on a day of news: N articles of the MasakhaNEWS dev set
//! (../shared/eval, read here, never copied) briefed as one day, then every headline and key
//! sentence translated through an OpenAI-compatible mock on 127.0.0.1 that answers at once:
//! first with an empty cache (every text sent), then again from the warm cache (nothing
//! sent). The translation times are the overhead beyond the no-translation run, which is
//! timed in the same process as the baseline. Checks its result (every text translated, the
//! request count) so a fast wrong answer fails.
//!
//!   cargo run --release --example translate_overhead              # 500 articles
//!   TRANSLATE_N=2000 cargo run --release --example translate_overhead
//!   TRANSLATE_WRITE=/tmp/day.jsonl cargo run --release --example translate_overhead
//!                                        # also write the day as JSONL, for the CLI timing
//!   cargo run --release --example translate_overhead -- serve 8089   # only the mock
#[path = "../tests/mock_engine/mod.rs"]
mod mock_engine;

use std::time::Instant;

use muhtasari::Length;
use muhtasari::Pipeline;
use muhtasari::translate::config::{Flags, Settings};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("serve") {
        let port: u16 = args.get(2).and_then(|p| p.parse().ok()).unwrap_or(8089);
        serve(port);
        return;
    }
    let path = std::env::var("TRANSLATE_TSV")
        .unwrap_or_else(|_| "../shared/eval/masakhanews/dev.tsv".to_string());
    let Ok(tsv) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {path} not found (../shared absent); nothing to measure");
        return;
    };
    let n: usize = std::env::var("TRANSLATE_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let table = muhtasari::__internal::parse_tsv(std::path::Path::new(&path), &tsv)
        .expect("a table with a text column");
    let mut docs = table.docs;
    // The dev set is smaller than a big day: repeat it under new ids when N asks for more.
    let base = docs.clone();
    let mut k = 0;
    while docs.len() < n {
        let mut d = base[k % base.len()].clone();
        d.id = format!("{}-{}", d.id, k);
        docs.push(d);
        k += 1;
    }
    docs.truncate(n);
    if let Ok(out) = std::env::var("TRANSLATE_WRITE") {
        // The same day as JSONL, for timing the command line end to end.
        let lines: Vec<String> = docs
            .iter()
            .map(|d| serde_json::json!({"id": d.id, "title": d.title, "text": d.text}).to_string())
            .collect();
        std::fs::write(&out, lines.join("\n") + "\n").expect("write the day");
        eprintln!("wrote {n} articles to {out}");
    }
    let pipeline = Pipeline::default();

    let t0 = Instant::now();
    let articles = pipeline.analyse_all(docs);
    let briefing = pipeline.brief_day(articles, Length::Sentences(3));
    let baseline = t0.elapsed();
    let texts: usize = briefing.stories.iter().map(|s| s.sentences.len() + 1).sum();

    let mock = mock_engine::Mock::openai(|s| format!("EN: {s}"));
    let cache = tempfile::tempdir().expect("a temporary folder");
    let mut translator = Settings::resolve(
        None,
        Flags {
            engine: Some("openai".into()),
            url: Some(format!("{}/v1", mock.url)),
            model: Some("mock".into()),
            cache_dir: Some(cache.path().to_path_buf()),
            ..Flags::default()
        },
    )
    .translator()
    .expect("settings");
    // As the command line does: every machine translation checked (the mock's `EN: …` fails
    // the check, so this is the check's full cost; retries are off to count requests).
    translator.checker = Some(Box::new(muhtasari::translate::QaCheck));
    translator.qa_retries = 0;

    let mut cold = briefing.clone();
    let t1 = Instant::now();
    let r1 = translator
        .translate_briefing(&mut cold, &pipeline)
        .expect("translated");
    let cold_time = t1.elapsed();
    let requests = mock.requests().len();

    let mut warm = briefing.clone();
    let t2 = Instant::now();
    let r2 = translator
        .translate_briefing(&mut warm, &pipeline)
        .expect("translated");
    let warm_time = t2.elapsed();

    let all_done = |b: &muhtasari::Briefing| {
        b.stories.iter().all(|s| {
            s.headline_translation.is_some() && s.sentences.iter().all(|k| k.translation.is_some())
        })
    };
    assert!(all_done(&cold) && all_done(&warm), "every text translated");
    assert_eq!(requests, r1.sent, "one request per distinct text");
    assert_eq!(mock.requests().len(), requests, "the warm run sent nothing");
    assert_eq!(r2.sent, 0);

    println!(
        "{n} articles → {} stories, {texts} texts (headlines + key sentences)",
        briefing.stories.len()
    );
    println!(
        "no-translation run (analyse + group + summarise): {:.3} s",
        baseline.as_secs_f64()
    );
    println!(
        "translation, empty cache: {:.3} s ({} requests to the mock, concurrency {}, {} checked)",
        cold_time.as_secs_f64(),
        r1.sent,
        translator.concurrency,
        r1.sent
    );
    println!(
        "translation, warm cache:  {:.3} s ({} from the cache, 0 requests)",
        warm_time.as_secs_f64(),
        r2.cached
    );
}

/// Runs the mock until the process is stopped.
fn serve(port: u16) {
    let mock = mock_engine::Mock::openai_at(&format!("127.0.0.1:{port}"), |s| format!("EN: {s}"));
    eprintln!(
        "mock OpenAI-compatible engine at {}/v1 (answers 'EN: ' + the sentence); Ctrl-C stops it",
        mock.url
    );
    loop {
        std::thread::park();
    }
}
