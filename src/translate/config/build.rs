//! Settings → a [`Translator`]: memories loaded, the engine built with its HTTP client, key
//! and prompt, the cache folder chosen. Every problem is one settings error in words.

use std::time::Duration;

use super::Settings;
use crate::translate::cache::Cache;
use crate::translate::engine::Engine;
use crate::translate::error::TranslateError;
use crate::translate::http::{HttpClient, HttpOptions, Secret, host_of};
use crate::translate::libre::Libre;
use crate::translate::openai::OpenAi;
use crate::translate::prompt::Prompt;
use crate::translate::run::Translator;
use crate::translate::tm::TranslationMemory;

impl Settings {
    /// The translator these settings describe (no check attached).
    pub fn translator(&self) -> Result<Translator, TranslateError> {
        let bad = |m: String| TranslateError::Settings(m);
        let th = self.tm_threshold.value;
        if !(0.0..=1.0).contains(&th) {
            return Err(bad(format!(
                "--tm-threshold must be between 0 and 1, not {th}"
            )));
        }
        let mut memories = Vec::new();
        for p in &self.tm.value {
            let tm = TranslationMemory::from_path(p).map_err(|e| {
                bad(format!(
                    "cannot use translation memory {}: {e}",
                    p.display()
                ))
            })?;
            memories.push((tm, th));
        }
        let mut t = Translator::memories(memories);
        t.concurrency = self.concurrency.value.max(1);
        t.qa_retries = self.qa_retries.value;
        t.engine = self.engine()?;
        if t.engine.is_some() && self.cache.value {
            t.cache = self.cache_dir.as_ref().map(|d| Cache::new(&d.value));
        }
        Ok(t)
    }

    fn engine(&self) -> Result<Option<Engine>, TranslateError> {
        let Some(kind) = &self.engine else {
            return Ok(None);
        };
        let bad = |m: String| TranslateError::Settings(m);
        let timeout = Duration::from_secs(self.timeout.value.max(1));
        let http = HttpOptions {
            timeout,
            retries: self.retries.value,
            ..HttpOptions::default()
        };
        let key = std::env::var(&self.key_env.value)
            .ok()
            .filter(|k| !k.trim().is_empty())
            .map(Secret::new);
        let url = || {
            self.url
                .as_ref()
                .map(|u| u.value.clone())
                .ok_or_else(|| bad(format!("the {} engine needs --translator-url", kind.value)))
        };
        Ok(Some(match kind.value.as_str() {
            "openai" => {
                let url = check_url(&url()?)?;
                let model = self.model.as_ref().ok_or_else(|| {
                    bad(
                        "the openai engine needs --translator-model (e.g. the name Ollama lists)"
                            .into(),
                    )
                })?;
                let prompt = match &self.prompt {
                    None => Prompt::builtin(),
                    Some(p) => {
                        let text = std::fs::read_to_string(&p.value).map_err(|e| {
                            bad(format!("prompt template {}: {e}", p.value.display()))
                        })?;
                        Prompt::custom(&text)?
                    }
                };
                let label = format!("openai at {}", host_of(&url));
                Engine::OpenAi(Box::new(OpenAi::new(
                    HttpClient::new(label, http, key),
                    &url,
                    &model.value,
                    prompt,
                )))
            }
            "libretranslate" => {
                let url = check_url(&url()?)?;
                let label = format!("libretranslate at {}", host_of(&url));
                Engine::Libre(Libre::new(HttpClient::new(label, http, None), &url, key))
            }
            "command" => {
                let command = self
                    .command
                    .as_ref()
                    .ok_or_else(|| bad("the command engine needs --translator-cmd".into()))?;
                Engine::Command {
                    command: command.value.clone(),
                    timeout,
                }
            }
            other => {
                return Err(bad(format!(
                    "unknown engine {other:?} (openai, libretranslate or command)"
                )));
            }
        }))
    }
}

/// An http or https URL with a host.
fn check_url(url: &str) -> Result<String, TranslateError> {
    let url = url.trim();
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err(TranslateError::Settings(
            "the translator URL holds a space, line break or control character".into(),
        ));
    }
    let ok =
        (url.starts_with("http://") || url.starts_with("https://")) && !host_of(url).is_empty();
    if ok {
        Ok(url.to_string())
    } else {
        Err(TranslateError::Settings(format!(
            "{url:?} is not an http:// or https:// URL"
        )))
    }
}
