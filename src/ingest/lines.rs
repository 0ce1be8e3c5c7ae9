//! Lines read from a stream within a limit: a JSONL line on standard input longer than the
//! limit is skipped (its rest read and dropped, never held), so a 1 GB line costs no more
//! memory than a short one.

use std::io::BufRead;

/// One line read by [`read_line_bounded`].
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// The end of the stream, nothing read.
    End,
    /// A whole line (without its `\n`) is in the buffer.
    Whole,
    /// The line was longer than the limit: the buffer holds its first `limit` bytes, the
    /// rest was read past and dropped.
    TooLong,
}

/// Reads one line into `out` (cleared first), keeping at most `limit` bytes.
pub fn read_line_bounded(
    r: &mut impl BufRead,
    out: &mut Vec<u8>,
    limit: usize,
) -> std::io::Result<Line> {
    out.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let buf = match r.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
            Some(i) => (&buf[..i], Some(i + 1)),
            None => (buf, None),
        };
        if !too_long {
            let room = limit - out.len().min(limit);
            if chunk.len() > room {
                out.extend_from_slice(&chunk[..room]);
                too_long = true;
            } else {
                out.extend_from_slice(chunk);
            }
        }
        let used = done.unwrap_or(buf.len());
        r.consume(used);
        if done.is_some() {
            break;
        }
    }
    Ok(match (any, too_long) {
        (false, _) => Line::End,
        (true, false) => Line::Whole,
        (true, true) => Line::TooLong,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_cut_and_skipped() {
        let src = format!("moja\n{}\ntatu", "x".repeat(100));
        let mut r = std::io::BufReader::with_capacity(8, src.as_bytes());
        let mut buf = Vec::new();
        assert_eq!(
            read_line_bounded(&mut r, &mut buf, 10).unwrap(),
            Line::Whole
        );
        assert_eq!(buf, b"moja");
        assert_eq!(
            read_line_bounded(&mut r, &mut buf, 10).unwrap(),
            Line::TooLong
        );
        assert_eq!(buf.len(), 10);
        assert_eq!(
            read_line_bounded(&mut r, &mut buf, 10).unwrap(),
            Line::Whole
        );
        assert_eq!(buf, b"tatu");
        assert_eq!(read_line_bounded(&mut r, &mut buf, 10).unwrap(), Line::End);
    }
}
