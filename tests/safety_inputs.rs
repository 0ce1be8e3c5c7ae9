//! What muhtasari promises about your files (README, "What muhtasari promises about your
//! files"): inputs: nesting, folder walks, special files, limits, glossary entries, CSV. Each test is named after the bug it pins down (issue 18).
#![allow(unused_imports)]

mod safety_common;

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use predicates::prelude::PredicateBooleanExt;
use safety_common::{ARTICLE, article, bin, cmd, jsonl_day, names};

// ---- 2. deeply nested HTML ---------------------------------------------------------------------

#[test]
fn a_deeply_nested_page_is_skipped_and_the_day_still_briefed() {
    let dir = tempfile::tempdir().unwrap();
    let day = dir.path().join("day");
    std::fs::create_dir(&day).unwrap();
    article(&day, "a.txt");
    std::fs::write(
        day.join("b-deep.html"),
        format!("<html><body>{}Habari za leo.", "<b>".repeat(300_000)),
    )
    .unwrap();
    std::fs::write(
        day.join("c-divs.html"),
        format!(
            "<html><body>{}Habari.{}",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        ),
    )
    .unwrap();
    let start = Instant::now();
    let out = cmd()
        .args(["brief", "--format", "json", "-q"])
        .arg(&day)
        .timeout(Duration::from_secs(60))
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "b-deep.html:1: elements nested deeper than 512",
        ))
        .stderr(predicates::str::contains(
            "c-divs.html:1: elements nested deeper",
        ));
    assert!(
        start.elapsed() < Duration::from_secs(30),
        "took {:?}",
        start.elapsed()
    );
    let b: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(b["stories"][0]["sources"][0]["id"], "a");
}

// ---- 9. folder walks cannot loop or hang -------------------------------------------------------

#[test]
fn folder_links_are_followed_once_and_fifos_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let day = dir.path().join("day");
    std::fs::create_dir(&day).unwrap();
    article(&day, "a.txt");
    std::os::unix::fs::symlink(".", day.join("l1")).unwrap();
    std::os::unix::fs::symlink(".", day.join("l2")).unwrap();
    std::os::unix::fs::symlink("a.txt", day.join("z.txt")).unwrap();
    assert!(
        std::process::Command::new("mkfifo")
            .arg(day.join("m.txt"))
            .status()
            .unwrap()
            .success()
    );
    let out = cmd()
        .args(["brief", "--format", "json", "-q"])
        .arg(&day)
        .timeout(Duration::from_secs(30))
        .assert()
        .code(1)
        .stderr(predicates::str::contains("m.txt: not a regular file"));
    let b: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let sources = b["stories"][0]["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 1, "{sources:?}");
}

#[test]
fn special_files_named_as_inputs_are_refused() {
    for args in [
        vec!["brief", "/dev/zero"],
        vec!["--glossary", "/dev/zero", "demo"],
        vec!["--lang-data", "/dev/zero", "demo"],
        vec!["brief", "--tm", "/dev/zero", "-"],
        vec!["glossary", "import", "--format", "tsv", "/dev/zero"],
    ] {
        cmd()
            .args(&args)
            .write_stdin(ARTICLE)
            .timeout(Duration::from_secs(30))
            .assert()
            .code(2)
            .stderr(predicates::str::contains("not a regular file"));
    }
}

// ---- 8. memory: a JSONL line on standard input is held to --max-bytes ---------------------------

#[test]
fn a_jsonl_line_over_the_limit_on_stdin_is_skipped() {
    let mut input = jsonl_day(3);
    input.push_str(&format!(
        "{{\"text\": \"{}\"}}\n",
        "Habari ndefu sana. ".repeat(200_000)
    ));
    input.push_str(&jsonl_day(2));
    let out = cmd()
        .args(["brief", "-", "--format", "jsonl", "--max-bytes", "100000"])
        .write_stdin(input)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "-:4:1: line longer than the limit of 100000 bytes",
        ));
    assert_eq!(
        String::from_utf8_lossy(&out.get_output().stdout)
            .lines()
            .count(),
        5
    );
}

#[test]
fn empty_stdin_in_jsonl_mode_is_a_failure() {
    let dir = tempfile::tempdir().unwrap();
    cmd()
        .args(["brief", "-", "--format", "jsonl", "-o", "out.jsonl"])
        .current_dir(dir.path())
        .write_stdin("")
        .assert()
        .code(2);
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

// ---- 12. a large glossary within the file limit loads --------------------------------------------

#[test]
fn a_fifty_thousand_entry_glossary_loads() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kubwa.yaml");
    let mut yaml = String::from("domain: majaribio\nentries:\n");
    for i in 0..50_000 {
        yaml.push_str(&format!(
            "  - id: neno{i}\n    sw: neno{i}\n    pos: adverb\n    en: word {i}\n    note: A made-up entry.\n"
        ));
    }
    assert!(yaml.len() > 3_000_000 && yaml.len() < 16 << 20);
    std::fs::write(&path, yaml).unwrap();
    cmd()
        .arg("--glossary")
        .arg(&path)
        .args(["--no-default-glossary", "glossary", "lookup", "neno49999"])
        .timeout(Duration::from_secs(600))
        .assert()
        .success()
        .stdout(predicates::str::contains("word 49999"));
}

// ---- 13. minor: entries lint calls an error are not loaded ---------------------------------------

#[test]
fn an_entry_lint_rejects_is_left_out_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("mbaya.yaml");
    std::fs::write(
        &g,
        "domain: majaribio\nentries:\n  - id: a-fanya\n    sw: a\n    pos: verb\n    en: do\n",
    )
    .unwrap();
    cmd()
        .arg("--glossary")
        .arg(&g)
        .args(["glossary", "lookup", "hatua"])
        .assert()
        .stderr(predicates::str::contains("a-fanya"))
        .stderr(predicates::str::contains("entry left out"))
        .stdout(predicates::str::contains("not do").not());
    // `glossary lint` still reports it.
    cmd()
        .arg("--glossary")
        .arg(&g)
        .args(["glossary", "lint"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("under 3 letters"));
}

#[test]
fn csv_export_keeps_formulas_inert_and_imports_them_back() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.yaml");
    std::fs::write(
        &g,
        "domain: majaribio\nentries:\n  - id: hatari\n    sw: hatari\n    pos: adverb\n    en: \"=HYPERLINK(\\\"http://x.example\\\",\\\"bonyeza\\\")\"\n    note: \"@SUM(A1)\"\n",
    )
    .unwrap();
    let csv = dir.path().join("g.csv");
    cmd()
        .arg("--glossary")
        .arg(&g)
        .args([
            "--no-default-glossary",
            "glossary",
            "export",
            "--format",
            "csv",
            "-o",
        ])
        .arg(&csv)
        .assert()
        .success();
    let text = std::fs::read_to_string(&csv).unwrap();
    for line in text.lines() {
        for cell in line.split(',') {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '@']), "{cell} in {line}");
        }
    }
    let out = cmd()
        .args(["glossary", "import", "--format", "csv"])
        .arg(&csv)
        .assert()
        .success();
    let yaml = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(yaml.contains("=HYPERLINK("), "{yaml}");
    assert!(!yaml.contains("'=HYPERLINK"), "{yaml}");
}
