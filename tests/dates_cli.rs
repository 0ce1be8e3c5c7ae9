//! An article's date is read once, when the article is read: a date that is no day of the
//! calendar is refused there with the file, the place and the reason; a date the readers
//! always kept as text (`14 Mei 2025`) still comes out as written.

mod common;

use common::{json, muhtasari};

use predicates::prelude::*;

const BODY: &str = "Wavuvi wa Kilwa wamerudi baharini baada ya dhoruba kupita. \
                    Mvuvi mmoja alisema samaki ni wengi leo kuliko wiki iliyopita.\n";

#[test]
fn an_impossible_date_is_refused_with_file_place_and_reason() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kilwa.txt");
    std::fs::write(
        &path,
        format!("---\ntitle: Wavuvi warudi\ndate: 2025-02-31\n---\n{BODY}"),
    )
    .unwrap();
    muhtasari()
        .args(["brief", "--format", "json"])
        .arg(&path)
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            predicate::str::contains("kilwa.txt:3:7: date \"2025-02-31\" is not a calendar date")
                .and(predicate::str::contains("February 2025 has no day 31")),
        );
}

#[test]
fn dates_are_written_out_as_they_were_written_in() {
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("dodoma.txt");
    std::fs::write(
        &other,
        "---\ndate: 2025-05-13\n---\nBunge limepitisha bajeti ya elimu jana jioni mjini Dodoma.\n",
    )
    .unwrap();
    for (date, newest) in [
        ("2025-05-14T10:00:00Z", Some("2025-05-14T10:00:00Z")),
        ("14 Mei 2025", Some("2025-05-13")),
        ("14/05/2025", Some("14/05/2025")),
    ] {
        let path = dir.path().join("kilwa.txt");
        std::fs::write(&path, format!("---\ndate: {date}\n---\n{BODY}")).unwrap();
        let b = json(
            muhtasari()
                .args(["brief", "--format", "json"])
                .arg(&path)
                .arg(&other),
        );
        let stories = b["stories"].as_array().unwrap();
        let kilwa = stories
            .iter()
            .find(|s| s["sources"][0]["id"] == "kilwa")
            .expect("the Kilwa story");
        assert_eq!(kilwa["sources"][0]["date"], date);
        // A date that is no numeric date is kept as text but does not rank: the day's newest
        // is then the other article's.
        let latest = stories.iter().find_map(|s| {
            s["importance"]["newest"]
                .as_str()
                .filter(|_| s["importance"]["recency"] == 1.0)
        });
        assert_eq!(latest, newest, "{date}");
    }
}
