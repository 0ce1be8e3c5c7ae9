//! Words the grammar says are never glossary terms (modal verbs, ordinals, invariable
//! adverbs and adjectives, quantifiers, relative copulas, heads of compound prepositions), read from
//! `glossary/lang/nonterms.yaml`. Candidates leave them out as single words; this is not the
//! stopword list (the summariser's) and not the number words (the morphology's).

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::text::fold;

const EMBEDDED: &str = include_str!("../../../glossary/lang/nonterms.yaml");
const EMBEDDED_NAME: &str = "glossary/lang/nonterms.yaml";

/// The file's lists, by grammar class; every word of every list is a non-term.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct NontermsFile {
    #[serde(default)]
    modal_verbs: Vec<String>,
    #[serde(default)]
    ordinals: Vec<String>,
    #[serde(default)]
    adverbs: Vec<String>,
    #[serde(default)]
    fixed_adjectives: Vec<String>,
    #[serde(default)]
    quantifiers: Vec<String>,
    #[serde(default)]
    relative_copulas: Vec<String>,
    #[serde(default)]
    preposition_heads: Vec<String>,
}

/// The non-terms, folded.
#[derive(Debug, Clone, Default)]
pub(crate) struct Nonterms {
    words: HashSet<String>,
}

impl Nonterms {
    /// The list compiled into the binary.
    pub(crate) fn embedded() -> Self {
        parse(Path::new(EMBEDDED_NAME), EMBEDDED).expect("embedded non-terms are valid")
    }

    /// Whether a folded word (or lemma) is a non-term.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    #[cfg(test)]
    fn iter(&self) -> impl Iterator<Item = &String> {
        self.words.iter()
    }
}

/// Parses a non-term file: every entry is one word of letters (an apostrophe allowed, as in
/// `ng'ambo`), listed once.
fn parse(path: &Path, text: &str) -> Result<Nonterms> {
    let file: NontermsFile =
        serde_saphyr::from_str_with_options(text, crate::infile::yaml_options())
            .map_err(|e| crate::lang::yaml_error(path, &e))?;
    let mut words = HashSet::new();
    for (list, items) in [
        ("modal_verbs", &file.modal_verbs),
        ("ordinals", &file.ordinals),
        ("adverbs", &file.adverbs),
        ("fixed_adjectives", &file.fixed_adjectives),
        ("quantifiers", &file.quantifiers),
        ("relative_copulas", &file.relative_copulas),
        ("preposition_heads", &file.preposition_heads),
    ] {
        for item in items {
            let w = fold(item.trim());
            if w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '\'') {
                return Err(Error::data(
                    path,
                    0,
                    0,
                    format!("{list}: {item:?} is not one word"),
                ));
            }
            if !words.insert(w) {
                return Err(Error::data(
                    path,
                    0,
                    0,
                    format!("{list}: {item:?} is listed twice"),
                ));
            }
        }
    }
    Ok(Nonterms { words })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::glossary::Glossary;
    use crate::lang::LangData;

    #[test]
    fn the_list_loads_and_holds_each_class() {
        let n = Nonterms::embedded();
        for w in [
            "weza",
            "kuwa",
            "kwanza",
            "mapema",
            "muhimu",
            "kulingana",
            "nyingi",
            "zozote",
            "isiyo",
        ] {
            assert!(n.contains(w), "{w}");
        }
        assert!(!n.contains("afya"));
    }

    #[test]
    fn bad_entries_are_one_clear_error() {
        let p = Path::new("x.yaml");
        let e = parse(p, "adverbs: [mapema, mara moja]\n").unwrap_err();
        assert!(e.to_string().contains("not one word"), "{e}");
        let e = parse(p, "adverbs: [mapema]\nordinals: [Mapema]\n").unwrap_err();
        assert!(e.to_string().contains("listed twice"), "{e}");
        assert!(parse(p, "nouns: [afya]\n").is_err());
    }

    /// A non-term is never a glossary head or form (a term the glossary defines would
    /// otherwise be kept from its own candidates), nor a stopword unless it is a verb lemma
    /// (the stopwords are out already; a verb's other forms are not).
    #[test]
    fn no_non_term_is_a_stopword_or_a_glossary_form() {
        let n = Nonterms::embedded();
        let file: NontermsFile =
            serde_saphyr::from_str_with_options(EMBEDDED, crate::infile::yaml_options()).unwrap();
        let lang = LangData::embedded();
        let known = super::super::Known::new(&Glossary::embedded());
        let mut bad: Vec<&String> = n
            .iter()
            .filter(|w| {
                let verb = file.modal_verbs.contains(w);
                known.forms.contains_key(*w) || (!verb && lang.stopwords.contains(w.as_str()))
            })
            .collect();
        bad.sort();
        assert!(bad.is_empty(), "stopwords or glossary forms: {bad:?}");
    }
}
