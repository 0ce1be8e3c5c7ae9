//! The English side, driven by a table: tests/english/cases.tsv holds Swahili sentences the
//! team wrote, the span expected to be recognised and its English (and, optionally, the
//! article's date for `leo`/`jana`/`kesho`). An English of `-` says nothing may be read
//! there: no item overlaps the span (a word the tool must leave out rather than guess). Every
//! failing line is reported at once.

use muhtasari::Span;
use muhtasari::{GlossContext, gloss_with};
use muhtasari::{Glossary, Matcher};

const CASES: &str = include_str!("english/cases.tsv");

#[test]
fn english_side_matches_the_table() {
    let glossary = Glossary::embedded();
    let matcher = Matcher::new(&glossary);
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in CASES.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 3, "cases.tsv:{}: needs 3 or 4 columns", n + 1);
        let (text, sw, en) = (cols[0], cols[1], cols[2]);
        let date = cols.get(3).map(|d| d.trim()).filter(|d| !d.is_empty());
        let ctx = GlossContext::with_date(date);
        assert!(
            date.is_none() || ctx.date.is_some(),
            "cases.tsv:{}: bad date",
            n + 1
        );
        count += 1;
        let hits = matcher.find(text);
        let items = gloss_with(&glossary, text, Span::new(0, text.len()), &hits, &ctx);
        let found = if en == "-" {
            let at = text.find(sw).expect("the span is in its sentence");
            let (s, e) = (at, at + sw.len());
            !items.iter().any(|i| i.start < e && s < i.end)
        } else {
            items.iter().any(|i| i.sw == sw && i.en == en)
        };
        // Spans must hold what they say.
        for i in &items {
            assert_eq!(&text[i.start..i.end], i.sw, "cases.tsv:{}", n + 1);
        }
        if !found {
            let got: Vec<String> = items
                .iter()
                .map(|i| format!("{:?} → {:?}", i.sw, i.en))
                .collect();
            failures.push(format!(
                "cases.tsv:{}: {text}\n    want {sw:?} → {en:?}\n    got  {}",
                n + 1,
                got.join("; ")
            ));
        }
    }
    assert!(count >= 120, "only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
