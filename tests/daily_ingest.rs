//! Each input kind of the daily briefing read end to end from the fixtures in
//! tests/fixtures/day (Swahili the team wrote; the people and outlets are invented).

use std::path::{Path, PathBuf};

use muhtasari::{Batch, list_inputs, read_documents};

fn day(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/day")
        .join(name)
}

fn read(name: &str) -> Batch {
    read_documents(&day(name), muhtasari::DEFAULT_MAX_BYTES).unwrap()
}

#[test]
fn saved_page_keeps_the_article_and_drops_the_furniture() {
    let b = read("sauti-mafuta.html");
    assert_eq!(b.docs.len(), 1);
    let d = &b.docs[0];
    assert_eq!(
        d.title.as_deref(),
        Some("Bei ya mafuta yapanda tena Dar es Salaam")
    );
    assert_eq!(d.source.as_deref(), Some("Sauti ya Pwani"));
    assert_eq!(d.date.as_deref(), Some("2025-05-14"));
    assert_eq!(
        d.url.as_deref(),
        Some("https://sautiyapwani.example/uchumi/bei-ya-mafuta-yapanda")
    );
    assert_eq!(d.author.as_deref(), Some("Halima Juma"));
    assert!(d.text.contains("shilingi 3,210"), "{}", d.text);
    assert!(d.text.contains("Wachumi wanasema"), "{}", d.text);
    for furniture in [
        "vidakuzi",
        "Nakubali",
        "Burudani",
        "Shiriki",
        "Habari zinazohusiana",
        "Benki Kuu yatangaza",
        "Jiunge na jarida",
        "Zilizosomwa",
        "Haki zote",
        "dataLayer",
        "position:fixed",
    ] {
        assert!(
            !d.text.contains(furniture),
            "{furniture:?} left in:\n{}",
            d.text
        );
    }
    // Paragraphs stay paragraphs, so the segmenter sees them.
    assert!(d.text.matches("\n\n").count() >= 4, "{}", d.text);
}

#[test]
fn rss_items_are_articles() {
    let b = read("kilimanjaro.rss");
    assert!(b.skipped.is_empty());
    assert_eq!(b.docs.len(), 2);
    let d = &b.docs[0];
    assert_eq!(d.id, "kilimanjaro-1");
    assert_eq!(d.source.as_deref(), Some("Redio Kilimanjaro"));
    assert_eq!(d.date.as_deref(), Some("2025-05-14"));
    assert_eq!(
        d.title.as_deref(),
        Some("EWURA yapandisha bei ya petroli na dizeli")
    );
    assert!(d.text.starts_with("Bei ya mafuta ya petroli"), "{}", d.text);
    assert!(!d.text.contains("<p>"));
}

#[test]
fn atom_entries_are_articles() {
    let b = read("habari-mpya.atom");
    assert_eq!(b.docs.len(), 1);
    assert_eq!(b.docs[0].date.as_deref(), Some("2025-05-13"));
    assert_eq!(b.docs[0].author.as_deref(), Some("Neema Mollel"));
    assert_eq!(
        b.docs[0].url.as_deref(),
        Some("https://habarimpya.example/siasa/bajeti-kilimo")
    );
    assert!(b.skipped.is_empty());
}

#[test]
fn jsonl_lines_and_text_files() {
    let b = read("mwangaza.jsonl");
    assert_eq!(b.docs.len(), 2);
    assert_eq!(b.docs[0].id, "mwangaza-8812");
    assert_eq!(b.docs[0].date.as_deref(), Some("2025-05-14"));
    let t = read("ziwa-madaktari.txt");
    assert_eq!(t.docs[0].source.as_deref(), Some("Jarida la Ziwa"));
    let m = read("dodoma-bajeti.md");
    assert_eq!(m.docs[0].date.as_deref(), Some("2025-05-13"));
}

#[test]
fn a_folder_lists_every_fixture() {
    let (files, errors) = list_inputs(&[day("")]);
    assert!(errors.is_empty());
    assert_eq!(files.len(), 6);
}

#[test]
fn size_limit_and_binary_files_are_refused() {
    let err = read_documents(&day("sauti-mafuta.html"), 100).unwrap_err();
    assert!(
        err.to_string()
            .contains("larger than the limit of 100 bytes"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("picha.png");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    let err = read_documents(&png, 1000).unwrap_err();
    assert!(err.to_string().contains("binary file"), "{err}");
}

mod no_panic {
    use std::path::Path;

    use muhtasari::parse_documents;
    use proptest::prelude::*;

    /// Shapes that steer the reader into each parser, followed by arbitrary text.
    const HEADS: [&str; 8] = [
        "",
        "<!DOCTYPE html><html><head><meta property=\"og:title\" content=\"",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><description>",
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><content type=\"html\">",
        "{\"text\": \"",
        "---\ntitle: ",
        "<html><body><nav>",
        "{\"text\": 1}\n{\"text\": \"x\", \"id\": [",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(96))]
        #[test]
        fn any_input_is_read_or_refused_never_a_panic(
            head in 0usize..HEADS.len(),
            ext in prop::sample::select(vec!["-", "a.html", "a.rss", "a.jsonl", "a.txt", "a.xml", "a"]),
            body in "(?s).{0,300}",
            tail in prop::collection::vec(any::<u8>(), 0..16),
        ) {
            let mut bytes = HEADS[head].as_bytes().to_vec();
            bytes.extend(body.as_bytes());
            bytes.extend(tail);
            if let Ok(batch) = parse_documents(Path::new(ext), &bytes) {
                for d in &batch.docs {
                    prop_assert!(!d.text.trim().is_empty());
                }
            }
        }
    }
}
