//! Markdown escaping for the `md` and `md_link` template filters: article text shows as
//! written (no markup, no block opened at a line start, bidirectional controls shown as
//! U+FFFD), and only http(s) addresses become links. It knows nothing of briefings.

/// Escapes Markdown so article text shows as written: inline markup characters get a
/// backslash, `|` is escaped for tables, and line breaks become spaces.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // At the start of a line a text must not open a block: `3. Nenda…` (ordered list),
    // `- x`, `+ x` (bullet list), `=`/`-` underlines.
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let lead = if digits > 0 && s[digits..].starts_with(['.', ')']) {
        Some(digits)
    } else if s.starts_with(['-', '+', '=']) {
        Some(0)
    } else {
        None
    };
    if let Some(at) = lead {
        out.push_str(&s[..at]);
        out.push('\\');
        out.push_str(&s[at..at + 1]);
        escape_inline(&s[at + 1..], &mut out);
        return out;
    }
    escape_inline(s, &mut out);
    out
}

/// Backslash-escapes inline Markdown characters of `s` into `out`.
fn escape_inline(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' | '{' | '}' | '~'
            | '&' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if crate::links::is_bidi(c) => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
}

/// A URL as Markdown: a CommonMark autolink `<…>` when it is http(s), with spaces, `<`, `>`
/// and controls percent-encoded so the link cannot end early or carry markup; any other
/// address is shown as escaped text.
pub fn markdown_link(s: &str) -> String {
    let t = s.trim();
    if !(t.starts_with("http://") || t.starts_with("https://")) {
        return escape_markdown(t);
    }
    let mut out = String::from("<");
    for c in s.trim().chars() {
        match c {
            '<' | '>' | ' ' | '"' | '`' | '\\' => out.push_str(&format!("%{:02X}", c as u32)),
            c if c.is_control() => out.push_str(&format!("%{:02X}", c as u32 & 0xff)),
            c if crate::links::is_bidi(c) => {
                for b in c.encode_utf8(&mut [0; 4]).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('>');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_escape_keeps_line_starts_from_opening_blocks() {
        assert_eq!(escape_markdown("3. Nenda tovuti"), "3\\. Nenda tovuti");
        assert_eq!(escape_markdown("12) x"), "12\\) x");
        assert_eq!(escape_markdown("- x"), "\\- x");
        assert_eq!(escape_markdown("+ x *y*"), "\\+ x \\*y\\*");
        assert_eq!(escape_markdown("2024 ni mwaka"), "2024 ni mwaka");
        assert_eq!(escape_markdown(&"-".repeat(100_000)).len(), 100_001);
    }

    #[test]
    fn bidi_controls_are_shown_not_obeyed() {
        assert_eq!(escape_markdown("ada\u{202E}gnirts"), "ada\u{FFFD}gnirts");
        assert_eq!(
            markdown_link("https://h.example/\u{202E}fdp"),
            "<https://h.example/%E2%80%AEfdp>"
        );
    }

    #[test]
    fn markdown_escape_makes_text_inert() {
        assert_eq!(
            escape_markdown("a|b *c* _d_ <x>"),
            "a\\|b \\*c\\* \\_d\\_ \\<x\\>"
        );
    }
}
