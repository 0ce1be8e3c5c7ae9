//! The two seed articles (../shared/seeds: two outlets on the same event) must land in one
//! story, and none of the team's unrelated fixtures with them. Skips when ../shared is absent.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
#[path = "common/optional.rs"]
mod optional;

#[test]
fn seeds_are_one_story_and_unrelated_articles_are_not_in_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = root.join("../shared/seeds");
    let a = seeds.join("000_e76412a2e16570fb.txt");
    let b = seeds.join("002_b533fa0d9763fa9a.txt");
    if !a.exists() || !b.exists() {
        optional::skipped("daily_seeds", "../shared/seeds not found");
        return;
    }
    let fixtures: Vec<PathBuf> = [
        "tests/fixtures/day",
        "tests/fixtures",
        "examples/ziara-ya-rais.txt",
    ]
    .iter()
    .map(|p| root.join(p))
    .collect();
    let out = Command::cargo_bin("muhtasari")
        .unwrap()
        .args(["brief", "--format", "json", "--quiet"])
        .arg(&a)
        .arg(&b)
        .args(&fixtures)
        .assert()
        .success();
    let brief: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let with_seed: Vec<&Value> = brief["stories"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| {
            s["sources"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| x["id"].as_str().unwrap().starts_with("00"))
        })
        .collect();
    assert_eq!(with_seed.len(), 1, "the seeds are split: {with_seed:#?}");
    let ids: Vec<&str> = with_seed[0]["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids.len(),
        2,
        "unrelated articles joined the seeds' story: {ids:?}"
    );
    optional::ran("daily_seeds", "../shared/seeds");
}
