//! What a briefing may turn into a link, and text made safe to show. Only `http`, `https`
//! and relative addresses are a source's `url`; any other (`javascript:`, `data:`, an
//! address with spaces or controls a browser would strip) is kept as `url_text`, shown as
//! text. Bidirectional controls (U+202A–U+202E, U+2066–U+2069, marks) that could reorder
//! what a reader sees are replaced, as articles are read, by a visible U+FFFD of the same
//! length in UTF-8, so every span stays valid.

use std::borrow::Cow;

/// Whether `url` may be the target of a link: `http://`, `https://` (any case), or a
/// relative address (no scheme); never with whitespace or control characters inside.
pub fn is_safe_link(url: &str) -> bool {
    let u = url.trim();
    if u.is_empty()
        || u.chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_bidi(c))
    {
        return false;
    }
    let lower = u.to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        return true;
    }
    // A scheme is letters, digits, `+-.` before a `:` that comes before any `/`, `?`, `#`.
    let head = u.split(['/', '?', '#', '\\']).next().unwrap_or("");
    !head.contains(':')
}

/// Whether `c` is a bidirectional formatting character.
pub fn is_bidi(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// `s` with every bidirectional control replaced by U+FFFD.
pub fn neutralise_bidi(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_bidi) {
        Cow::Owned(
            s.chars()
                .map(|c| if is_bidi(c) { '\u{FFFD}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_web_and_relative_addresses_are_links() {
        for ok in [
            "https://gazeti.example/a",
            "HTTP://x.example",
            "habari/1.html",
            "/a?b=c:d",
            "#juu",
        ] {
            assert!(is_safe_link(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            " JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "data:text/html,<script>x</script>",
            "vbscript:x",
            "file:///etc/passwd",
            "https://a.example/\nb",
            "https://a.example/\u{202E}lmth",
            "",
        ] {
            assert!(!is_safe_link(bad), "{bad:?}");
        }
    }
}

#[cfg(test)]
mod bidi_tests {
    use super::*;

    #[test]
    fn bidi_controls_become_visible_and_keep_their_length() {
        let s = "a\u{202E}b\u{2067}c";
        let n = neutralise_bidi(s);
        assert_eq!(n, "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(n.len(), s.len());
    }
}
