//! The one error type of the translation side: each variant names the engine (by kind and
//! host or program name, never a key or a full command line) and says why it failed.

/// What went wrong while translating.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TranslateError {
    /// The engine failed for good (after any retries): `engine` is e.g. `openai at
    /// localhost:11434`, `reason` what happened in words.
    #[error("translation engine {engine} failed: {reason}")]
    Engine {
        /// The engine and where it runs.
        engine: String,
        /// Why.
        reason: String,
    },
    /// The engine answered, but with something that cannot be used: the wrong number of
    /// lines, malformed JSON, an empty reply.
    #[error("translation engine {engine} gave an answer that cannot be used: {reason}")]
    BadAnswer {
        /// The engine and where it runs.
        engine: String,
        /// What was wrong with the answer.
        reason: String,
    },
    /// The engine's settings are not usable (a bad URL, a prompt template that does not
    /// parse, a missing model).
    #[error("translation settings: {0}")]
    Settings(String),
}

impl TranslateError {
    /// An engine failure.
    pub fn engine(engine: &str, reason: impl Into<String>) -> Self {
        TranslateError::Engine {
            engine: engine.to_string(),
            reason: reason.into(),
        }
    }

    /// An unusable answer.
    pub fn bad_answer(engine: &str, reason: impl Into<String>) -> Self {
        TranslateError::BadAnswer {
            engine: engine.to_string(),
            reason: reason.into(),
        }
    }
}
