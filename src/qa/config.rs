//! The check configuration file: per-check severity and checks to skip, in YAML.
//!
//! ```yaml
//! severity: { terms: error, length: info }
//! skip: [untranslated]
//! ```

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::{CheckId, Options, Severity};
use crate::error::{Error, Result};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    severity: HashMap<CheckId, Severity>,
    #[serde(default)]
    skip: Vec<CheckId>,
}

impl Options {
    /// Adds the settings of a configuration file (YAML) to these options.
    pub fn add_config(&mut self, path: &Path, text: &str) -> Result<()> {
        let raw: Raw =
            serde_saphyr::from_str(text).map_err(|e| crate::lang::yaml_error(path, &e))?;
        if raw.severity.is_empty()
            && raw.skip.is_empty()
            && !text.trim().is_empty()
            && !text.contains(':')
        {
            return Err(Error::data(
                path,
                1,
                1,
                "expected `severity:` and/or `skip:`",
            ));
        }
        self.severity.extend(raw.severity);
        self.skip.extend(raw.skip);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_severities_and_skips() {
        let mut o = Options::default();
        o.add_config(
            Path::new("c.yaml"),
            "severity: { terms: error, length: info }\nskip: [same]\n",
        )
        .unwrap();
        assert_eq!(o.severity[&CheckId::Terms], Severity::Error);
        assert!(!o.runs(CheckId::Same));
        let e = o
            .add_config(Path::new("c.yaml"), "severity: { spelling: error }")
            .unwrap_err();
        assert!(e.to_string().contains("c.yaml"), "{e}");
    }
}
