//! Negated verbs the glossary does not hold: a list of common stems with their English
//! (`glossary/lang/verbs.yaml`) lets `hakutoa` read "did not give" and `hawatapata` "will not
//! get", since the negation is often the point of a sentence. Only negative forms are read
//! here; an affirmative form needs a glossary entry with examples.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::error::Result;
use crate::lang::yaml_error;
use crate::morph::verb::analyse;
use crate::morph::{Analysis, Polarity};
use crate::text::fold;

const EMBEDDED: &str = include_str!("../../glossary/lang/verbs.yaml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    not: Vec<String>,
    verbs: BTreeMap<String, String>,
}

/// The verb list: stems (folded) with their English.
#[derive(Debug, Clone, Default)]
pub struct VerbList {
    /// `(stem, English)`, longest stems first so `patikana` is tried before `pata`.
    pub verbs: Vec<(String, String)>,
    /// Words that look like a negated listed verb and are not one (`simanzi` grief).
    pub not: Vec<String>,
}

impl VerbList {
    /// Parses a verb list; `name` is used in errors. Stems under 3 letters are refused.
    pub fn parse(name: &str, text: &str) -> Result<Self> {
        let path = std::path::Path::new(name);
        let raw: RawFile = serde_saphyr::from_str(text).map_err(|e| yaml_error(path, &e))?;
        let mut verbs = Vec::with_capacity(raw.verbs.len());
        for (stem, en) in raw.verbs {
            let stem = fold(stem.trim());
            if stem.chars().count() < 3 || en.trim().is_empty() {
                return Err(crate::error::Error::data(
                    path,
                    0,
                    0,
                    format!("verb {stem:?}: a stem needs 3 letters and an English"),
                ));
            }
            verbs.push((stem, en.trim().to_string()));
        }
        verbs.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let not = raw.not.iter().map(|w| fold(w.trim())).collect();
        Ok(VerbList { verbs, not })
    }

    /// The built-in list.
    pub fn embedded() -> &'static VerbList {
        static LIST: OnceLock<VerbList> = OnceLock::new();
        LIST.get_or_init(|| {
            VerbList::parse("glossary/lang/verbs.yaml", EMBEDDED).expect("the verb list parses")
        })
    }

    /// A negated form of a listed verb (`folded`, one word): its stem's English and the
    /// analysis. Affirmative readings are not given.
    pub fn negative(&self, folded: &str) -> Option<(&str, &str, Analysis)> {
        if !(folded.starts_with("ha") || folded.starts_with("si") || folded.starts_with("kuto"))
            || self.not.iter().any(|w| w == folded)
        {
            return None;
        }
        for (stem, en) in &self.verbs {
            let root = &stem[..stem.len() - 1];
            if !folded.contains(root) {
                continue;
            }
            if let Some(a) = analyse(folded, stem).filter(|a| a.polarity == Polarity::Negative) {
                return Some((stem, en, a));
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negated_forms_are_read_and_others_are_not() {
        let l = VerbList::embedded();
        let stem = |w: &str| l.negative(w).map(|(s, _, _)| s.to_string());
        assert_eq!(stem("hakutoa").as_deref(), Some("toa"));
        assert_eq!(
            stem("hawatapata"),
            None,
            "pata is a glossary verb, not listed"
        );
        assert_eq!(stem("hakujua").as_deref(), Some("jua"));
        assert_eq!(stem("hawezi").as_deref(), Some("weza"));
        for w in [
            "alitoa", "hakuna", "habari", "hali", "hasara", "siku", "siasa", "hatari",
        ] {
            assert_eq!(stem(w), None, "{w}");
        }
    }

    #[test]
    fn short_stems_are_refused() {
        assert!(VerbList::parse("x.yaml", "verbs:\n  la: eat\n").is_err());
        assert!(VerbList::parse("x.yaml", "verbs:\n  lipa: pay\n").is_ok());
    }
}
