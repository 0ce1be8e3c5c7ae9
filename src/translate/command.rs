//! The command engine: Swahili lines on a command's standard input, English lines on its
//! standard output, within one deadline for the whole exchange and a byte cap on the answer.
//! The command is named by its program only ([`crate::secrets::command_name`]), never by
//! its arguments or settings, in every message.

use std::time::Duration;

use super::libre::one_line;
use crate::secrets::command_name;

/// What went wrong with a translator command.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CommandError {
    /// The command could not be started.
    #[error("translator command `{command}` could not start: {source}")]
    Spawn {
        /// The command.
        command: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The command failed.
    #[error("translator command `{command}` failed ({status}){}", stderr_tail(.stderr))]
    Failed {
        /// The command.
        command: String,
        /// Its exit status.
        status: String,
        /// The end of its standard error.
        stderr: String,
    },
    /// The command took too long and was stopped.
    #[error("translator command `{command}` gave no answer within {seconds} s and was stopped")]
    Timeout {
        /// The command.
        command: String,
        /// The limit.
        seconds: u64,
    },
    /// The command answered with the wrong number of lines.
    #[error(
        "translator command `{command}` returned {got} line{} for {expected} sentence{} (one English line per Swahili line expected)",
        if *got == 1 { "" } else { "s" },
        if *expected == 1 { "" } else { "s" }
    )]
    LineCount {
        /// The command.
        command: String,
        /// Lines sent.
        expected: usize,
        /// Lines received.
        got: usize,
    },
}

fn stderr_tail(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() {
        return String::new();
    }
    let tail: String = s
        .chars()
        .rev()
        .take(300)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!(": {tail}")
}

/// Most bytes a translator may answer with: far more than any day's English, far less than
/// what would exhaust memory.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024 * 1024;

/// Runs `command` with one sentence a line on its standard input; reads as many lines back.
/// The timeout covers the whole exchange; on a timeout, or an answer over
/// [`MAX_ANSWER_BYTES`], the command's whole process group is killed.
pub fn run_command(
    command: &str,
    sentences: &[&str],
    timeout: Duration,
) -> Result<Vec<String>, CommandError> {
    let name = command_name(command);
    let mut input = String::new();
    for s in sentences {
        input.push_str(&one_line(s));
        input.push('\n');
    }
    let done = crate::process::run_shell(command, input.into_bytes(), timeout, MAX_ANSWER_BYTES)
        .map_err(|e| match e {
            crate::process::RunError::Spawn(source) => CommandError::Spawn {
                command: name.clone(),
                source,
            },
            crate::process::RunError::Timeout(_) => CommandError::Timeout {
                command: name.clone(),
                seconds: timeout.as_secs(),
            },
            e => CommandError::Failed {
                command: name.clone(),
                status: e.to_string(),
                stderr: String::new(),
            },
        })?;
    if !done.status.success() {
        return Err(CommandError::Failed {
            command: name,
            status: done.status.to_string(),
            stderr: String::from_utf8_lossy(&done.stderr).into_owned(),
        });
    }
    let text = String::from_utf8_lossy(&done.stdout);
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.len() != sentences.len() {
        return Err(CommandError::LineCount {
            command: name,
            expected: sentences.len(),
            got: lines.len(),
        });
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_round_trip_and_errors() {
        let t = Duration::from_secs(10);
        let got = run_command("tr a-z A-Z", &["habari\nza leo", "asante"], t).unwrap();
        assert_eq!(got, ["HABARI ZA LEO", "ASANTE"]);
        let e = run_command("echo oops >&2; exit 3", &["x"], t)
            .unwrap_err()
            .to_string();
        assert!(e.contains("failed") && e.contains("oops"), "{e}");
        let e = run_command("head -n 0", &["x"], t).unwrap_err().to_string();
        assert!(e.contains("0 lines for 1"), "{e}");
        let e = run_command("sleep 5", &["x"], Duration::from_millis(200))
            .unwrap_err()
            .to_string();
        assert!(e.contains("no answer within"), "{e}");
    }
}
