//! What a new user hits first (issue 19), pinned down: each test names the friction it
//! removes. Articles and glossary files are the team's own (tests/fixtures) or written here.

mod common;

use common::{fixture, muhtasari};

use std::path::{Path, PathBuf};

use predicates::prelude::*;

fn sample() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/ziara-ya-rais.txt")
}

fn tempdir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli_friction")
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn stderr_of(cmd: &mut assert_cmd::Command) -> String {
    String::from_utf8(cmd.output().unwrap().stderr).unwrap()
}

#[test]
fn a_missing_templates_folder_is_an_error() {
    muhtasari()
        .args(["brief", "--templates", "hakuna-folda"])
        .arg(sample())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("hakuna-folda"))
        .stderr(predicate::str::contains("no such folder"));
    let empty = tempdir("empty-templates");
    muhtasari()
        .args(["demo", "--templates"])
        .arg(&empty)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "holds none of briefing.html, story.html, briefing.md, story.md",
        ));
}

#[test]
fn the_output_extension_chooses_the_format() {
    let dir = tempdir("extension");
    for (name, opening) in [
        ("briefing.md", "# "),
        ("briefing.json", "{"),
        ("briefing.html", "<!DOCTYPE html>"),
    ] {
        let out = dir.join(name);
        muhtasari()
            .arg("brief")
            .arg(sample())
            .arg("-o")
            .arg(&out)
            .args(["-q"])
            .assert()
            .success();
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.starts_with(opening), "{name}: {}", &text[..40]);
    }
    // The demo too.
    let out = dir.join("demo.json");
    muhtasari()
        .args(["demo", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out).unwrap().starts_with('{'));
}

#[test]
fn a_format_that_clashes_with_the_extension_is_refused() {
    let dir = tempdir("clash");
    let out = dir.join("briefing.md");
    muhtasari()
        .arg("brief")
        .arg(sample())
        .args(["--format", "html", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("briefing.md"))
        .stderr(predicate::str::contains("--format html"));
    assert!(!out.exists(), "nothing is written");
    // An extension that names no format leaves the default (or --format) alone.
    let out = dir.join("briefing.txt");
    muhtasari()
        .arg("brief")
        .arg(sample())
        .args(["--format", "md", "-q", "-o"])
        .arg(&out)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("# "));
}

const BAD_A: &str = "domain: mfano\nentries:\n  - id: shamba\n    sw: shamba\n    pos: noun\n    class: 5/6\n    en: farm\n    rangi: kijani\n  - id: mkulima\n    sw: mkulima\n    en: farmer\n  - id: jembe\n    sw: jembe\n    pos: noun\n    class: 99\n    en: hoe\n";
const BAD_B: &str = "domain: mfano\nentries:\n  - id: ghala\n    sw: ghala\n    pos: noun\n    class: 9/10\n    en: store\n    wingi: maghala\n";

#[test]
fn glossary_lint_reports_every_problem_of_every_file_once() {
    let dir = tempdir("lint");
    std::fs::write(dir.join("a.yaml"), BAD_A).unwrap();
    std::fs::write(dir.join("b.yaml"), BAD_B).unwrap();
    let err = stderr_of(muhtasari().args(["glossary", "lint"]).arg(&dir));
    let a = dir.join("a.yaml").display().to_string();
    let b = dir.join("b.yaml").display().to_string();
    for place in [
        format!("{a}:8:5: error:"),
        format!("{a}:9:5: error:"),
        format!("{a}:12:"),
        format!("{b}:8:5: error:"),
    ] {
        assert!(err.contains(&place), "{place} missing:\n{err}");
    }
    assert!(!err.contains("at line"), "the place is given twice:\n{err}");
    assert!(err.contains("4 errors"), "{err}");
    muhtasari()
        .args(["glossary", "lint"])
        .arg(&dir)
        .assert()
        .code(1);
}

#[test]
fn counts_agree_with_their_nouns() {
    let dir = tempdir("grammar");
    let entry = |id: &str, sw: &str| {
        format!("  - id: {id}\n    sw: {sw}\n    pos: noun\n    class: 5/6\n    en: farm\n")
    };
    // One entry without an example: one warning.
    let one = dir.join("moja.yaml");
    std::fs::write(
        &one,
        format!("domain: mfano\nentries:\n{}", entry("shamba", "shamba")),
    )
    .unwrap();
    let err = stderr_of(muhtasari().args(["glossary", "lint"]).arg(&one));
    assert!(err.contains("1 entry, 0 errors, 1 warning\n"), "{err}");
    // Two entries under one id: one error.
    let two = dir.join("mbili.yaml");
    let text = format!(
        "domain: mfano\nentries:\n{}{}",
        entry("shamba", "shamba"),
        entry("shamba", "konde")
    );
    std::fs::write(&two, text).unwrap();
    let err = stderr_of(muhtasari().args(["glossary", "lint"]).arg(&two));
    assert!(err.contains("2 entries, 1 error, 2 warnings\n"), "{err}");
}

#[test]
fn os_errors_are_said_once() {
    let dir = tempdir("os-errors");
    let cases: Vec<Vec<String>> = vec![
        vec!["segment".into(), "hakuna.txt".into()],
        vec![
            "brief".into(),
            sample().display().to_string(),
            "-o".into(),
            dir.join("hakuna/briefing.html").display().to_string(),
        ],
        vec![
            "brief".into(),
            "--glossary".into(),
            "hakuna.yaml".into(),
            sample().display().to_string(),
        ],
    ];
    for args in cases {
        let err = stderr_of(muhtasari().args(&args));
        assert_eq!(
            err.matches("os error 2").count(),
            1,
            "{args:?}: the reason is repeated or missing:\n{err}"
        );
    }
}

#[test]
fn summarize_takes_folders_quiet_and_refuses_zero() {
    let day = fixture("day");
    muhtasari()
        .args(["summarize", "-q"])
        .arg(&day)
        .assert()
        .success()
        .stdout(predicate::str::is_empty().not())
        .stderr(predicate::str::is_empty());
    muhtasari()
        .args(["summarize", "-n", "0"])
        .arg(sample())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("at least 1"));
}

fn help(args: &[&str]) -> String {
    let out = muhtasari().args(args).arg("--help").output().unwrap();
    assert!(out.status.success(), "{args:?} --help failed");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn each_help_lists_only_options_that_apply() {
    let segment = help(&["segment"]);
    for absent in ["--templates", "--glossary", "--no-default-glossary", "--tm"] {
        assert!(!segment.contains(absent), "segment --help lists {absent}");
    }
    assert!(segment.contains("--lang-data") && segment.contains("--max-bytes"));
    let brief = help(&["brief"]);
    for present in [
        "--templates",
        "--glossary",
        "--lang-data",
        "--output",
        "--quiet",
    ] {
        assert!(brief.contains(present), "brief --help lacks {present}");
    }
    let lint = help(&["glossary", "lint"]);
    assert!(!lint.contains("--templates") && !lint.contains("--max-bytes"));
    let glossary = help(&["glossary"]);
    for sub in ["find", "lint", "lookup", "export", "import"] {
        assert!(glossary.contains(sub), "glossary --help lacks {sub}");
    }
    let top = String::from_utf8(muhtasari().arg("glossary").output().unwrap().stderr).unwrap()
        + &help(&[]);
    assert!(top.contains("lookup") && top.contains("import"), "{top}");
}

#[test]
fn global_options_still_work_before_the_subcommand() {
    // README and scripts write `muhtasari --glossary FILE brief …`.
    let dir = tempdir("global-before");
    let g = dir.join("mine.yaml");
    std::fs::write(&g, "domain: mfano\nentries:\n  - id: kivuko-mfano\n    sw: kivuko\n    pos: noun\n    class: 7/8\n    en: ferry boat\n").unwrap();
    muhtasari()
        .arg("--glossary")
        .arg(&g)
        .args(["brief", "--format", "json", "-q"])
        .arg(fixture("kivuko-pwani.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains("ferry boat"));
    muhtasari()
        .args(["--max-bytes", "10", "segment"])
        .arg(sample())
        .assert()
        .code(2);
}

#[test]
fn help_shows_examples() {
    for args in [
        &[][..],
        &["brief"],
        &["summarize"],
        &["segment"],
        &["glossary"],
    ] {
        let h = help(args);
        assert!(h.contains("Examples:"), "{args:?} --help has no examples");
        assert!(h.contains("muhtasari "), "{args:?}");
    }
}

#[test]
fn completions_and_man_page_come_from_the_definitions() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        muhtasari()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("muhtasari"))
            .stdout(predicate::str::contains("summarize"));
    }
    muhtasari().args(["completions", "tcsh"]).assert().code(2);
    muhtasari()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::starts_with(".ie"))
        .stdout(predicate::str::contains(".TH muhtasari"))
        .stdout(predicate::str::contains("brief"));
}

#[test]
fn templates_and_language_data_export_without_overwriting() {
    let dir = tempdir("export");
    let t = dir.join("templates");
    muhtasari()
        .args(["templates", "export"])
        .arg(&t)
        .assert()
        .success();
    for name in ["briefing.html", "briefing.md"] {
        let got = std::fs::read_to_string(t.join(name)).unwrap();
        let want = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("templates")
                .join(name),
        )
        .unwrap();
        assert_eq!(got, want, "{name}");
    }
    // The exported folder is a valid --templates folder.
    muhtasari()
        .args(["demo", "--format", "md", "--templates"])
        .arg(&t)
        .assert()
        .success();
    // A second export would overwrite the user's edits: refused, nothing touched.
    std::fs::write(t.join("briefing.md"), "yangu").unwrap();
    muhtasari()
        .args(["templates", "export"])
        .arg(&t)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(t.join("briefing.md")).unwrap(),
        "yangu"
    );

    let l = dir.join("lang");
    muhtasari()
        .args(["lang-data", "export"])
        .arg(&l)
        .assert()
        .success();
    let seg = l.join("segment.yaml");
    assert!(
        std::fs::read_to_string(&seg)
            .unwrap()
            .contains("place_particles")
    );
    // The exported file is a valid --lang-data file.
    muhtasari()
        .arg("segment")
        .arg("--lang-data")
        .arg(&seg)
        .arg(sample())
        .assert()
        .success();
}

#[test]
fn piped_stdin_gets_no_terminal_hint() {
    muhtasari()
        .args(["segment", "-"])
        .write_stdin("Dar es Salaam. Benki Kuu imepandisha riba.\n")
        .assert()
        .success()
        .stderr(predicate::str::is_empty())
        .stdout(predicate::str::contains("Benki Kuu"));
}

#[test]
fn language_data_teaches_the_segmenter_a_crosshead() {
    let dir = tempdir("lang-data-place");
    let text = "Bei za samaki zimeshuka.\n\nBagamoyo: Wavuvi wamerudi baharini.\n";
    let kinds = |extra: Option<&Path>| -> String {
        let mut cmd = muhtasari();
        cmd.args(["segment", "--format", "jsonl", "-"]);
        if let Some(f) = extra {
            cmd.arg("--lang-data").arg(f);
        }
        let out = cmd.write_stdin(text).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(!kinds(None).contains(r#""kind":"heading""#));
    let data = dir.join("mahali.yaml");
    std::fs::write(&data, "places: [Bagamoyo]\n").unwrap();
    let with = kinds(Some(&data));
    assert!(
        with.contains(r#""kind":"heading","paragraph":1,"start":26,"text":"Bagamoyo:""#),
        "{with}"
    );
}
