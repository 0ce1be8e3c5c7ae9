//! What muhtasari promises about your files (README, "What muhtasari promises about your
//! files"): outputs (`-o`) for every command and format. Each test is named after the bug it pins down (issue 18).
#![allow(unused_imports)]

mod safety_common;

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use predicates::prelude::PredicateBooleanExt;
use safety_common::{ARTICLE, article, bin, cmd, jsonl_day, names};

// ---- 1. `-o` never replaces a special file -------------------------------------------------

#[test]
fn output_to_a_fifo_reaches_its_reader_and_the_fifo_stays() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let fifo = dir.path().join("f");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    cmd()
        .arg("brief")
        .arg(&a)
        .arg("-o")
        .arg(&fifo)
        .timeout(Duration::from_secs(60))
        .assert()
        .success();
    let got = reader.join().unwrap();
    assert!(got.contains("<html"), "the reader got {} bytes", got.len());
    assert!(
        std::fs::symlink_metadata(&fifo)
            .unwrap()
            .file_type()
            .is_fifo()
    );
}

#[test]
fn output_to_a_link_to_stdout_goes_to_stdout_and_the_link_stays() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let s = dir.path().join("s");
    std::os::unix::fs::symlink("/proc/self/fd/1", &s).unwrap();
    let out = cmd()
        .arg("brief")
        .arg(&a)
        .arg("-o")
        .arg(&s)
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("<html"));
    assert!(
        std::fs::symlink_metadata(&s)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let out = cmd()
        .arg("brief")
        .arg(&a)
        .args(["-o", "/dev/stdout", "--format", "md"])
        .assert()
        .success();
    assert!(String::from_utf8_lossy(&out.get_output().stdout).contains("Wakulima"));
}

#[test]
fn output_to_a_character_device_is_written_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let n = dir.path().join("n");
    // The issue's `mknod n c 1 3` (a null device) needs root; without it, /dev/null itself.
    let made = std::process::Command::new("mknod")
        .arg(&n)
        .args(["c", "1", "3"])
        .status()
        .is_ok_and(|s| s.success());
    let target = if made {
        n
    } else {
        eprintln!("note: mknod needs root; testing -o /dev/null");
        PathBuf::from("/dev/null")
    };
    cmd()
        .arg("brief")
        .arg(&a)
        .arg("-o")
        .arg(&target)
        .assert()
        .success();
    assert!(
        std::fs::symlink_metadata(&target)
            .unwrap()
            .file_type()
            .is_char_device()
    );
    assert_eq!(std::fs::read(&target).unwrap(), b"");
}

// ---- 4. temporaries never follow a planted link ---------------------------------------------

#[test]
fn a_planted_temporary_link_is_not_followed() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "precious").unwrap();
    // `exec` keeps the shell's process id, so the links carry the id the old writer used.
    let script = format!(
        "ln -s victim .out.html.$$.tmp && ln -s victim out.jsonl.partial && exec {} brief {} -o out.html",
        bin().display(),
        a.display()
    );
    let st = std::process::Command::new("sh")
        .arg("-c")
        .arg(&script)
        .current_dir(dir.path())
        .status()
        .unwrap();
    assert!(st.success());
    cmd()
        .current_dir(dir.path())
        .arg("brief")
        .arg(&a)
        .args(["--format", "jsonl", "-o", "out.jsonl"])
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious");
    for out in ["out.html", "out.jsonl"] {
        let m = std::fs::symlink_metadata(dir.path().join(out)).unwrap();
        assert!(m.file_type().is_file(), "{out} is not a regular file");
    }
    // The user's own `out.jsonl.partial` (here a link) is left alone.
    assert!(
        std::fs::symlink_metadata(dir.path().join("out.jsonl.partial"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

// ---- 5. an output that is an input is refused -----------------------------------------------

#[test]
fn output_onto_an_input_is_refused_and_the_input_kept() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    for format in ["html", "jsonl", "json", "md"] {
        cmd()
            .arg("brief")
            .arg(&a)
            .args(["--format", format, "-o"])
            .arg(&a)
            .assert()
            .code(2)
            .stderr(predicates::str::contains("also an input"));
        assert_eq!(std::fs::read_to_string(&a).unwrap(), ARTICLE, "{format}");
    }
    // Through another name (a hard link) too.
    let b = dir.path().join("b.txt");
    std::fs::hard_link(&a, &b).unwrap();
    cmd()
        .arg("brief")
        .arg(&a)
        .arg("-o")
        .arg(&b)
        .assert()
        .code(2);
    assert_eq!(std::fs::read_to_string(&a).unwrap(), ARTICLE);
    // `glossary import -o` onto the file it imports.
    let tsv = dir.path().join("g.tsv");
    let table = "sw\ten\nmbegu\tseed\n";
    std::fs::write(&tsv, table).unwrap();
    cmd()
        .args(["glossary", "import", "--format", "tsv"])
        .arg(&tsv)
        .arg("-o")
        .arg(&tsv)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("also an input"));
    assert_eq!(std::fs::read_to_string(&tsv).unwrap(), table);
}

// ---- 6. JSONL output is atomic ----------------------------------------------------------------

#[test]
fn a_users_partial_file_is_never_touched() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let partial = dir.path().join("out.jsonl.partial");
    std::fs::write(&partial, "mine").unwrap();
    cmd()
        .arg("brief")
        .arg(&a)
        .args(["--format", "jsonl", "-o"])
        .arg(dir.path().join("out.jsonl"))
        .assert()
        .success();
    assert_eq!(std::fs::read_to_string(&partial).unwrap(), "mine");
    assert_eq!(
        names(dir.path()),
        ["a.txt", "out.jsonl", "out.jsonl.partial"]
    );
}

#[test]
fn a_failed_jsonl_run_leaves_no_file_behind() {
    let dir = tempfile::tempdir().unwrap();
    let day = dir.path().join("day.jsonl");
    std::fs::write(&day, jsonl_day(300)).unwrap();
    cmd()
        .arg("brief")
        .arg(&day)
        .args(["--format", "jsonl", "--translator-cmd", "exit 3", "-o"])
        .arg(dir.path().join("out.jsonl"))
        .assert()
        .code(2);
    assert_eq!(names(dir.path()), ["day.jsonl"]);
}

#[test]
fn ctrl_c_while_streaming_jsonl_leaves_no_temporary() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(bin())
        .args(["brief", "-", "--format", "jsonl", "-o", "out.jsonl"])
        .current_dir(dir.path())
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::io::Write::write_all(&mut stdin, jsonl_day(300).as_bytes()).unwrap();
    // Wait until some output is under way, then interrupt (stdin stays open: still running).
    let start = Instant::now();
    while names(dir.path()).is_empty() && start.elapsed() < Duration::from_secs(30) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(
        !names(dir.path()).is_empty(),
        "the run never started writing"
    );
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = child.wait().unwrap();
    drop(stdin);
    assert!(!status.success());
    assert_eq!(names(dir.path()), Vec::<String>::new());
}

#[test]
fn two_jsonl_runs_at_once_never_interleave() {
    let dir = tempfile::tempdir().unwrap();
    let day = dir.path().join("day.jsonl");
    std::fs::write(&day, jsonl_day(600)).unwrap();
    let out = dir.path().join("out.jsonl");
    let runs: Vec<_> = (0..2)
        .map(|_| {
            std::process::Command::new(bin())
                .arg("brief")
                .arg(&day)
                .args(["--format", "jsonl", "-q", "-o"])
                .arg(&out)
                .spawn()
                .unwrap()
        })
        .collect();
    for mut r in runs {
        assert!(r.wait().unwrap().success());
    }
    let text = std::fs::read_to_string(&out).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 600);
    for l in lines {
        serde_json::from_str::<serde_json::Value>(l).unwrap();
    }
    assert_eq!(names(dir.path()), ["day.jsonl", "out.jsonl"]);
}

// ---- 11. permissions -------------------------------------------------------------------------

#[test]
fn the_outputs_mode_is_kept_and_a_read_only_output_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let out = dir.path().join("out.html");
    std::fs::write(&out, "old").unwrap();
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o600)).unwrap();
    cmd()
        .arg("brief")
        .arg(&a)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    assert_eq!(out.metadata().unwrap().permissions().mode() & 0o777, 0o600);
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(&out).unwrap();
    cmd()
        .arg("brief")
        .arg(&a)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("read-only (mode 444)"));
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

// ---- 13. long output names -----------------------------------------------------------------

#[test]
fn an_output_name_near_the_limit_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let out = dir.path().join(format!("{}.html", "m".repeat(248)));
    cmd()
        .arg("brief")
        .arg(&a)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out).unwrap().contains("<html"));
}

// ---- 9. the run's own output is left out of a folder walk ---------------------------------

#[test]
fn a_second_run_does_not_read_its_own_previous_briefing() {
    let dir = tempfile::tempdir().unwrap();
    let day = dir.path().join("day");
    std::fs::create_dir(&day).unwrap();
    article(&day, "a.txt");
    let out = day.join("briefing.html");
    for _ in 0..2 {
        cmd()
            .arg("brief")
            .arg(&day)
            .arg("-o")
            .arg(&out)
            .assert()
            .success()
            .stderr("muhtasari: 1 story from 1 article\n");
    }
}
