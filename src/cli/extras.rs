//! Commands about the tool rather than the news: shell completions and a man page made from
//! the clap definitions (so they never drift from `--help`), and copies of the built-in
//! templates and language data to start one's own from. Nothing the user has is overwritten.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::CommandFactory;
use clap_complete::Shell;

use super::args::Cli;
use super::output::emit;

/// Writes the completion script of `shell` for the command `cmd`.
pub fn completions(mut cmd: clap::Command, shell: Shell, out: &mut dyn Write) -> Result<()> {
    let name = cmd.get_name().to_string();
    clap_complete::generate(shell, &mut cmd, name, out);
    Ok(())
}

/// Writes the man page (roff) of the command, its subcommands listed with their help.
pub fn man(cmd: clap::Command, out: &mut dyn Write) -> Result<()> {
    clap_mangen::Man::new(cmd)
        .render(out)
        .context("writing the man page")
}

/// Copies the built-in `files` (name, text) into `dir`, creating it. When any of them is
/// already there, nothing is written: the user's edits are never overwritten.
pub fn export(dir: &Path, files: &[(&str, &str)]) -> Result<Vec<PathBuf>> {
    let targets: Vec<PathBuf> = files.iter().map(|(name, _)| dir.join(name)).collect();
    if let Some(taken) = targets.iter().find(|p| p.exists()) {
        anyhow::bail!(
            "{} already exists; nothing written (move it away or export to another folder)",
            taken.display()
        );
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for ((_, text), path) in files.iter().zip(&targets) {
        muhtasari::write_atomic(path, text.as_bytes())?;
    }
    Ok(targets)
}

/// `muhtasari completions SHELL`.
pub fn print_completions(shell: Shell) -> Result<ExitCode> {
    let mut out = Vec::new();
    completions(Cli::command(), shell, &mut out)?;
    emit(None, &String::from_utf8(out)?)?;
    Ok(ExitCode::SUCCESS)
}

/// `muhtasari man`.
pub fn print_man() -> Result<ExitCode> {
    let mut out = Vec::new();
    man(Cli::command(), &mut out)?;
    emit(None, &String::from_utf8(out)?)?;
    Ok(ExitCode::SUCCESS)
}

/// `muhtasari templates export DIR`, `muhtasari lang-data export DIR`: writes the built-in
/// files and says what it wrote.
pub fn export_files(dir: &Path, files: &[(&str, &str)]) -> Result<ExitCode> {
    for path in export(dir, files)? {
        eprintln!("wrote {}", path.display());
    }
    Ok(ExitCode::SUCCESS)
}
