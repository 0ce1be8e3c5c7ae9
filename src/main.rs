//! The `muhtasari` command line: parse the arguments, run the command, turn an error into
//! one clear message and a non-zero exit.

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    // Ctrl-C (or SIGTERM, SIGHUP) while an output is being written: its temporary goes,
    // the file the user had stays as it was.
    let _ = ctrlc::set_handler(|| {
        muhtasari::remove_pending();
        std::process::exit(130);
    });
    match cli::run(args) {
        Ok(code) => code,
        Err(err) if cli::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("muhtasari: {}", cli::message(&err));
            ExitCode::from(2)
        }
    }
}
