//! The command engine: Swahili lines on a command's standard input, English lines on its
//! standard output. The runner lives in [`super::translator`] until it moves here.

pub use super::translator::run_command;
