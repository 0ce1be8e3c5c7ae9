//! The glossary: the YAML model, loading with clear errors, lint, and the term matcher.
//! It knows nothing of templates or scoring.

pub mod candidates;
pub mod exchange;
mod fast_map;
pub(crate) mod forms;
mod hit_rank;
mod lint;
mod lint_files;
mod load;
mod matcher;
mod model;
pub(crate) mod plural_en;
mod senses;
mod word_stream;

pub use crate::morph::{Analysis, Subject, Tense, Voice};
pub use exchange::{ExchangeFormat, Exported, Record, export, import, to_yaml};
pub use lint::{Finding, Severity, check_examples, drop_erroneous, lint};
pub use lint_files::{lint_path, lint_text};
pub use matcher::{Matcher, Polarity, TermHit};
pub use model::{CuePlace, Entry, Example, Origin, Pos, Sense, Status};
pub use senses::SenseChoice;

use std::borrow::Cow;

use crate::morph::Number;

/// A set of entries from one or more YAML files.
#[derive(Debug, Clone, Default)]
pub struct Glossary {
    /// The entries, in file order.
    pub entries: Vec<Entry>,
}

impl Glossary {
    /// The entry with this id, if any (a scan: ids are looked up for a few items, not per word).
    pub fn entry_with_id(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// The English for a hit: for a plural form, the entry's `plural_en`, else the regular
    /// English plural of its preferred English (`mikataba` → "agreements"); for any other
    /// form the preferred English.
    /// A sense the words around the hit chose replaces the entry's own English.
    pub fn english(&self, hit: &TermHit) -> Cow<'_, str> {
        let e = &self.entries[hit.entry];
        let (en, plural_en) = match self.sense(hit) {
            Some(s) => (&s.en, &s.plural_en),
            None => (&e.en, &e.plural_en),
        };
        match (hit.number, plural_en) {
            (Some(Number::Plural), Some(p)) => Cow::Borrowed(p),
            (Some(Number::Plural), None) => Cow::Owned(plural_en::plural(en)),
            _ => Cow::Borrowed(en),
        }
    }

    /// The sense a hit chose, if any.
    pub fn sense(&self, hit: &TermHit) -> Option<&Sense> {
        let c = hit.sense?;
        self.entries[hit.entry].senses.get(usize::from(c.sense))
    }

    /// Why a hit reads in its sense: `bronze: cue "medali ya" before`.
    pub fn sense_reason(&self, hit: &TermHit) -> Option<String> {
        let c = hit.sense?;
        let s = self.sense(hit)?;
        let (place, cue) = s.cues().nth(usize::from(c.cue))?;
        Some(format!("{}: cue \"{cue}\" {}", s.en, place.as_str()))
    }

    /// Whether a hit's English is a guess: its entry `needs_cue` and no cue chose a sense.
    pub fn unsure(&self, hit: &TermHit) -> bool {
        hit.sense.is_none() && self.entries[hit.entry].needs_cue
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"
domain: test
entries:
  - id: mkataba
    sw: mkataba
    pos: noun
    class: 3/4
    en: agreement
    examples:
      - text: "Walisaini mikataba miwili."
        match: mikataba
  - id: mkataba-wa-ulinzi
    sw: mkataba wa ulinzi
    pos: phrase
    class: 3/4
    en: defence pact
    examples:
      - text: "Nchi hizo zina mikataba ya ulinzi."
        match: mikataba ya ulinzi
  - id: kikwazo
    sw: kikwazo
    pos: noun
    class: 7/8
    en: obstacle
    plural_en: sanctions
    examples:
      - text: "Vikwazo vipya vimetangazwa."
        match: Vikwazo
  - id: amani
    sw: amani
    pos: noun
    class: 9/10
    en: peace
    plural_en: peace
  - id: urusi
    sw: Urusi
    pos: name
    en: Russia
  - id: saini
    sw: saini
    pos: verb
    en: sign
    forms: [walisaini, hakusaini]
    negative_forms: [hakusaini]
"#;

    fn sample() -> Glossary {
        Glossary {
            entries: load::parse_file("test.yaml", SAMPLE).unwrap(),
        }
    }

    fn found(text: &str) -> Vec<(String, String)> {
        let g = sample();
        Matcher::new(&g)
            .find(text)
            .into_iter()
            .map(|h| (g.entries[h.entry].id.clone(), h.span.of(text).to_string()))
            .collect()
    }

    #[test]
    fn longest_match_wins_and_boundaries_hold() {
        assert_eq!(
            found("Mkataba wa ulinzi na mkataba; tamani amani."),
            [
                ("mkataba-wa-ulinzi".into(), "Mkataba wa ulinzi".into()),
                ("mkataba".into(), "mkataba".into()),
                ("amani".into(), "amani".into()),
            ]
        );
    }

    #[test]
    fn phrases_do_not_cross_punctuation() {
        assert_eq!(
            found("mkataba, wa ulinzi"),
            [("mkataba".into(), "mkataba".into())]
        );
    }

    #[test]
    fn plural_meaning_and_polarity() {
        let g = sample();
        let m = Matcher::new(&g);
        let hits = m.find("Vikwazo vipo lakini hakusaini.");
        assert_eq!(g.english(&hits[0]), "sanctions");
        assert_eq!(hits[1].polarity, Some(Polarity::Negative));
    }

    #[test]
    fn names_keep_case() {
        assert_eq!(found("urusi Urusi").len(), 1);
    }

    #[test]
    fn sample_lints_clean_but_warns_missing_examples() {
        let findings = lint(&sample());
        assert!(
            findings.iter().all(|f| f.severity == Severity::Warning),
            "{findings:?}"
        );
        assert_eq!(findings.len(), 3);
    }

    #[test]
    fn embedded_glossary_lints_clean() {
        let g = Glossary::embedded();
        assert!(g.entries.len() >= 60);
        let errors: Vec<String> = lint(&g)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.to_string())
            .collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
    }

    #[test]
    fn every_glossary_file_is_embedded() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("glossary");
        for file in load::yaml_files(&dir).unwrap() {
            let name = format!("glossary/{}", file.file_name().unwrap().to_string_lossy());
            assert!(
                load::EMBEDDED.iter().any(|(n, _)| *n == name),
                "{name} is not in load::EMBEDDED"
            );
        }
    }
}
