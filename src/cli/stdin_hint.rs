//! A hint when a command is about to wait for an article typed at a terminal: `muhtasari
//! segment` with no file reads standard input, which looks like a hang to a new user.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Prints the hint on standard error when one of `paths` is `-` and standard input is a
/// terminal (never when input is piped or redirected).
pub fn hint_if_terminal(paths: &[PathBuf]) {
    if needs_hint(paths, std::io::stdin().is_terminal()) {
        eprintln!(
            "muhtasari: reading an article from the terminal; paste or type it, then press \
             Ctrl-D (Ctrl-Z and Enter on Windows). Give a FILE to read one instead."
        );
    }
}

/// Whether a command reading `paths` waits on standard input that is a terminal.
fn needs_hint(paths: &[PathBuf], stdin_is_terminal: bool) -> bool {
    stdin_is_terminal && paths.iter().any(|p| p == Path::new("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_standard_input_at_a_terminal_gets_the_hint() {
        let dash = [PathBuf::from("-")];
        let file = [PathBuf::from("habari.txt")];
        assert!(needs_hint(&dash, true));
        assert!(!needs_hint(&dash, false));
        assert!(!needs_hint(&file, true));
        assert!(needs_hint(&[file[0].clone(), dash[0].clone()], true));
    }
}
