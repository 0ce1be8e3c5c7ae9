//! `muhtasari gloss` and the translation options, end to end: every sentence glossed, JSON
//! shape, translation memories in TMX / YAML / TSV (exact and fuzzy), an external
//! translator command and its failures, and the article's date resolving `leo`.

mod common;

use common::{fixture, json, muhtasari};

use predicates::prelude::*;
use serde_json::Value;

const ARTICLE: &str = "---\ntitle: Ziara ya waziri\ndate: 2025-03-04\n---\nWaziri wa Fedha amewasili leo mjini Dodoma saa tatu asubuhi.\n\nAmesema serikali itatenga Sh5.2 bilioni kwa barabara, sawa na asilimia 12 ya bajeti.\n\nHata hivyo, hajasaini mkataba na benki hiyo.\n";

#[test]
fn gloss_json_covers_every_sentence() {
    let v = json(
        muhtasari()
            .args(["gloss", "--format", "json", "-"])
            .write_stdin(ARTICLE),
    );
    let list = v.as_array().unwrap();
    assert_eq!(list.len(), 3);
    let all: Vec<(String, String, String)> = list
        .iter()
        .flat_map(|s| s["gloss"].as_array().unwrap().clone())
        .map(|g| {
            (
                g["sw"].as_str().unwrap().to_string(),
                g["en"].as_str().unwrap().to_string(),
                g["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let has = |sw: &str, en: &str, kind: &str| {
        assert!(
            all.contains(&(sw.into(), en.into(), kind.into())),
            "{sw} → {en} ({kind}) missing: {all:?}"
        )
    };
    has("leo", "today (Tuesday, 4 March 2025)", "date");
    has("mjini Dodoma", "in Dodoma", "name");
    has("saa tatu asubuhi", "9:00 a.m.", "time");
    has("Sh5.2 bilioni", "5.2 billion shillings", "money");
    has("asilimia 12", "12 percent", "percent");
    has("hajasaini", "has not signed", "term");
    for s in list {
        assert!(
            s.get("translation").is_none(),
            "no translation without --tm: {s}"
        );
        let (start, end) = (s["start"].as_u64().unwrap(), s["end"].as_u64().unwrap());
        assert!(start < end);
    }
}

#[test]
fn gloss_text_names_the_swahili_time_reading() {
    muhtasari()
        .args(["gloss", "-"])
        .write_stdin(ARTICLE)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "time     saa tatu asubuhi → 9:00 a.m.",
        ))
        .stdout(predicate::str::contains("Swahili-time reading"));
}

#[test]
fn translation_memory_tsv_yaml_tmx() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("tm.tsv");
    std::fs::write(
        &tsv,
        "# team memory\nwaziri wa fedha amewasili LEO mjini Dodoma saa tatu asubuhi.\tThe finance minister arrived in Dodoma today at 9 a.m.\n",
    )
    .unwrap();
    let yaml = dir.path().join("tm.yaml");
    std::fs::write(
        &yaml,
        "- sw: \"Hata hivyo, hajasaini mkataba na benki hii.\"\n  en: \"However, she has not signed the agreement with this bank.\"\n",
    )
    .unwrap();
    let tmx = dir.path().join("tm.tmx");
    std::fs::write(
        &tmx,
        r#"<?xml version="1.0"?><tmx version="1.4"><header srclang="sw"/><body>
<tu><tuv xml:lang="sw"><seg>Amesema serikali itatenga Sh5.2 bilioni kwa barabara, sawa na asilimia 12 ya bajeti.</seg></tuv>
<tuv xml:lang="en"><seg>She said the government will set aside 5.2 billion shillings for roads, 12 percent of the budget.</seg></tuv></tu>
</body></tmx>"#,
    )
    .unwrap();
    let v = json(
        muhtasari()
            .args(["gloss", "--format", "json", "--tm"])
            .arg(&tsv)
            .arg("--tm")
            .arg(&yaml)
            .arg("--tm")
            .arg(&tmx)
            .arg("-")
            .write_stdin(ARTICLE),
    );
    let t: Vec<&Value> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["translation"])
        .collect();
    // Exact after normalising case and spaces.
    assert_eq!(t[0]["origin"], "translation-memory");
    assert_eq!(t[0]["similarity"], 1.0);
    assert!(t[0].get("matched").is_none());
    assert!(t[0]["provider"].as_str().unwrap().ends_with("tm.tsv"));
    assert!(t[1]["provider"].as_str().unwrap().ends_with("tm.tmx"));
    // Fuzzy: `hiyo` vs `hii`, shown with its similarity and the segment it matched.
    let sim = t[2]["similarity"].as_f64().unwrap();
    assert!((0.75..1.0).contains(&sim), "{sim}");
    assert_eq!(
        t[2]["matched"],
        "Hata hivyo, hajasaini mkataba na benki hii."
    );
    // A threshold of 1 keeps only exact matches.
    let v = json(
        muhtasari()
            .args(["gloss", "--format", "json", "--tm-threshold", "1", "--tm"])
            .arg(&yaml)
            .arg("-")
            .write_stdin(ARTICLE),
    );
    assert!(v[2].get("translation").is_none());
}

#[test]
fn bad_translation_memory_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let tsv = dir.path().join("tm.tsv");
    std::fs::write(&tsv, "Ndiyo\tYes\nHapana bila tab\n").unwrap();
    muhtasari()
        .args(["gloss", "--tm"])
        .arg(&tsv)
        .arg("-")
        .write_stdin(ARTICLE)
        .assert()
        .failure()
        .stderr(predicate::str::contains("tm.tsv:2:1"));
}

#[test]
fn translator_command_fills_translations_and_reports_failures() {
    let v = json(
        muhtasari()
            .args([
                "brief",
                "--format",
                "json",
                "-n",
                "2",
                "--translator-cmd",
                "sed 's/^/EN: /'",
                "-",
            ])
            .write_stdin(ARTICLE),
    );
    for k in v["stories"][0]["sentences"].as_array().unwrap() {
        let t = &k["translation"];
        assert_eq!(t["origin"], "machine");
        assert_eq!(t["engine"], "command");
        // The program's name only: arguments may hold secrets (issue 18).
        assert_eq!(t["provider"], "sed");
        assert_eq!(
            t["text"].as_str().unwrap(),
            format!("EN: {}", k["text"].as_str().unwrap())
        );
    }
    muhtasari()
        .args(["gloss", "--translator-cmd", "exit 7", "-"])
        .write_stdin(ARTICLE)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "translation engine command exit failed",
        ))
        .stderr(predicate::str::contains("translator command `exit` failed"));
    muhtasari()
        .args([
            "gloss",
            "--translator-timeout",
            "1",
            "--translator-cmd",
            "sleep 10",
            "-",
        ])
        .write_stdin(ARTICLE)
        .assert()
        .failure()
        .stderr(predicate::str::contains("no answer within 1 s"));
    muhtasari()
        .args([
            "gloss",
            "--translator-url",
            "ftp://example.com/translate",
            "-",
        ])
        .write_stdin(ARTICLE)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "is not an http:// or https:// URL",
        ));
}

#[test]
fn html_shows_translation_origin_beside_the_gloss() {
    muhtasari()
        .args(["brief", "-n", "1", "--translator-cmd", "sed 's/^/EN: /'"])
        .arg(fixture("mafuriko.txt"))
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Machine translation · command (sed)",
        ))
        .stdout(predicate::str::contains(
            "English gloss · not a translation",
        ));
}

#[test]
fn gloss_interlinear_shows_verb_segments() {
    muhtasari()
        .args(["gloss", "--interlinear", "-"])
        .write_stdin("Mawaziri walisaini mkataba jana, lakini rais hajasaini.\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("wa-li-saini / 3PL-PST-sign"))
        .stdout(predicate::str::contains("ha-ja-saini / NEG.3SG-PERF-sign"));
    // Without the flag, the text output has no segments.
    muhtasari()
        .args(["gloss", "-"])
        .write_stdin("Mawaziri walisaini mkataba jana.\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("3PL-PST").not());
}

#[test]
fn a_user_word_list_keeps_its_words_from_names() {
    const TEXT: &str = "Wakazi walilalamika kuhusu Kunguni wengi jana.\n";
    let names = |extra: &[&str]| -> Vec<String> {
        let mut args = vec!["gloss", "--format", "json"];
        args.extend_from_slice(extra);
        args.push("-");
        let v = json(muhtasari().args(&args).write_stdin(TEXT));
        v.as_array().unwrap()[0]["gloss"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|g| g["kind"] == "name")
            .map(|g| g["sw"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&[]), ["Kunguni"]);
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("maneno.dic");
    // A hunspell-style list: count line, flags; a word listed with a capital is a name.
    std::fs::write(&list, "3\nkunguni/AB\nwakazi\nJana\n").unwrap();
    assert!(names(&["--words", list.to_str().unwrap()]).is_empty());
    muhtasari()
        .args(["gloss", "--words", "/no/such/list.dic", "-"])
        .write_stdin(TEXT)
        .assert()
        .failure()
        .stderr(predicate::str::contains("/no/such/list.dic"));
    // A language data file's words and adjective stems (under any concord) count too.
    let lang = dir.path().join("maneno.yaml");
    std::fs::write(&lang, "words: [kunguni]\n").unwrap();
    assert!(names(&["--lang-data", lang.to_str().unwrap()]).is_empty());
    std::fs::write(&lang, "adjectives: [nguni]\n").unwrap();
    assert!(names(&["--lang-data", lang.to_str().unwrap()]).is_empty());
    std::fs::write(&lang, "words: [\"kunguni 2\"]\n").unwrap();
    muhtasari()
        .args(["gloss", "--lang-data", lang.to_str().unwrap(), "-"])
        .write_stdin(TEXT)
        .assert()
        .failure()
        .stderr(predicate::str::contains("not one word of letters"));
}
