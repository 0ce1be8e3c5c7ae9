//! Running an external program within bounds: one wall-clock deadline for the whole
//! exchange (writing its input, its exit, and the end of its output, even when a process it
//! started in the background still holds the pipe), a cap on what it may print, and on
//! either breach its whole process group killed, grandchildren included. It knows nothing of
//! translation; [`crate::english::translator`] uses it.

use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Bytes of standard error kept (its end) for a message.
const STDERR_KEPT: usize = 4096;

/// What a bounded run gave.
#[derive(Debug)]
pub struct Finished {
    /// How it exited.
    pub status: ExitStatus,
    /// Everything it printed on standard output (at most the cap).
    pub stdout: Vec<u8>,
    /// The end of its standard error.
    pub stderr: Vec<u8>,
}

/// Why a bounded run gave nothing.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RunError {
    /// The program could not be started.
    #[error("could not start: {0}")]
    Spawn(std::io::Error),
    /// The deadline passed; the process group was killed.
    #[error("gave no complete answer within {} s and was stopped", .0.as_secs_f64())]
    Timeout(Duration),
    /// It printed more than the cap; the process group was killed.
    #[error("printed more than {0} bytes and was stopped")]
    TooMuch(usize),
}

/// Runs `sh -c command` with `input` on its standard input, in a process group of its own.
pub fn run_shell(
    command: &str,
    input: Vec<u8>,
    deadline: Duration,
    max_output: usize,
) -> Result<Finished, RunError> {
    let started = Instant::now();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .process_group(0)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(RunError::Spawn)?;
    let group = child.id() as libc::pid_t;
    let kill_group = || {
        // SAFETY: kill(2) with a negative pid signals the group we created; no memory is
        // touched.
        unsafe {
            libc::kill(-group, libc::SIGKILL);
        }
    };
    let mut stdin = child.stdin.take().expect("stdin is piped");
    std::thread::spawn(move || {
        // A program that exits without reading gives a broken pipe: its status tells.
        let _ = stdin.write_all(&input);
    });
    let (out_tx, out_rx) = mpsc::channel();
    let mut stdout = child.stdout.take().expect("stdout is piped");
    std::thread::spawn(move || {
        let mut got = Vec::new();
        let over = (&mut stdout)
            .take(max_output as u64 + 1)
            .read_to_end(&mut got)
            .is_ok()
            && got.len() > max_output;
        let _ = out_tx.send(if over { None } else { Some(got) });
    });
    let (err_tx, err_rx) = mpsc::channel();
    let mut stderr = child.stderr.take().expect("stderr is piped");
    std::thread::spawn(move || {
        let mut tail: Vec<u8> = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            tail.extend_from_slice(&buf[..n]);
            if tail.len() > 2 * STDERR_KEPT {
                tail.drain(..tail.len() - STDERR_KEPT);
            }
        }
        let _ = err_tx.send(tail);
    });
    let left = |started: Instant| deadline.saturating_sub(started.elapsed());
    let stop = |child: &mut std::process::Child, e: RunError| {
        kill_group();
        let _ = child.kill();
        let _ = child.wait();
        Err(e)
    };
    let stdout = match out_rx.recv_timeout(left(started)) {
        Ok(Some(out)) => out,
        Ok(None) => return stop(&mut child, RunError::TooMuch(max_output)),
        Err(_) => return stop(&mut child, RunError::Timeout(deadline)),
    };
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if left(started).is_zero() => {
                return stop(&mut child, RunError::Timeout(deadline));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return stop(&mut child, RunError::Spawn(e)),
        }
    };
    // Standard error may still be held by a background process: wait no longer than the
    // deadline, and keep what came.
    let mut stderr = err_rx.recv_timeout(left(started)).unwrap_or_default();
    if stderr.len() > STDERR_KEPT {
        stderr.drain(..stderr.len() - STDERR_KEPT);
    }
    Ok(Finished {
        status,
        stdout,
        stderr,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_background_process_holding_the_pipe_does_not_outlast_the_deadline() {
        let t = Instant::now();
        let e = run_shell(
            "cat; sleep 30 &",
            b"x\n".to_vec(),
            Duration::from_millis(500),
            1 << 20,
        )
        .unwrap_err();
        assert!(matches!(e, RunError::Timeout(_)), "{e}");
        assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    }

    #[test]
    fn output_is_capped() {
        let e = run_shell("yes", Vec::new(), Duration::from_secs(20), 1 << 20).unwrap_err();
        assert!(matches!(e, RunError::TooMuch(_)), "{e}");
        let ok = run_shell(
            "tr a-z A-Z",
            b"habari\n".to_vec(),
            Duration::from_secs(20),
            100,
        )
        .unwrap();
        assert_eq!(ok.stdout, b"HABARI\n");
        assert!(ok.status.success());
    }
}
