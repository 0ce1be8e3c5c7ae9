//! A hint when a command is about to wait for an article typed at a terminal: `muhtasari
//! segment` with no file reads standard input, which looks like a hang to a new user.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Prints the hint on standard error when one of `paths` is `-` and standard input is a
/// terminal (never when input is piped or redirected).
pub fn hint_if_terminal(paths: &[PathBuf]) {
    if paths.iter().any(|p| p == Path::new("-")) && std::io::stdin().is_terminal() {
        eprintln!(
            "muhtasari: reading an article from the terminal; paste or type it, then press \
             Ctrl-D (Ctrl-Z and Enter on Windows). Give a FILE to read one instead."
        );
    }
}
