//! The prompt a chat engine gets for one sentence: a versioned Tera template (built in, or
//! the user's file) rendered with the sentence, its context (the article's headline, the
//! sentence before it), the approved English of its terms, and — on a retry — the check's
//! findings. It only builds text; sending it is the engine's job.
//!
//! A template file holds the system message, a line `=== user ===`, then the user message
//! (without that line the whole file is the user message). Variables: `sentence`,
//! `headline`, `previous`, `kind` (`sentence` or `headline`), `terms` (a list of `sw`, `en`,
//! `kind`), `feedback` (absent, or `translation` and `issues`, a list of strings).

use serde::Serialize;

use super::error::TranslateError;

/// The built-in template's version; part of every cache key, bumped when its text changes.
pub const BUILTIN_VERSION: &str = "builtin-1";

/// The built-in template (also in the README).
pub const BUILTIN: &str = include_str!("prompt-v1.txt");

/// The line that separates the system message from the user message in a template file.
pub const USER_MARK: &str = "=== user ===";

/// An approved rendering: Swahili as written in the sentence, its English.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
pub struct Term {
    /// The Swahili, as written.
    pub sw: String,
    /// The English the glossary or the gloss gives it.
    pub en: String,
    /// What it is (`term`, `name`, `number`, `date`, …).
    pub kind: String,
}

/// What a retry is told about the translation it replaces.
#[derive(Debug, Clone, Serialize)]
pub struct Feedback {
    /// The translation the check found fault with.
    pub translation: String,
    /// The faults, in words.
    pub issues: Vec<String>,
}

/// Everything the template may show about one piece of text.
#[derive(Debug, Clone, Serialize)]
pub struct PromptInput<'a> {
    /// The Swahili to translate.
    pub sentence: &'a str,
    /// The article's headline (context only).
    pub headline: Option<&'a str>,
    /// The sentence before it in its article (context only).
    pub previous: Option<&'a str>,
    /// `sentence` or `headline`.
    pub kind: &'a str,
    /// The required renderings.
    pub terms: &'a [Term],
    /// On a retry, what was wrong before.
    pub feedback: Option<&'a Feedback>,
}

/// A parsed template and its version.
#[derive(Debug)]
pub struct Prompt {
    tera: tera::Tera,
    has_system: bool,
    version: String,
}

/// A rendered prompt: the chat messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Messages {
    /// The system message, if the template has one.
    pub system: Option<String>,
    /// The user message.
    pub user: String,
}

impl Prompt {
    /// The built-in template.
    pub fn builtin() -> Self {
        Self::parse(BUILTIN, BUILTIN_VERSION.to_string()).expect("the built-in prompt parses")
    }

    /// A user's template; its version is `custom-` and a hash of its text, so changing it
    /// changes the cache keys.
    pub fn custom(text: &str) -> Result<Self, TranslateError> {
        let version = format!("custom-{:016x}", super::cache::fnv64(text.as_bytes()));
        Self::parse(text, version)
    }

    fn parse(text: &str, version: String) -> Result<Self, TranslateError> {
        let (system, user) = split_template(text);
        let mut tera = tera::Tera::default();
        tera.autoescape_on(Vec::<&str>::new());
        let bad = |e: tera::Error| {
            TranslateError::Settings(format!("the prompt template does not parse: {e}"))
        };
        if let Some(s) = system {
            tera.add_raw_template("system", s).map_err(bad)?;
        }
        tera.add_raw_template("user", user).map_err(bad)?;
        Ok(Prompt {
            tera,
            has_system: system.is_some(),
            version,
        })
    }

    /// The version that goes into cache keys.
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The messages for one piece of text.
    pub fn render(&self, input: &PromptInput<'_>) -> Result<Messages, TranslateError> {
        let ctx = tera::Context::from_serialize(input)
            .map_err(|e| TranslateError::Settings(format!("prompt context: {e}")))?;
        let bad = |e: tera::Error| {
            TranslateError::Settings(format!("the prompt template does not render: {e}"))
        };
        let system = if self.has_system {
            Some(tidy(&self.tera.render("system", &ctx).map_err(bad)?))
        } else {
            None
        };
        let user = tidy(&self.tera.render("user", &ctx).map_err(bad)?);
        Ok(Messages { system, user })
    }
}

/// Splits a template file at its `=== user ===` line.
fn split_template(text: &str) -> (Option<&str>, &str) {
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim() == USER_MARK {
            return (Some(&text[..at]), &text[at + line.len()..]);
        }
        at += line.len();
    }
    (None, text)
}

/// Trims the ends and collapses runs of blank lines a template's tags leave.
fn tidy(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut blank = 0;
    for line in s.trim().lines() {
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(sw: &str, en: &str) -> Term {
        Term {
            sw: sw.into(),
            en: en.into(),
            kind: "term".into(),
        }
    }

    #[test]
    fn builtin_shows_terms_context_and_feedback() {
        let p = Prompt::builtin();
        let terms = [term("hakusaini", "did not sign"), term("Urusi", "Russia")];
        let fb = Feedback {
            translation: "He signed.".into(),
            issues: vec!["negation: the Swahili is negative".into()],
        };
        let m = p
            .render(&PromptInput {
                sentence: "Waziri hakusaini mkataba na Urusi.",
                headline: Some("Mkataba wa ulinzi"),
                previous: Some("Mazungumzo yalifanyika jana."),
                kind: "sentence",
                terms: &terms,
                feedback: Some(&fb),
            })
            .unwrap();
        let sys = m.system.unwrap();
        assert!(sys.contains("only the English translation"), "{sys}");
        for want in [
            "hakusaini → did not sign",
            "Urusi → Russia",
            "Mkataba wa ulinzi",
            "Mazungumzo yalifanyika jana.",
            "He signed.",
            "negation: the Swahili is negative",
            "Waziri hakusaini mkataba na Urusi.",
        ] {
            assert!(m.user.contains(want), "{want} missing in\n{}", m.user);
        }
    }

    #[test]
    fn no_context_no_empty_sections() {
        let m = Prompt::builtin()
            .render(&PromptInput {
                sentence: "Mvua imenyesha.",
                headline: None,
                previous: None,
                kind: "sentence",
                terms: &[],
                feedback: None,
            })
            .unwrap();
        assert!(!m.user.contains("Required"), "{}", m.user);
        assert!(!m.user.contains("Headline"), "{}", m.user);
        assert!(m.user.ends_with("Mvua imenyesha."), "{}", m.user);
    }

    #[test]
    fn custom_template_versions_by_text_and_reports_errors() {
        let a = Prompt::custom("Translate: {{ sentence }}").unwrap();
        let b = Prompt::custom("Please translate: {{ sentence }}").unwrap();
        assert_ne!(a.version(), b.version());
        assert!(a.version().starts_with("custom-"));
        let m = a
            .render(&PromptInput {
                sentence: "Asante.",
                headline: None,
                previous: None,
                kind: "sentence",
                terms: &[],
                feedback: None,
            })
            .unwrap();
        assert_eq!(m.system, None);
        assert_eq!(m.user, "Translate: Asante.");
        let e = Prompt::custom("{% if %}").unwrap_err().to_string();
        assert!(e.contains("does not parse"), "{e}");
        let two = Prompt::custom("Be exact.\n=== user ===\n{{ sentence }}").unwrap();
        let m = two
            .render(&PromptInput {
                sentence: "Ndiyo.",
                headline: None,
                previous: None,
                kind: "sentence",
                terms: &[],
                feedback: None,
            })
            .unwrap();
        assert_eq!(m.system.as_deref(), Some("Be exact."));
        assert_eq!(m.user, "Ndiyo.");
    }
}
