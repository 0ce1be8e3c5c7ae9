//! The daily briefing at scale: 10,000 articles made by recombining paragraphs of the
//! MasakhaNEWS dev set (generated here, never committed), briefed once: read as documents,
//! analysed (segment + glossary) in parallel, grouped through the rare-term index, each
//! story summarised, the briefing serialised. Prints the time of each stage and checks the
//! result, so a fast wrong answer fails.
//!
//! cargo bench --bench daily                      # 10,000 articles
//! DAILY_N=2000 cargo bench --bench daily         # fewer
//! DAILY_WRITE=/tmp/day.jsonl cargo bench --bench daily   # also write them as JSONL, for
//!                                                        # timing the CLI end to end

use std::io::Write;
use std::time::Instant;

use muhtasari::Document;
use muhtasari::Length;
use muhtasari::Pipeline;
use muhtasari::UnitKind;

/// A small deterministic generator (xorshift64*), so every run briefs the same articles.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// CPU seconds (user + system, all threads) this process has used so far, from
/// /proc/self/stat; 0 where that file does not exist. On a shared machine the wall time of
/// a stage depends on the neighbours, its CPU time much less.
fn cpu() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // The fields after the command name (in parentheses, may hold spaces): utime and stime
    // are the 12th and 13th of them, in clock ticks (100 a second on Linux).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / 100.0
}

fn main() {
    let path = std::env::var("DAILY_TSV")
        .unwrap_or_else(|_| "../shared/eval/masakhanews/dev.tsv".to_string());
    let Ok(tsv) = std::fs::read_to_string(&path) else {
        eprintln!("note: {path} is absent; nothing to benchmark");
        return;
    };
    let n: usize = std::env::var("DAILY_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let pipeline = Pipeline::default();

    // Paragraphs of three sentences from each source article.
    let t0 = Instant::now();
    let mut bases: Vec<(String, Vec<String>)> = Vec::new();
    let table = muhtasari::__internal::parse_tsv(std::path::Path::new(&path), &tsv)
        .expect("a table with a text column");
    for doc in &table.docs {
        let text = doc.text.as_str();
        let sentences: Vec<&str> = pipeline
            .segmenter()
            .segment(text)
            .iter()
            .filter(|u| u.kind == UnitKind::Sentence)
            .map(|u| u.span.of(text))
            .collect();
        let paragraphs: Vec<String> = sentences.chunks(3).map(|c| c.join(" ")).collect();
        if paragraphs.len() >= 2 {
            bases.push((doc.title.clone().unwrap_or_default(), paragraphs));
        }
    }
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut docs = Vec::with_capacity(n);
    let mut bytes = 0;
    for k in 0..n {
        let b = rng.below(bases.len());
        let (headline, paras) = &bases[b];
        let mut chosen: Vec<String> = paras
            .iter()
            .filter(|_| rng.below(4) != 0)
            .cloned()
            .collect();
        if chosen.len() < 2 {
            chosen = paras[..2].to_vec();
        }
        if rng.below(2) == 0 {
            let other = &bases[rng.below(bases.len())].1;
            let at = rng.below(chosen.len() + 1);
            chosen.insert(at, other[rng.below(other.len())].clone());
        }
        let text = chosen.join("\n\n") + "\n";
        bytes += text.len();
        docs.push(Document {
            id: format!("a{k:05}"),
            path: format!("gen/{k:05}.txt").into(),
            title: (rng.below(3) == 0).then(|| headline.clone()),
            source: Some(format!("outlet-{}", k % 12)),
            date: muhtasari::DocDate::read(&format!("2025-05-{}", 12 + b % 3)).ok(),
            text,
            ..Document::default()
        });
    }
    let t_generate = t0.elapsed();
    if let Ok(out) = std::env::var("DAILY_WRITE") {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&out).unwrap());
        for d in &docs {
            let line = serde_json::json!({"id": d.id, "title": d.title, "source": d.source, "date": d.date, "text": d.text});
            writeln!(f, "{line}").unwrap();
        }
        eprintln!("wrote {n} articles to {out}");
    }

    let t1 = Instant::now();
    let c1 = cpu();
    let articles = pipeline.analyse_all(docs);
    let t_analyse = t1.elapsed();
    let c_analyse = cpu() - c1;
    let sentences: usize = articles.iter().map(|a| a.sentences().count()).sum();
    let t2 = Instant::now();
    let c2 = cpu();
    let (briefing, timings) = pipeline.brief_day_timed(articles, Length::Sentences(3));
    let t_brief = t2.elapsed();
    let c_brief = cpu() - c2;
    let t3 = Instant::now();
    let json = serde_json::to_vec(&briefing).unwrap();
    let t_json = t3.elapsed();
    let total = t1.elapsed();
    let c_total = cpu() - c1;

    let sources: usize = briefing.stories.iter().map(|s| s.sources.len()).sum();
    assert_eq!(sources, n, "every article is in exactly one story");
    assert!(
        briefing.stories.len() > bases.len() / 4 && briefing.stories.len() < n / 4,
        "{} stories from {n} articles made from {} bases",
        briefing.stories.len(),
        bases.len()
    );
    assert!(briefing.stories.iter().all(|s| !s.sentences.is_empty()));
    let largest = briefing
        .stories
        .iter()
        .map(|s| s.sources.len())
        .max()
        .unwrap_or(0);

    println!(
        "daily: {n} articles ({:.1} MB of text, {sentences} sentences) from {} source articles, {} rayon threads",
        bytes as f64 / 1e6,
        bases.len(),
        rayon::current_num_threads()
    );
    let row = |name: &str, secs: f64| println!("  {name:<44} {secs:>8.3} s");
    row(
        "generate (not part of the briefing)",
        t_generate.as_secs_f64(),
    );
    row("analyse: segment + glossary", t_analyse.as_secs_f64());
    row(
        &format!(
            "group: {} of {} pairs compared",
            timings.compared,
            n * (n - 1) / 2
        ),
        timings.group.as_secs_f64(),
    );
    row(
        "summarise + gloss + rank stories",
        timings.summarise.as_secs_f64(),
    );
    row(
        "rest of brief_day (glossary of the day)",
        (t_brief - timings.group - timings.summarise).as_secs_f64(),
    );
    row(
        &format!("serialise JSON ({:.1} MB)", json.len() as f64 / 1e6),
        t_json.as_secs_f64(),
    );
    row("total briefing (wall)", total.as_secs_f64());
    println!(
        "  CPU seconds: analyse {c_analyse:.2}, brief_day {c_brief:.2}, total {c_total:.2} (~{:.2} s wall on 2 free cores)",
        c_total / 2.0
    );
    println!(
        "  {} stories, largest {largest} sources",
        briefing.stories.len()
    );
}
