//! Where a command's output goes: standard output, or a file written atomically.

use std::io::Write;
use std::path::Path;

use anyhow::Result;

/// Writes `content` to the file (atomically) or to standard output.
pub fn emit(output: Option<&Path>, content: &str) -> Result<()> {
    match output {
        Some(path) => muhtasari::write_atomic(path, content.as_bytes())?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(content.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(())
}

/// Whether the error is a closed pipe (`muhtasari … | head`): not worth a message.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
