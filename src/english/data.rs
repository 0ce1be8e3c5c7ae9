//! The word lists the English side reads: number words, scales, counted nouns, currencies,
//! months, days, parts of the day, titles, English participles. They live in
//! `glossary/lang/numbers.yaml`, are compiled in, and are checked when loaded.

// Fx-hashed (see `crate::hash`): month, number and currency words are looked up per token.
use crate::hash::WordMap as HashMap;
use std::path::Path;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::lang::yaml_error;
use crate::text::fold;

const EMBEDDED: &str = include_str!("../../glossary/lang/numbers.yaml");

/// A scale word: `elfu`, `milioni`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// Its value.
    pub value: u64,
    /// Its English when the amount stays in digits (`50 billion`).
    pub en: String,
}

/// A noun that is counted: `miaka 24` → 24 years.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counted {
    /// The English plural.
    pub en: String,
    /// The English singular, for the value 1.
    pub one: String,
}

/// A currency word.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    /// Its English (`USD`, `shillings`).
    pub en: String,
    /// Whether the English goes before the amount.
    #[serde(default)]
    pub before: bool,
}

/// A relative day: `jana` → yesterday, one day before the article's date.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelativeDay {
    /// Its English.
    pub en: String,
    /// Days from the article's date.
    pub offset: i64,
}

/// The data file as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EnglishData {
    /// Unit and tens words.
    #[serde(default)]
    pub numbers: HashMap<String, u64>,
    /// Scale words.
    #[serde(default)]
    pub scales: HashMap<String, Scale>,
    /// Fractions added with `na`.
    #[serde(default)]
    pub fractions: HashMap<String, f64>,
    /// Counted nouns.
    #[serde(default)]
    pub counted: HashMap<String, Counted>,
    /// Currency words.
    #[serde(default)]
    pub currencies: HashMap<String, Currency>,
    /// A currency word's country words and the currency they make it: `dola` with `Kanada`
    /// or `Kikanada` after it (`dola 5 za Kanada`) is CAD, not USD.
    #[serde(default)]
    pub currency_countries: HashMap<String, HashMap<String, String>>,
    /// Nouns whose number after an associative is a label, not an ordinal: `ibara ya 282`
    /// is article 282, `sura ya 12` chapter 12 (where `nafasi ya 36` is 36th).
    #[serde(default)]
    pub label_nouns: Vec<String>,
    /// Compass words after a place name, with their English: `Marekani Kusini` is a
    /// different place from `Marekani` (South America), so the name is read with its compass
    /// word or not at all.
    #[serde(default)]
    pub compass: HashMap<String, String>,
    /// A country's people and language by its English name in the glossary: adjective or
    /// language, one person, people (`Poland` → Polish, Pole, Poles); read in `joined.rs`.
    #[serde(default)]
    pub demonyms: HashMap<String, Vec<String>>,
    /// Currency words that stick to digits (`Sh5`).
    #[serde(default)]
    pub glued_currencies: Vec<String>,
    /// Words that make the number after them a percentage.
    #[serde(default)]
    pub percent: Vec<String>,
    /// Month names.
    #[serde(default)]
    pub months: HashMap<String, String>,
    /// Day names.
    #[serde(default)]
    pub days: HashMap<String, String>,
    /// Relative days.
    #[serde(default)]
    pub relative_days: HashMap<String, RelativeDay>,
    /// Parts of the day.
    #[serde(default)]
    pub day_parts: HashMap<String, String>,
    /// Time zones whose hours are never shifted.
    #[serde(default)]
    pub zones: Vec<String>,
    /// Words before `saa N` that make it a clock time (`hadi saa tatu` until 9 o'clock);
    /// an entry starting with `-` is a word ending (`-pofika`: `ilipofika saa tatu`).
    #[serde(default)]
    pub clock_before: Vec<String>,
    /// Words or phrases before `saa N` that make it a duration (`kwa saa tatu` for three
    /// hours, `kwa muda wa saa tatu`).
    #[serde(default)]
    pub duration_before: Vec<String>,
    /// Words after `saa N` that make it a clock time (`saa tatu kamili` 9 o'clock sharp).
    #[serde(default)]
    pub clock_after: Vec<String>,
    /// Words before a subjunctive verb that make it a possibility (`wanaweza wasifike` they
    /// may not arrive); an entry starting with `-` is a word ending (`-weza`).
    #[serde(default)]
    pub modal_before: Vec<String>,
    /// Words or phrases before an infinitive that make it a noun, read `-ing` in English
    /// (`baada ya kukamatwa` after being arrested); `"."` stands for the start of a sentence
    /// or clause, `","` for a comma.
    #[serde(default)]
    pub gerund_before: Vec<String>,
    /// Nouns whose English takes an infinitive after them, so the infinitive after their
    /// connective stays "to …" (`uwezo wa kupumua` the ability to breathe).
    #[serde(default)]
    pub infinitive_nouns: Vec<String>,
    /// Titles before names.
    #[serde(default)]
    pub titles: HashMap<String, String>,
    /// Nouns of offices held by people (`rais`, `waziri`): at a sentence start they still
    /// head a name read whole (`Rais wa Tanzania` → President of Tanzania), where another
    /// capitalised noun does not (`Uvamizi wa Urusi`).
    #[serde(default)]
    pub offices: Vec<String>,
    /// English words that render a Swahili negation by their sense, not by a negating word:
    /// lacking, absence, being without (`hana hatia` innocent, `wasiojulikana` anonymous).
    #[serde(default)]
    pub negative_senses: Vec<String>,
    /// Irregular English past participles.
    #[serde(default)]
    pub participles: HashMap<String, String>,
    /// English past tenses that differ from the participle (`take`: took).
    #[serde(default)]
    pub pasts: HashMap<String, String>,
    /// Swahili words of a word list the user gave (`gloss --words`): with a capital they are
    /// still no names. Never part of the data file.
    #[serde(skip)]
    pub words: crate::text::WordSet,
}

impl EnglishData {
    /// The data compiled into the binary, parsed now: what a [`crate::Pipeline`] holds
    /// unless given other data.
    pub fn parse_embedded() -> EnglishData {
        parse(Path::new("glossary/lang/numbers.yaml"), EMBEDDED)
            .expect("embedded numbers.yaml is valid")
    }

    /// The data compiled into the binary, parsed once and shared: for the free functions
    /// ([`crate::gloss_with`], [`crate::term_english`]) that are not given a pipeline's.
    pub fn embedded() -> &'static EnglishData {
        static DATA: OnceLock<EnglishData> = OnceLock::new();
        DATA.get_or_init(EnglishData::parse_embedded)
    }

    /// Reads and checks a data file of this shape.
    pub fn from_file(path: &Path) -> Result<EnglishData> {
        let text = crate::infile::read_data_text(path)?;
        parse(path, &text)
    }

    /// The month's English.
    pub fn month(&self, w: &str) -> Option<&str> {
        self.months.get(w).map(String::as_str)
    }

    /// The day's English.
    pub fn day(&self, w: &str) -> Option<&str> {
        self.days.get(w).map(String::as_str)
    }

    /// The month's number (1–12).
    pub fn month_number(&self, w: &str) -> Option<u32> {
        let en = self.month(w)?;
        crate::dates::MONTHS
            .iter()
            .position(|m| *m == en)
            .map(|i| i as u32 + 1)
    }
}

impl EnglishData {
    /// A month written as an ordinal, from `mwezi` at `words[0]` (folded): `mwezi wa pili`
    /// February, `mwezi wa kumi na mbili` December; with the number of words it takes. Not
    /// the second month of a run: `mwezi wa pili mfululizo`, or `kwa` before (`before`, the
    /// word before `mwezi`): `zimeshuka kwa mwezi wa pili` fell for a second month.
    pub fn ordinal_month(&self, before: Option<&str>, words: &[&str]) -> Option<(u32, usize)> {
        if before == Some("kwa") || words.first() != Some(&"mwezi") || words.get(1) != Some(&"wa") {
            return None;
        }
        let unit = |w: Option<&&str>| w.and_then(|w| self.numbers.get(*w)).copied();
        let (month, used) = match words.get(2).copied()? {
            "kwanza" => (1, 3),
            "pili" => (2, 3),
            // `kumi na N`: November and December only.
            "kumi" if words.get(3) == Some(&"na") => {
                (10 + unit(words.get(4)).filter(|n| matches!(n, 1 | 2))?, 5)
            }
            w => (*self.numbers.get(w).filter(|n| (3..=10).contains(*n))?, 3),
        };
        (words.get(used) != Some(&"mfululizo")).then_some((month as u32, used))
    }

    /// Whether an English word (lower case) renders a negation by its sense (`innocent`).
    pub fn negative_sense(&self, w: &str) -> bool {
        self.negative_senses.iter().any(|n| n == w)
    }
}

/// A phrase folded, its words joined by one space.
fn normalise_words(s: &str) -> String {
    s.split_whitespace().map(fold).collect::<Vec<_>>().join(" ")
}

fn parse(path: &Path, text: &str) -> Result<EnglishData> {
    let raw: EnglishData = serde_saphyr::from_str_with_options(text, crate::infile::yaml_options())
        .map_err(|e| yaml_error(path, &e))?;
    let bad = |msg: String| Error::data(path, 0, 0, msg);
    // Keys are matched on folded words: fold them here so the file may use capitals.
    fn folded<V>(m: HashMap<String, V>) -> HashMap<String, V> {
        m.into_iter().map(|(k, v)| (fold(k.trim()), v)).collect()
    }
    let data = EnglishData {
        numbers: folded(raw.numbers),
        scales: folded(raw.scales),
        fractions: folded(raw.fractions),
        counted: folded(raw.counted),
        currencies: folded(raw.currencies),
        currency_countries: folded(raw.currency_countries)
            .into_iter()
            .map(|(k, v)| (k, folded(v)))
            .collect(),
        compass: folded(raw.compass),
        demonyms: raw.demonyms,
        label_nouns: raw.label_nouns.iter().map(|s| fold(s.trim())).collect(),
        glued_currencies: raw.glued_currencies.iter().map(|s| fold(s)).collect(),
        percent: raw.percent.iter().map(|s| fold(s)).collect(),
        months: folded(raw.months),
        days: folded(raw.days),
        relative_days: folded(raw.relative_days),
        day_parts: folded(raw.day_parts),
        zones: raw.zones.iter().map(|s| fold(s)).collect(),
        clock_before: raw
            .clock_before
            .iter()
            .map(|s| normalise_words(s))
            .collect(),
        duration_before: raw
            .duration_before
            .iter()
            .map(|s| normalise_words(s))
            .collect(),
        clock_after: raw.clock_after.iter().map(|s| fold(s)).collect(),
        modal_before: raw.modal_before.iter().map(|s| fold(s.trim())).collect(),
        gerund_before: raw
            .gerund_before
            .iter()
            .map(|s| normalise_words(s))
            .collect(),
        infinitive_nouns: raw
            .infinitive_nouns
            .iter()
            .map(|s| fold(s.trim()))
            .collect(),
        titles: folded(raw.titles),
        offices: raw.offices.iter().map(|s| fold(s.trim())).collect(),
        negative_senses: raw.negative_senses.iter().map(|s| fold(s.trim())).collect(),
        participles: raw.participles,
        pasts: raw.pasts,
        words: raw.words,
    };
    if let Some((k, _)) = data
        .demonyms
        .iter()
        .find(|(_, v)| v.is_empty() || v.len() > 3 || v.iter().any(|w| w.trim().is_empty()))
    {
        return Err(bad(format!(
            "demonyms: {k:?} needs one to three English words: adjective, person, people"
        )));
    }
    if let Some(k) = data
        .scales
        .iter()
        .find(|(_, s)| s.value < 10)
        .map(|(k, _)| k)
    {
        return Err(bad(format!("scales: {k:?} must be 10 or more")));
    }
    if let Some(k) = data.numbers.iter().find(|(_, v)| **v == 0 || **v >= 100) {
        return Err(bad(format!("numbers: {:?} must be between 1 and 99", k.0)));
    }
    if let Some(m) = data
        .months
        .values()
        .find(|m| !crate::dates::MONTHS.contains(&m.as_str()))
    {
        return Err(bad(format!("months: {m:?} is not an English month name")));
    }
    for c in data.currency_countries.keys() {
        if !data.currencies.contains_key(c) {
            return Err(bad(format!(
                "currency_countries: {c:?} is not in currencies"
            )));
        }
    }
    if let Some(w) = data
        .label_nouns
        .iter()
        .find(|w| w.is_empty() || w.contains(' '))
    {
        return Err(bad(format!("label_nouns: {w:?} is not one word")));
    }
    for g in &data.glued_currencies {
        if !data.currencies.contains_key(g) {
            return Err(bad(format!("glued_currencies: {g:?} is not in currencies")));
        }
    }
    if let Some(k) = data.keys().find(|k| k.is_empty()) {
        return Err(bad(format!("empty key {k:?}")));
    }
    Ok(data)
}

impl EnglishData {
    fn keys(&self) -> impl Iterator<Item = &String> {
        self.numbers
            .keys()
            .chain(self.scales.keys())
            .chain(self.counted.keys())
            .chain(self.currencies.keys())
            .chain(self.months.keys())
            .chain(self.days.keys())
            .chain(self.titles.keys())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_loads() {
        let d = EnglishData::embedded();
        assert_eq!(d.numbers["ishirini"], 20);
        assert_eq!(d.scales["elfu"].value, 1000);
        assert_eq!(d.month_number("juni"), Some(6));
        assert_eq!(d.titles["dkt"], "Dr");
    }

    #[test]
    fn ordinal_months() {
        let d = EnglishData::embedded();
        let read = |s: &str| d.ordinal_month(None, &s.split(' ').collect::<Vec<_>>());
        assert_eq!(read("mwezi wa pili"), Some((2, 3)));
        assert_eq!(read("mwezi wa kwanza mwaka"), Some((1, 3)));
        assert_eq!(read("mwezi wa saba"), Some((7, 3)));
        assert_eq!(read("mwezi wa kumi na mbili"), Some((12, 5)));
        assert_eq!(read("mwezi wa kumi na tatu"), None);
        assert_eq!(read("mwezi wa kumi"), Some((10, 3)));
        assert_eq!(read("mwezi wa pili mfululizo"), None);
        assert_eq!(read("mwezi wa ishirini"), None);
        assert_eq!(read("mwezi ujao"), None);
        assert_eq!(d.ordinal_month(Some("kwa"), &["mwezi", "wa", "pili"]), None);
    }

    #[test]
    fn bad_month_is_reported_with_file() {
        let err = parse(Path::new("n.yaml"), "months:\n  juni: Juno\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("n.yaml") && err.contains("Juno"), "{err}");
    }

    #[test]
    fn currency_countries_need_a_known_currency() {
        let err = parse(
            Path::new("n.yaml"),
            "currencies:\n  dola: { en: USD, before: true }\ncurrency_countries:\n  lira:\n    uturuki: TRY\n",
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("lira"), "{err}");
        let ok = parse(
            Path::new("n.yaml"),
            "currencies:\n  dola: { en: USD, before: true }\ncurrency_countries:\n  Dola:\n    Kanada: CAD\nlabel_nouns: [Ibara]\n",
        )
        .unwrap();
        assert_eq!(ok.currency_countries["dola"]["kanada"], "CAD");
        assert_eq!(ok.label_nouns, ["ibara"]);
        assert!(parse(Path::new("n.yaml"), "label_nouns: [\"ibara ya\"]\n").is_err());
    }

    #[test]
    fn unknown_field_has_a_place() {
        let err = parse(Path::new("n.yaml"), "numbres:\n  moja: 1\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("n.yaml:1:"), "{err}");
    }
}
