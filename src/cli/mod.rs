//! Arguments (clap) and the commands they run. Only glue: every algorithm is in the library.

mod args;
mod candidates;
mod check;
mod commands;
mod config;
mod daily;
mod english;
mod inputs;
mod output;
mod terms;
mod translate;
mod translate_args;

pub use args::Cli;
pub use commands::run;
pub use output::is_broken_pipe;
pub use report::message;
mod extras;
mod help;
mod lint;
mod progress;
mod report;
mod scope;
mod stdin_hint;
