//! Arguments (clap) and the commands they run. Only glue: every algorithm is in the library.

mod args;
mod commands;
mod daily;
mod english;
mod output;

pub use args::Cli;
pub use commands::run;
pub use output::is_broken_pipe;
#[allow(dead_code)] // wired into the subcommands below
mod extras;
#[allow(dead_code)]
mod progress;
#[allow(dead_code)]
mod report;
#[allow(dead_code)]
mod stdin_hint;
