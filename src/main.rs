//! The `muhtasari` command line: parse the arguments, run the command, turn an error into
//! one clear message and a non-zero exit.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) if cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("muhtasari: {}", cli::message(&err));
            ExitCode::from(2)
        }
    }
}
