//! The command engine: Swahili lines on a command's standard input, English lines on its
//! standard output. The runner lives with the gloss module until it moves here.

pub use crate::english::translator::run_command;
