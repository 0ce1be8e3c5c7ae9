//! The translation settings: read from `muhtasari.toml` (the current folder, the user's
//! config folder, or a file the user names), overridden by flags, each value remembering
//! where it came from (for `muhtasari config show`), and turned into a translator (`build`).
//! Paths in the file are relative to the file's folder. It never reads or shows the key
//! itself, only the name of the variable that holds it.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::translate::cache::Cache;
use crate::translate::error::TranslateError;

mod build;

/// The file's name.
pub const FILE_NAME: &str = "muhtasari.toml";
/// The variable the API key is read from unless told otherwise.
pub const DEFAULT_KEY_ENV: &str = "MUHTASARI_API_KEY";

/// `muhtasari.toml` as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// `[translate]`.
    #[serde(default)]
    pub translate: FileTranslate,
    /// `[glossary]`.
    #[serde(default)]
    pub glossary: FileGlossary,
    /// `[cache]`.
    #[serde(default)]
    pub cache: FileCache,
}

/// `[translate]`: the engine and how it is used.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileTranslate {
    /// `openai`, `libretranslate` or `command`.
    pub engine: Option<String>,
    /// The endpoint.
    pub url: Option<String>,
    /// The model (openai).
    pub model: Option<String>,
    /// The variable that holds the API key.
    pub key_env: Option<String>,
    /// The command (command engine).
    pub command: Option<String>,
    /// Chat requests at once.
    pub concurrency: Option<usize>,
    /// Seconds a request (or the command) may take.
    pub timeout: Option<u64>,
    /// Retries on 429, 5xx and connection errors.
    pub retries: Option<u32>,
    /// Retries after the check finds an error.
    pub qa_retries: Option<u32>,
    /// A prompt template file.
    pub prompt: Option<PathBuf>,
    /// Translation memories.
    pub tm: Option<Vec<PathBuf>>,
    /// Least similarity of a fuzzy memory match.
    pub tm_threshold: Option<f64>,
}

/// `[glossary]`: glossaries added to the built-in one.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileGlossary {
    /// Files or folders.
    pub extra: Option<Vec<PathBuf>>,
}

/// `[cache]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileCache {
    /// The folder.
    pub dir: Option<PathBuf>,
    /// `false` turns the cache off.
    pub enabled: Option<bool>,
}

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The built-in default.
    Default,
    /// The settings file.
    File(PathBuf),
    /// A command-line flag.
    Flag(&'static str),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Default => f.write_str("default"),
            Origin::File(p) => write!(f, "{}", p.display()),
            Origin::Flag(name) => write!(f, "flag {name}"),
        }
    }
}

/// A value and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Set<T> {
    /// The value.
    pub value: T,
    /// Its origin.
    pub origin: Origin,
}

/// What the command line says (every field optional: unset flags leave the file's value).
#[derive(Debug, Clone, Default)]
pub struct Flags {
    /// `--translator-api`.
    pub engine: Option<String>,
    /// `--translator-url`.
    pub url: Option<String>,
    /// `--translator-model`.
    pub model: Option<String>,
    /// `--translator-key-env`.
    pub key_env: Option<String>,
    /// `--translator-cmd`.
    pub command: Option<String>,
    /// `--translator-concurrency`.
    pub concurrency: Option<usize>,
    /// `--translator-timeout`.
    pub timeout: Option<u64>,
    /// `--translator-retries`.
    pub retries: Option<u32>,
    /// `--qa-retries`.
    pub qa_retries: Option<u32>,
    /// `--prompt`.
    pub prompt: Option<PathBuf>,
    /// `--tm` (repeatable; any replaces the file's list).
    pub tm: Vec<PathBuf>,
    /// `--tm-threshold`.
    pub tm_threshold: Option<f64>,
    /// `--glossary` (added to the file's extra glossaries).
    pub glossaries: Vec<PathBuf>,
    /// `--cache-dir`.
    pub cache_dir: Option<PathBuf>,
    /// `--no-cache`.
    pub no_cache: bool,
}

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The file read, if any.
    pub file: Option<PathBuf>,
    /// The engine kind, if any engine is set.
    pub engine: Option<Set<String>>,
    /// Endpoint.
    pub url: Option<Set<String>>,
    /// Model.
    pub model: Option<Set<String>>,
    /// Key variable.
    pub key_env: Set<String>,
    /// Command.
    pub command: Option<Set<String>>,
    /// Requests at once.
    pub concurrency: Set<usize>,
    /// Seconds per request.
    pub timeout: Set<u64>,
    /// HTTP retries.
    pub retries: Set<u32>,
    /// QA retries.
    pub qa_retries: Set<u32>,
    /// Prompt file.
    pub prompt: Option<Set<PathBuf>>,
    /// Memories.
    pub tm: Set<Vec<PathBuf>>,
    /// Fuzzy threshold.
    pub tm_threshold: Set<f64>,
    /// Extra glossaries (the file's, then the flags').
    pub glossaries: Vec<Set<PathBuf>>,
    /// Cache folder (None: no usable default).
    pub cache_dir: Option<Set<PathBuf>>,
    /// Whether the cache is used.
    pub cache: Set<bool>,
}

/// Finds the settings file: `explicit` (which must exist), else `muhtasari.toml` in the
/// current folder, else in the user's config folder.
pub fn find_file(explicit: Option<&Path>) -> Result<Option<PathBuf>, TranslateError> {
    if let Some(p) = explicit {
        if !p.is_file() {
            return Err(TranslateError::Settings(format!(
                "{}: no such settings file",
                p.display()
            )));
        }
        return Ok(Some(p.to_path_buf()));
    }
    let here = PathBuf::from(FILE_NAME);
    if here.is_file() {
        return Ok(Some(here));
    }
    let user =
        directories::ProjectDirs::from("", "", "muhtasari").map(|d| d.config_dir().join(FILE_NAME));
    Ok(user.filter(|p| p.is_file()))
}

/// Reads a settings file; an error names the file, line and column.
pub fn read_file(path: &Path) -> Result<FileConfig, TranslateError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| TranslateError::Settings(format!("{}: {e}", path.display())))?;
    toml::from_str(&text).map_err(|e| {
        let place = e
            .span()
            .map(|s| {
                let before = &text[..s.start.min(text.len())];
                let line = before.matches('\n').count() + 1;
                let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                format!(":{line}:{col}")
            })
            .unwrap_or_default();
        TranslateError::Settings(format!("{}{place}: {}", path.display(), e.message()))
    })
}

fn pick<T>(
    flag: Option<T>,
    name: &'static str,
    file: Option<T>,
    at: &Option<PathBuf>,
) -> Option<Set<T>> {
    match (flag, file) {
        (Some(v), _) => Some(Set {
            value: v,
            origin: Origin::Flag(name),
        }),
        (None, Some(v)) => Some(Set {
            value: v,
            origin: Origin::File(at.clone().unwrap_or_default()),
        }),
        _ => None,
    }
}

fn or_default<T>(s: Option<Set<T>>, value: T) -> Set<T> {
    s.unwrap_or(Set {
        value,
        origin: Origin::Default,
    })
}

impl Settings {
    /// The settings from the file (if any) and the flags.
    pub fn resolve(file: Option<(PathBuf, FileConfig)>, flags: Flags) -> Settings {
        let (at, f) = match file {
            Some((p, f)) => (Some(p), f),
            None => (None, FileConfig::default()),
        };
        let base = at
            .as_ref()
            .and_then(|p| p.parent())
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let rel = |p: PathBuf| if p.is_absolute() { p } else { base.join(p) };
        let t = f.translate;
        let tm_file = t.tm.map(|v| v.into_iter().map(rel).collect());
        let tm_flag = (!flags.tm.is_empty()).then_some(flags.tm);
        let mut glossaries: Vec<Set<PathBuf>> = f
            .glossary
            .extra
            .unwrap_or_default()
            .into_iter()
            .map(|p| Set {
                value: rel(p),
                origin: Origin::File(at.clone().unwrap_or_default()),
            })
            .collect();
        glossaries.extend(flags.glossaries.into_iter().map(|p| Set {
            value: p,
            origin: Origin::Flag("--glossary"),
        }));
        let cache_dir =
            pick(flags.cache_dir, "--cache-dir", f.cache.dir.map(rel), &at).or_else(|| {
                Cache::default_dir().map(|d| Set {
                    value: d,
                    origin: Origin::Default,
                })
            });
        let cache = if flags.no_cache {
            Set {
                value: false,
                origin: Origin::Flag("--no-cache"),
            }
        } else {
            or_default(pick(None, "", f.cache.enabled, &at), true)
        };
        let command = pick(flags.command, "--translator-cmd", t.command, &at);
        let url = pick(flags.url, "--translator-url", t.url, &at);
        let engine = pick(flags.engine, "--translator-api", t.engine, &at).or_else(|| {
            // Without a named engine: a command is a command engine, a URL alone is
            // LibreTranslate (as before engines could be named).
            if let Some(c) = &command {
                Some(Set {
                    value: "command".into(),
                    origin: c.origin.clone(),
                })
            } else {
                url.as_ref().map(|u| Set {
                    value: "libretranslate".into(),
                    origin: u.origin.clone(),
                })
            }
        });
        Settings {
            file: at.clone(),
            engine,
            url,
            model: pick(flags.model, "--translator-model", t.model, &at),
            key_env: or_default(
                pick(flags.key_env, "--translator-key-env", t.key_env, &at),
                DEFAULT_KEY_ENV.into(),
            ),
            command,
            concurrency: or_default(
                pick(
                    flags.concurrency,
                    "--translator-concurrency",
                    t.concurrency,
                    &at,
                ),
                4,
            ),
            timeout: or_default(
                pick(flags.timeout, "--translator-timeout", t.timeout, &at),
                60,
            ),
            retries: or_default(
                pick(flags.retries, "--translator-retries", t.retries, &at),
                3,
            ),
            qa_retries: or_default(pick(flags.qa_retries, "--qa-retries", t.qa_retries, &at), 1),
            prompt: pick(flags.prompt, "--prompt", t.prompt.map(rel), &at),
            tm: or_default(pick(tm_flag, "--tm", tm_file, &at), Vec::new()),
            tm_threshold: or_default(
                pick(flags.tm_threshold, "--tm-threshold", t.tm_threshold, &at),
                0.75,
            ),
            glossaries,
            cache_dir,
            cache,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_override_the_file_and_paths_follow_the_file() {
        let file = FileConfig {
            translate: FileTranslate {
                engine: Some("openai".into()),
                model: Some("from-file".into()),
                tm: Some(vec!["tm/a.tmx".into()]),
                ..Default::default()
            },
            ..Default::default()
        };
        let at = PathBuf::from("/srv/news/muhtasari.toml");
        let s = Settings::resolve(
            Some((at.clone(), file)),
            Flags {
                model: Some("from-flag".into()),
                ..Flags::default()
            },
        );
        assert_eq!(s.model.as_ref().unwrap().value, "from-flag");
        assert_eq!(s.model.unwrap().origin, Origin::Flag("--translator-model"));
        assert_eq!(s.engine.unwrap().origin, Origin::File(at));
        assert_eq!(s.tm.value, [PathBuf::from("/srv/news/tm/a.tmx")]);
        assert_eq!(s.concurrency.value, 4);
        assert_eq!(s.concurrency.origin, Origin::Default);
        assert_eq!(s.key_env.value, DEFAULT_KEY_ENV);
    }

    #[test]
    fn a_url_alone_is_libretranslate_and_a_command_is_a_command() {
        let s = Settings::resolve(
            None,
            Flags {
                url: Some("http://localhost:5000".into()),
                ..Flags::default()
            },
        );
        assert_eq!(s.engine.unwrap().value, "libretranslate");
        let s = Settings::resolve(
            None,
            Flags {
                command: Some("tr a-z A-Z".into()),
                no_cache: true,
                ..Flags::default()
            },
        );
        assert_eq!(s.engine.unwrap().value, "command");
        assert!(!s.cache.value);
    }

    #[test]
    fn the_openai_engine_needs_a_model_and_a_sound_url() {
        let s = |url: &str, model: Option<&str>| {
            Settings::resolve(
                None,
                Flags {
                    engine: Some("openai".into()),
                    url: Some(url.into()),
                    model: model.map(str::to_string),
                    ..Flags::default()
                },
            )
            .translator()
            .map(|_| ())
            .unwrap_err()
            .to_string()
        };
        assert!(s("http://localhost:1/v1", None).contains("needs --translator-model"));
        assert!(s("ftp://x/v1", Some("m")).contains("not an http:// or https:// URL"));
        assert!(s("http://x/v1\nHost: y", Some("m")).contains("line break"));
    }
}
