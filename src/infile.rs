//! Reading a file the user named, within bounds: only a regular file is opened (a FIFO or a
//! device such as `/dev/zero` would hang or never end: pipe it to standard input instead),
//! and no more than a limit is read, so memory stays bounded whatever the path names.

use std::io::Read;
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use crate::error::{Error, Result};

/// The limit for data files (glossaries, language data, translation memories, imports).
pub const DATA_MAX_BYTES: usize = 16 * 1024 * 1024;

/// YAML nodes allowed in a data file: one per four bytes of the [`DATA_MAX_BYTES`] limit (a
/// glossary entry in block style takes more than ten bytes a node, so a 16 MiB glossary
/// fits; alias expansions are counted too, which keeps a fan-out of aliases quick to
/// refuse). The parser's other budgets (aliases, anchors, depth) keep their defaults.
pub const YAML_MAX_NODES: usize = DATA_MAX_BYTES / 4;

/// Parser options for data files: budgets sized to [`DATA_MAX_BYTES`], comments skipped.
pub fn yaml_options() -> serde_saphyr::Options {
    let mut options = serde_saphyr::Options::default();
    options.emit_comments = false;
    options.with_snippet = false;
    let mut budget = options.budget.clone().unwrap_or_default();
    budget.max_nodes = YAML_MAX_NODES;
    budget.max_events = 2 * YAML_MAX_NODES;
    budget.max_total_scalar_bytes = DATA_MAX_BYTES;
    options.budget = Some(budget);
    options
}

/// The limits, for a message when a budget is breached.
pub fn yaml_limits_note() -> String {
    format!(
        "data files are limited to {} MiB and {YAML_MAX_NODES} YAML nodes",
        DATA_MAX_BYTES >> 20
    )
}

/// Refuses anything but a regular file (after links): folders, FIFOs, devices, sockets.
pub fn check_regular(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let t = meta.file_type();
    if t.is_dir() {
        return Err(Error::IsDirectory {
            path: path.to_path_buf(),
        });
    }
    if !t.is_file() {
        let what = if t.is_fifo() {
            "a FIFO"
        } else if t.is_char_device() || t.is_block_device() {
            "a device"
        } else {
            "a socket"
        };
        return Err(Error::data(
            path,
            0,
            0,
            format!("is {what}, not a regular file; to read it, pipe it to standard input (`-`)"),
        ));
    }
    Ok(())
}

/// The bytes of a regular file of at most `max_bytes`.
pub fn read_limited(path: &Path, max_bytes: usize) -> Result<Vec<u8>> {
    check_regular(path)?;
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(io)?
        .take(max_bytes as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() > max_bytes {
        return Err(Error::data(
            path,
            0,
            0,
            format!("larger than the limit of {max_bytes} bytes"),
        ));
    }
    Ok(bytes)
}

/// A UTF-8 data file of at most [`DATA_MAX_BYTES`].
pub fn read_data_text(path: &Path) -> Result<String> {
    let bytes = read_limited(path, DATA_MAX_BYTES)?;
    String::from_utf8(bytes).map_err(|e| Error::NotUtf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_and_large_files_are_refused() {
        let e = read_data_text(Path::new("/dev/zero"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("is a device, not a regular file"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.yaml");
        std::fs::write(&p, "x".repeat(100)).unwrap();
        assert!(
            read_limited(&p, 99)
                .unwrap_err()
                .to_string()
                .contains("limit of 99")
        );
        assert_eq!(read_limited(&p, 100).unwrap().len(), 100);
    }
}
