//! The library's error type: one enum, each variant saying in the user's words what went wrong
//! and where (file, line, column when known).

use std::path::PathBuf;

/// Everything that can go wrong inside the library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A directory was given where a file is expected.
    #[error("{path}: is a directory, expected a file")]
    IsDirectory {
        /// The directory.
        path: PathBuf,
    },
    /// The input is not UTF-8 text.
    #[error("{path}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// The file (or `-` for standard input).
        path: PathBuf,
        /// The byte offset of the first invalid byte.
        offset: usize,
    },
    /// The input holds no text.
    #[error("{path}: empty input, nothing to read")]
    Empty {
        /// The file (or `-` for standard input).
        path: PathBuf,
    },
    /// A data file (glossary, language data, front matter) is malformed.
    #[error("{}: {message}", place(path, *line, *column))]
    Data {
        /// The file.
        path: PathBuf,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// 1-based column, 0 when unknown.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// A template failed to load or render.
    #[error("template {name}: {message}")]
    Template {
        /// The template's name.
        name: String,
        /// Tera's message.
        message: String,
    },
    /// An input format this build was compiled without (a cargo feature).
    #[error("{path}: reading this format needs muhtasari built with the `{feature}` feature")]
    Unsupported {
        /// The input.
        path: PathBuf,
        /// The cargo feature that reads it.
        feature: &'static str,
    },
    /// A pipeline setting is out of its range.
    #[error(transparent)]
    Build(#[from] BuildError),
    /// An output could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The output file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

impl Error {
    /// A data error at a known place.
    pub fn data(
        path: impl Into<PathBuf>,
        line: usize,
        column: usize,
        message: impl Into<String>,
    ) -> Self {
        Error::Data {
            path: path.into(),
            line,
            column,
            message: message.into(),
        }
    }
}

/// `file:line:col`, `file:line` or `file`, as much as is known.
fn place(path: &std::path::Path, line: usize, column: usize) -> String {
    match (line, column) {
        (0, _) => path.display().to_string(),
        (l, 0) => format!("{}:{l}", path.display()),
        (l, c) => format!("{}:{l}:{c}", path.display()),
    }
}

/// A setting [`crate::PipelineBuilder::build`] refused, naming the setting and why.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// A summary length that picks nothing, or a ratio outside (0, 1].
    #[error("summary length {length:?}: {reason}")]
    Length {
        /// The length given.
        length: crate::length::Length,
        /// Why it is refused.
        reason: &'static str,
    },
    /// A weight, share or threshold out of its range.
    #[error("{setting} = {value}: {reason}")]
    Setting {
        /// The setting, as `summary.field` or `stories.field`.
        setting: &'static str,
        /// The value given.
        value: f64,
        /// Its range.
        reason: &'static str,
    },
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
