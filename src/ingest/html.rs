//! Saved web pages: the main text by a readability-style extractor (dom_smoothie), with
//! menus, scripts, share bars, "related" lists and cookie notices dropped first; title, site
//! name, date and canonical address from the page's metadata.

use std::path::Path;

use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};

use super::{Document, document_id};
use crate::error::{Error, Result};

/// Elements that are never the article: page furniture, scripts, forms, and blocks whose
/// class or id says they are navigation, sharing, related links, ads or a cookie notice.
const FURNITURE: &str = "script, style, noscript, template, iframe, svg, nav, header, footer, \
aside, form, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], \
[class*=cookie], [id*=cookie], [class*=consent], [id*=consent], [class*=share], [id*=share], \
[class*=social], [class*=related], [id*=related], [class*=newsletter], [class*=advert], \
[class*=banner], [class*=menu], [id*=menu], [class*=breadcrumb], [class*=comments], [id*=comments]";

/// Reads a saved web page as one article.
pub fn parse_html(path: &Path, html: &str) -> Result<Document> {
    if let Err(line) = super::check_depth(html, super::MAX_DEPTH) {
        return Err(Error::data(
            path,
            line,
            0,
            format!(
                "elements nested deeper than {} levels; the page is not read",
                super::MAX_DEPTH
            ),
        ));
    }
    let dom = Dom::from(html);
    let meta = PageMeta::of(&dom);
    dom.select(FURNITURE).remove();
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let extracted = Readability::with_document(dom.clone(), None, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let (mut text, r_title, r_site, r_date) = match extracted {
        Some(a) => (
            a.text_content.to_string(),
            Some(a.title).filter(|t| !t.trim().is_empty()),
            a.site_name,
            a.published_time,
        ),
        None => (String::new(), None, None, None),
    };
    if text.trim().is_empty() {
        // The extractor found no article block (a short page): keep the cleaned body.
        text = dom
            .select("body")
            .nodes()
            .first()
            .map(|n| n.formatted_text().to_string())
            .unwrap_or_default();
    }
    let text = tidy(&text);
    if crate::text::is_blank(&text) {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(super::finish(Document {
        id: document_id(path),
        path: path.to_path_buf(),
        title: meta
            .title
            .or(r_title)
            .map(|t| clean_title(&t, meta.site.as_deref())),
        source: meta.site.or(r_site),
        url: meta.url,
        date: super::read_date(
            path,
            (0, 0),
            meta.date.or(r_date).map(|d| crate::dates::iso_date(&d)),
        )?,
        author: meta.author,
        text,
    }))
}

/// The text of an HTML fragment (a feed item's description), block elements as paragraphs.
/// A fragment nested deeper than [`super::MAX_DEPTH`] gives no text (the caller reports it
/// as empty).
pub fn html_to_text(fragment: &str) -> String {
    if super::check_depth(fragment, super::MAX_DEPTH).is_err() {
        return String::new();
    }
    let dom = Dom::fragment(fragment);
    dom.select("script, style").remove();
    tidy(&dom.formatted_text())
}

#[derive(Default)]
struct PageMeta {
    title: Option<String>,
    site: Option<String>,
    url: Option<String>,
    date: Option<String>,
    author: Option<String>,
}

impl PageMeta {
    fn of(dom: &Dom) -> PageMeta {
        let first = |sels: &[(&str, &str)]| {
            sels.iter().find_map(|(sel, attr)| {
                let s = dom.select(sel);
                s.nodes()
                    .iter()
                    .find_map(|n| n.attr(attr))
                    .map(|v| v.trim().to_string())
                    .filter(|v| !v.is_empty())
            })
        };
        PageMeta {
            title: first(&[
                ("meta[property='og:title']", "content"),
                ("meta[name='twitter:title']", "content"),
            ])
            .or_else(|| {
                let t = dom.select("head title").text().trim().to_string();
                (!t.is_empty()).then_some(t)
            }),
            site: first(&[
                ("meta[property='og:site_name']", "content"),
                ("meta[name='application-name']", "content"),
                ("meta[name='publisher']", "content"),
            ]),
            url: first(&[
                ("link[rel='canonical']", "href"),
                ("meta[property='og:url']", "content"),
            ]),
            date: first(&[
                ("meta[property='article:published_time']", "content"),
                ("meta[name='date']", "content"),
                ("meta[name='pubdate']", "content"),
                ("meta[itemprop='datePublished']", "content"),
                ("time[datetime]", "datetime"),
            ]),
            author: first(&[
                ("meta[name='author']", "content"),
                ("meta[property='article:author']", "content"),
            ]),
        }
    }
}

/// Drops a trailing " | Site" or " - Site" from a page title.
fn clean_title(title: &str, site: Option<&str>) -> String {
    let t = title.trim();
    if let Some(site) = site {
        for sep in [" | ", " - ", " – ", " — "] {
            if let Some(rest) = t.strip_suffix(site).and_then(|r| r.strip_suffix(sep)) {
                return rest.trim().to_string();
            }
        }
    }
    t.to_string()
}

/// Trims each line and keeps at most one blank line between paragraphs.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
            blank = false;
        }
        out.push_str(&line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_titles() {
        assert_eq!(
            crate::dates::iso_date("2025-05-14T07:30:00+03:00"),
            "2025-05-14"
        );
        assert_eq!(crate::dates::iso_date("14 Mei 2025"), "14 Mei 2025");
        assert_eq!(
            clean_title("Bei ya mafuta | Sauti", Some("Sauti")),
            "Bei ya mafuta"
        );
    }

    #[test]
    fn fragments_keep_paragraphs() {
        let t = html_to_text("<p>Aya ya kwanza.</p><p>Aya ya <b>pili</b>.</p><script>x()</script>");
        assert_eq!(t, "Aya ya kwanza.\n\nAya ya pili.\n");
    }

    #[test]
    fn no_panic_on_junk() {
        for junk in ["", "<", "<html><body></body></html>", "<<<>>>&&&", "<p>"] {
            let _ = parse_html(Path::new("x.html"), junk);
        }
    }
}
