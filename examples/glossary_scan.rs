//! Lists, per glossary entry, the word forms of a word list that the matcher finds as
//! that entry (false-positive review). Usage:
//!   cargo run --example glossary_scan [/usr/share/hunspell/sw_TZ.dic] [TOP]
use muhtasari::{Glossary, Matcher};
use std::collections::BTreeMap;

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/usr/share/hunspell/sw_TZ.dic".into());
    let top: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(30);
    let bytes = std::fs::read(&path).expect("read word list");
    // ISO-8859-1: each byte is the code point.
    let text: String = bytes.iter().map(|&b| b as char).collect();
    let g = Glossary::embedded();
    let m = Matcher::new(&g);
    let mut per: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut n = 0;
    for line in text.lines().skip(1) {
        let w = line.split('/').next().unwrap_or("").trim();
        if w.is_empty() {
            continue;
        }
        n += 1;
        for h in m.find(w) {
            if h.span.start == 0 && h.span.end == w.len() {
                per.entry(g.entries[h.entry].id.clone())
                    .or_default()
                    .push(w.to_string());
            }
        }
    }
    let mut v: Vec<_> = per.into_iter().collect();
    v.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
    println!("{n} words; {} entries match some", v.len());
    for (id, words) in v.iter().take(top) {
        println!("{id} ({}): {}", words.len(), words.join(" "));
    }
}
