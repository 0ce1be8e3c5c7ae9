//! `glossary candidates` end to end on parallel text written for this test, in TSV, TMX and
//! XLIFF: the same term comes out of each, with its lemma, class and English.

mod common;

use common::{json, muhtasari};

use predicates::prelude::*;

/// (Swahili, English) pairs written for this test.
const PAIRS: &[(&str, &str)] = &[
    (
        "Wakulima walivuna mahindi mengi.",
        "Farmers harvested a lot of maize.",
    ),
    (
        "Mkulima mmoja alivuna mapema.",
        "One farmer harvested early.",
    ),
    (
        "Wakulima wanasema bei imeshuka.",
        "Farmers say the price has fallen.",
    ),
    (
        "Wakulima hawajavuna bado.",
        "Farmers have not harvested yet.",
    ),
];

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;")
}

fn write_inputs(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let tsv = dir.join("pairs.tsv");
    let mut t = String::from("sw\ten\n");
    for (sw, en) in PAIRS {
        t.push_str(&format!("{sw}\t{en}\n"));
    }
    std::fs::write(&tsv, t).unwrap();
    let tmx = dir.join("pairs.tmx");
    let mut x =
        String::from("<?xml version=\"1.0\"?><tmx version=\"1.4\"><header srclang=\"sw\"/><body>");
    for (sw, en) in PAIRS {
        x.push_str(&format!(
            "<tu><tuv xml:lang=\"en\"><seg>{}</seg></tuv><tuv xml:lang=\"sw-TZ\"><seg>{}</seg></tuv></tu>",
            xml_escape(en),
            xml_escape(sw)
        ));
    }
    x.push_str("</body></tmx>");
    std::fs::write(&tmx, x).unwrap();
    let xlf = dir.join("pairs.xlf");
    let mut x = String::from(
        "<?xml version=\"1.0\"?><xliff version=\"1.2\"><file source-language=\"en\" target-language=\"sw\"><body>",
    );
    for (i, (sw, en)) in PAIRS.iter().enumerate() {
        x.push_str(&format!(
            "<trans-unit id=\"{i}\"><source>{}</source><target>{}<ph id=\"1\">&lt;b/&gt;</ph></target></trans-unit>",
            xml_escape(en),
            xml_escape(sw)
        ));
    }
    x.push_str("</body></file></xliff>");
    std::fs::write(&xlf, x).unwrap();
    vec![tsv, tmx, xlf]
}

#[test]
fn each_parallel_format_gives_the_lemma_and_its_english() {
    let dir = tempfile::tempdir().unwrap();
    for input in write_inputs(dir.path()) {
        let v = json(
            muhtasari()
                .args([
                    "glossary",
                    "candidates",
                    "--format",
                    "json",
                    "--min-count",
                    "3",
                    // Measured against no glossary, so the shipped glossary's growth (it now
                    // holds mkulima) does not change what this test sees.
                    "--no-default-glossary",
                ])
                .arg(&input),
        );
        let list = v["candidates"].as_array().unwrap();
        let farmer = list
            .iter()
            .find(|c| c["sw"] == "mkulima")
            .unwrap_or_else(|| panic!("{}: {v:#}", input.display()));
        assert_eq!(farmer["class"], "1/2");
        assert_eq!(farmer["en"][0]["text"], "farmer", "{}", input.display());
        let harvest = list.iter().find(|c| c["sw"] == "vuna").expect("vuna");
        assert_eq!(harvest["pos"], "verb");
        assert_eq!(harvest["count"], 3);
    }
}

#[test]
fn yaml_output_lints_with_warnings_only() {
    let dir = tempfile::tempdir().unwrap();
    let inputs = write_inputs(dir.path());
    let out = dir.path().join("candidates.yaml");
    muhtasari()
        .args(["glossary", "candidates", "--format", "yaml", "-o"])
        .arg(&out)
        .arg(&inputs[0])
        .assert()
        .success();
    muhtasari()
        .args(["glossary", "lint"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains("status candidate, not reviewed"));
}

#[test]
fn a_bad_pair_line_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.tsv");
    std::fs::write(
        &bad,
        "Rais amewasili.\tThe president arrived.\nmstari bila tabo\n",
    )
    .unwrap();
    muhtasari()
        .args(["glossary", "candidates"])
        .arg(&bad)
        .assert()
        .failure()
        .stderr(predicate::str::contains("bad.tsv:2:1"));
}
