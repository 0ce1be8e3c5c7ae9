//! RSS 2.0 and Atom feeds (feed-rs): each item an article, its content (or description) as
//! text, HTML in it turned to paragraphs; items without text are skipped and listed.

use std::path::Path;

use super::{Batch, Document, document_id, html_to_text};
use crate::error::{Error, Result};

/// The text without its `<?xml …?>` declarations. The text is already decoded, so a declared
/// encoding can only mislead the parser; and quick-xml panics on a declaration that names an
/// encoding after other text (found by the feed fuzz target).
fn without_xml_declarations(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains("<?xml") {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<?xml") {
        out.push_str(&rest[..i]);
        rest = match rest[i..].find("?>") {
            Some(j) => &rest[i + j + 2..],
            None => "",
        };
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// Reads every item of a feed.
pub fn parse_feed(path: &Path, text: &str) -> Result<Batch> {
    let text = without_xml_declarations(text);
    let feed = feed_rs::parser::parse(text.as_bytes())
        .map_err(|e| Error::data(path, 0, 0, format!("not a readable RSS/Atom feed: {e}")))?;
    let outlet = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let stem = document_id(path);
    let mut batch = Batch::default();
    for (i, entry) in feed.entries.into_iter().enumerate() {
        let n = i + 1;
        let title = entry
            .title
            .as_ref()
            .map(|t| t.content.trim().to_string())
            .filter(|t| !t.is_empty());
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.clone())
            .filter(|b| !b.trim().is_empty())
            .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
            .unwrap_or_default();
        let text = if body.contains('<') {
            html_to_text(&body)
        } else {
            body.trim().to_string() + "\n"
        };
        if crate::text::is_blank(&text) {
            batch.skipped.push(Error::data(
                path,
                0,
                0,
                format!(
                    "item {n}{}: no content or description, nothing to read",
                    title
                        .as_deref()
                        .map(|t| format!(" ({t})"))
                        .unwrap_or_default()
                ),
            ));
            continue;
        }
        let url = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| l.href.clone());
        batch.docs.push(super::finish(Document {
            id: format!("{stem}-{n}"),
            path: path.to_path_buf(),
            title,
            source: entry.source.clone().or_else(|| outlet.clone()),
            url,
            date: entry
                .published
                .or(entry.updated)
                .map(|d| d.format("%Y-%m-%d").to_string())
                // A timestamp the feed reader parsed is always a calendar day.
                .and_then(|d| crate::dates::DocDate::read(&d).ok()),
            author: entry.authors.first().and_then(|a| a.name.clone()),
            text,
        }));
    }
    if batch.docs.is_empty() && batch.skipped.is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    Ok(batch)
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_late_encoding_declaration_is_an_error_not_a_panic() {
        let t = "x<?xml version=\"1.0\" encoding=\"utf-16\"?><feed xmlns=\"x\"></c";
        let _ = super::parse_feed(std::path::Path::new("f.xml"), t);
    }

    use super::*;

    const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Redio Pwani</title>
<item><title>Mvua kubwa Tanga</title><link>https://pwani.example/mvua</link>
<pubDate>Wed, 14 May 2025 06:00:00 +0300</pubDate>
<description>&lt;p&gt;Mvua kubwa imenyesha Tanga.&lt;/p&gt;&lt;p&gt;Barabara zimefungwa.&lt;/p&gt;</description></item>
<item><title>Tupu</title></item>
</channel></rss>"#;

    #[test]
    fn rss_items_become_articles() {
        let b = parse_feed(Path::new("pwani.xml"), RSS).unwrap();
        assert_eq!(b.docs.len(), 1);
        let d = &b.docs[0];
        assert_eq!(d.id, "pwani-1");
        assert_eq!(d.source.as_deref(), Some("Redio Pwani"));
        assert_eq!(d.date.as_deref(), Some("2025-05-14"));
        assert_eq!(d.url.as_deref(), Some("https://pwani.example/mvua"));
        assert_eq!(
            d.text,
            "Mvua kubwa imenyesha Tanga.\n\nBarabara zimefungwa.\n"
        );
        assert_eq!(b.skipped.len(), 1);
        assert!(b.skipped[0].to_string().contains("item 2 (Tupu)"));
    }

    #[test]
    fn junk_is_an_error() {
        assert!(parse_feed(Path::new("x.rss"), "si mlisho").is_err());
    }
}
