//! What muhtasari promises about your files (README, "What muhtasari promises about your
//! files"), one test per promise, each named after the bug it pins down (issue 18: outputs,
//! links and resources under attack).

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::prelude::PredicateBooleanExt;

fn cmd() -> Command {
    Command::cargo_bin("muhtasari").unwrap()
}

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("muhtasari")
}

/// A short article of our own.
const ARTICLE: &str = "---\ntitle: Wakulima wapokea mbegu\nsource: Gazeti la Mfano\n---\n\
Wakulima wa kijiji cha Mwembeni wamepokea mbegu mpya za mahindi kutoka kwa serikali. \
Mbegu hizo zinastahimili ukame na zitapandwa msimu ujao. \
Afisa kilimo wa wilaya alisema wakulima elfu mbili watanufaika.\n";

fn article(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, ARTICLE).unwrap();
    p
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

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

fn jsonl_day(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!(
            "{{\"id\": \"h{i}\", \"text\": \"Wakulima {i} wamepokea mbegu mpya. Mvua imenyesha kijijini. Afisa alisema watanufaika.\"}}\n"
        ));
    }
    s
}

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

// ---- 3. only http(s) and relative addresses become links; 13. bidi controls ------------------

#[test]
fn javascript_and_data_addresses_are_never_links() {
    let dir = tempfile::tempdir().unwrap();
    let front = dir.path().join("front.txt");
    std::fs::write(
        &front,
        ARTICLE.replace("source:", "url: javascript:alert(1)\nsource:"),
    )
    .unwrap();
    let jsonl = dir.path().join("day.jsonl");
    std::fs::write(
        &jsonl,
        "{\"text\": \"Mvua kubwa imenyesha Tanga jana usiku. Barabara zimefungwa.\", \"url\": \"data:text/html,<script>alert(1)</script>\"}\n",
    )
    .unwrap();
    let rss = dir.path().join("feed.rss");
    std::fs::write(
        &rss,
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Redio</title><item><title>Bei</title>\
         <link>JavaScript:alert(2)</link><description>Bei ya mafuta imepanda leo mjini.</description></item></channel></rss>",
    )
    .unwrap();
    let page = dir.path().join("page.html");
    std::fs::write(
        &page,
        "<html><head><title>Soko</title><link rel=\"canonical\" href=\"java\tscript:alert(3)\"></head>\
         <body><article><p>Soko jipya la samaki limefunguliwa na wavuvi wamefurahi sana.</p></article></body></html>",
    )
    .unwrap();
    for f in [&front, &jsonl, &rss, &page] {
        for format in ["html", "md"] {
            let out = cmd()
                .args(["brief", "-q", "--format", format])
                .arg(f)
                .assert()
                .success();
            let text = String::from_utf8_lossy(&out.get_output().stdout).to_lowercase();
            assert!(
                !text.contains("href=\"javascript")
                    && !text.contains("href=\"data:")
                    && !text.contains("href=\"java\t"),
                "{f:?} {format}"
            );
            assert!(
                !text.contains("<javascript") && !text.contains("<data:"),
                "{f:?} {format}"
            );
        }
    }
    let out = cmd().args(["brief", "-q"]).arg(&front).assert().success();
    let html = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(html.contains("(javascript:alert(1))"), "shown as text");
    let ok = dir.path().join("ok.txt");
    std::fs::write(
        &ok,
        ARTICLE.replace("source:", "url: https://gazeti.example/mbegu\nsource:"),
    )
    .unwrap();
    let out = cmd().args(["brief", "-q"]).arg(&ok).assert().success();
    assert!(
        String::from_utf8_lossy(&out.get_output().stdout)
            .contains("href=\"https://gazeti.example/mbegu\"")
    );
}

#[test]
fn bidi_controls_do_not_reach_the_html() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    std::fs::write(
        &a,
        ARTICLE
            .replace("Wakulima wapokea", "Wakulima \u{202E}apokea\u{202C}")
            .replace("kutoka kwa", "kutoka \u{2067}kwa\u{2069}"),
    )
    .unwrap();
    for format in ["html", "md"] {
        let out = cmd()
            .args(["brief", "-q", "--format", format])
            .arg(&a)
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(
            !text
                .chars()
                .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "{format}"
        );
        assert!(
            text.contains('\u{FFFD}'),
            "{format}: marked, not silently dropped"
        );
    }
}

// ---- 7, 8, 10. translators: one deadline, a cap on answers, no secrets in outputs -------------

#[test]
fn the_translator_deadline_covers_background_processes_and_kills_the_group() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let start = Instant::now();
    cmd()
        .args([
            "brief",
            "-q",
            "--translator-timeout",
            "2",
            "--translator-cmd",
            "cat; sleep 30 &",
        ])
        .arg(&a)
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("was stopped"));
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "took {:?}",
        start.elapsed()
    );
    // A grandchild started by the command dies with it.
    let mark = dir.path().join("mark");
    let command = format!(
        "(sleep 3; touch {}) & cat >/dev/null; sleep 100",
        mark.display()
    );
    cmd()
        .args([
            "brief",
            "-q",
            "--translator-timeout",
            "1",
            "--translator-cmd",
            &command,
        ])
        .arg(&a)
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2);
    std::thread::sleep(Duration::from_secs(4));
    assert!(!mark.exists(), "the grandchild outlived the timeout");
}

#[test]
fn an_endless_translator_answer_is_cut_off() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    cmd()
        .args([
            "brief",
            "-q",
            "--translator-cmd",
            "cat >/dev/null; yes habari",
        ])
        .arg(&a)
        .timeout(Duration::from_secs(120))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("printed more than"));
}

/// A server on 127.0.0.1 that answers each connection with `answer` (called with the stream).
fn serve(answer: fn(&mut std::net::TcpStream)) -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for s in listener.incoming().take(4) {
            let Ok(mut s) = s else { return };
            std::thread::spawn(move || {
                let mut buf = [0u8; 65536];
                let _ = s.set_read_timeout(Some(Duration::from_millis(300)));
                let _ = std::io::Read::read(&mut s, &mut buf);
                answer(&mut s);
            });
        }
    });
    port
}

#[test]
fn a_dripping_or_endless_endpoint_is_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let drip = serve(|s| {
        let _ = std::io::Write::write_all(s, b"HTTP/1.1 200 OK\r\n");
        for _ in 0..120 {
            if std::io::Write::write_all(s, b"X-Drip: 1\r\n").is_err() {
                return;
            }
            std::thread::sleep(Duration::from_secs(1));
        }
    });
    let start = Instant::now();
    cmd()
        .args([
            "brief",
            "-q",
            "--translator-timeout",
            "2",
            "--translator-url",
        ])
        .arg(format!("http://127.0.0.1:{drip}/translate"))
        .arg(&a)
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2);
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "took {:?}",
        start.elapsed()
    );
    let flood = serve(|s| {
        let _ = std::io::Write::write_all(s, b"HTTP/1.1 200 OK\r\n\r\n");
        let chunk = vec![b'a'; 1 << 20];
        for _ in 0..200 {
            if std::io::Write::write_all(s, &chunk).is_err() {
                return;
            }
        }
    });
    cmd()
        .args(["brief", "-q", "--translator-url"])
        .arg(format!("http://127.0.0.1:{flood}/translate"))
        .arg(&a)
        .timeout(Duration::from_secs(60))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("larger than"));
}

#[test]
fn translator_settings_and_arguments_never_reach_an_output() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    for format in ["html", "json", "md"] {
        let out = cmd()
            .args([
                "brief",
                "-q",
                "--format",
                format,
                "--translator-cmd",
                "API_KEY=sk-siri123 tr a-z A-Z # --secret-flag",
            ])
            .arg(&a)
            .assert()
            .success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(
            !text.contains("sk-siri123") && !text.contains("secret-flag"),
            "{format}"
        );
        assert!(text.contains("WAKULIMA"), "{format}: translated");
    }
    let out = cmd()
        .args([
            "brief",
            "-q",
            "--format",
            "json",
            "--translator-cmd",
            "TOKEN=abc /usr/bin/tr a-z A-Z",
        ])
        .arg(&a)
        .assert()
        .success();
    let b: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(
        b["stories"][0]["sentences"][0]["translation"]["provider"],
        "tr"
    );
}

#[test]
fn a_translator_url_with_a_line_break_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    cmd()
        .args([
            "brief",
            "-q",
            "--translator-url",
            "http://127.0.0.1:9/translate\r\nX-Evil: 1",
        ])
        .arg(&a)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("line break"));
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
