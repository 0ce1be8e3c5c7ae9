//! `muhtasari check` from the command line: every reader, the output shapes, exit codes,
//! suppression, and bad input named by file, line and column.

use std::fs;

use assert_cmd::Command;
use predicates::prelude::*;

fn cmd() -> Command {
    Command::cargo_bin("muhtasari").unwrap()
}

const XLIFF12: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file source-language="sw" target-language="en" datatype="plaintext" original="x">
  <body>
   <trans-unit id="a1">
    <source>Watu <g id="1">elfu tatu</g> walihudhuria.</source>
    <target>Three <g id="1">thousand</g> people attended.</target>
   </trans-unit>
   <trans-unit id="a2">
    <source>Waziri hakusaini mkataba<ph id="2">&lt;br/&gt;</ph> huo.</source>
    <target>The minister signed the agreement.</target>
   </trans-unit>
   <trans-unit id="a3">
    <source>Waziri hakusaini mkataba huo.</source>
    <target>The minister signed the agreement.</target>
    <note>qa:ok negation</note>
   </trans-unit>
  </body>
 </file>
</xliff>
"#;

const XLIFF20: &str = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="sw" trgLang="en">
 <file id="f1"><unit id="u1"><segment>
  <source>Mkutano ulifanyika tarehe 13 <pc id="1">Septemba</pc> 2020.</source>
  <target>The meeting was held on 13 <pc id="1">October</pc> 2020.</target>
 </segment></unit></file>
</xliff>
"#;

const TMX: &str = r#"<?xml version="1.0"?>
<tmx version="1.4"><header srclang="sw" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu tuid="7"><tuv xml:lang="sw"><seg>Basi liliondoka saa tatu asubuhi.</seg></tuv><tuv xml:lang="en-GB"><seg>The bus left at 9 a.m.</seg></tuv></tu>
</body></tmx>
"#;

#[test]
fn tsv_text_output_and_exit_status() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("draft.tsv");
    fs::write(
        &f,
        "Watu elfu tatu walihudhuria.\t300 people attended.\nRais alizungumza.\tThe president spoke.\nWatu elfu tatu walihudhuria.\t300 people attended.\tok\n",
    )
    .unwrap();
    cmd()
        .arg("check")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("draft.tsv:1: error[numbers]: \"Watu elfu tatu\" (3,000 people) not in the English; found 300"))
        .stdout(predicate::str::contains("draft.tsv:3:").not())
        .stdout(predicate::str::contains("3 segments"));
    fs::write(&f, "Rais alizungumza.\tThe president spoke.\n").unwrap();
    cmd().arg("check").arg(&f).assert().code(0);
}

#[test]
fn stdin_is_tsv() {
    cmd()
        .args(["check", "-"])
        .write_stdin("Rais alizungumza Jumatatu.\tThe president spoke on Friday.\n")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("-:1: error[dates]"));
}

#[test]
fn xliff_tags_out_of_text_and_notes_accept() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("draft.xlf");
    fs::write(&f, XLIFF12).unwrap();
    let out = cmd()
        .args(["check", "--format", "json"])
        .arg(&f)
        .assert()
        .code(1);
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let segs = v["segments"].as_array().unwrap();
    assert_eq!(segs.len(), 3);
    assert_eq!(segs[0]["sw"], "Watu elfu tatu walihudhuria.");
    assert_eq!(segs[0]["id"], "a1");
    assert_eq!(
        segs[0]["issues"].as_array().unwrap().len(),
        0,
        "{}",
        segs[0]
    );
    assert_eq!(segs[1]["sw"], "Waziri hakusaini mkataba huo.");
    assert!(
        segs[1]["issues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["check"] == "negation")
    );
    assert!(
        !segs[2]["issues"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["check"] == "negation")
    );
    assert_eq!(v["summary"]["accepted"], 1);
}

#[test]
fn xliff2_and_tmx() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("d.xlf");
    fs::write(&f, XLIFF20).unwrap();
    cmd()
        .arg("check")
        .arg(&f)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[dates]"));
    let t = dir.path().join("m.tmx");
    fs::write(&t, TMX).unwrap();
    cmd()
        .arg("check")
        .arg(&t)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("1 segments, 0 errors"));
}

#[test]
fn jsonl_and_html_report() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("d.jsonl");
    fs::write(
        &f,
        "{\"sw\": \"Watu elfu tatu <walikufa>.\", \"en\": \"300 <people> died.\", \"id\": 4}\n",
    )
    .unwrap();
    let out = dir.path().join("r.html");
    cmd()
        .args(["check", "--format", "html", "-o"])
        .arg(&out)
        .arg(&f)
        .assert()
        .code(1);
    let html = fs::read_to_string(&out).unwrap();
    assert!(html.contains("<mark class=\"error\""), "{html}");
    assert!(html.contains("&lt;people&gt;"));
    assert!(!html.contains("<people>"));
}

#[test]
fn checks_skip_and_config() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("d.tsv");
    fs::write(&f, "Watu elfu tatu walihudhuria.\t300 people attended.\n").unwrap();
    cmd()
        .args(["check", "--skip", "numbers"])
        .arg(&f)
        .assert()
        .code(0);
    cmd()
        .args(["check", "--checks", "dates,names"])
        .arg(&f)
        .assert()
        .code(0);
    let c = dir.path().join("qa.yaml");
    fs::write(&c, "severity: { numbers: warning }\n").unwrap();
    cmd()
        .args(["check", "--config"])
        .arg(&c)
        .arg(&f)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning[numbers]"));
    cmd()
        .args(["check", "--checks", "spelling"])
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown check"));
}

#[test]
fn bad_input_names_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.xlf");
    fs::write(
        &f,
        "<xliff version=\"1.2\">\n <file>\n  <body>\n   <trans-unit id=\"1\"><source>a</target>\n",
    )
    .unwrap();
    cmd()
        .arg("check")
        .arg(&f)
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"bad\.xlf:4:\d+: invalid XLIFF").unwrap());
    let t = dir.path().join("bad.tmx");
    fs::write(
        &t,
        "<tmx><body><tu><tuv xml:lang=\"sw\"><seg>a &nbsp; b</seg></tuv></tu></body></tmx>",
    )
    .unwrap();
    cmd()
        .arg("check")
        .arg(&t)
        .assert()
        .code(2)
        .stderr(predicate::str::is_match(r"bad\.tmx:1:\d+: invalid TMX").unwrap());
    let e = dir.path().join("none.tmx");
    fs::write(&e, "<tmx><body></body></tmx>").unwrap();
    cmd()
        .arg("check")
        .arg(&e)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no Swahili–English pairs"));
    let j = dir.path().join("bad.jsonl");
    fs::write(&j, "{\"sw\": \"a\", \"en\": \"b\"}\n{\"sw\": 1}\n").unwrap();
    cmd()
        .arg("check")
        .arg(&j)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bad.jsonl:2:"));
}
