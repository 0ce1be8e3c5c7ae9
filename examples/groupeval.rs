//! Measures story grouping on MasakhaNEWS (Swahili dev set, 237 BBC articles): each article
//! is cut into two halves at its middle sentence; a half should find its other half (the
//! gold pairs) and nothing else. Reports pairwise precision and recall over a sweep of
//! thresholds, and how many pairs the index let through to a cosine (against n²/2).
//! Pairs of different categories grouped together are certain errors (the category is a
//! weak negative: same-category pairs of different articles may truly share a story).
//!
//! cargo run --release --example groupeval [-- ../shared/eval/masakhanews/dev.tsv]

use muhtasari::UnitKind;
use muhtasari::document_from_text;
use muhtasari::{Pipeline, StoryConfig};

fn main() {
    // Arguments: the TSV, then any `field=value` of the story config (see stories.rs).
    let mut path = "../shared/eval/masakhanews/dev.tsv".to_string();
    let mut overrides = serde_json::Map::new();
    for a in std::env::args().skip(1) {
        match a.split_once('=') {
            Some((k, v)) => {
                let v: serde_json::Value = serde_json::from_str(v).expect("a number");
                overrides.insert(k.to_string(), v);
            }
            None => path = a,
        }
    }
    let Ok(tsv) = std::fs::read_to_string(&path) else {
        eprintln!("note: {path} is absent; nothing to measure");
        return;
    };
    let mut cfg = serde_json::to_value(StoryConfig::default()).unwrap();
    for (k, v) in overrides {
        cfg[k] = v;
    }
    let pipeline = Pipeline::builder()
        .stories(serde_json::from_value(cfg).expect("a story config"))
        .build()
        .expect("a valid story config");
    println!(
        "config: {}",
        serde_json::to_string(pipeline.story_config()).unwrap()
    );
    let mut docs = Vec::new();
    let mut article_of = Vec::new();
    let mut category_of = Vec::new();
    let table = muhtasari::__internal::parse_table(std::path::Path::new(&path), &tsv)
        .expect("a table with a header");
    let (Some(category_col), Some(text_col)) = (table.column("category"), table.column("text"))
    else {
        eprintln!("{path}: needs `category` and `text` columns");
        return;
    };
    for (i, (_, cells)) in table.rows.iter().enumerate() {
        let (category, text) = (cells[category_col].as_str(), cells[text_col].as_str());
        let units = pipeline.segmenter().segment(text);
        let sentences: Vec<_> = units
            .iter()
            .filter(|u| u.kind == UnitKind::Sentence)
            .collect();
        if sentences.len() < 4 {
            continue;
        }
        let mid = sentences[sentences.len() / 2].span.start;
        for (half, part) in [("a", &text[..mid]), ("b", &text[mid..])] {
            docs.push(document_from_text(&format!("{i}-{half}"), part));
            article_of.push(i);
            category_of.push(category.to_string());
        }
    }
    let n = docs.len();
    let articles = pipeline.analyse_all(docs);
    let gold = n / 2;
    println!("{path}: {gold} articles with 4+ sentences -> {n} halves, {gold} gold pairs");
    println!(
        "{:>4} {:>9} {:>7} {:>9} {:>6} {:>9} {:>7} {:>10} {:>10} {:>9} {:>8}",
        "link",
        "threshold",
        "stories",
        "predicted",
        "TP",
        "precision",
        "recall",
        "F1",
        "cross-cat",
        "compared",
        "gold-cmp"
    );
    let mut best = (0.0, 0.0, 0.0);
    let links = [pipeline.story_config().group_link];
    for (link, t) in links
        .iter()
        .flat_map(|&l| [0.10, 0.15, 0.20, 0.25, 0.30, 0.35, 0.40].map(move |t| (l, t)))
    {
        let p = pipeline
            .to_builder()
            .stories(StoryConfig {
                threshold: t,
                group_link: link,
                ..pipeline.story_config().clone()
            })
            .build()
            .expect("a valid story config");
        let g = p.group(&articles);
        let (mut predicted, mut tp, mut cross) = (0usize, 0usize, 0usize);
        for grp in &g.groups {
            for x in 0..grp.len() {
                for y in x + 1..grp.len() {
                    predicted += 1;
                    let (a, b) = (grp[x], grp[y]);
                    if article_of[a] == article_of[b] {
                        tp += 1;
                    } else if category_of[a] != category_of[b] {
                        cross += 1;
                    }
                }
            }
        }
        let precision = if predicted == 0 {
            1.0
        } else {
            tp as f64 / predicted as f64
        };
        let recall = tp as f64 / gold as f64;
        let f1 = if tp == 0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        if f1 > best.2 {
            best = (t, link, f1);
        }
        let default = (t - pipeline.story_config().threshold).abs() < 1e-9
            && (link - pipeline.story_config().group_link).abs() < 1e-9;
        let mark = if default { " (default)" } else { "" };
        let ceiling = g
            .pairs
            .iter()
            .filter(|&&(a, b, _)| article_of[a as usize] == article_of[b as usize])
            .count();
        println!(
            "{link:>4.1} {t:>9.2} {:>7} {predicted:>9} {tp:>6} {precision:>9.3} {recall:>7.3} {f1:>10.3} {cross:>10} {:>9} {ceiling:>8}{mark}",
            g.groups.len(),
            g.compared
        );
    }
    println!(
        "all pairs would be {} cosines; best F1 {:.3} at threshold {:.2}, link {:.1}",
        n * (n - 1) / 2,
        best.2,
        best.0,
        best.1
    );
}
