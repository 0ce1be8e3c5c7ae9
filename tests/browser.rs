//! A real browser: renders a briefing of the two seed articles (../shared/seeds, when
//! present; else the team's own sample and a fixture), opens it in headless Chromium, takes
//! screenshots at phone and desktop widths, and checks the page rendered: both languages in
//! the DOM, no console errors, screenshots that are not blank. Skips with a note when no
//! Chromium binary is installed (set MUHTASARI_CHROMIUM to point at one).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use muhtasari::Length;
use muhtasari::Pipeline;
use muhtasari::read_document;
use muhtasari::{Format, Renderer};
#[path = "common/optional.rs"]
mod optional;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("MUHTASARI_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in ["chromium", "chromium-browser", "google-chrome", "chrome"] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// The inputs: the two seeds when ../shared is there, else our own texts.
fn inputs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = root.join("../shared/seeds");
    let mut found: Vec<PathBuf> = std::fs::read_dir(&seeds)
        .map(|d| {
            d.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    if found.len() >= 2 {
        return found;
    }
    optional::skipped(
        "browser with the seeds",
        "../shared/seeds not found; using examples/ziara-ya-rais.txt and a fixture",
    );
    vec![
        root.join("examples/ziara-ya-rais.txt"),
        root.join("tests/fixtures/vikwazo.txt"),
    ]
}

/// Runs Chromium headless with the flags that keep it quiet and offline; kills it after a
/// minute.
fn run_chromium(bin: &Path, profile: &Path, extra: &[String]) -> (bool, String, String) {
    let mut cmd = Command::new(bin);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-extensions",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
        "--enable-logging=stderr",
        "--v=0",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(extra)
    .stdin(Stdio::null())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let child = cmd.spawn().expect("chromium starts");
    let id = child.id();
    let started = Instant::now();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = done.clone();
    let watchdog = std::thread::spawn(move || {
        while !flag.load(std::sync::atomic::Ordering::Relaxed) {
            if started.elapsed() > Duration::from_secs(90) {
                // Our own child only, by its id.
                let _ = Command::new("kill").arg(id.to_string()).status();
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let out = child.wait_with_output().expect("chromium runs");
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let _ = watchdog.join();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Share of pixels that are not (near) the page background, and distinct colours seen.
fn ink(png_path: &Path) -> (f64, usize) {
    let decoder = png::Decoder::new(std::io::BufReader::new(
        std::fs::File::open(png_path).unwrap(),
    ));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let ch = info.color_type.samples();
    let px = &buf[..info.buffer_size()];
    let mut inked = 0usize;
    let mut colours = std::collections::HashSet::new();
    let n = px.len() / ch;
    for p in px.chunks(ch) {
        let (r, g, b) = if ch >= 3 {
            (p[0], p[1], p[2])
        } else {
            (p[0], p[0], p[0])
        };
        if colours.len() < 10_000 {
            colours.insert((r, g, b));
        }
        if (r as u16 + g as u16 + b as u16) < 600 {
            inked += 1;
        }
    }
    (inked as f64 / n.max(1) as f64, colours.len())
}

#[test]
fn briefing_renders_in_headless_chromium() {
    let Some(bin) = chromium() else {
        optional::skipped(
            "browser",
            "no chromium binary found (apt-get install chromium)",
        );
        return;
    };
    let pipeline = Pipeline::default();
    let articles: Vec<_> = inputs()
        .iter()
        .map(|p| pipeline.analyse(read_document(p, 1 << 22).unwrap()))
        .collect();
    let briefing = pipeline.brief(&articles, Length::Sentences(6));
    let html = Renderer::new(None)
        .unwrap()
        .render(&briefing, Format::Html)
        .unwrap();
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&out).unwrap();
    let page = out.join("briefing.html");
    std::fs::write(&page, &html).unwrap();
    let url = format!("file://{}", page.display());
    let profile = tempfile::tempdir().unwrap();

    // The DOM as the browser built it: both languages present, no console errors.
    let (ok, dom, log) = run_chromium(&bin, profile.path(), &["--dump-dom".into(), url.clone()]);
    assert!(ok, "chromium --dump-dom failed:\n{log}");
    let first = &briefing.stories[0].sentences[0];
    // The longest unmarked stretch of the first key sentence, as the DOM holds it.
    let plain = first
        .pieces
        .iter()
        .filter(|p| p.en.is_none())
        .map(|p| p.text.trim())
        .max_by_key(|t| t.len())
        .expect("a plain piece");
    assert!(dom.contains("lang=\"sw\""), "no Swahili block in the DOM");
    assert!(
        dom.contains(&html_escape(plain)),
        "the first key sentence is not in the DOM: {plain}"
    );
    assert!(
        dom.contains("English gloss"),
        "no English column in the DOM"
    );
    let english = &first
        .gloss
        .iter()
        .find(|g| g.en != g.sw)
        .expect("an English item")
        .en;
    assert!(
        dom.contains(english.as_str()) || dom.contains(&html_escape(english)),
        "{english}"
    );
    for line in log.lines() {
        let l = line.to_lowercase();
        assert!(
            !(l.contains("console") && (l.contains("error") || l.contains("uncaught"))),
            "console error: {line}"
        );
    }

    // Screenshots at phone and desktop widths: not blank.
    for (name, w, h) in [("phone", 390, 2400), ("desktop", 1280, 1600)] {
        let shot = out.join(format!("briefing-{name}.png"));
        let _ = std::fs::remove_file(&shot);
        let (ok, _, log) = run_chromium(
            &bin,
            profile.path(),
            &[
                format!("--screenshot={}", shot.display()),
                format!("--window-size={w},{h}"),
                url.clone(),
            ],
        );
        assert!(ok && shot.is_file(), "no {name} screenshot:\n{log}");
        let (share, colours) = ink(&shot);
        eprintln!(
            "{name}: {} ({:.1}% inked, {colours} colours)",
            shot.display(),
            share * 100.0
        );
        assert!(
            share > 0.02 && colours > 20,
            "{name} screenshot looks blank"
        );
    }
    optional::ran("browser", &bin.display().to_string());
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
