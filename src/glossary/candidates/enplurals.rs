//! English nouns with an irregular plural (`men`/`man`, `crises`/`crisis`), read from
//! `glossary/lang/english_plurals.yaml`, so that a noun's English is shown in the singular.
//! The regular `-s`/`-es`/`-ies` rules are in `enwords`.

use std::collections::HashMap;
use std::path::Path;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::error::{Error, Result};
use crate::text::fold;

const EMBEDDED: &str = include_str!("../../../glossary/lang/english_plurals.yaml");
const EMBEDDED_NAME: &str = "glossary/lang/english_plurals.yaml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PluralsFile {
    #[serde(default)]
    plurals: HashMap<String, String>,
}

static PLURALS: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    parse(Path::new(EMBEDDED_NAME), EMBEDDED).expect("embedded English plurals are valid")
});

/// The singular of an irregular English plural (folded), if it is one.
pub(super) fn singular(plural: &str) -> Option<&'static str> {
    PLURALS.get(plural).map(String::as_str)
}

/// Parses the list: each plural and singular is one word of letters, and differs.
fn parse(path: &Path, text: &str) -> Result<HashMap<String, String>> {
    let file: PluralsFile =
        serde_saphyr::from_str_with_options(text, crate::infile::yaml_options())
            .map_err(|e| crate::lang::yaml_error(path, &e))?;
    let mut out = HashMap::new();
    for (plural, single) in file.plurals {
        let (p, s) = (fold(plural.trim()), fold(single.trim()));
        let word = |w: &str| !w.is_empty() && w.chars().all(char::is_alphabetic);
        if !word(&p) || !word(&s) || p == s {
            return Err(Error::data(
                path,
                0,
                0,
                format!("plurals: {plural:?}: {single:?} is not a plural and its singular"),
            ));
        }
        out.insert(p, s);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_loads() {
        assert_eq!(singular("men"), Some("man"));
        assert_eq!(singular("crises"), Some("crisis"));
        assert_eq!(singular("people"), None);
        assert_eq!(singular("man"), None);
    }

    #[test]
    fn bad_entries_are_one_clear_error() {
        let p = Path::new("x.yaml");
        assert!(parse(p, "plurals: {men: men}\n").is_err());
        assert!(parse(p, "plurals: {sea men: man}\n").is_err());
        assert!(parse(p, "nouns: {men: man}\n").is_err());
        assert_eq!(parse(p, "plurals: {Men: man}\n").unwrap()["men"], "man");
    }
}
