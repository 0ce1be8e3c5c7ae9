//! Loading glossary YAML: the embedded files, a user's file or folder; structural checks
//! with file, line and column. Semantic checks across entries are in `lint`.

use std::path::Path;

use super::Glossary;
use super::model::{Entry, Origin, Pos, RawFile};
use crate::error::{Error, Result};
use crate::lang::yaml_error;
use crate::morph::NounClass;

/// The glossary files compiled into the binary, by name.
pub(crate) const EMBEDDED: &[(&str, &str)] = &[
    (
        "glossary/agriculture.yaml",
        include_str!("../../glossary/agriculture.yaml"),
    ),
    (
        "glossary/arts.yaml",
        include_str!("../../glossary/arts.yaml"),
    ),
    (
        "glossary/business.yaml",
        include_str!("../../glossary/business.yaml"),
    ),
    (
        "glossary/conflict.yaml",
        include_str!("../../glossary/conflict.yaml"),
    ),
    (
        "glossary/crime.yaml",
        include_str!("../../glossary/crime.yaml"),
    ),
    (
        "glossary/defence.yaml",
        include_str!("../../glossary/defence.yaml"),
    ),
    (
        "glossary/diplomacy.yaml",
        include_str!("../../glossary/diplomacy.yaml"),
    ),
    (
        "glossary/disasters.yaml",
        include_str!("../../glossary/disasters.yaml"),
    ),
    (
        "glossary/economy.yaml",
        include_str!("../../glossary/economy.yaml"),
    ),
    (
        "glossary/education.yaml",
        include_str!("../../glossary/education.yaml"),
    ),
    (
        "glossary/elections.yaml",
        include_str!("../../glossary/elections.yaml"),
    ),
    (
        "glossary/energy.yaml",
        include_str!("../../glossary/energy.yaml"),
    ),
    (
        "glossary/general.yaml",
        include_str!("../../glossary/general.yaml"),
    ),
    (
        "glossary/health.yaml",
        include_str!("../../glossary/health.yaml"),
    ),
    (
        "glossary/institutions.yaml",
        include_str!("../../glossary/institutions.yaml"),
    ),
    (
        "glossary/languages.yaml",
        include_str!("../../glossary/languages.yaml"),
    ),
    ("glossary/law.yaml", include_str!("../../glossary/law.yaml")),
    (
        "glossary/media.yaml",
        include_str!("../../glossary/media.yaml"),
    ),
    (
        "glossary/names.yaml",
        include_str!("../../glossary/names.yaml"),
    ),
    (
        "glossary/peoples.yaml",
        include_str!("../../glossary/peoples.yaml"),
    ),
    (
        "glossary/places.yaml",
        include_str!("../../glossary/places.yaml"),
    ),
    (
        "glossary/politics.yaml",
        include_str!("../../glossary/politics.yaml"),
    ),
    (
        "glossary/religion.yaml",
        include_str!("../../glossary/religion.yaml"),
    ),
    (
        "glossary/reporting.yaml",
        include_str!("../../glossary/reporting.yaml"),
    ),
    (
        "glossary/society.yaml",
        include_str!("../../glossary/society.yaml"),
    ),
    (
        "glossary/sport.yaml",
        include_str!("../../glossary/sport.yaml"),
    ),
    (
        "glossary/technology.yaml",
        include_str!("../../glossary/technology.yaml"),
    ),
    (
        "glossary/verbs.yaml",
        include_str!("../../glossary/verbs.yaml"),
    ),
    (
        "glossary/weather.yaml",
        include_str!("../../glossary/weather.yaml"),
    ),
];

/// Largest glossary file accepted, to refuse runaway inputs early.
const MAX_FILE_BYTES: usize = 16 * 1024 * 1024;

/// Parses one glossary file's text.
pub(crate) fn parse_file(name: &str, text: &str) -> Result<Vec<Entry>> {
    let path = Path::new(name);
    if text.len() > MAX_FILE_BYTES {
        return Err(Error::data(path, 0, 0, "glossary file larger than 16 MiB"));
    }
    // Comments are validated but not captured (faster); budgets are sized to the 16 MiB
    // file limit, and the alias budgets stay on, so an alias bomb is refused.
    let options = crate::infile::yaml_options();
    let raw: RawFile =
        serde_saphyr::from_str_with_options(text, options).map_err(|e| yaml_error(path, &e))?;
    let mut entries = Vec::with_capacity(raw.entries.len());
    for r in raw.entries {
        let origin = Origin {
            file: name.to_string(),
            line: r.id.referenced.line() as usize,
            column: r.id.referenced.column() as usize,
        };
        let at = |msg: String| Error::data(path, origin.line, origin.column, msg);
        let id = r.id.value.trim().to_string();
        if id.is_empty() {
            return Err(at("empty id".into()));
        }
        if r.sw.trim().is_empty() || r.en.trim().is_empty() {
            return Err(at(format!("entry {id}: `sw` and `en` must not be empty")));
        }
        let class = match &r.class {
            Some(c) => Some(
                c.parse::<NounClass>()
                    .map_err(|e| at(format!("entry {id}: {e}")))?,
            ),
            None if r.pos == Pos::Noun => {
                return Err(at(format!("entry {id}: a noun needs a `class`")));
            }
            None => None,
        };
        entries.push(Entry {
            id,
            sw: r.sw.trim().to_string(),
            pos: r.pos,
            class,
            en: r.en.trim().to_string(),
            alt: r.alt,
            plural_en: r.plural_en,
            plural: r
                .plural
                .map(|v| v.iter().map(|f| f.trim().to_string()).collect()),
            animate: r.animate,
            forms: r.forms.iter().map(|f| f.trim().to_string()).collect(),
            negative_forms: r
                .negative_forms
                .iter()
                .map(|f| f.trim().to_string())
                .collect(),
            locative: r.locative,
            note: r.note,
            status: r.status,
            region: r.region,
            source: r.source,
            not: r.not,
            avoid: r.avoid.iter().map(|a| a.trim().to_string()).collect(),
            examples: r.examples,
            senses: r.senses,
            needs_cue: r.needs_cue,
            domain: r.domain.unwrap_or_else(|| raw.domain.clone()),
            origin,
        });
    }
    Ok(entries)
}

impl Glossary {
    /// The glossary compiled into the binary.
    pub fn embedded() -> Self {
        // Files parse independently: spread them over the available cores.
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(EMBEDDED.len());
        let mut parsed: Vec<Vec<Entry>> = vec![Vec::new(); EMBEDDED.len()];
        std::thread::scope(|scope| {
            let chunks = parsed.chunks_mut(EMBEDDED.len().div_ceil(threads.max(1)));
            for (k, chunk) in chunks.enumerate() {
                let first = k * EMBEDDED.len().div_ceil(threads.max(1));
                scope.spawn(move || {
                    for (j, slot) in chunk.iter_mut().enumerate() {
                        let (name, text) = EMBEDDED[first + j];
                        *slot = parse_file(name, text).expect("the embedded glossary parses");
                    }
                });
            }
        });
        Glossary {
            entries: parsed.into_iter().flatten().collect(),
        }
    }

    /// Parses one glossary file's text (`name` appears in error messages and lint
    /// findings).
    pub fn from_yaml_str(name: &str, text: &str) -> Result<Self> {
        Ok(Glossary {
            entries: parse_file(name, text)?,
        })
    }

    /// Adds the entries of a YAML file, or of every `*.yaml`/`*.yml` file of a folder (in
    /// name order).
    pub fn add_path(&mut self, path: &Path) -> Result<()> {
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        let meta = std::fs::metadata(path).map_err(io)?;
        if meta.is_dir() {
            for file in yaml_files(path)? {
                self.add_path(&file)?;
            }
            return Ok(());
        }
        let text = crate::infile::read_data_text(path)?;
        self.entries
            .extend(parse_file(&path.display().to_string(), &text)?);
        Ok(())
    }
}

/// The YAML files directly inside a folder, sorted by name.
pub(crate) fn yaml_files(dir: &Path) -> Result<Vec<std::path::PathBuf>> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    Ok(files)
}
