//! How an error reaches the user: its chain of causes as one line, each cause once. The
//! library's errors already quote the operating system's reason (`cannot write out.html: No
//! such file or directory (os error 2)`), so a cause whose text is already said is dropped
//! instead of repeated.

/// The error and its causes, `: `-joined, leaving out a cause already said.
pub fn message(err: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in err.chain() {
        let text = cause.to_string();
        if text.is_empty() || out.contains(&text) {
            continue;
        }
        if !out.is_empty() {
            out.push_str(": ");
        }
        out.push_str(&text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_already_said_is_not_repeated() {
        let io = std::io::Error::new(std::io::ErrorKind::NotFound, "No such file");
        let lib = muhtasari::Error::Write {
            path: "x/briefing.html".into(),
            source: io,
        };
        let err = anyhow::Error::from(lib).context("brief");
        assert_eq!(
            message(&err),
            "brief: cannot write x/briefing.html: No such file"
        );
    }

    #[test]
    fn new_causes_are_kept() {
        let err = anyhow::anyhow!("bad line").context("reading day.jsonl");
        assert_eq!(message(&err), "reading day.jsonl: bad line");
    }
}
