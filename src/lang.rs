//! Language data that is not glossary terms: abbreviations and page furniture for the
//! segmenter, stopwords for the summariser. It lives in YAML under `glossary/lang/`, is
//! compiled in, validated on load, and can be extended by the user without recompiling.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::text::{WordSet, fold};

const EMBEDDED_SEGMENT: &str = include_str!("../glossary/lang/segment.yaml");
const EMBEDDED_STOPWORDS: &str = include_str!("../glossary/lang/stopwords.yaml");
/// The number and date data, which holds the one month list (`months`: Swahili → English).
const EMBEDDED_NUMBERS: &str = include_str!("../glossary/lang/numbers.yaml");
/// Swahili words and grammar the gloss reads to tell a capitalised word from a name.
const EMBEDDED_WORDS: &str = include_str!("../glossary/lang/words.yaml");

/// Page furniture: prefixes of lines and whole lines that are not prose.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoilerplateData {
    /// Prefixes that mark a line as boilerplate.
    #[serde(default)]
    pub prefixes: Vec<String>,
    /// Whole lines that are boilerplate.
    #[serde(default)]
    pub lines: Vec<String>,
}

/// One language data file; every field is optional so a user file can add to one list.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LangFile {
    /// Titles before names.
    #[serde(default)]
    pub titles: Vec<String>,
    /// Abbreviations that never end a sentence.
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Abbreviations that end a sentence when a capital follows.
    #[serde(default)]
    pub may_end: Vec<String>,
    /// Capitalised words that open sentences and are never names (`Hata`, `Lakini`): after a
    /// title or an initial they show that the dot ended a sentence (`… Dkt. Hata hivyo`).
    #[serde(default)]
    pub sentence_starters: Vec<String>,
    /// Conjunctions that, capitalised mid-sentence before a lower-case word, show a full
    /// stop lost in scraping (`… maambukizi, Na wanasayansi …`).
    #[serde(default)]
    pub lost_stop_openers: Vec<String>,
    /// Page furniture.
    #[serde(default)]
    pub boilerplate: BoilerplateData,
    /// Photo credit markers.
    #[serde(default)]
    pub credit_markers: Vec<String>,
    /// Byline openers.
    #[serde(default)]
    pub byline_prefixes: Vec<String>,
    /// News outlets that follow a reporter's name in a byline (`BBC News`, `Mwananchi`).
    #[serde(default)]
    pub byline_outlets: Vec<String>,
    /// Place names of more than one word, for the place after a byline (`Dar es Salaam`).
    #[serde(default)]
    pub byline_places: Vec<String>,
    /// Lower-case words that may stand inside a name in a byline (`bin`, `es`, `wetu`).
    #[serde(default)]
    pub byline_name_particles: Vec<String>,
    /// Countries and regions, for datelines and crossheads (`Kenya:`).
    #[serde(default)]
    pub places: Vec<String>,
    /// Lower-case words inside a place's name (`es` in `Dar es Salaam`).
    #[serde(default)]
    pub place_particles: Vec<String>,
    /// Day names.
    #[serde(default)]
    pub weekdays: Vec<String>,
    /// Other words a date line may hold (`tarehe`, `saa`, `GMT`, `imechapishwa`).
    #[serde(default)]
    pub date_words: Vec<String>,
    /// Month names.
    #[serde(default)]
    pub months: Vec<String>,
    /// Stopwords.
    #[serde(default)]
    pub stopwords: Vec<String>,
    /// Adjective stems without a concord (`pya`, `ekundu`): under any of `concords` they
    /// are Swahili words, never names.
    #[serde(default)]
    pub adjectives: Vec<String>,
    /// Everyday Swahili words the glossary does not define, never names with a capital.
    #[serde(default)]
    pub words: Vec<String>,
    /// Adjective concords of every class, consonant- and vowel-stem forms (`m`, `wa`, `ki`,
    /// `mw`, `ch`, `ny`); the empty one is class 9/10 and 5.
    #[serde(default)]
    pub concords: Vec<String>,
    /// Class prefixes that make a people noun of a place or people stem (`Wa-kenya`,
    /// `M-kenya`); stripped to find the stem other prefixes take (`Ki-yahudi`).
    #[serde(default)]
    pub people_prefixes: Vec<String>,
    /// Prefixes that make a language, manner or adjective of a noun or people stem
    /// (`Ki-jerumani`, `Ki-taifa`, `Ch-`).
    #[serde(default)]
    pub manner_prefixes: Vec<String>,
}

/// The merged language data, ready for lookups (folded to lower case).
#[derive(Debug, Clone, Default)]
pub struct LangData {
    /// Abbreviations (titles included) that never end a sentence, folded, without final dot.
    pub no_end: WordSet,
    /// Titles only (a subset of `no_end`), folded.
    pub titles: WordSet,
    /// Abbreviations that may end a sentence, folded.
    pub may_end: WordSet,
    /// Words that open sentences and are never names, folded.
    pub sentence_starters: WordSet,
    /// Conjunctions that open a sentence whose full stop was lost, folded.
    pub lost_stop_openers: WordSet,
    /// Boilerplate line prefixes, folded.
    pub boilerplate_prefixes: Vec<String>,
    /// Whole boilerplate lines, folded.
    pub boilerplate_lines: WordSet,
    /// Credit markers, as written (matched case-sensitively). Crate-private: the set of their
    /// first bytes below is made from them as they are added.
    pub(crate) credit_markers: Vec<String>,
    /// The first bytes of the credit markers, as a 256-bit set: a scan for a marker checks
    /// the list only where one of them stands.
    credit_firsts: [u64; 4],
    /// Byline openers, as written.
    pub byline_prefixes: Vec<String>,
    /// Byline outlets, each as its words (matched case-sensitively), longest first.
    pub byline_outlets: Vec<Vec<String>>,
    /// Places of several words, each as its words (matched case-sensitively), longest first.
    pub byline_places: Vec<Vec<String>>,
    /// Lower-case words allowed inside a byline's name, as written.
    pub byline_name_particles: WordSet,
    /// Countries and regions, each as its words (matched as written), longest first.
    pub places: Vec<Vec<String>>,
    /// Lower-case words inside a place's name, as written.
    pub place_particles: WordSet,
    /// Day names, folded.
    pub weekdays: WordSet,
    /// Other words a date line may hold, folded.
    pub date_words: WordSet,
    /// Month names, folded.
    pub months: WordSet,
    /// Stopwords, folded.
    pub stopwords: WordSet,
    /// Adjective stems, folded.
    pub adjectives: WordSet,
    /// Everyday words, folded.
    pub words: WordSet,
    /// Adjective concords, folded, in file order (the empty one included).
    pub concords: Vec<String>,
    /// People-noun prefixes, folded.
    pub people_prefixes: Vec<String>,
    /// Language and manner prefixes, folded.
    pub manner_prefixes: Vec<String>,
}

/// The built-in language data files that `--lang-data` extends, by file name
/// (`segment.yaml`, `stopwords.yaml`): a starting point for a user's own
/// (`muhtasari lang-data export DIR`).
pub fn embedded_lang_files() -> &'static [(&'static str, &'static str)] {
    &[
        ("segment.yaml", EMBEDDED_SEGMENT),
        ("stopwords.yaml", EMBEDDED_STOPWORDS),
        ("words.yaml", EMBEDDED_WORDS),
    ]
}

impl LangData {
    /// The data compiled into the binary.
    pub fn embedded() -> Self {
        let mut data = LangData::default();
        for (name, text) in [
            ("glossary/lang/segment.yaml", EMBEDDED_SEGMENT),
            ("glossary/lang/stopwords.yaml", EMBEDDED_STOPWORDS),
            ("glossary/lang/words.yaml", EMBEDDED_WORDS),
        ] {
            let file = parse_lang_file(Path::new(name), text).expect("embedded data is valid");
            data.add(file);
        }
        data.months.extend(embedded_month_words().iter().cloned());
        data
    }

    /// Adds a user's data file to these lists.
    pub fn add_file(&mut self, path: &Path) -> Result<()> {
        let text = crate::infile::read_data_text(path)?;
        let file = parse_lang_file(path, &text)?;
        self.add(file);
        Ok(())
    }

    /// Whether `b` is the first byte of a credit marker.
    pub(crate) fn may_open_credit(&self, b: u8) -> bool {
        self.credit_firsts[usize::from(b >> 6)] >> (b & 63) & 1 == 1
    }

    fn add(&mut self, file: LangFile) {
        let key = |s: &String| fold(s.trim().trim_end_matches('.'));
        self.titles.extend(file.titles.iter().map(key));
        self.no_end.extend(file.titles.iter().map(key));
        self.no_end.extend(file.abbreviations.iter().map(key));
        self.may_end.extend(file.may_end.iter().map(key));
        self.sentence_starters
            .extend(file.sentence_starters.iter().map(|s| fold(s.trim())));
        self.lost_stop_openers
            .extend(file.lost_stop_openers.iter().map(|s| fold(s.trim())));
        self.boilerplate_prefixes
            .extend(file.boilerplate.prefixes.iter().map(|s| fold(s.trim())));
        self.boilerplate_lines
            .extend(file.boilerplate.lines.iter().map(|s| fold(s.trim())));
        for m in &file.credit_markers {
            if let Some(b) = m.bytes().next() {
                self.credit_firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        self.credit_markers.extend(file.credit_markers);
        self.byline_prefixes.extend(file.byline_prefixes);
        let words =
            |s: &String| -> Vec<String> { s.split_whitespace().map(str::to_string).collect() };
        for (list, add) in [
            (&mut self.byline_outlets, &file.byline_outlets),
            (&mut self.byline_places, &file.byline_places),
            (&mut self.places, &file.places),
        ] {
            list.extend(add.iter().map(words).filter(|w| !w.is_empty()));
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        self.byline_name_particles.extend(
            file.byline_name_particles
                .iter()
                .map(|s| s.trim().to_string()),
        );
        self.place_particles
            .extend(file.place_particles.iter().map(|s| s.trim().to_string()));
        self.weekdays.extend(file.weekdays.iter().map(|s| fold(s)));
        self.date_words
            .extend(file.date_words.iter().map(|s| fold(s)));
        self.months.extend(file.months.iter().map(|s| fold(s)));
        self.stopwords
            .extend(file.stopwords.iter().map(|s| fold(s)));
        self.adjectives
            .extend(file.adjectives.iter().map(|s| fold(s.trim())));
        self.words.extend(file.words.iter().map(|s| fold(s.trim())));
        for (list, add) in [
            (&mut self.concords, &file.concords),
            (&mut self.people_prefixes, &file.people_prefixes),
            (&mut self.manner_prefixes, &file.manner_prefixes),
        ] {
            for p in add.iter().map(|s| fold(s.trim())) {
                if !list.contains(&p) {
                    list.push(p);
                }
            }
        }
    }

    /// The words an adjective stem makes under every concord (`pya` → `mpya`, `wapya`,
    /// `kipya` …), and the everyday words: what the gloss takes for Swahili, not names.
    pub fn word_forms(&self) -> impl Iterator<Item = String> + '_ {
        self.words.iter().cloned().chain(
            self.adjectives
                .iter()
                .flat_map(|a| self.concords.iter().map(move |c| format!("{c}{a}"))),
        )
    }
}

/// The words of numbers.yaml that code below the English side needs, folded, sorted and
/// read once (the English side reads and checks the whole file).
struct NumberFileWords {
    /// Each month's Swahili name and its English: the segmenter's months.
    months: Vec<String>,
    /// The number words (`wawili`, `viwili`, `ishirini`).
    numbers: Vec<String>,
}

fn number_file_words() -> &'static NumberFileWords {
    /// Only the two lists of numbers.yaml read here.
    #[derive(Deserialize)]
    struct Lists {
        months: std::collections::BTreeMap<String, String>,
        numbers: std::collections::BTreeMap<String, u64>,
    }
    fn sorted(words: impl Iterator<Item = String>) -> Vec<String> {
        let mut words: Vec<String> = words.collect();
        words.sort();
        words.dedup();
        words
    }
    static WORDS: std::sync::OnceLock<NumberFileWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let file: Lists =
            serde_saphyr::from_str(EMBEDDED_NUMBERS).expect("embedded numbers.yaml is valid");
        NumberFileWords {
            months: sorted(
                file.months
                    .iter()
                    .flat_map(|(sw, en)| [fold(sw.trim()), fold(en.trim())]),
            ),
            numbers: sorted(file.numbers.keys().map(|w| fold(w.trim()))),
        }
    })
}

/// The month names the segmenter knows from the one month list in numbers.yaml: each
/// Swahili name and its English, folded.
fn embedded_month_words() -> &'static [String] {
    &number_file_words().months
}

/// The number words of numbers.yaml, folded and sorted: for callers below the English side
/// that must not read its data, such as the candidates' adjective test.
pub fn embedded_number_words() -> &'static [String] {
    &number_file_words().numbers
}

fn parse_lang_file(path: &Path, text: &str) -> Result<LangFile> {
    let file: LangFile = serde_saphyr::from_str_with_options(text, crate::infile::yaml_options())
        .map_err(|e| yaml_error(path, &e))?;
    for (list, items) in [
        ("titles", &file.titles),
        ("abbreviations", &file.abbreviations),
        ("may_end", &file.may_end),
        ("sentence_starters", &file.sentence_starters),
        ("lost_stop_openers", &file.lost_stop_openers),
        ("stopwords", &file.stopwords),
    ] {
        if let Some(bad) = items.iter().find(|s| s.trim().is_empty()) {
            return Err(Error::data(
                path,
                0,
                0,
                format!("{list}: empty entry {bad:?}"),
            ));
        }
    }
    // Word lists hold single words of letters; a concord may be empty (class 9/10), a
    // prefix may not.
    for (list, items, empty_ok) in [
        ("adjectives", &file.adjectives, false),
        ("words", &file.words, false),
        ("concords", &file.concords, true),
        ("people_prefixes", &file.people_prefixes, false),
        ("manner_prefixes", &file.manner_prefixes, false),
    ] {
        if let Some(bad) = items.iter().find(|s| {
            let s = s.trim();
            (s.is_empty() && !empty_ok) || !s.chars().all(char::is_alphabetic)
        }) {
            return Err(Error::data(
                path,
                0,
                0,
                format!("{list}: {bad:?} is not one word of letters"),
            ));
        }
    }
    Ok(file)
}

/// Turns a YAML error into a data error with the file, line and column.
pub(crate) fn yaml_error(path: &Path, e: &serde_saphyr::Error) -> Error {
    let (line, column) = e
        .location()
        .map(|l| (l.line() as usize, l.column() as usize))
        .unwrap_or((0, 0));
    let message = e.to_string();
    // The parser's message may repeat the location; keep its first line only, without a
    // closing ` at line L, column C` (the place is given once, in front).
    let first = message.lines().next().unwrap_or("invalid YAML");
    let mut first = match first.rfind(" at line ") {
        Some(i) if first[i..].contains(", column ") => &first[..i],
        _ => first,
    }
    .to_string();
    if first.contains("budget") {
        first = format!("{first} ({})", crate::infile::yaml_limits_note());
    }
    Error::data(path, line, column, first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_loads() {
        let d = LangData::embedded();
        assert!(d.titles.contains("dkt"));
        assert!(d.no_end.contains("s.l.p"));
        assert!(d.stopwords.contains("katika"));
    }

    #[test]
    fn word_lists_hold_words_of_letters() {
        let bad = parse_lang_file(Path::new("w.yaml"), "words: [nyumba, \"mbili 2\"]\n");
        assert!(bad.unwrap_err().to_string().contains("words"));
        let bad = parse_lang_file(Path::new("w.yaml"), "people_prefixes: [\"\"]\n");
        assert!(bad.is_err());
        let ok = parse_lang_file(
            Path::new("w.yaml"),
            "concords: [\"\", m]\nadjectives: [pya]\n",
        );
        let mut data = LangData::default();
        data.add(ok.unwrap());
        let forms: Vec<String> = data.word_forms().collect();
        assert!(forms.contains(&"pya".to_string()) && forms.contains(&"mpya".to_string()));
    }

    #[test]
    fn unknown_field_is_an_error_with_place() {
        let err = parse_lang_file(Path::new("x.yaml"), "titles: [Dkt]\ntitels: [Bw]\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("x.yaml:2:"), "{err}");
    }

    #[test]
    fn months_come_from_the_one_month_list() {
        // segment.yaml lists no months; the segmenter's are numbers.yaml's, both sides.
        assert!(
            parse_lang_file(Path::new("segment.yaml"), EMBEDDED_SEGMENT)
                .unwrap()
                .months
                .is_empty()
        );
        let english = crate::english::EnglishData::parse_embedded();
        let mut from_numbers: Vec<String> = english
            .months
            .iter()
            .flat_map(|(sw, en)| [sw.clone(), fold(en)])
            .collect();
        from_numbers.sort();
        from_numbers.dedup();
        let d = LangData::embedded();
        let mut seg: Vec<String> = d.months.iter().cloned().collect();
        seg.sort();
        assert_eq!(seg, from_numbers);
        for m in ["januari", "mei", "disemba", "may", "december"] {
            assert!(d.months.contains(m), "{m}");
        }
    }

    #[test]
    fn number_words_are_the_english_sides() {
        let english = crate::english::EnglishData::parse_embedded();
        let mut theirs: Vec<String> = english.numbers.keys().cloned().collect();
        theirs.sort();
        assert_eq!(embedded_number_words(), theirs.as_slice());
        assert!(embedded_number_words().iter().any(|w| w == "viwili"));
    }
}
