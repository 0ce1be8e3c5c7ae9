//! The HTML templates' escaping: Tera's five characters (`& < > " '`) and, so no text can
//! reorder what a reader sees, every bidirectional control shown as U+FFFD, whatever the
//! value came from (an article, a glossary, a translation memory). Nothing else.

use crate::links::is_bidi;

/// Writes `input` escaped for HTML text and attribute values (Tera's escape function).
pub(super) fn escape(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut s = String::with_capacity(input.len() + input.len() / 8);
    for c in input.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            c if is_bidi(c) => s.push('\u{FFFD}'),
            c => s.push(c),
        }
    }
    out.write_all(s.as_bytes())
}

#[cfg(test)]
mod tests {
    fn escaped(s: &str) -> String {
        let mut out = Vec::new();
        super::escape(s, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn markup_is_escaped_as_tera_does() {
        assert_eq!(
            escaped(r#"<a href="x">Bei & 'ada'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Bei &amp; &#39;ada&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn bidi_controls_are_shown_not_obeyed() {
        assert_eq!(
            escaped("ada\u{202E}gnirts\u{2066}"),
            "ada\u{FFFD}gnirts\u{FFFD}"
        );
    }
}
