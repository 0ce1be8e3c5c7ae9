//! The translation options and `config show`: flags and `muhtasari.toml` → the library's
//! settings → a translator; after a run, one line on what it did. Only glue.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;
use muhtasari::Briefing;
use muhtasari::Pipeline;
use muhtasari::translate::config::{self, FileConfig, Flags, Set, Settings};
use muhtasari::translate::{Report, Translator};

use super::args::{Global, TranslateArgs};

/// The settings file in force (`explicit`, or the one found), read.
fn file(explicit: Option<&Path>) -> Result<Option<(PathBuf, FileConfig)>> {
    Ok(match config::find_file(explicit)? {
        Some(p) => {
            let f = config::read_file(&p)?;
            Some((p, f))
        }
        None => None,
    })
}

/// The glossaries the settings file adds (`[glossary] extra`), relative to its folder.
pub fn file_glossaries(explicit: Option<&Path>) -> Result<Vec<PathBuf>> {
    Ok(Settings::resolve(file(explicit)?, Flags::default())
        .glossaries
        .into_iter()
        .map(|s| s.value)
        .collect())
}

/// The settings from the file and the flags.
pub fn settings(g: &Global, a: &TranslateArgs, with_flag_glossaries: bool) -> Result<Settings> {
    let flags = Flags {
        engine: a.translator_api.clone(),
        url: a.translator_url.clone(),
        model: a.translator_model.clone(),
        key_env: a.translator_key_env.clone(),
        command: a.translator_cmd.clone(),
        concurrency: a.translator_concurrency,
        timeout: a.translator_timeout,
        retries: a.translator_retries,
        qa_retries: a.qa_retries,
        prompt: a.prompt.clone(),
        tm: a.tm.clone(),
        tm_threshold: a.tm_threshold,
        glossaries: if with_flag_glossaries {
            g.glossary.clone()
        } else {
            Vec::new()
        },
        cache_dir: a.cache_dir.clone(),
        no_cache: a.no_cache,
    };
    Ok(Settings::resolve(file(a.config.as_deref())?, flags))
}

/// The translator the options ask for, its output checked by the translation check.
pub fn translator(g: &Global, a: &TranslateArgs) -> Result<Translator> {
    let mut t = settings(g, a, false)?.translator()?;
    t.checker = checker();
    Ok(t)
}

/// The check every machine translation goes through (`qa`, as `muhtasari check` runs it).
fn checker() -> Option<Box<dyn muhtasari::translate::Check>> {
    Some(Box::new(muhtasari::translate::QaCheck))
}

/// Translates what the briefing lacks and says on standard error what was done.
pub fn apply(t: &Translator, b: &mut Briefing, pipeline: &Pipeline, quiet: bool) -> Result<()> {
    if t.is_empty() {
        return Ok(());
    }
    let report = t.translate_briefing(b, pipeline)?;
    if !quiet {
        eprintln!("muhtasari: {}", describe(t, &report));
    }
    if let Some(w) = &report.cache_warning {
        eprintln!("muhtasari: warning: translation cache not written: {w}");
    }
    Ok(())
}

/// What a run did, in one line.
pub fn describe(t: &Translator, r: &Report) -> String {
    let mut parts = Vec::new();
    if r.memory > 0 {
        parts.push(format!("{} from a translation memory", r.memory));
    }
    if let Some(e) = &t.engine {
        let model = e
            .model()
            .map(|m| format!(", model {m}"))
            .unwrap_or_default();
        parts.push(format!("{} sent to {}{model}", r.sent, e.label()));
        if r.cached > 0 {
            parts.push(format!("{} from the cache", r.cached));
        }
        if r.retried > 0 {
            parts.push(format!("{} asked for again after the check", r.retried));
        }
        if t.checker.is_some() {
            parts.push(format!("{} flagged by the check", r.flagged));
        }
    }
    format!("translations: {}", parts.join("; "))
}

/// `muhtasari config show`.
pub fn show(g: &Global, a: &TranslateArgs) -> Result<ExitCode> {
    let s = settings(g, a, true)?;
    let mut out = String::new();
    match &s.file {
        Some(p) => out.push_str(&format!("settings file: {}\n", p.display())),
        None => out.push_str(&format!(
            "settings file: none (looked for ./{} and the user's config folder)\n",
            config::FILE_NAME
        )),
    }
    let mut row = |name: &str, value: String, origin: String| {
        out.push_str(&format!("{name:<24} {value:<40} ({origin})\n"));
    };
    fn opt<T: std::fmt::Display>(s: &Option<Set<T>>) -> (String, String) {
        match s {
            Some(s) => (s.value.to_string(), s.origin.to_string()),
            None => ("(unset)".into(), "default".into()),
        }
    }
    fn path(s: &Option<Set<PathBuf>>) -> (String, String) {
        match s {
            Some(s) => (s.value.display().to_string(), s.origin.to_string()),
            None => ("(unset)".into(), "default".into()),
        }
    }
    let (v, o) = opt(&s.engine);
    row("translate.engine", v, o);
    let (v, o) = opt(&s.url);
    row("translate.url", v, o);
    let (v, o) = opt(&s.model);
    row("translate.model", v, o);
    let key_state = if std::env::var(&s.key_env.value).is_ok_and(|k| !k.trim().is_empty()) {
        "set"
    } else {
        "not set"
    };
    row(
        "translate.key_env",
        format!("{} ({key_state})", s.key_env.value),
        s.key_env.origin.to_string(),
    );
    let command = s.command.as_ref().map(|c| Set {
        value: muhtasari::translate::engine::program_name(&c.value),
        origin: c.origin.clone(),
    });
    let (v, o) = opt(&command);
    row("translate.command", v, o);
    row(
        "translate.concurrency",
        s.concurrency.value.to_string(),
        s.concurrency.origin.to_string(),
    );
    row(
        "translate.timeout",
        format!("{} s", s.timeout.value),
        s.timeout.origin.to_string(),
    );
    row(
        "translate.retries",
        s.retries.value.to_string(),
        s.retries.origin.to_string(),
    );
    row(
        "translate.qa_retries",
        s.qa_retries.value.to_string(),
        s.qa_retries.origin.to_string(),
    );
    let (v, o) = path(&s.prompt);
    row(
        "translate.prompt",
        if s.prompt.is_none() {
            muhtasari::translate::prompt::BUILTIN_VERSION.to_string()
        } else {
            v
        },
        o,
    );
    let tms: Vec<String> = s.tm.value.iter().map(|p| p.display().to_string()).collect();
    row(
        "translate.tm",
        if tms.is_empty() {
            "(none)".into()
        } else {
            tms.join(", ")
        },
        s.tm.origin.to_string(),
    );
    row(
        "translate.tm_threshold",
        s.tm_threshold.value.to_string(),
        s.tm_threshold.origin.to_string(),
    );
    if s.glossaries.is_empty() {
        row("glossary.extra", "(none)".into(), "default".into());
    }
    for gl in &s.glossaries {
        row(
            "glossary.extra",
            gl.value.display().to_string(),
            gl.origin.to_string(),
        );
    }
    let (v, o) = path(&s.cache_dir);
    row("cache.dir", v, o);
    row(
        "cache.enabled",
        s.cache.value.to_string(),
        s.cache.origin.to_string(),
    );
    super::output::emit(None, &out)?;
    Ok(ExitCode::SUCCESS)
}
