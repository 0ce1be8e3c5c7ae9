//! The hand-written challenge set: every segmenter rule as a case, in the gold JSONL format
//! of `../shared/eval/segmentation/` (`id`, `text`, `sentences`), plus optional `kinds`.
//! A linguist adds a line to `tests/segmentation/challenge.jsonl`; no Rust needed. Every
//! case must pass: the units' texts (all kinds) equal `sentences`, and their kinds `kinds`.

use muhtasari::Segmenter;
use serde::Deserialize;

#[derive(Deserialize)]
struct Case {
    id: String,
    text: String,
    sentences: Vec<String>,
    #[serde(default)]
    kinds: Option<Vec<String>>,
}

#[test]
fn challenge_set_passes_every_case() {
    let data = include_str!("segmentation/challenge.jsonl");
    let segmenter = Segmenter::default();
    let mut failures = Vec::new();
    let mut count = 0;
    for (n, line) in data
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let case: Case =
            serde_json::from_str(line).unwrap_or_else(|e| panic!("challenge.jsonl:{}: {e}", n + 1));
        count += 1;
        let units = segmenter.segment(&case.text);
        let got: Vec<&str> = units.iter().map(|u| u.span.of(&case.text)).collect();
        if got != case.sentences {
            failures.push(format!(
                "{}: expected {:?}\n{}  got      {:?}",
                case.id,
                case.sentences,
                " ".repeat(case.id.len()),
                got
            ));
            continue;
        }
        if let Some(kinds) = &case.kinds {
            let got: Vec<&str> = units.iter().map(|u| u.kind.as_str()).collect();
            if &got != kinds {
                failures.push(format!("{}: kinds {kinds:?}, got {got:?}", case.id));
            }
        }
    }
    assert!(count >= 150, "the challenge set has only {count} cases");
    assert!(
        failures.is_empty(),
        "{} of {count} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
