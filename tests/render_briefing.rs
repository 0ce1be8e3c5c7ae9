//! Rendering: insta snapshots of the HTML and Markdown of a briefing built from the team's
//! fixtures, escaping (article text can never become markup or template code), valid
//! CommonMark tables, and honest labels (a gloss is never shown as a translation).

use std::path::Path;

use muhtasari::Briefing;
use muhtasari::Length;
use muhtasari::Pipeline;
use muhtasari::Translator;
use muhtasari::read_document;
use muhtasari::{Format, Renderer};
use muhtasari::{TmUnit, TranslationMemory};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn briefing(files: &[&str], n: usize) -> Briefing {
    let p = Pipeline::default();
    let articles: Vec<_> = files
        .iter()
        .map(|f| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(f);
            let mut doc = read_document(&path, 1 << 20).unwrap();
            // Paths differ between machines: keep the snapshot about the content.
            doc.path = Path::new(f).to_path_buf();
            p.analyse(doc)
        })
        .collect();
    p.brief(&articles, Length::Sentences(n))
}

fn render(b: &Briefing, f: Format) -> String {
    Renderer::new(None).unwrap().render(b, f).unwrap()
}

#[test]
fn html_snapshot() {
    let b = briefing(&["examples/ziara-ya-rais.txt"], 4);
    insta::assert_snapshot!("ziara_html", render(&b, Format::Html));
}

#[test]
fn markdown_snapshot() {
    let b = briefing(&["examples/ziara-ya-rais.txt"], 4);
    insta::assert_snapshot!("ziara_md", render(&b, Format::Markdown));
}

#[test]
fn markdown_snapshot_with_translation_memory() {
    let mut b = briefing(&["tests/fixtures/mafuriko.txt"], 3);
    let first = b.stories[0].sentences[0].text.clone();
    // A memory entry that differs from the sentence by a few characters: a fuzzy match.
    let near = format!("{} ", first.replacen('a', "e", 2));
    let tm = TranslationMemory::from_units(
        "team.tmx",
        vec![TmUnit {
            sw: near,
            en: "A human translation kept by the team.".into(),
        }],
    );
    Translator::memories(vec![(tm, 0.8)])
        .translate_briefing(&mut b, &Pipeline::default())
        .unwrap();
    let t = b.stories[0].sentences[0]
        .translation
        .as_ref()
        .expect("fuzzy match");
    assert!(t.similarity.unwrap() < 1.0 && t.matched.is_some());
    let md = render(&b, Format::Markdown);
    assert!(md.contains("**Translation (translation memory: team.tmx; fuzzy match, similarity"));
    let html = render(&b, Format::Html);
    assert!(html.contains("Translation · from a translation memory (team.tmx)"));
    insta::assert_snapshot!("mafuriko_tm_md", md);
}

/// Everything in the escaping fixture, all sentences picked.
fn escaping() -> Briefing {
    briefing(&["tests/fixtures/escaping.txt"], 50)
}

#[test]
fn html_keeps_article_markup_and_template_code_inert() {
    let b = escaping();
    let all: String = b.stories[0]
        .sentences
        .iter()
        .map(|k| k.text.clone())
        .collect();
    assert!(all.contains("<script>") && all.contains("{{ title }}") && all.contains("{% if x %}"));
    let html = render(&b, Format::Html);
    assert!(!html.contains("<script"), "raw <script> in HTML");
    assert!(!html.contains("</td> katika"), "raw </td> from the article");
    assert!(html.contains("&lt;script&gt;alert("));
    assert!(html.contains("lebo ya &lt;/td&gt; katika"));
    // Tera printed the article's template code as text, it did not evaluate it.
    // (`yalionekana` is a glossary verb, so it is marked as a term right after the code,
    // its interlinear gloss in the hover title.)
    assert!(
        html.contains(
            "{{ title }} na {% if x %} <mark class=\"term\" title=\"appeared · ya-li-onekana / CL6-PST-appear\">yalionekana"
        )
    );
    // Every <td> opened is closed: the article's </td> did not break the table.
    assert_eq!(html.matches("<td").count(), html.matches("</td>").count());
}

#[test]
fn markdown_keeps_article_markup_inert_and_is_commonmark() {
    let b = escaping();
    let md = render(&b, Format::Markdown);
    assert!(md.contains(r"\<script\>alert(1)\</script\>"), "{md}");
    assert!(
        md.contains(r"alama \| kila") && md.contains(r"\*nyota\*") && md.contains(r"\_mistari\_")
    );
    assert!(md.contains(r"\{\{ title \}\}") && md.contains(r"\{% if x %\}"));
    // Parsed as CommonMark: no raw HTML, no emphasis from the article, text intact.
    let mut text = String::new();
    for ev in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match ev {
            Event::Html(h) | Event::InlineHtml(h) => panic!("raw HTML in Markdown: {h}"),
            Event::Text(t) => text.push_str(&t),
            _ => {}
        }
    }
    assert!(text.contains("<script>alert(1)</script>"));
    assert!(text.contains("*nyota* na _mistari_"));
    assert!(text.contains("alama | kila"));
}

#[test]
fn markdown_glossary_table_has_five_cells_per_row() {
    let b = briefing(
        &["examples/ziara-ya-rais.txt", "tests/fixtures/vikwazo.txt"],
        6,
    );
    let md = render(&b, Format::Markdown);
    let mut rows = 0;
    let mut cells = 0;
    let mut in_table = false;
    for ev in Parser::new_ext(&md, Options::ENABLE_TABLES) {
        match ev {
            Event::Start(Tag::Table(_)) => in_table = true,
            Event::End(TagEnd::Table) => in_table = false,
            Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) if in_table => cells = 0,
            Event::Start(Tag::TableCell) if in_table => cells += 1,
            Event::End(TagEnd::TableRow) | Event::End(TagEnd::TableHead) if in_table => {
                assert_eq!(cells, 5, "a glossary row with {cells} cells");
                rows += 1;
            }
            _ => {}
        }
    }
    // Names that read the same in English (`Tanzania`) are listed apart, not in the table.
    let terms = &b.stories[0].terms;
    let (names, translated): (Vec<_>, Vec<_>) = terms.iter().partition(|t| t.en == t.sw);
    assert!(translated.len() > 3);
    assert_eq!(
        rows,
        translated.len() + 1,
        "header + one row per translated term"
    );
    assert!(!names.is_empty(), "the fixtures name places");
    let line = md
        .lines()
        .find(|l| l.starts_with("*Names, the same in English:*"))
        .expect("a names line");
    for n in names {
        assert!(line.contains(&n.sw), "{} missing from {line}", n.sw);
    }
}

/// Issue 19: the "also in" line names the other source's outlet (not its file stem), and its
/// emphasis closes (no space before the closing `*`).
#[test]
fn also_in_names_the_outlet() {
    let b = briefing(
        &[
            "tests/fixtures/kivuko-pwani.txt",
            "tests/fixtures/kivuko-redio.txt",
        ],
        3,
    );
    let shared = b.stories[0]
        .sentences
        .iter()
        .find(|k| k.sources.len() > 1)
        .expect("a sentence both sources carry");
    assert_eq!(shared.sources[0], shared.source);
    let md = render(&b, Format::Markdown);
    let line = md
        .lines()
        .find(|l| l.contains("also in"))
        .expect("an also-in line");
    assert!(
        line.trim_end().ends_with("also in Redio Sauti ya Bahari*"),
        "{line}"
    );
    assert!(!line.contains("kivuko-redio"), "{line}");
    let html = render(&b, Format::Html);
    assert!(
        html.contains("also in Redio Sauti ya Bahari</span>"),
        "{html}"
    );
}

#[test]
fn gloss_is_labelled_and_never_a_translation() {
    let b = briefing(&["examples/ziara-ya-rais.txt"], 4);
    assert!(
        b.stories[0]
            .sentences
            .iter()
            .all(|k| k.translation.is_none())
    );
    let html = render(&b, Format::Html);
    assert!(html.contains("English gloss · not a translation"));
    assert!(!html.contains("class=\"translation\""));
    let md = render(&b, Format::Markdown);
    assert!(md.contains("English gloss (not a translation):"));
    assert!(!md.contains("**Translation"));
}

#[test]
fn html_has_language_attributes() {
    let html = render(&briefing(&["examples/ziara-ya-rais.txt"], 4), Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert_eq!(
        html.matches("<div class=\"sw\" lang=\"sw\">").count(),
        html.matches("<div class=\"en\" lang=\"en\">").count()
    );
    assert!(html.contains("<h1 lang=\"sw\">"));
    // Self-contained: nothing fetched from anywhere.
    for tag in ["<link", "<script", " src=", "@import", "url("] {
        assert!(!html.contains(tag), "external resource: {tag}");
    }
}

#[test]
fn several_stories_get_contents_and_a_briefing_glossary() {
    let mut b = briefing(&["examples/ziara-ya-rais.txt"], 2);
    let other = briefing(&["tests/fixtures/mafuriko.txt"], 2);
    b.stories.push(other.stories[0].clone());
    b.glossary.extend(other.glossary.clone());
    let html = render(&b, Format::Html);
    assert!(html.contains("<nav class=\"contents\""));
    assert!(html.contains("href=\"#story-2\""));
    assert!(html.contains("Glossary of the briefing"));
    let md = render(&b, Format::Markdown);
    assert!(md.contains("## Glossary of the briefing"));
    let rows = Parser::new_ext(&md, Options::ENABLE_TABLES)
        .filter(|e| matches!(e, Event::Start(Tag::TableRow)))
        .count();
    let translated = |terms: &[muhtasari::TermUse]| terms.iter().filter(|t| t.en != t.sw).count();
    let story_terms: usize = b.stories.iter().map(|s| translated(&s.terms)).sum();
    assert_eq!(rows, story_terms + translated(&b.glossary));
}

/// Regression: a scraped title `3. Nenda tovuti…` in the sources list opened an ordered list
/// starting at 3 inside the bullet.
#[test]
fn markdown_source_title_starting_with_a_number_stays_text() {
    let mut b = briefing(&["examples/ziara-ya-rais.txt"], 1);
    b.stories[0].sources[0].title = Some("3. Nenda tovuti zaidi".into());
    let md = render(&b, Format::Markdown);
    assert!(md.contains("- 3\\. Nenda tovuti zaidi"), "{md}");
    let nested = Parser::new(&md).any(|e| matches!(e, Event::Start(Tag::List(Some(3)))));
    assert!(!nested, "an ordered list opened from article text");
}
