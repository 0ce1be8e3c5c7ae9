//! How deeply a page's elements nest, found by a quick scan before the page is parsed: a
//! page nested deeper than [`MAX_DEPTH`] is refused with its line, because the HTML parser
//! and the extractor walk the tree recursively (300,000 nested `<b>` overflow the stack,
//! 100,000 nested `<div>` take minutes). The scan approximates the HTML rules (void
//! elements, raw text, implied ends of `p`, `li` and table cells) closely enough for real
//! pages, which nest a few dozen deep.

/// Deepest nesting accepted; real pages stay far below.
pub const MAX_DEPTH: usize = 512;

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];

/// Elements whose content is text up to their end tag.
const RAW: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "plaintext",
];

/// Elements a sibling of the same name closes (`<p>a<p>b`, `<li>a<li>b`).
const SELF_CLOSING_SIBLINGS: &[&str] = &[
    "p", "li", "dt", "dd", "option", "tr", "td", "th", "optgroup", "rt", "rp",
];

/// `Err(line)` when `html` nests deeper than `max` elements (1-based line of the element
/// that goes too deep), `Ok(depth)` otherwise.
pub fn check_depth(html: &str, max: usize) -> Result<usize, usize> {
    let b = html.as_bytes();
    let mut stack: Vec<String> = Vec::new();
    let mut deepest = 0;
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        i += off;
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = find(b, i + 4, b"-->").map_or(b.len(), |e| e + 3);
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            i = find(b, i, b">").map_or(b.len(), |e| e + 1);
            continue;
        }
        let closing = rest.starts_with(b"</");
        let name_start = i + if closing { 2 } else { 1 };
        let mut j = name_start;
        while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':') {
            j += 1;
        }
        if j == name_start || !b[name_start].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let name = html[name_start..j].to_ascii_lowercase();
        let (end, self_closed) = tag_end(b, j);
        i = end;
        if closing {
            if let Some(at) = stack.iter().rposition(|t| *t == name) {
                stack.truncate(at);
            }
            continue;
        }
        if VOID.contains(&name.as_str()) || self_closed {
            continue;
        }
        if RAW.contains(&name.as_str()) {
            let close = format!("</{name}");
            i = find_ci(b, i, close.as_bytes()).unwrap_or(b.len());
            continue;
        }
        if SELF_CLOSING_SIBLINGS.contains(&name.as_str()) && stack.last() == Some(&name) {
            stack.pop();
        }
        stack.push(name);
        deepest = deepest.max(stack.len());
        if stack.len() > max {
            return Err(html[..i].matches('\n').count() + 1);
        }
    }
    Ok(deepest)
}

/// The end of a tag opened before `j` (past its `>`, quotes respected) and whether it ends
/// with `/>`.
fn tag_end(b: &[u8], mut j: usize) -> (usize, bool) {
    let mut quote = None;
    while j < b.len() {
        let c = b[j];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == b'"' || c == b'\'' => quote = Some(c),
            None if c == b'>' => return (j + 1, j > 0 && b[j - 1] == b'/'),
            None => {}
        }
        j += 1;
    }
    (b.len(), false)
}

fn memchr(c: u8, b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == c)
}

fn find(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(pat.len())
        .position(|w| w == pat)
        .map(|p| p + from)
}

fn find_ci(b: &[u8], from: usize, pat: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(pat.len())
        .position(|w| w.eq_ignore_ascii_case(pat))
        .map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_shapes_are_shallow() {
        let page = "<!doctype html><html><head><title>a<b></title><meta charset=utf-8>\
            <script>if (a<b) { x = '<div>'; }</script></head><body><div class=\"a>b\">\
            <p>moja<p>mbili<p>tatu<ul><li>a<li>b</ul><br><img src=x /><!-- <div><div> -->\
            </div></body></html>";
        assert_eq!(check_depth(page, MAX_DEPTH), Ok(6));
        let many_p = "<p>aya".repeat(10_000);
        assert_eq!(check_depth(&many_p, MAX_DEPTH), Ok(1));
    }

    #[test]
    fn deep_pages_are_refused_with_their_line() {
        let deep = format!("<html>\n<body>\n{}", "<b>".repeat(300_000));
        assert_eq!(check_depth(&deep, MAX_DEPTH), Err(3));
        let balanced = "<div>x</div>".repeat(100_000);
        assert_eq!(check_depth(&balanced, MAX_DEPTH), Ok(1));
    }
}
