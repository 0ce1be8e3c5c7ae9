//! `muhtasari brief` over a day's press, end to end: every input kind in one folder, bad
//! files skipped with exit status 1, JSONL streaming, and the single-article path unchanged.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

fn day() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/day")
}

fn cmd() -> Command {
    Command::cargo_bin("muhtasari").unwrap()
}

fn briefing(out: &[u8]) -> Value {
    serde_json::from_slice(out).unwrap()
}

#[test]
fn a_folder_of_every_kind_becomes_ranked_stories() {
    let out = cmd()
        .args(["brief", "--format", "json", "--quiet"])
        .arg(day())
        .assert()
        .success()
        .stderr("");
    let b = briefing(&out.get_output().stdout);
    let stories = b["stories"].as_array().unwrap();
    let ids: Vec<Vec<&str>> = stories
        .iter()
        .map(|s| {
            let mut v: Vec<&str> = s["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|x| x["id"].as_str().unwrap())
                .collect();
            v.sort();
            v
        })
        .collect();
    // Two outlets on each of three stories, two stories told once; the day's latest
    // two-source stories first.
    assert_eq!(ids.len(), 5, "{ids:?}");
    assert_eq!(ids[0], ["kilimanjaro-1", "sauti-mafuta"]);
    assert_eq!(ids[1], ["mwangaza-8812", "ziwa-madaktari"]);
    assert_eq!(ids[2], ["dodoma-bajeti", "habari-mpya-1"]);
    assert!(ids[3..].iter().all(|g| g.len() == 1));
    for (k, s) in stories.iter().enumerate() {
        let imp = &s["importance"];
        assert_eq!(imp["rank"].as_u64(), Some(k as u64 + 1));
        assert!(imp["why"].as_str().unwrap().contains("source"));
        for src in s["sources"].as_array().unwrap() {
            // Every source names the file it came from.
            assert!(src["path"].as_str().unwrap().contains("fixtures/day/"));
        }
        for k in s["sentences"].as_array().unwrap() {
            let sid = k["source"].as_str().unwrap();
            assert!(
                s["sources"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|x| x["id"] == sid)
            );
        }
    }
    assert!(
        stories[0]["importance"]["why"]
            .as_str()
            .unwrap()
            .contains("2 sources from 2 outlets; newest 2025-05-14 (the day's latest)")
    );
    // The day's glossary sums the stories' counts.
    let count = |v: &Value, id: &str| {
        v.as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
            .map_or(0, |t| t["count"].as_u64().unwrap())
    };
    let per_story: u64 = stories.iter().map(|s| count(&s["terms"], "serikali")).sum();
    assert!(per_story >= 2);
    assert_eq!(count(&b["glossary"], "serikali"), per_story);
    assert!(
        b["title"]
            .as_str()
            .unwrap()
            .contains("5 stories from 8 articles")
    );
}

#[test]
fn bad_files_are_skipped_named_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(day()).unwrap() {
        let f = f.unwrap().path();
        std::fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
    }
    std::fs::write(
        dir.path().join("picha.jpg"),
        b"\xff\xd8\xff\xe0\0\x10JFIF\0",
    )
    .unwrap();
    std::fs::write(dir.path().join("latin1.txt"), b"Habari za asubuhi \xe9\n").unwrap();
    std::fs::write(
        dir.path().join("export.jsonl"),
        "{\"text\": \"Habari fupi ya mvua kubwa mjini Tanga leo.\"}\n{\"title\": \"bila maandishi\"}\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("kubwa.txt"), "neno ".repeat(400)).unwrap();
    let out_file = dir.path().join("out/briefing.md");
    std::fs::create_dir(dir.path().join("out")).unwrap();
    let out = cmd()
        .args(["brief", "--format", "md", "--max-bytes", "1500", "-o"])
        .arg(&out_file)
        .arg(dir.path())
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("picha.jpg") && err.contains("binary file"),
        "{err}"
    );
    assert!(
        err.contains("latin1.txt") && err.contains("not UTF-8"),
        "{err}"
    );
    assert!(
        err.contains("export.jsonl:2:1") && err.contains("\"text\""),
        "{err}"
    );
    assert!(
        err.contains("kubwa.txt") && err.contains("larger than the limit of 1500"),
        "{err}"
    );
    assert!(
        err.contains("sauti-mafuta.html") && err.contains("larger than the limit"),
        "{err}"
    );
    assert!(err.contains("inputs skipped"), "{err}");
    let md = std::fs::read_to_string(&out_file).unwrap();
    assert!(md.contains("## Contents"), "{md}");
    assert!(md.contains("Madaktari wa Kisumu"), "{md}");
    assert!(md.contains("## Glossary of the briefing"), "{md}");
}

#[test]
fn nothing_readable_is_an_error_not_an_empty_briefing() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.bin"), b"\0\0\0").unwrap();
    cmd()
        .args(["brief", "--format", "json"])
        .arg(dir.path())
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("no article could be read"));
}

#[test]
fn jsonl_streams_one_line_per_article() {
    let out = cmd()
        .args(["brief", "--format", "jsonl", "-n", "2"])
        .arg(day())
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 8);
    for l in &lines {
        assert_eq!(l["sources"].as_array().unwrap().len(), 1);
        assert!(l["sentences"].as_array().unwrap().len() <= 2);
        assert!(l.get("importance").is_none());
    }
    // Input order: files sorted by name, items in file order.
    assert_eq!(lines[0]["sources"][0]["id"], "dodoma-bajeti");
    assert_eq!(lines[2]["sources"][0]["id"], "kilimanjaro-1");
}

#[test]
fn jsonl_on_stdin_names_bad_lines_and_keeps_the_rest() {
    let input = "{\"id\": \"a\", \"text\": \"Madaktari wa Kisumu wameanza mgomo leo wakidai mishahara yao.\"}\n\
                 {\"id\": \"b\"}\n\
                 \n\
                 {\"id\": \"c\", \"text\": \"Taifa Stars imeshinda mabao mawili kwa bila jijini Dar es Salaam.\"}\n";
    let out = cmd()
        .args(["brief", "--format", "jsonl", "-"])
        .write_stdin(input)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("-:2:1: no \"text\""));
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let ids: Vec<String> = text
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["sources"][0]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(ids, ["a", "c"]);
}

#[test]
fn jsonl_on_stdin_can_be_a_whole_briefing_too() {
    let input = std::fs::read_to_string(day().join("mwangaza.jsonl")).unwrap();
    let out = cmd()
        .args(["brief", "--format", "json", "-"])
        .write_stdin(input)
        .assert()
        .success();
    let b = briefing(&out.get_output().stdout);
    assert_eq!(b["stories"].as_array().unwrap().len(), 2);
}

#[test]
fn one_article_keeps_the_single_story_briefing() {
    let out = cmd()
        .args(["brief", "--format", "json"])
        .arg(day().join("ziwa-madaktari.txt"))
        .assert()
        .success();
    let b = briefing(&out.get_output().stdout);
    assert_eq!(
        b["title"],
        "Huduma za afya zakwama Kisumu madaktari wakigoma"
    );
    assert!(b["stories"][0].get("importance").is_none());
}

#[test]
fn one_story_flag_and_threshold() {
    let out = cmd()
        .args(["brief", "--format", "json", "--one-story"])
        .arg(day())
        .assert()
        .success();
    assert_eq!(
        briefing(&out.get_output().stdout)["stories"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
    let out = cmd()
        .args(["brief", "--format", "json", "--threshold", "1"])
        .arg(day())
        .assert()
        .success();
    // At 1 only near-copies could still join (two articles that are each other's nearest
    // need half the threshold): at most one of the three two-outlet pairs.
    let n = briefing(&out.get_output().stdout)["stories"]
        .as_array()
        .unwrap()
        .len();
    assert!((7..=8).contains(&n), "{n} stories");
    cmd()
        .args(["brief", "--threshold", "2"])
        .arg(day())
        .assert()
        .code(2);
}

#[test]
fn a_tsv_table_is_read_row_by_row_with_quoted_cells_unquoted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("habari.tsv");
    std::fs::write(
        &path,
        "category\theadline\ttext\turl\n\
         afya\tMgomo wa madaktari Kisumu\t\"Madaktari wa Kisumu wameanza mgomo leo. \"\"Tunadai mishahara yetu,\"\" alisema katibu wao.\"\thttps://habari.example/1\n\
         michezo\tTaifa Stars yashinda\n\
         michezo\tTaifa Stars yashinda\tTaifa Stars imeshinda mabao mawili kwa bila jijini Dar es Salaam.\\nMashabiki walishangilia usiku kucha.\thttps://habari.example/2\n",
    )
    .unwrap();
    let out = cmd()
        .args(["brief", "--format", "jsonl"])
        .arg(&path)
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "habari.tsv:3:1: 2 cells, the header has 4",
        ));
    let lines: Vec<Value> = String::from_utf8_lossy(&out.get_output().stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["headline"], "Mgomo wa madaktari Kisumu");
    let first = lines[0]["sentences"][0]["text"].as_str().unwrap();
    assert_eq!(first, "Madaktari wa Kisumu wameanza mgomo leo.");
    let texts: Vec<&str> = lines[1]["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&"Mashabiki walishangilia usiku kucha."),
        "the \\n escape is a line break: {texts:?}"
    );
}
