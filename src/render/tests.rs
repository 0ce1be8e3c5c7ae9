//! The renderer: templates that include each other, loops stopped, pages placing their
//! stories, a day written story by story the same as whole.

use super::*;

#[test]
fn a_template_loop_without_end_is_stopped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("briefing.md"),
        "{% for i in range(end=100000) %}{% for j in range(end=100000) %}kitanzi {% endfor %}{% endfor %}",
    )
    .unwrap();
    let r = Renderer::new(Some(dir.path())).unwrap().max_bytes(100_000);
    let briefing =
        crate::pipeline::Pipeline::default().brief(&[], crate::summarize::Length::Sentences(1));
    let mut sink = std::io::sink();
    let e = r
        .render_to(&briefing, Format::Markdown, &mut sink)
        .unwrap_err();
    assert!(e.to_string().contains("passed 100000 bytes"), "{e}");
}

/// A day of two stories (two unrelated articles).
fn two_stories() -> Briefing {
    let docs = vec![
        crate::ingest::document_from_text(
            "a",
            "Timu ya taifa imeshinda mechi ya fainali jijini Arusha jana.",
        ),
        crate::ingest::document_from_text("b", "Bei ya sukari imepanda sokoni Kariakoo wiki hii."),
    ];
    crate::pipeline::Pipeline::default().brief_documents(docs)
}

fn with_templates(files: &[(&str, &str)]) -> (tempfile::TempDir, Renderer) {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let r = Renderer::new(Some(dir.path())).unwrap();
    (dir, r)
}

#[test]
fn the_page_places_the_stories_each_rendered_alone() {
    let b = two_stories();
    let (_dir, r) = with_templates(&[
        (
            "briefing.md",
            "{{ stories | length }}:{% for s in stories %}{{ s.headline }};{% endfor %}\n{{ stories_here }}mwisho",
        ),
        (
            "story.md",
            "[{{ index }}/{{ count }} {{ story.headline }} {{ story.sentences | length }}]",
        ),
    ]);
    let (h1, h2) = (&b.stories[0].headline, &b.stories[1].headline);
    assert_eq!(
        r.render(&b, Format::Markdown).unwrap(),
        format!("2:{h1};{h2};\n[1/2 {h1} 1][2/2 {h2} 1]mwisho")
    );
}

#[test]
fn a_day_written_story_by_story_is_the_day_briefed_whole() {
    let p = crate::pipeline::Pipeline::default();
    let texts = [
        "Timu ya taifa imeshinda mechi ya fainali jijini Arusha jana. Mashabiki walifurahi sana.",
        "Bei ya sukari imepanda sokoni Kariakoo wiki hii. Wafanyabiashara wamelalamika.",
        "Timu ya taifa imeshinda fainali jijini Arusha jana kwa mabao mawili.",
        "Mvua kubwa imenyesha mjini Tanga usiku wa kuamkia leo.",
    ];
    let docs = || {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| crate::ingest::document_from_text(&format!("h{i}"), t))
            .collect::<Vec<_>>()
    };
    let length = crate::summarize::Length::Sentences(2);
    let whole = p.brief_many(docs(), length);
    let r = Renderer::new(None).unwrap();
    for format in [Format::Html, Format::Markdown, Format::Json] {
        let (day, _) = p.plan_day(p.analyse_all(docs()), length);
        let outline = day.outline();
        let mut out = Vec::new();
        r.render_stories_to(&outline, day.into_stories(&p), format, &mut out)
            .unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r.render(&whole, format).unwrap(),
            "{format:?}"
        );
    }
}

#[test]
fn the_page_sees_headlines_not_sentences() {
    let (_dir, r) = with_templates(&[(
        "briefing.md",
        "{{ stories_here }}{{ stories[0].sentences | length }}",
    )]);
    assert!(r.render(&two_stories(), Format::Markdown).is_err());
}

#[test]
fn a_page_without_stories_here_gets_the_whole_briefing() {
    let (_dir, r) = with_templates(&[(
        "briefing.md",
        "{% for s in stories %}{{ s.sentences | length }}{{ s.sources[0].id }};{% endfor %}",
    )]);
    let b = two_stories();
    let ids: Vec<&str> = b.stories.iter().map(|s| s.sources[0].id.as_str()).collect();
    assert_eq!(
        r.render(&b, Format::Markdown).unwrap(),
        format!("1{};1{};", ids[0], ids[1])
    );
}

#[test]
fn an_error_in_the_story_template_names_it() {
    let (_dir, r) = with_templates(&[("story.html", "{{ story.hakuna.kitu }}")]);
    let e = r.render(&two_stories(), Format::Html).unwrap_err();
    assert!(e.to_string().contains("story.html"), "{e}");
}

#[test]
fn either_template_may_include_the_other() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("briefing.html"),
        "<main>{% include \"briefing.md\" %}</main>",
    )
    .unwrap();
    let r = Renderer::new(Some(dir.path())).unwrap();
    let briefing =
        crate::pipeline::Pipeline::default().brief(&[], crate::summarize::Length::Sentences(1));
    assert!(
        r.render(&briefing, Format::Html)
            .unwrap()
            .starts_with("<main>")
    );
}

#[test]
fn atomic_write_replaces_whole() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("out.html");
    write_atomic(&p, b"one").unwrap();
    write_atomic(&p, b"two").unwrap();
    assert_eq!(std::fs::read_to_string(&p).unwrap(), "two");
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
}
