//! What muhtasari promises about your files (README, "What muhtasari promises about your
//! files"): links, bidi controls, translators. Each test is named after the bug it pins down (issue 18).
#![allow(unused_imports)]

mod safety_common;

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use predicates::prelude::PredicateBooleanExt;
use safety_common::{ARTICLE, article, bin, cmd, jsonl_day, names};

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

#[test]
fn bidi_controls_in_a_glossary_do_not_reach_the_html() {
    let dir = tempfile::tempdir().unwrap();
    let a = article(dir.path(), "a.txt");
    let g = dir.path().join("g.yaml");
    std::fs::write(
        &g,
        "domain: jaribio\nentries:\n  - id: mbegu\n    sw: mbegu\n    pos: noun\n    class: \"9/10\"\n    en: \"seed\u{202E}deen\"\n    note: \"kwa \u{2066}kupanda\u{2069}\"\n",
    )
    .unwrap();
    for format in ["html", "md"] {
        let out = cmd()
            .args(["brief", "-q", "--no-default-glossary", "--format", format])
            .arg("--glossary")
            .arg(&g)
            .arg(&a)
            .assert()
            .success();
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        assert!(text.contains("seed\u{FFFD}deen"), "{format}: {text}");
        assert!(
            !text
                .chars()
                .any(|c| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "{format}"
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
