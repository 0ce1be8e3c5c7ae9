//! What a rendered briefing may turn into a link, and text made safe to show. Only `http`,
//! `https` and relative addresses become links; any other (`javascript:`, `data:`, an
//! address with spaces or controls a browser would strip) is shown as text. Bidirectional
//! controls (U+202A–U+202E, U+2066–U+2069, marks) that could reorder what a reader sees are
//! replaced by a visible U+FFFD. JSON output keeps the data as read; this is for templates.

use std::borrow::Cow;

use serde_json::Value;

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

/// Makes a template context safe: bidi controls neutralised in every string, and every
/// `url` that may not be a link moved to `url_text` (shown as text) with `url` left null.
pub fn make_safe(value: &mut Value) {
    match value {
        Value::String(s) => {
            if let Cow::Owned(clean) = neutralise_bidi(s) {
                *s = clean;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(make_safe),
        Value::Object(map) => {
            let unsafe_url = match map.get("url") {
                Some(Value::String(u)) if !is_safe_link(u) => Some(u.clone()),
                _ => None,
            };
            if let Some(u) = unsafe_url {
                map.insert("url".into(), Value::Null);
                map.insert("url_text".into(), Value::String(u));
            }
            map.values_mut().for_each(make_safe);
        }
        _ => {}
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

    #[test]
    fn contexts_lose_unsafe_links_and_bidi_controls() {
        let mut v = serde_json::json!({"sources": [{"url": "javascript:alert(1)", "title": "a\u{202E}b"},
                                                   {"url": "https://x.example/"}]});
        make_safe(&mut v);
        assert_eq!(v["sources"][0]["url"], Value::Null);
        assert_eq!(v["sources"][0]["url_text"], "javascript:alert(1)");
        assert_eq!(v["sources"][0]["title"], "a\u{FFFD}b");
        assert_eq!(v["sources"][1]["url"], "https://x.example/");
    }
}
