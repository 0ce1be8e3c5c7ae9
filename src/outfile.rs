//! The one way every command writes a file the user named (`-o`): a unique, exclusively
//! created temporary beside the target, renamed over it only when complete. It never follows
//! a planted link, keeps the target's mode and owner, refuses a read-only file, a folder, a
//! block device, or an output that is one of the inputs, writes straight to a character
//! device or FIFO the user named (`-o /dev/null`, `-o /dev/stdout`), and removes its
//! temporary on every error and, through [`remove_pending`], on Ctrl-C. It knows nothing of
//! formats.

use std::fs::{File, Metadata, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result};

/// Temporaries not yet renamed, for [`remove_pending`].
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Bytes of the target's name kept in the temporary's name: with the dot, the random part
/// and `.tmp`, a temporary's name stays under the 255-byte limit of common file systems.
const NAME_KEPT: usize = 200;

/// Removes every temporary still being written. For a signal handler (Ctrl-C): the process
/// is about to exit, nothing half-written may stay behind.
pub fn remove_pending() {
    let pending = match PENDING.lock() {
        Ok(p) => p,
        Err(poisoned) => poisoned.into_inner(),
    };
    for p in pending.iter() {
        let _ = std::fs::remove_file(p);
    }
}

fn forget_pending(path: &Path) {
    if let Ok(mut p) = PENDING.lock() {
        p.retain(|q| q != path);
    }
}

/// An output being written. Write to it, then [`OutputFile::commit`]; dropping it uncommitted
/// removes the temporary and leaves the target as it was.
#[derive(Debug)]
pub struct OutputFile {
    target: PathBuf,
    sink: Sink,
}

#[derive(Debug)]
enum Sink {
    /// Standard output (`-o /dev/stdout`).
    Stdout(std::io::Stdout),
    /// A character device or FIFO written in place.
    Direct(File),
    /// A temporary to be renamed over `final_path` (the target, or the regular file a
    /// symbolic link at the target points to).
    Replace {
        tmp: Option<tempfile::NamedTempFile>,
        final_path: PathBuf,
    },
}

/// Why an output is refused.
fn refuse(path: &Path, why: impl Into<String>) -> Error {
    Error::Write {
        path: path.to_path_buf(),
        source: std::io::Error::other(why.into()),
    }
}

/// A file's identity (device, inode).
fn identity(m: &Metadata) -> (u64, u64) {
    (m.dev(), m.ino())
}

/// Whether some link on the way from `path` points into `/proc` or `/dev/fd` (a process's
/// own descriptors): those are written in place, never replaced.
fn is_descriptor_path(path: &Path) -> bool {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        if p.starts_with("/proc") || p.starts_with("/dev/fd") {
            return true;
        }
        match std::fs::read_link(&p) {
            Ok(next) => {
                p = if next.is_absolute() {
                    next
                } else {
                    p.parent().unwrap_or(Path::new("/")).join(next)
                }
            }
            Err(_) => return false,
        }
    }
    false
}

impl OutputFile {
    /// Opens `path` for writing. `inputs` are the files the run reads: an output that is one
    /// of them (the same file, by device and inode) is refused before anything is written.
    pub fn create(path: &Path, inputs: &[PathBuf]) -> Result<OutputFile> {
        let target = path.to_path_buf();
        if path == Path::new("/dev/stdout") || path == Path::new("-") {
            return Ok(OutputFile {
                target,
                sink: Sink::Stdout(std::io::stdout()),
            });
        }
        let link = std::fs::symlink_metadata(path).ok();
        let meta = match std::fs::metadata(path) {
            Ok(m) => Some(m),
            Err(_) if link.is_some() => {
                return Err(refuse(
                    path,
                    "is a symbolic link to nothing; refusing to replace it",
                ));
            }
            Err(_) => None,
        };
        if let Some(m) = &meta {
            for input in inputs {
                if input == Path::new("-") {
                    continue;
                }
                if let Ok(im) = std::fs::metadata(input)
                    && identity(&im) == identity(m)
                {
                    return Err(refuse(
                        path,
                        format!(
                            "it is also an input ({}); choose another output name",
                            input.display()
                        ),
                    ));
                }
            }
            let t = m.file_type();
            if t.is_dir() {
                return Err(refuse(path, "is a directory"));
            }
            if t.is_char_device() || t.is_fifo() || (t.is_file() && is_descriptor_path(path)) {
                let file = OpenOptions::new()
                    .append(true)
                    .open(path)
                    .map_err(|source| Error::Write {
                        path: target.clone(),
                        source,
                    })?;
                return Ok(OutputFile {
                    target,
                    sink: Sink::Direct(file),
                });
            }
            if !t.is_file() {
                return Err(refuse(
                    path,
                    "is not a regular file (a block device or socket); refusing to write to it",
                ));
            }
            if m.permissions().mode() & 0o222 == 0 {
                return Err(refuse(
                    path,
                    format!(
                        "is read-only (mode {:o}); make it writable or choose another name",
                        m.permissions().mode() & 0o7777
                    ),
                ));
            }
        }
        // A link to a regular file: the file is replaced, the link kept.
        let final_path = match &link {
            Some(l) if l.file_type().is_symlink() => {
                std::fs::canonicalize(path).map_err(|source| Error::Write {
                    path: target.clone(),
                    source,
                })?
            }
            _ => target.clone(),
        };
        let tmp = temporary_beside(&final_path, meta.as_ref())?;
        Ok(OutputFile {
            target,
            sink: Sink::Replace {
                tmp: Some(tmp),
                final_path,
            },
        })
    }

    /// The path the user named.
    pub fn path(&self) -> &Path {
        &self.target
    }

    /// Makes the output whole: flushes, syncs and renames the temporary over the target.
    pub fn commit(mut self) -> Result<()> {
        let err = |source| Error::Write {
            path: self.target.clone(),
            source,
        };
        match &mut self.sink {
            Sink::Stdout(s) => s.flush().map_err(err)?,
            Sink::Direct(f) => f.flush().map_err(err)?,
            Sink::Replace { tmp, final_path } => {
                let t = tmp.take().expect("a temporary until committed");
                let tmp_path = t.path().to_path_buf();
                t.as_file().sync_all().map_err(err)?;
                let result = t.persist(&*final_path);
                forget_pending(&tmp_path);
                result.map_err(|e| err(e.error))?;
            }
        }
        Ok(())
    }
}

impl Drop for OutputFile {
    fn drop(&mut self) {
        if let Sink::Replace { tmp: Some(t), .. } = &self.sink {
            forget_pending(t.path());
        }
        // The NamedTempFile removes itself when dropped.
    }
}

impl Write for OutputFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.sink {
            Sink::Stdout(s) => s.write(buf),
            Sink::Direct(f) => f.write(buf),
            Sink::Replace { tmp, .. } => tmp.as_mut().expect("open").write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Stdout(s) => s.flush(),
            Sink::Direct(f) => f.flush(),
            Sink::Replace { tmp, .. } => tmp.as_mut().expect("open").flush(),
        }
    }
}

/// A new temporary in the target's folder, created exclusively (never through a link), with
/// the target's mode and owner when it exists.
fn temporary_beside(target: &Path, existing: Option<&Metadata>) -> Result<tempfile::NamedTempFile> {
    let err = |source| Error::Write {
        path: target.to_path_buf(),
        source,
    };
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut cut = name.len().min(NAME_KEPT);
    while !name.is_char_boundary(cut) {
        cut -= 1;
    }
    let prefix = format!(".{}.", &name[..cut]);
    let mode = existing.map_or(0o666, |m| m.permissions().mode() & 0o7777);
    let tmp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .rand_bytes(8)
        .permissions(std::fs::Permissions::from_mode(mode))
        .tempfile_in(dir)
        .map_err(err)?;
    if let Ok(mut p) = PENDING.lock() {
        p.push(tmp.path().to_path_buf());
    }
    if let Some(m) = existing {
        // The umask may have narrowed the mode; the target's owner is kept when allowed.
        let _ = std::os::unix::fs::fchown(tmp.as_file(), Some(m.uid()), Some(m.gid()));
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(mode))
            .map_err(err)?;
    }
    Ok(tmp)
}

/// Writes `content` to `path` through [`OutputFile`]: the old file stays whole until the
/// new one is complete.
pub fn write_file(path: &Path, content: &[u8], inputs: &[PathBuf]) -> Result<()> {
    let mut out = OutputFile::create(path, inputs)?;
    out.write_all(content).map_err(|source| Error::Write {
        path: path.to_path_buf(),
        source,
    })?;
    out.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn replaces_whole_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.html");
        write_file(&p, b"one", &[]).unwrap();
        write_file(&p, b"two", &[]).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
        assert_eq!(names(dir.path()), ["out.html"]);
    }

    #[test]
    fn dropped_uncommitted_leaves_the_target_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.html");
        std::fs::write(&p, "old").unwrap();
        let mut out = OutputFile::create(&p, &[]).unwrap();
        out.write_all(b"half").unwrap();
        assert_eq!(names(dir.path()).len(), 2);
        drop(out);
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "old");
        assert_eq!(names(dir.path()), ["out.html"]);
        assert!(PENDING.lock().unwrap().is_empty());
    }

    #[test]
    fn keeps_mode_and_refuses_read_only() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("siri.md");
        std::fs::write(&p, "old").unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600)).unwrap();
        write_file(&p, b"new", &[]).unwrap();
        assert_eq!(p.metadata().unwrap().permissions().mode() & 0o777, 0o600);
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)).unwrap();
        let e = write_file(&p, b"newer", &[]).unwrap_err().to_string();
        assert!(e.contains("read-only (mode 444)"), "{e}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
    }

    #[test]
    fn a_link_to_a_file_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.html");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_file(&link, b"new", &[]).unwrap();
        assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
    }

    #[test]
    fn long_names_fit() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join(format!("{}.html", "a".repeat(245)));
        write_file(&p, b"x", &[]).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "x");
    }
}
