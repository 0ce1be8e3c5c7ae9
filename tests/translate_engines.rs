//! Translation engines end to end, against mock servers on 127.0.0.1 that the tests start:
//! the request carries the sentence's glossary terms and context, 429 is retried, a timeout
//! is one clear error, a second run is served from the cache, malformed answers and the
//! wrong number of lines are refused, the key never shows, settings come from a file.

mod common;
mod mock_engine;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use common::{fixture, json};
use mock_engine::{Mock, Reply, sentence_of, user_message};
use predicates::prelude::*;
use serde_json::Value;

/// The binary, talking straight to the mocks on 127.0.0.1 whatever proxy the machine sets.
fn muhtasari() -> assert_cmd::Command {
    let mut cmd = common::muhtasari();
    for v in [
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ] {
        cmd.env_remove(v);
    }
    cmd.env("NO_PROXY", "127.0.0.1,localhost");
    cmd
}

/// A faithful English of each text of the treaty fixture (the check agrees with these).
fn good(sw: &str) -> String {
    match sw {
        "Urusi na Ukraine zasaini mkataba wa amani" => "Russia and Ukraine sign peace agreement",
        "Mawaziri wa Urusi na Ukraine walisaini mkataba wa amani jana mjini Geneva." => {
            "Ministers of Russia and Ukraine signed a peace agreement yesterday in Geneva."
        }
        "Hata hivyo, waziri wa ulinzi hakusaini makubaliano ya vikwazo." => {
            "However, the defence minister did not sign the sanctions agreement."
        }
        "Watu 250 walihudhuria mkutano huo uliochukua saa tatu." => {
            "250 people attended the meeting, which took three hours."
        }
        other => return format!("EN: {other}"),
    }
    .to_string()
}

/// `brief --format json` of the treaty fixture through an openai engine at `url`.
fn brief_openai(url: &str, cache: &std::path::Path) -> assert_cmd::Command {
    brief_openai_as("json", url, cache)
}

/// The same in another format.
fn brief_openai_as(format: &str, url: &str, cache: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = muhtasari();
    cmd.args([
        "brief",
        "--format",
        format,
        "-n",
        "3",
        "--translator-api",
        "openai",
    ])
    .arg("--translator-url")
    .arg(format!("{url}/v1"))
    .args(["--translator-model", "mock-mt"])
    .arg("--cache-dir")
    .arg(cache)
    .arg(fixture("translate-mkataba.txt"));
    cmd
}

fn sentences(v: &Value) -> Vec<Value> {
    v["stories"][0]["sentences"].as_array().unwrap().clone()
}

#[test]
fn the_request_carries_the_sentences_terms_context_and_key() {
    let mock = Mock::openai(good);
    let cache = tempfile::tempdir().unwrap();
    let out = brief_openai(&mock.url, cache.path())
        .env("MUHTASARI_API_KEY", "sk-test-secret-123")
        .assert()
        .success();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.get_output().stdout).to_string(),
        String::from_utf8_lossy(&out.get_output().stderr).to_string(),
    );
    assert!(!stdout.contains("sk-test") && !stderr.contains("sk-test"));
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let reqs = mock.requests();
    // Three sentences and the headline, one request each.
    assert_eq!(reqs.len(), 4, "{reqs:?}");
    for r in &reqs {
        assert_eq!(r.path, "/v1/chat/completions");
        assert_eq!(
            r.authorization.as_deref(),
            Some("Bearer sk-test-secret-123")
        );
        assert_eq!(r.body["model"], "mock-mt");
    }
    let prompt_of = |needle: &str| {
        reqs.iter()
            .map(|r| user_message(&r.body))
            .find(|u| sentence_of_text(u).contains(needle))
            .unwrap_or_else(|| panic!("no request for {needle}"))
    };
    let first = prompt_of("walisaini");
    for want in [
        "walisaini → signed",
        // The name inside the institution's name carries its English: "Mawaziri wa Urusi →
        // Ministers of Russia".
        "Urusi → Ministers of Russia",
        "mkataba wa amani → peace agreement",
        "jana → yesterday",
        "Urusi na Ukraine zasaini mkataba wa amani", // the headline as context
    ] {
        assert!(first.contains(want), "{want:?} not in\n{first}");
    }
    assert!(
        !first.contains("Monday"),
        "bracketed notes stay out:\n{first}"
    );
    let second = prompt_of("hakusaini");
    assert!(second.contains("hakusaini → did not sign"), "{second}");
    assert!(second.contains("vikwazo → sanctions"), "{second}");
    assert!(
        second.contains("The sentence before it (context only, do not translate it): Mawaziri"),
        "{second}"
    );
    let third = prompt_of("Watu 250");
    assert!(third.contains("Watu 250 → 250 people"), "{third}");
    assert!(
        !third.contains("saa tatu →"),
        "an open reading is no instruction:\n{third}"
    );
    for k in sentences(&v) {
        let t = &k["translation"];
        assert_eq!(t["origin"], "machine");
        assert_eq!(t["engine"], "openai");
        assert_eq!(t["model"], "mock-mt");
        assert_eq!(t["provider"], mock.url.trim_start_matches("http://"));
        assert_eq!(t["text"], good(k["text"].as_str().unwrap()));
        assert_eq!(
            t["qa"]["issues"],
            serde_json::json!([]),
            "the check agrees: {t}"
        );
    }
    let h = &v["stories"][0]["headline_translation"];
    assert_eq!(h["text"], "Russia and Ukraine sign peace agreement");
    assert_eq!(v["title_translation"], h["text"]);
}

/// The sentence line of a rendered user message (its last line).
fn sentence_of_text(user: &str) -> String {
    user.lines().last().unwrap_or("").to_string()
}

#[test]
fn a_429_is_retried_and_then_succeeds() {
    let mock = Mock::start(|n, s| {
        if n == 0 {
            let mut r = Reply::status(429, r#"{"error":"slow down"}"#);
            r.headers.push(("Retry-After".into(), "0".into()));
            r
        } else {
            Reply::chat(&good(&sentence_of(&s.body)))
        }
    });
    let cache = tempfile::tempdir().unwrap();
    let v = json(&mut brief_openai(&mock.url, cache.path()));
    assert_eq!(mock.requests().len(), 5, "four texts and one retry");
    for k in sentences(&v) {
        assert_eq!(k["translation"]["text"], good(k["text"].as_str().unwrap()));
    }
}

/// The engine writes 205 for 250 (every time, or only before it is told).
fn wrong_number(user: &str, fixed_when_told: bool) -> Reply {
    let s = sentence_of_text(user);
    let told = user.contains("A check found these problems");
    if s.starts_with("Watu 250") && !(fixed_when_told && told) {
        Reply::chat("205 people attended the meeting, which took three hours.")
    } else {
        Reply::chat(&good(&s))
    }
}

#[test]
fn a_wrong_number_is_flagged_in_the_briefing_after_one_retry() {
    let mock = Mock::start(|_, s| wrong_number(&user_message(&s.body), false));
    let cache = tempfile::tempdir().unwrap();
    let v = json(&mut brief_openai(&mock.url, cache.path()));
    let reqs = mock.requests();
    assert_eq!(reqs.len(), 5, "four texts, one asked again");
    let retry = user_message(&reqs[4].body);
    assert!(
        retry.contains("Your earlier translation was: 205 people"),
        "{retry}"
    );
    assert!(
        retry.contains("- numbers: "),
        "the issue is named:\n{retry}"
    );
    let k = sentences(&v)
        .into_iter()
        .find(|k| k["text"].as_str().unwrap().starts_with("Watu 250"))
        .unwrap();
    let qa = &k["translation"]["qa"];
    assert_eq!(qa["retried"], true);
    let issue = &qa["issues"][0];
    assert_eq!(issue["check"], "numbers", "{qa}");
    assert_eq!(issue["severity"], "error");
    // The other sentences agree: no issues and no retry.
    for k in sentences(&v) {
        if !k["text"].as_str().unwrap().starts_with("Watu 250") {
            assert_eq!(k["translation"]["qa"]["issues"], serde_json::json!([]));
            assert!(k["translation"]["qa"].get("retried").is_none());
        }
    }
    // Markdown shows the issue beside the sentence and the quiet mark beside the others.
    let md = brief_openai_as("md", &mock.url, cache.path())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(md).unwrap();
    assert!(
        md.contains(r"Machine translation (openai: 127\.0.0.1"),
        "{md}"
    );
    assert!(md.contains("model mock-mt):** Ministers of Russia and Ukraine signed a peace agreement yesterday in Geneva. ✓"), "{md}");
    assert!(md.contains("- error · numbers: "), "{md}");
    assert_eq!(
        mock.requests().len(),
        5,
        "a re-run from the cache does not ask again"
    );
    // With --qa-retries 0 nothing is asked again.
    let cache2 = tempfile::tempdir().unwrap();
    let before = mock.requests().len();
    json(brief_openai(&mock.url, cache2.path()).args(["--qa-retries", "0"]));
    assert_eq!(mock.requests().len() - before, 4);
}

#[test]
fn a_retry_that_fixes_the_number_is_kept_and_cached() {
    let mock = Mock::start(|_, s| wrong_number(&user_message(&s.body), true));
    let cache = tempfile::tempdir().unwrap();
    let v = json(&mut brief_openai(&mock.url, cache.path()));
    let k = sentences(&v)
        .into_iter()
        .find(|k| k["text"].as_str().unwrap().starts_with("Watu 250"))
        .unwrap();
    assert_eq!(
        k["translation"]["text"],
        "250 people attended the meeting, which took three hours."
    );
    assert_eq!(k["translation"]["qa"]["issues"], serde_json::json!([]));
    assert_eq!(k["translation"]["qa"]["retried"], true);
    let again = json(&mut brief_openai(&mock.url, cache.path()));
    assert_eq!(
        mock.requests().len(),
        5,
        "the fixed translation came from the cache"
    );
    assert_eq!(
        sentences(&again)[2]["translation"]["text"],
        k["translation"]["text"]
    );
}

#[test]
fn a_server_that_keeps_failing_is_one_clear_error() {
    let mock = Mock::start(|_, _| Reply::status(503, "overloaded"));
    let cache = tempfile::tempdir().unwrap();
    brief_openai(&mock.url, cache.path())
        .args(["--translator-retries", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "translation engine openai at {} failed: HTTP 503 overloaded (after 2 tries)",
            mock.url.trim_start_matches("http://")
        )));
}

#[test]
fn a_timeout_is_one_clear_error() {
    let mock = Mock::start(|_, s| {
        let mut r = Reply::chat(&sentence_of(&s.body));
        r.delay = std::time::Duration::from_secs(3);
        r
    });
    let cache = tempfile::tempdir().unwrap();
    let started = std::time::Instant::now();
    brief_openai(&mock.url, cache.path())
        .args(["--translator-timeout", "1", "--translator-concurrency", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("failed: no answer within 1 s"));
    assert!(started.elapsed().as_secs() < 30);
}

#[test]
fn a_second_run_is_served_from_the_cache() {
    let count = Arc::new(AtomicUsize::new(0));
    let c = count.clone();
    let mock = Mock::openai(move |s| {
        c.fetch_add(1, Ordering::SeqCst);
        good(s)
    });
    let cache = tempfile::tempdir().unwrap();
    let first = json(&mut brief_openai(&mock.url, cache.path()));
    assert_eq!(count.load(Ordering::SeqCst), 4);
    let second = brief_openai(&mock.url, cache.path())
        .assert()
        .success()
        .stderr(predicate::str::contains("0 sent to openai"))
        .stderr(predicate::str::contains("4 from the cache"))
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        count.load(Ordering::SeqCst),
        4,
        "nothing sent the second time"
    );
    assert_eq!(first, serde_json::from_slice::<Value>(&second).unwrap());
    // --no-cache sends again; a corrupt entry is a miss and is rewritten.
    json(brief_openai(&mock.url, cache.path()).arg("--no-cache"));
    assert_eq!(count.load(Ordering::SeqCst), 8);
    let entry = walk(cache.path()).into_iter().next().unwrap();
    std::fs::write(&entry, "{ broken").unwrap();
    json(&mut brief_openai(&mock.url, cache.path()));
    assert_eq!(
        count.load(Ordering::SeqCst),
        9,
        "only the corrupt entry re-sent"
    );
    assert!(
        std::fs::read_to_string(&entry)
            .unwrap()
            .contains("\"translation\"")
    );
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        if e.path().is_dir() {
            out.extend(walk(&e.path()));
        } else {
            out.push(e.path());
        }
    }
    out.sort();
    out
}

#[test]
fn malformed_answers_are_refused() {
    let cache = tempfile::tempdir().unwrap();
    let not_json = Mock::start(|_, _| Reply::ok("<html>proxy error</html>"));
    brief_openai(&not_json.url, cache.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the answer is not JSON"));
    let two_lines = Mock::openai(|s| format!("Here is the translation:\nEN: {s}"));
    brief_openai(&two_lines.url, cache.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2 lines for one sentence"));
    let no_choices = Mock::start(|_, _| Reply::ok(r#"{"error":{"message":"model not loaded"}}"#));
    brief_openai(&no_choices.url, cache.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no choices[0].message.content"));
}

#[test]
fn libretranslate_batches_and_refuses_the_wrong_number_of_lines() {
    let good = Mock::start(|_, s| {
        let q: Vec<String> = s.body["q"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| format!("EN: {}", x.as_str().unwrap()))
            .collect();
        Reply::ok(serde_json::json!({ "translatedText": q }).to_string())
    });
    let cache = tempfile::tempdir().unwrap();
    let run = |url: &str| {
        let mut cmd = muhtasari();
        cmd.args(["brief", "--format", "json", "-n", "3", "--translator-url"])
            .arg(format!("{url}/translate"))
            .arg("--cache-dir")
            .arg(cache.path())
            .arg(fixture("translate-mkataba.txt"));
        cmd
    };
    let v = json(&mut run(&good.url));
    let reqs = good.requests();
    assert_eq!(reqs.len(), 1, "one batch");
    assert_eq!(reqs[0].body["source"], "sw");
    assert_eq!(reqs[0].body["q"].as_array().unwrap().len(), 4);
    for k in sentences(&v) {
        assert_eq!(k["translation"]["engine"], "libretranslate");
    }
    let short = Mock::start(|_, _| Reply::ok(r#"{"translatedText":["Only one"]}"#));
    run(&short.url)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("1 line for 4 sentences"));
}

#[test]
fn settings_come_from_muhtasari_toml_and_flags_override_them() {
    let mock = Mock::openai(good);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("muhtasari.toml");
    std::fs::write(
        &file,
        format!(
            "[translate]\nengine = \"openai\"\nurl = \"{}/v1\"\nmodel = \"from-file\"\nkey_env = \"NEWSROOM_KEY\"\n\n[cache]\ndir = \"mt-cache\"\n",
            mock.url
        ),
    )
    .unwrap();
    let v = json(
        muhtasari()
            .args(["brief", "--format", "json", "-n", "1", "--config"])
            .arg(&file)
            .arg(fixture("translate-mkataba.txt"))
            .env("NEWSROOM_KEY", "nk-1"),
    );
    assert_eq!(sentences(&v)[0]["translation"]["model"], "from-file");
    assert_eq!(
        mock.requests()[0].authorization.as_deref(),
        Some("Bearer nk-1")
    );
    assert!(
        dir.path().join("mt-cache").is_dir(),
        "cache dir relative to the file"
    );
    muhtasari()
        .args([
            "config",
            "show",
            "--translator-model",
            "from-flag",
            "--config",
        ])
        .arg(&file)
        .env("NEWSROOM_KEY", "nk-1")
        .assert()
        .success()
        .stdout(predicate::str::contains(format!(
            "settings file: {}",
            file.display()
        )))
        .stdout(
            predicate::str::is_match(r"translate\.model\s+from-flag\s+\(flag --translator-model\)")
                .unwrap(),
        )
        .stdout(predicate::str::is_match(r"translate\.engine\s+openai\s+\(/").unwrap())
        .stdout(predicate::str::contains("NEWSROOM_KEY (set)"))
        .stdout(predicate::str::contains("nk-1").not());
    std::fs::write(&file, "[translate]\nengin = \"openai\"\n").unwrap();
    muhtasari()
        .args(["config", "show", "--config"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("muhtasari.toml:2:1"))
        .stderr(predicate::str::contains("engin"));
}

/// A CONNECT proxy on 127.0.0.1 that records the address asked for and tunnels every
/// connection to `to` (the mock engine), whatever host was named.
fn connect_proxy(to: String) -> (String, Arc<std::sync::Mutex<Vec<String>>>) {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let asked = Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = asked.clone();
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let (to, seen) = (to.clone(), seen.clone());
            std::thread::spawn(move || {
                let mut reader = BufReader::new(client.try_clone().unwrap());
                let mut line = String::new();
                reader.read_line(&mut line).unwrap();
                seen.lock().unwrap().push(line.trim().to_string());
                loop {
                    let mut h = String::new();
                    if reader.read_line(&mut h).unwrap() == 0 || h == "\r\n" {
                        break;
                    }
                }
                let mut client = client;
                client
                    .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
                    .unwrap();
                let upstream =
                    std::net::TcpStream::connect(to.trim_start_matches("http://")).unwrap();
                let (mut a, mut b) = (upstream.try_clone().unwrap(), client.try_clone().unwrap());
                std::thread::spawn(move || std::io::copy(&mut b, &mut a));
                let _ = std::io::copy(&mut upstream.try_clone().unwrap(), &mut client);
            });
        }
    });
    (url, asked)
}

#[test]
fn any_host_through_the_proxy_the_environment_names() {
    // A host that does not resolve is reached through the proxy, which tunnels to the mock.
    let engine = Mock::openai(good);
    let (proxy, asked) = connect_proxy(engine.url.clone());
    let cache = tempfile::tempdir().unwrap();
    let v = json(
        muhtasari()
            .env_remove("NO_PROXY")
            .env("HTTP_PROXY", &proxy)
            .args(["brief", "--format", "json", "-n", "1"])
            .args(["--translator-api", "openai", "--translator-model", "m"])
            .args(["--translator-url", "http://mt.newsroom.invalid/v1"])
            .arg("--cache-dir")
            .arg(cache.path())
            .arg(fixture("translate-mkataba.txt")),
    );
    let asked = asked.lock().unwrap().clone();
    assert!(
        !asked.is_empty()
            && asked
                .iter()
                .all(|l| l.starts_with("CONNECT mt.newsroom.invalid:80 ")),
        "{asked:?}"
    );
    assert_eq!(engine.requests()[0].path, "/v1/chat/completions");
    assert_eq!(
        sentences(&v)[0]["translation"]["provider"],
        "mt.newsroom.invalid"
    );
}
