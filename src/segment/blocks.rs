//! Paragraphs and line-level kinds: headings, captions and credits, boilerplate, bylines and
//! datelines. Prose lines of a paragraph are handed to the sentence splitter together.

use super::byline::{self, BylineHead};
use super::{Unit, UnitKind, dateline, runin, sentences};
use crate::lang::LangData;
use crate::text::{Span, is_capitalised, is_space};

/// The paragraphs of `text`: runs of non-blank lines, trimmed.
pub(super) fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines(text, Span::new(0, text.len())) {
        match (line, &mut current) {
            (None, cur) => {
                if let Some(p) = cur.take() {
                    out.push(p);
                }
            }
            (Some(l), Some(p)) => p.end = l.end,
            (Some(l), cur @ None) => *cur = Some(l),
        }
    }
    out.extend(current);
    out
}

/// The lines of `span`, trimmed; `None` for a blank line.
fn lines(text: &str, span: Span) -> Vec<Option<Span>> {
    let mut out = Vec::new();
    let mut start = span.start;
    let body = &text[span.start..span.end];
    for (i, _) in body.match_indices('\n') {
        out.push(trim(text, Span::new(start, span.start + i)));
        start = span.start + i + 1;
    }
    out.push(trim(text, Span::new(start, span.end)));
    out
}

fn trim(text: &str, span: Span) -> Option<Span> {
    let s = span.of(text);
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let t = s.trim_matches(is_space);
    (!t.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + t.len()))
}

/// Classifies the lines of one paragraph and pushes its units. `lead`: no sentence has come
/// yet in the text, so a place or a date may still open the lead; cleared by the first.
pub(super) fn classify_paragraph(
    lang: &LangData,
    text: &str,
    para: Span,
    paragraph: usize,
    lead: &mut bool,
    units: &mut Vec<Unit>,
) {
    let lines: Vec<Span> = lines(text, para).into_iter().flatten().collect();
    let mut prose: Option<Span> = None;
    let flush = |prose: &mut Option<Span>, lead: &mut bool, units: &mut Vec<Unit>| {
        if let Some(p) = prose.take() {
            prose_units(lang, text, p, paragraph, lead, units);
        }
    };
    for (n, &line) in lines.iter().enumerate() {
        let next = lines.get(n + 1).map(|l| l.of(text));
        if let Some(head) = line_byline(lang, text, &lines, n, prose.is_some(), paragraph, units) {
            flush(&mut prose, lead, units);
            let byline = Span::new(line.start, line.start + head.len);
            units.push(Unit {
                kind: UnitKind::Byline,
                span: byline,
                paragraph,
            });
            // The lead glued after the byline is prose, whatever its length.
            prose = trim(text, Span::new(byline.end, line.end));
            continue;
        }
        let block = classify_line(lang, text, line, next, prose.is_some());
        if block.is_empty() {
            // A dateline or a crosshead run into the line: `Dar es Salaam - Benki …`,
            // `Kenya: Taifa hili …`, at a line that opens a sentence.
            let opens = prose.is_none_or(|p| ends_with_terminal(p.of(text)));
            let head = opens
                .then(|| dateline::head(lang, line.of(text), *lead && prose.is_none()))
                .flatten();
            if let Some((kind, len)) = head {
                flush(&mut prose, lead, units);
                units.push(Unit {
                    kind,
                    span: Span::new(line.start, line.start + len),
                    paragraph,
                });
                prose = trim(text, Span::new(line.start + len, line.end));
                continue;
            }
            match &mut prose {
                Some(p) => p.end = line.end,
                None => prose = Some(line),
            }
            continue;
        }
        flush(&mut prose, lead, units);
        units.extend(block.into_iter().map(|(kind, span)| Unit {
            kind,
            span,
            paragraph,
        }));
    }
    flush(&mut prose, lead, units);
}

/// The byline at the head of line `n` of a paragraph, by where the line stands: first in an
/// early paragraph (a lead may be glued after it), first in a later one, or closing a
/// paragraph after a sentence (whole lines only).
fn line_byline(
    lang: &LangData,
    text: &str,
    lines: &[Span],
    n: usize,
    in_prose: bool,
    paragraph: usize,
    units: &[Unit],
) -> Option<BylineHead> {
    let place = if !in_prose {
        if paragraph <= 3 {
            byline::Place::Head
        } else {
            byline::Place::Paragraph
        }
    } else if n + 1 == lines.len() && ends_with_terminal(lines[n - 1].of(text)) {
        byline::Place::Closing
    } else {
        return None;
    };
    let after_byline = !in_prose && units.last().is_some_and(|u| u.kind == UnitKind::Byline);
    byline::byline_head(lang, lines[n].of(text), place, after_byline)
}

/// The non-prose units a line is made of, or nothing when the line is prose.
fn classify_line(
    lang: &LangData,
    text: &str,
    line: Span,
    next: Option<&str>,
    in_prose: bool,
) -> Vec<(UnitKind, Span)> {
    let s = line.of(text);
    if is_boilerplate(lang, s) {
        return vec![(UnitKind::Boilerplate, line)];
    }
    if let Some(units) = caption_and_credit(lang, line, s) {
        return units;
    }
    let words = count_words(s, 32);
    if is_date_line(lang, s, words) {
        return vec![(UnitKind::Dateline, line)];
    }
    if is_byline(lang, s, words, next) {
        return vec![(UnitKind::Byline, line)];
    }
    // A menu is short: at most a few words per item.
    if words <= 24 && is_menu(s) {
        return vec![(UnitKind::Boilerplate, line)];
    }
    let ends_open = !ends_with_terminal(s);
    // A list item is content, however short: `• Bei ya mafuta imepanda`.
    let list_item =
        s.starts_with(sentences::is_bullet) || ["- ", "* "].iter().any(|m| s.starts_with(m));
    let continues = next.is_some_and(|n| n.chars().next().is_some_and(char::is_lowercase));
    // A heading is one piece: a line that holds a sentence end is prose (`… Buhari. Picha ya …`).
    if ends_open
        && !list_item
        && !in_prose
        && !continues
        && words <= 16
        && starts_upper(s)
        && sentences::split(lang, text, line).len() == 1
    {
        return vec![(UnitKind::Heading, line)];
    }
    Vec::new()
}

/// A site's section menu: three or more names of one to three words, every word
/// capitalised, set apart by bullets, none with a mark (`Habari • Michezo • Afrika
/// Mashariki`). A list whose items say something has longer items or lower-case words
/// (`Bidhaa zilizopanda bei ▪ Unga wa mahindi ▪ Sukari`), or an introduction with a colon.
fn is_menu(s: &str) -> bool {
    let mut items = 0;
    for item in s.split(sentences::is_bullet) {
        let item = item.trim_matches(is_space);
        let words = count_words(item, 4);
        if item.is_empty() && items == 0 {
            continue; // a line that opens with a bullet
        }
        if words == 0 || words > 3 || ends_with_terminal(item) {
            return false;
        }
        let capitalised = item
            .split(is_space)
            .filter(|w| !w.is_empty())
            .all(starts_upper);
        if !capitalised {
            return false;
        }
        items += 1;
    }
    items >= 3
}

/// The number of words in `s`, counting no further than `limit`: lines can be whole articles.
fn count_words(s: &str, limit: usize) -> usize {
    s.split(is_space)
        .filter(|w| !w.is_empty())
        .take(limit)
        .count()
}

fn starts_upper(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

fn ends_with_terminal(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '”', '’', '\'', ')', ']', '»']);
    t.ends_with(['.', '!', '?', '…', ':', ';', ','])
}

/// Strips a leading list number or bullet: `1. `, `2) `, `- `, `• `.
fn strip_list_marker(s: &str) -> &str {
    let t = s.trim_start_matches(|c: char| c.is_ascii_digit());
    let t = if t.len() < s.len() {
        t.strip_prefix(['.', ')']).unwrap_or(s)
    } else {
        t.strip_prefix(['-', '•', '*', '·']).unwrap_or(t)
    };
    t.trim_start_matches(is_space)
}

fn is_boilerplate(lang: &LangData, line: &str) -> bool {
    let line = strip_list_marker(line);
    // Fold only as much of the line as the longest entry can match: lines run long.
    let longest = lang
        .boilerplate_prefixes
        .iter()
        .chain(&lang.boilerplate_lines)
        .map(String::len)
        .max()
        .unwrap_or(0);
    let mut cut = longest.min(line.len());
    while !line.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = sentences::fold_word(&line[..cut]);
    (cut == line.len() && lang.boilerplate_lines.contains(head.trim()))
        || lang
            .boilerplate_prefixes
            .iter()
            .any(|p| head.starts_with(p.as_str()))
}

/// `Picha: …` alone is a credit; `caption textPicha: …` is a caption then a credit.
fn caption_and_credit(lang: &LangData, line: Span, s: &str) -> Option<Vec<(UnitKind, Span)>> {
    let at = sentences::find_credit_marker(lang, s)?;
    let credit = &s[at..];
    if count_words(credit, 17) > 16 {
        return None;
    }
    // `… Dar es Salaam. (Picha: Maktaba)`: the bracket opens the credit.
    let before = s[..at].trim_end_matches(is_space);
    let at = before.strip_suffix(['(', '[']).map_or(at, |b| b.len());
    let caption = s[..at].trim_end_matches(is_space);
    let credit_span = Span::new(line.start + at, line.end);
    if caption.is_empty() {
        return Some(vec![(UnitKind::Credit, credit_span)]);
    }
    // A caption is not prose: no sentence may run into the credit.
    if ends_with_terminal(caption) && count_words(caption, 26) > 25 {
        return None;
    }
    Some(vec![
        (
            UnitKind::Caption,
            Span::new(line.start, line.start + caption.len()),
        ),
        (UnitKind::Credit, credit_span),
    ])
}

/// A line that is only a date: `20 Juni 2024`, `Alhamisi, 13 Februari 2025`, never a
/// sentence that holds one (`Uchaguzi utafanyika tarehe 28 Oktoba 2025.`).
fn is_date_line(lang: &LangData, s: &str, words: usize) -> bool {
    words <= 8 && dateline::is_date_text(lang, s, 8)
}

/// `Na Amina Juma, Dodoma`, or a name alone on its line right above a date line.
fn is_byline(lang: &LangData, s: &str, words: usize, next: Option<&str>) -> bool {
    if words > 10 || ends_with_terminal(s) && !s.ends_with('.') {
        return false;
    }
    // Prefixes that end in a space (`Na `) open a name: `byline::byline_head` reads those.
    let after_prefix = lang
        .byline_prefixes
        .iter()
        .filter(|p| !p.ends_with(' '))
        .find_map(|p| s.strip_prefix(p.as_str()));
    if let Some(rest) = after_prefix {
        return starts_upper(rest) && !s.ends_with('.');
    }
    let name_like = (2..=4).contains(&words)
        && s.split(is_space)
            .filter(|w| !w.is_empty())
            .all(|w| is_capitalised(w) && w.chars().all(char::is_alphabetic));
    name_like && next.is_some_and(|n| is_date_line(lang, n, count_words(n, 8)))
}

/// Splits a run of prose lines into sentences and names the pieces that are not prose: a
/// short all-capitalised first sentence at the head of an article is a dateline (`Dodoma,
/// Tanzania.`), a cross-link (`… Soma: …`) is boilerplate, a piece that opens with a credit
/// marker is a credit, and the piece glued before it (or opening the paragraph) its caption.
fn prose_units(
    lang: &LangData,
    text: &str,
    span: Span,
    paragraph: usize,
    lead: &mut bool,
    units: &mut Vec<Unit>,
) {
    let spans = sentences::split(lang, text, span);
    let is_credit = |s: &Span| {
        let body = s.of(text);
        sentences::credit_marker_at(lang, body)
            || body
                .strip_prefix(['(', '['])
                .is_some_and(|rest| sentences::credit_marker_at(lang, rest))
    };
    for (n, s) in spans.iter().enumerate() {
        let body = s.of(text);
        let before_credit = spans.get(n + 1).is_some_and(|next| {
            is_credit(next) && (n == 0 || next.start == s.end || !ends_with_terminal(body))
        });
        let kind = if is_boilerplate(lang, body) {
            UnitKind::Boilerplate
        } else if is_credit(s) {
            UnitKind::Credit
        } else if before_credit {
            UnitKind::Caption
        } else if n == 0 && spans.len() > 1 && *lead && dateline::is_dateline_sentence(lang, body) {
            UnitKind::Dateline
        } else {
            *lead = false;
            UnitKind::Sentence
        };
        if kind != UnitKind::Sentence {
            units.push(Unit {
                kind,
                span: *s,
                paragraph,
            });
            continue;
        }
        // A crosshead or a heading run into the sentence is cut off as a heading.
        for (piece, span) in runin::split(text, *s) {
            let kind = match piece {
                runin::Piece::Heading => UnitKind::Heading,
                runin::Piece::Sentence => UnitKind::Sentence,
            };
            units.push(Unit {
                kind,
                span,
                paragraph,
            });
        }
    }
}
