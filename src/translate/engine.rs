//! The engines a translation can come from, behind one enum: an OpenAI-compatible chat
//! endpoint (one request per sentence, concurrently), a LibreTranslate-compatible endpoint
//! (batches) and an external command (all lines at once). Each is named by its kind and its
//! host or program name only: never a key, a path or a full command line.

use std::time::Duration;

use super::Job;
use super::error::TranslateError;
use super::libre::Libre;
use super::openai::OpenAi;
use super::prompt::Feedback;

/// A configured engine.
#[derive(Debug)]
#[non_exhaustive]
pub enum Engine {
    /// An OpenAI-compatible chat endpoint.
    OpenAi(Box<OpenAi>),
    /// A LibreTranslate-compatible endpoint.
    Libre(Libre),
    /// A command run through `sh -c`: Swahili lines in, English lines out.
    Command {
        /// The command line.
        command: String,
        /// How long it may take for all the lines.
        timeout: Duration,
    },
}

impl Engine {
    /// `openai`, `libretranslate` or `command`.
    pub fn kind(&self) -> &'static str {
        match self {
            Engine::OpenAi(_) => "openai",
            Engine::Libre(_) => "libretranslate",
            Engine::Command { .. } => "command",
        }
    }

    /// The host (`localhost:11434`) or the program's name (`translate.sh`).
    pub fn provider(&self) -> String {
        match self {
            Engine::OpenAi(e) => e.host().to_string(),
            Engine::Libre(e) => e.host().to_string(),
            Engine::Command { command, .. } => program_name(command),
        }
    }

    /// How errors and labels name it: `openai at localhost:11434`, `command translate.sh`.
    pub fn label(&self) -> String {
        match self {
            Engine::Command { .. } => format!("command {}", self.provider()),
            _ => format!("{} at {}", self.kind(), self.provider()),
        }
    }

    /// The model, for engines that name one.
    pub fn model(&self) -> Option<&str> {
        match self {
            Engine::OpenAi(e) => Some(e.model()),
            _ => None,
        }
    }

    /// The prompt's version, for prompted engines.
    pub fn prompt_version(&self) -> Option<&str> {
        match self {
            Engine::OpenAi(e) => Some(e.prompt().version()),
            _ => None,
        }
    }

    /// Whether the engine is given the terms, the context and a retry's findings.
    pub fn is_prompted(&self) -> bool {
        matches!(self, Engine::OpenAi(_))
    }

    /// Translations of the jobs, one each, in order; `feedback` (when not empty) holds a
    /// retry's findings for each job. Chat requests go `concurrency` at a time.
    pub fn translate(
        &self,
        jobs: &[&Job],
        feedback: &[Option<Feedback>],
        concurrency: usize,
    ) -> Result<Vec<String>, TranslateError> {
        match self {
            Engine::OpenAi(e) => super::pool::map(jobs.len(), concurrency, |i| {
                e.translate(jobs[i], feedback.get(i).and_then(Option::as_ref))
            }),
            Engine::Libre(e) => {
                let texts: Vec<&str> = jobs.iter().map(|j| j.text.as_str()).collect();
                e.translate(&texts)
            }
            Engine::Command { command, timeout } => {
                let texts: Vec<&str> = jobs.iter().map(|j| j.text.as_str()).collect();
                super::command::run_command(command, &texts, *timeout)
                    .map_err(|e| TranslateError::engine(&self.label(), e.to_string()))
            }
        }
    }
}

/// The program a command line runs, without its folder, arguments or `NAME=value` settings
/// (the safety module's one naming rule).
pub fn program_name(command: &str) -> String {
    crate::secrets::command_name(command)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn program_name_hides_arguments() {
        assert_eq!(program_name("/opt/mt/run.sh --key abc"), "run.sh");
        assert_eq!(program_name("tr a-z A-Z"), "tr");
    }
}
