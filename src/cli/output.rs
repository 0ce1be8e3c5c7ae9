//! Where a command's output goes: standard output, or a file the user named, written through
//! [`muhtasari::outfile::OutputFile`] (a temporary renamed at the end; never onto an input).

use std::io::Write;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use anyhow::Result;
use muhtasari::OutputFile;

use super::args::Global;

/// An opened output: standard output, or a file made whole by [`Output::finish`].
pub enum Output {
    Stdout(std::io::Stdout),
    File(OutputFile),
}

impl Output {
    /// Opens the output: `None` is standard output. A file that is one of `inputs` (or a
    /// read-only file, a folder, a block device) is refused here, before any work is done.
    pub fn open(path: Option<&Path>, inputs: &[PathBuf]) -> Result<Output> {
        Ok(match path {
            None => Output::Stdout(std::io::stdout()),
            Some(p) => Output::File(OutputFile::create(p, inputs)?),
        })
    }

    /// Writes everything and makes the file whole.
    pub fn emit(mut self, content: &str) -> Result<()> {
        self.write_all(content.as_bytes())?;
        self.finish()
    }

    /// Flushes standard output, or renames the file's temporary over its name.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut s) => s.flush()?,
            Output::File(f) => f.commit()?,
        }
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Output::Stdout(s) => s.write(buf),
            Output::File(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Output::Stdout(s) => s.flush(),
            Output::File(f) => f.flush(),
        }
    }
}

/// Writes `content` to the file (atomically) or to standard output.
pub fn emit(output: Option<&Path>, content: &str) -> Result<()> {
    Output::open(output, &[])?.emit(content)
}

/// Every file a run reads besides its articles: glossaries, language data, templates.
pub fn global_inputs(g: &Global) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = g.glossary.iter().chain(&g.lang_data).cloned().collect();
    if let Some(dir) = &g.templates {
        v.extend(
            muhtasari::embedded_templates()
                .iter()
                .map(|(n, _)| dir.join(n)),
        );
    }
    v
}

/// Leaves out of a folder walk the run's own output (a second `brief dir -o dir/b.html`
/// must not read the first briefing as an article). Files named on the command line stay:
/// the writer refuses them with a message.
pub fn without_output(
    files: Vec<PathBuf>,
    named: &[PathBuf],
    output: Option<&Path>,
) -> Vec<PathBuf> {
    let Some(out) = output.and_then(|o| std::fs::metadata(o).ok()) else {
        return files;
    };
    files
        .into_iter()
        .filter(|f| {
            named.contains(f)
                || !std::fs::metadata(f).is_ok_and(|m| m.dev() == out.dev() && m.ino() == out.ino())
        })
        .collect()
}

/// Whether the error is a closed pipe (`muhtasari … | head`): not worth a message.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
