//! Where real translations come from, each labelled with its origin: a translation memory
//! ([`super::tm`]), an external command the user configures (Swahili lines on its standard
//! input, English lines on its standard output, within a timeout), or a LibreTranslate-
//! compatible HTTP endpoint on this machine. Nothing here invents a translation.
//!
//! Over 400 lines with a reason: the command and HTTP clients with their time limits and
//! their tests against local servers.

use std::io::{Read, Write};
use std::net::{TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

use serde_json::json;

use super::tm::TranslationMemory;
use crate::briefing::Translation;
use crate::secrets::{command_name, endpoint_name};

/// What went wrong with an external translator.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TranslateError {
    /// The command could not be started.
    #[error("translator command `{command}` could not start: {source}")]
    Spawn {
        /// The command.
        command: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The command failed.
    #[error("translator command `{command}` failed ({status}){}", stderr_tail(.stderr))]
    Failed {
        /// The command.
        command: String,
        /// Its exit status.
        status: String,
        /// The end of its standard error.
        stderr: String,
    },
    /// The command took too long and was stopped.
    #[error("translator command `{command}` gave no answer within {seconds} s and was stopped")]
    Timeout {
        /// The command.
        command: String,
        /// The limit.
        seconds: u64,
    },
    /// The command answered with the wrong number of lines.
    #[error(
        "translator `{command}` returned {got} line{} for {expected} sentence{} (one English line per Swahili line expected)",
        if *got == 1 { "" } else { "s" },
        if *expected == 1 { "" } else { "s" }
    )]
    LineCount {
        /// The command or endpoint.
        command: String,
        /// Lines sent.
        expected: usize,
        /// Lines received.
        got: usize,
    },
    /// The HTTP endpoint could not be used.
    #[error("translator endpoint {url}: {message}")]
    Http {
        /// The endpoint.
        url: String,
        /// What went wrong.
        message: String,
    },
}

fn stderr_tail(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() {
        return String::new();
    }
    let tail: String = s
        .chars()
        .rev()
        .take(300)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!(": {tail}")
}

/// One line per sentence: line breaks inside a sentence become spaces.
fn one_line(s: &str) -> String {
    s.split(['\n', '\r']).collect::<Vec<_>>().join(" ")
}

/// A source of translations.
#[derive(Debug, Clone)]
pub enum Translator {
    /// A translation memory and its fuzzy threshold (0–1).
    Memory {
        /// The memory.
        tm: TranslationMemory,
        /// The least similarity of a fuzzy match.
        threshold: f64,
    },
    /// An external command run through `sh -c`.
    Command {
        /// The command line.
        command: String,
        /// How long it may take for all the sentences.
        timeout: Duration,
    },
    /// A LibreTranslate-compatible endpoint (`http://localhost:5000/translate`).
    LibreTranslate {
        /// The URL.
        url: String,
        /// How long it may take.
        timeout: Duration,
    },
}

impl Translator {
    /// Translations of `sentences`, one slot each (`None`: none found).
    pub fn translate(
        &self,
        sentences: &[&str],
    ) -> Result<Vec<Option<Translation>>, TranslateError> {
        match self {
            Translator::Memory { tm, threshold } => Ok(sentences
                .iter()
                .map(|s| {
                    tm.lookup(s, *threshold).map(|m| Translation {
                        text: m.en,
                        origin: "translation-memory".into(),
                        provider: Some(tm.name.clone()),
                        similarity: Some(m.similarity),
                        matched: (m.similarity < 1.0).then_some(m.sw),
                    })
                })
                .collect()),
            Translator::Command { command, timeout } => {
                let lines = run_command(command, sentences, *timeout)?;
                Ok(labelled(lines, "translator", &command_name(command)))
            }
            Translator::LibreTranslate { url, timeout } => {
                let lines = libretranslate(url, sentences, *timeout)?;
                Ok(labelled(lines, "libretranslate", &endpoint_name(url)))
            }
        }
    }
}

fn labelled(lines: Vec<String>, origin: &str, provider: &str) -> Vec<Option<Translation>> {
    lines
        .into_iter()
        .map(|l| {
            let l = crate::links::neutralise_bidi(l.trim()).into_owned();
            (!l.is_empty()).then(|| Translation {
                text: l,
                origin: origin.into(),
                provider: Some(provider.into()),
                similarity: None,
                matched: None,
            })
        })
        .collect()
}

/// Most bytes a translator may answer with: far more than any day's English, far less than
/// what would exhaust memory.
pub const MAX_ANSWER_BYTES: usize = 64 * 1024 * 1024;

/// Runs `command` with one sentence a line on its standard input; reads as many lines back.
/// The timeout covers the whole exchange; on a timeout, or an answer over
/// [`MAX_ANSWER_BYTES`], the command's whole process group is killed.
pub fn run_command(
    command: &str,
    sentences: &[&str],
    timeout: Duration,
) -> Result<Vec<String>, TranslateError> {
    let name = command_name(command);
    let mut input = String::new();
    for s in sentences {
        input.push_str(&one_line(s));
        input.push('\n');
    }
    let done = crate::process::run_shell(command, input.into_bytes(), timeout, MAX_ANSWER_BYTES)
        .map_err(|e| match e {
            crate::process::RunError::Spawn(source) => TranslateError::Spawn {
                command: name.clone(),
                source,
            },
            crate::process::RunError::Timeout(_) => TranslateError::Timeout {
                command: name.clone(),
                seconds: timeout.as_secs(),
            },
            e => TranslateError::Failed {
                command: name.clone(),
                status: e.to_string(),
                stderr: String::new(),
            },
        })?;
    if !done.status.success() {
        return Err(TranslateError::Failed {
            command: name,
            status: done.status.to_string(),
            stderr: String::from_utf8_lossy(&done.stderr).into_owned(),
        });
    }
    let text = String::from_utf8_lossy(&done.stdout);
    let lines: Vec<String> = text.lines().map(str::to_string).collect();
    if lines.len() != sentences.len() {
        return Err(TranslateError::LineCount {
            command: name,
            expected: sentences.len(),
            got: lines.len(),
        });
    }
    Ok(lines)
}

/// An HTTP answer read until the server closes, within one deadline for the whole answer
/// (a server that drips a byte a second cannot hold the run) and at most
/// [`MAX_ANSWER_BYTES`].
fn read_answer(stream: &mut TcpStream, deadline: Instant) -> Result<Vec<u8>, String> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16 * 1024];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err("no complete answer within the timeout".into());
        }
        let _ = stream.set_read_timeout(Some(left));
        match stream.read(&mut buf) {
            Ok(0) => return Ok(raw),
            Ok(n) => raw.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(format!("no answer: {e}")),
        }
        if raw.len() > MAX_ANSWER_BYTES {
            return Err(format!("answer larger than {MAX_ANSWER_BYTES} bytes"));
        }
    }
}

/// Splits `http://host:port/path` into its parts; only plain HTTP to this machine.
fn split_url(url: &str) -> Result<(String, u16, String), String> {
    if url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return Err("the URL holds a space, line break or control character".into());
    }
    let rest = url
        .strip_prefix("http://")
        .ok_or("only http:// endpoints on this machine are supported")?;
    let (hostport, path) = match rest.find('/') {
        Some(i) => (&rest[..i], rest[i..].to_string()),
        None => (rest, "/translate".to_string()),
    };
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| format!("bad port {p:?}"))?),
        None => (hostport, 80),
    };
    if !matches!(host, "localhost" | "127.0.0.1" | "[::1]" | "::1") {
        return Err(format!(
            "host {host:?} is not this machine: the article text is only sent to localhost"
        ));
    }
    let path = if path == "/" {
        "/translate".into()
    } else {
        path
    };
    Ok((host.trim_matches(['[', ']']).to_string(), port, path))
}

/// POSTs the sentences to a LibreTranslate-compatible `/translate` (`q` as a list, `source`
/// `sw`, `target` `en`) and reads `translatedText` back.
pub fn libretranslate(
    url: &str,
    sentences: &[&str],
    timeout: Duration,
) -> Result<Vec<String>, TranslateError> {
    let started = Instant::now();
    let http = |message: String| TranslateError::Http {
        url: endpoint_name(url),
        message,
    };
    let (host, port, path) = split_url(url).map_err(http)?;
    let q: Vec<String> = sentences.iter().map(|s| one_line(s)).collect();
    let body = json!({"q": q, "source": "sw", "target": "en", "format": "text"}).to_string();
    let addr = (host.as_str(), port)
        .to_socket_addrs()
        .map_err(|e| http(e.to_string()))?
        .next()
        .ok_or_else(|| http("no address".into()))?;
    let mut stream = TcpStream::connect_timeout(&addr, timeout)
        .map_err(|e| http(format!("cannot connect: {e}")))?;
    let _ = stream.set_read_timeout(Some(timeout));
    let _ = stream.set_write_timeout(Some(timeout));
    let request = format!(
        "POST {path} HTTP/1.0\r\nHost: {host}:{port}\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream
        .write_all(request.as_bytes())
        .map_err(|e| http(e.to_string()))?;
    let raw = read_answer(&mut stream, started + timeout).map_err(http)?;
    let raw = String::from_utf8_lossy(&raw);
    let (head, body) = raw
        .split_once("\r\n\r\n")
        .ok_or_else(|| http("malformed HTTP answer".into()))?;
    let status = head.lines().next().unwrap_or("");
    if !status
        .split_whitespace()
        .nth(1)
        .is_some_and(|c| c.starts_with('2'))
    {
        return Err(http(format!(
            "{status}: {}",
            body.trim().chars().take(200).collect::<String>()
        )));
    }
    let v: serde_json::Value =
        serde_json::from_str(body.trim()).map_err(|e| http(format!("answer is not JSON: {e}")))?;
    let lines: Vec<String> = match &v["translatedText"] {
        serde_json::Value::Array(a) => a
            .iter()
            .map(|x| x.as_str().unwrap_or("").to_string())
            .collect(),
        serde_json::Value::String(s) if sentences.len() == 1 => vec![s.clone()],
        _ => return Err(http("answer has no translatedText list".into())),
    };
    if lines.len() != sentences.len() {
        return Err(TranslateError::LineCount {
            command: url.into(),
            expected: sentences.len(),
            got: lines.len(),
        });
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn command_round_trip_and_errors() {
        let t = Duration::from_secs(10);
        let got = run_command("tr a-z A-Z", &["habari\nza leo", "asante"], t).unwrap();
        assert_eq!(got, ["HABARI ZA LEO", "ASANTE"]);
        let e = run_command("echo oops >&2; exit 3", &["x"], t)
            .unwrap_err()
            .to_string();
        assert!(e.contains("failed") && e.contains("oops"), "{e}");
        let e = run_command("head -n 0", &["x"], t).unwrap_err().to_string();
        assert!(e.contains("0 lines for 1"), "{e}");
        let e = run_command("sleep 5", &["x"], Duration::from_millis(200))
            .unwrap_err()
            .to_string();
        assert!(e.contains("no answer within"), "{e}");
    }

    #[test]
    fn only_localhost_endpoints() {
        assert!(split_url("http://example.com/translate").is_err());
        assert!(split_url("https://localhost/translate").is_err());
        assert_eq!(
            split_url("http://localhost:5000").unwrap(),
            ("localhost".into(), 5000, "/translate".into())
        );
    }

    #[test]
    fn libretranslate_over_a_local_socket() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let server = std::thread::spawn(move || {
            let (mut s, _) = listener.accept().unwrap();
            let mut buf = vec![0u8; 8192];
            let mut got = String::new();
            while !got.contains("\r\n\r\n") || !got.trim_end().ends_with('}') {
                let n = s.read(&mut buf).unwrap();
                if n == 0 {
                    break;
                }
                got.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
            let body = r#"{"translatedText":["Good morning","Thank you"]}"#;
            write!(s, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()).unwrap();
            got
        });
        let url = format!("http://127.0.0.1:{port}/translate");
        let got = libretranslate(
            &url,
            &["Habari za asubuhi", "Asante"],
            Duration::from_secs(5),
        )
        .unwrap();
        assert_eq!(got, ["Good morning", "Thank you"]);
        let req = server.join().unwrap();
        assert!(
            req.starts_with("POST /translate") && req.contains("\"source\":\"sw\""),
            "{req}"
        );
    }
}
