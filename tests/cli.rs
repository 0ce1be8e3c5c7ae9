//! The command line, end to end, on articles the team wrote (tests/fixtures, examples/).

mod common;

use common::{fixture, json, muhtasari};

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use predicates::prelude::*;
use serde_json::Value;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ziara-ya-rais.txt")
}

#[test]
fn demo_runs_from_any_folder() {
    muhtasari()
        .arg("demo")
        .assert()
        .success()
        .stdout(predicate::str::contains("### Key sentences"))
        .stdout(predicate::str::contains("| Kiswahili | English |"));
}

#[test]
fn brief_json_spans_point_at_the_sentences() {
    for name in ["vikwazo.txt", "mafuriko.txt", "bunge.txt"] {
        let path = fixture(name);
        let text = std::fs::read_to_string(&path).unwrap();
        let b = json(muhtasari().args(["brief", "--format", "json"]).arg(&path));
        let story = &b["stories"][0];
        let sentences = story["sentences"].as_array().unwrap();
        assert!(!sentences.is_empty(), "{name}");
        for s in sentences {
            let (start, end) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(&text[start..end], s["text"].as_str().unwrap(), "{name}");
            for g in s["gloss"].as_array().unwrap() {
                let (gs, ge) = (
                    g["start"].as_u64().unwrap() as usize,
                    g["end"].as_u64().unwrap() as usize,
                );
                assert_eq!(&text[gs..ge], g["sw"].as_str().unwrap());
            }
        }
        assert!(story["headline"].as_str().is_some_and(|h| !h.is_empty()));
        assert_eq!(story["sources"][0]["id"], name.trim_end_matches(".txt"));
    }
}

#[test]
fn brief_never_picks_page_furniture() {
    let b = json(
        muhtasari()
            .args(["brief", "--format", "json", "--ratio", "1"])
            .arg(sample()),
    );
    for s in b["stories"][0]["sentences"].as_array().unwrap() {
        let t = s["text"].as_str().unwrap();
        for bad in ["Picha:", "Related Posts", "Nenda kwenye", "Soma pia"] {
            assert!(!t.contains(bad), "picked furniture: {t}");
        }
    }
}

#[test]
fn brief_html_to_file_is_self_contained_and_bilingual() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.html");
    muhtasari()
        .arg("brief")
        .arg(sample())
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains("lang=\"sw\"") && html.contains("lang=\"en\""));
    assert!(html.contains("<style>") && !html.contains("<script"));
    assert!(
        !html.contains("http://") && !html.contains("src=\"https:"),
        "no network resources"
    );
}

#[test]
fn two_sources_make_one_story() {
    let b = json(
        muhtasari()
            .args(["brief", "--format", "json", "-n", "4", "--one-story"])
            .arg(fixture("vikwazo.txt"))
            .arg(fixture("mafuriko.txt")),
    );
    assert_eq!(b["stories"].as_array().unwrap().len(), 1);
    assert_eq!(b["stories"][0]["sources"].as_array().unwrap().len(), 2);
}

#[test]
fn segment_jsonl_units_cover_the_text_in_order() {
    let path = fixture("mafuriko.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let out = muhtasari()
        .args(["segment", "--format", "jsonl"])
        .arg(&path)
        .assert()
        .success();
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let mut at = 0;
    let mut kinds = std::collections::BTreeSet::new();
    for line in stdout.lines() {
        let u: Value = serde_json::from_str(line).unwrap();
        let (s, e) = (
            u["start"].as_u64().unwrap() as usize,
            u["end"].as_u64().unwrap() as usize,
        );
        assert!(s >= at && e > s);
        assert!(
            text[at..s].trim().is_empty(),
            "gap holds text: {:?}",
            &text[at..s]
        );
        assert_eq!(&text[s..e], u["text"].as_str().unwrap());
        kinds.insert(u["kind"].as_str().unwrap().to_string());
        at = e;
    }
    assert!(text[at..].trim().is_empty());
    assert!(
        kinds.contains("sentence") && kinds.contains("heading") && kinds.contains("credit"),
        "{kinds:?}"
    );
}

#[test]
fn segment_reads_stdin() {
    muhtasari()
        .args(["segment", "-"])
        .write_stdin("Dkt. Ali alifika jana. Bw. Juma aliondoka leo.")
        .assert()
        .success()
        .stdout("Dkt. Ali alifika jana.\nBw. Juma aliondoka leo.\n");
}

#[test]
fn summarize_json_shape() {
    let s = json(
        muhtasari()
            .args(["summarize", "--format", "json", "-n", "2"])
            .arg(fixture("vikwazo.txt")),
    );
    let list = s["sentences"].as_array().unwrap();
    assert_eq!(list.len(), 2);
    for key in ["text", "start", "end", "index", "score", "source"] {
        assert!(list[0].get(key).is_some(), "missing {key}");
    }
    assert!(
        list[0]["index"].as_u64() < list[1]["index"].as_u64(),
        "reading order"
    );
}

#[test]
fn summarize_reads_every_article_of_a_multi_article_file_and_segment_refuses_it() {
    let day = fixture("day/mwangaza.jsonl");
    let s = json(
        muhtasari()
            .args(["summarize", "--format", "json", "-n", "2"])
            .arg(&day),
    );
    let sources: Vec<&str> = s["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources,
        ["mwangaza-8812", "mwangaza-8815"],
        "one pick from each"
    );
    assert!(
        !s.to_string().contains("\\\"text\\\""),
        "the JSON lines were read as articles, not as text"
    );
    muhtasari()
        .arg("segment")
        .arg(&day)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("holds 2 articles"));
}

#[test]
fn glossary_find_json_shape() {
    let hits = json(
        muhtasari()
            .args(["glossary", "find", "--format", "json", "-"])
            .write_stdin("Nchi hizo zilisaini mkataba wa ulinzi na kutangaza vikwazo."),
    );
    let hits = hits.as_array().unwrap();
    let pact = hits
        .iter()
        .find(|h| h["lemma"] == "mkataba wa ulinzi")
        .expect("phrase found");
    assert_eq!(pact["surface"], "mkataba wa ulinzi");
    for key in ["id", "lemma", "surface", "start", "end", "en"] {
        assert!(pact.get(key).is_some(), "missing {key}");
    }
    assert!(
        hits.iter()
            .any(|h| h["surface"] == "vikwazo" && h["en"] == "sanctions")
    );
}

#[test]
fn glossary_lint_passes_on_the_shipped_glossary() {
    muhtasari().args(["glossary", "lint"]).assert().success();
}

#[test]
fn glossary_lint_names_file_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "domain: x\nentries:\n  - id: a\n    sw: amani\n    pos: noun\n    class: 4/5\n    en: peace\n").unwrap();
    muhtasari()
        .args(["glossary", "lint"])
        .arg(&bad)
        .assert()
        // A problem in the file is a finding (exit 1, as for every lint error), not a
        // failure of the command (exit 2): the rest of the file is still checked.
        .code(1)
        .stderr(
            predicate::str::contains("bad.yaml:3:")
                .and(predicate::str::contains("unknown noun class")),
        );
}

#[test]
fn bad_inputs_get_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("tupu.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let binary = dir.path().join("picha.txt");
    std::fs::write(&binary, b"abc\xff\xfe").unwrap();
    // Only invisible characters (a second byte-order mark, a word joiner) is empty too.
    let invisible = dir.path().join("haionekani.txt");
    std::fs::write(&invisible, "\u{FEFF}\u{FEFF}\u{2060} \n").unwrap();
    let cases: [(PathBuf, &str); 5] = [
        (dir.path().join("haipo.txt"), "haipo.txt"),
        // A folder is read file by file (issue 7); this one holds only the bad files.
        (dir.path().to_path_buf(), "no article could be read"),
        (empty, "empty input"),
        (invisible, "empty input"),
        (binary, "not UTF-8"),
    ];
    for (path, message) in cases {
        muhtasari()
            .arg("brief")
            .arg(&path)
            .assert()
            .code(2)
            .stdout("")
            .stderr(
                predicate::str::contains(message).and(predicate::str::contains("panicked").not()),
            );
    }
}

#[test]
fn failed_run_leaves_the_old_output_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.html");
    std::fs::write(&out, "ya zamani").unwrap();
    muhtasari()
        .arg("brief")
        .arg(dir.path().join("haipo.txt"))
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "ya zamani");
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn broken_pipe_is_quiet() {
    let bin = assert_cmd::cargo::cargo_bin("muhtasari");
    let mut child = StdCommand::new(bin)
        .args(["segment", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let text = "Mvua ilinyesha jana jioni. ".repeat(20_000);
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then drop: pipe closed
    writer.join().unwrap();
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.code().is_some(), "not killed by a signal");
}

#[test]
fn markdown_and_html_snapshots() {
    let path = fixture("vikwazo.txt");
    for (format, name) in [("md", "vikwazo_md"), ("html", "vikwazo_html")] {
        let out = muhtasari()
            .args(["brief", "--format", format])
            .arg(&path)
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        insta::assert_snapshot!(name, text);
    }
}
