//! XLIFF 1.2 / 2.x and TMX. Text of `<source>`/`<target>` (XLIFF) or `<seg>` (TMX) is the
//! segment; inline elements are kept out of it as [`Tag`]s at their offsets: their markup,
//! and the content of native-code elements (`<ph>`, `<bpt>`, `<ept>`, `<it>`, `<ut>`),
//! while the text inside `<g>`, `<pc>`, `<mrk>`, `<hi>` stays text. A `<note>` holding an
//! acceptance (`qa:ok`) marks the segment accepted. Source `en` / target `sw` files are read
//! the other way round.

use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use super::{Segment, Tag, line_col, parse_acceptance};
use crate::error::{Error, Result};

/// Elements whose content is native code, not text.
const CODE: [&str; 5] = ["ph", "bpt", "ept", "it", "ut"];

#[derive(Clone, Copy, PartialEq)]
enum Dialect {
    Xliff,
    Tmx,
}

fn attr(e: &BytesStart, names: &[&str]) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key = a.key.as_ref();
        names
            .contains(&key)
            .then(|| {
                a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                    .ok()
                    .map(|v| v.into_owned())
            })
            .flatten()
    })
}

fn lang_is(l: &str, code: &str) -> bool {
    let l = l.to_ascii_lowercase();
    l == code
        || l.starts_with(&format!("{code}-"))
        || l.starts_with(&format!("{code}_"))
        || code == "sw" && l.starts_with("swa")
        || code == "sw" && l.starts_with("swh")
        || code == "en" && l.starts_with("eng")
}

/// A side being read: text and tags.
#[derive(Default)]
struct Side {
    text: String,
    tags: Vec<Tag>,
    code: usize,
}

impl Side {
    fn push_text(&mut self, s: &str) {
        if self.code > 0 {
            if let Some(t) = self.tags.last_mut() {
                t.xml.push_str(&quick_xml::escape::escape(s));
            }
        } else {
            self.text.push_str(s);
        }
    }
    fn tag(&mut self, xml: String) {
        if self.code > 0
            && let Some(t) = self.tags.last_mut()
        {
            t.xml.push_str(&xml);
            return;
        }
        self.tags.push(Tag {
            at: self.text.len(),
            xml,
        });
    }
    /// The text trimmed, tags moved with it.
    fn finish(mut self) -> (String, Vec<Tag>) {
        let lead = self.text.len() - self.text.trim_start().len();
        let trimmed = self.text.trim().to_string();
        for t in &mut self.tags {
            t.at = t.at.saturating_sub(lead).min(trimmed.len());
        }
        (trimmed, self.tags)
    }
}

pub(crate) fn xliff(path: &Path, text: &str) -> Result<Vec<Segment>> {
    read(path, text, Dialect::Xliff)
}

pub(crate) fn tmx(path: &Path, text: &str) -> Result<Vec<Segment>> {
    read(path, text, Dialect::Tmx)
}

/// What the walker is inside of.
#[derive(Default)]
struct Unit {
    id: Option<String>,
    line: usize,
    /// (lang or role, text, tags) of each side read so far in this pair.
    source: Option<(String, Vec<Tag>)>,
    target: Option<(String, Vec<Tag>)>,
    accepted: Option<Vec<super::CheckId>>,
    parts: usize,
}

fn read(path: &Path, text: &str, dialect: Dialect) -> Result<Vec<Segment>> {
    let name = if dialect == Dialect::Tmx {
        "TMX"
    } else {
        "XLIFF"
    };
    let mut reader = Reader::from_str(text);
    let err = |pos: u64, e: &dyn std::fmt::Display| {
        let (l, c) = line_col(text, pos as usize);
        Error::data(path, l, c, format!("invalid {name}: {e}"))
    };
    let mut out = Vec::new();
    // XLIFF: languages of the file; swapped when the source is English and the target Swahili.
    let mut swap = false;
    let mut unit: Option<Unit> = None;
    let mut side: Option<(bool, Side)> = None; // (is source / is Swahili, side)
    let mut tuv_sw: Option<bool> = None;
    let mut note: Option<String> = None;
    let mut skip = 0usize; // inside <alt-trans>, <seg-source>
    let mut seen_root = false;
    loop {
        let pos = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| err(reader.error_position(), &e))?;
        match event {
            Event::Start(e) if skip > 0 => {
                if matches!(e.local_name().as_ref(), "alt-trans" | "seg-source") {
                    skip += 1;
                }
            }
            Event::Empty(_) if skip > 0 => {}
            Event::End(e) if skip > 0 => {
                if matches!(e.local_name().as_ref(), "alt-trans" | "seg-source") {
                    skip -= 1;
                }
            }
            Event::Start(e) => {
                let local = e.local_name();
                let tag = local.as_ref().to_string();
                if let Some((_, s)) = side.as_mut() {
                    if CODE.contains(&tag.as_str()) {
                        s.tag(format!("<{}>", &*e));
                        s.code += 1;
                    } else {
                        s.tag(format!("<{}>", &*e));
                    }
                    continue;
                }
                seen_root = true;
                match tag.as_str() {
                    "xliff" => {
                        if let (Some(s), Some(t)) = (attr(&e, &["srcLang"]), attr(&e, &["trgLang"]))
                        {
                            swap = lang_is(&s, "en") && lang_is(&t, "sw");
                        }
                    }
                    "file" => {
                        if let (Some(s), Some(t)) = (
                            attr(&e, &["source-language"]),
                            attr(&e, &["target-language"]),
                        ) {
                            swap = lang_is(&s, "en") && lang_is(&t, "sw");
                        }
                    }
                    "alt-trans" | "seg-source" => skip += 1,
                    "trans-unit" | "unit" | "tu" => {
                        let id = attr(&e, &["id", "tuid"]);
                        unit = Some(Unit {
                            id,
                            line: line_col(text, pos as usize).0,
                            ..Unit::default()
                        });
                    }
                    "segment" if unit.is_some() => {
                        if let Some(u) = unit.as_mut() {
                            u.source = None;
                            u.target = None;
                        }
                    }
                    "tuv" => {
                        let l = attr(&e, &["xml:lang", "lang"]).unwrap_or_default();
                        tuv_sw = if lang_is(&l, "sw") {
                            Some(true)
                        } else if lang_is(&l, "en") {
                            Some(false)
                        } else {
                            None
                        };
                    }
                    "source" | "target" if unit.is_some() && dialect == Dialect::Xliff => {
                        side = Some((tag == "source", Side::default()));
                    }
                    "seg" if unit.is_some() && dialect == Dialect::Tmx => {
                        if let Some(sw) = tuv_sw {
                            side = Some((sw, Side::default()));
                        } else {
                            skip_to_end(&mut reader, text, name, path)?;
                        }
                    }
                    "note" if unit.is_some() => note = Some(String::new()),
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if let Some((_, s)) = side.as_mut() {
                    s.tag(format!("<{}/>", &*e));
                }
                seen_root = true;
            }
            Event::End(e) => {
                let local = e.local_name();
                let tag: &str = local.as_ref();
                let closes_side = match dialect {
                    Dialect::Xliff => matches!(tag, "source" | "target"),
                    Dialect::Tmx => tag == "seg",
                };
                if closes_side && let Some((first, s)) = side.take() {
                    if let Some(u) = unit.as_mut() {
                        if first {
                            u.source = Some(s.finish());
                        } else {
                            u.target = Some(s.finish());
                        }
                    }
                    continue;
                }
                if let Some((_, s)) = side.as_mut() {
                    s.tag(format!("</{tag}>"));
                    if CODE.contains(&tag) {
                        s.code = s.code.saturating_sub(1);
                    }
                    continue;
                }
                match tag {
                    "note" => {
                        if let (Some(n), Some(u)) = (note.take(), unit.as_mut())
                            && let Some(a) = parse_acceptance(&n)
                        {
                            u.accepted = Some(a);
                        }
                    }
                    // XLIFF 2: each <segment> is a pair; 1.2 and TMX: the unit is.
                    "segment" | "trans-unit" | "tu" | "unit" => {
                        if let Some(u) = unit.as_mut()
                            && (tag != "unit" || u.parts == 0)
                            && let (Some(src), Some(tgt)) = (u.source.take(), u.target.take())
                        {
                            u.parts += 1;
                            let (sw, en) = if swap && dialect == Dialect::Xliff {
                                (tgt, src)
                            } else {
                                (src, tgt)
                            };
                            let id = match (&u.id, tag) {
                                (Some(id), "segment") if u.parts > 1 => {
                                    Some(format!("{id}#{}", u.parts))
                                }
                                (id, _) => id.clone(),
                            };
                            out.push(Segment {
                                line: Some(u.line),
                                id,
                                sw: sw.0,
                                sw_tags: sw.1,
                                en: en.0,
                                en_tags: en.1,
                                accepted: u.accepted.clone(),
                                ..Segment::default()
                            });
                        }
                        if tag != "segment" {
                            // Acceptance in a 2.x unit's notes covers its segments, which
                            // come after the notes: set it back on those already out.
                            if let Some(u) = unit.take()
                                && let Some(a) = u.accepted
                            {
                                for s in out.iter_mut().rev().take(u.parts) {
                                    s.accepted.get_or_insert_with(|| a.clone());
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Text(t) => {
                let s = t.xml10_content();
                if let Some((_, side)) = side.as_mut() {
                    side.push_text(&s);
                } else if let Some(n) = note.as_mut() {
                    n.push_str(&s);
                }
            }
            Event::CData(t) => {
                let s = t.xml10_content();
                if let Some((_, side)) = side.as_mut() {
                    side.push_text(&s);
                }
            }
            Event::GeneralRef(r) => {
                let c: String = if r.is_char_ref() {
                    match r.resolve_char_ref() {
                        Ok(Some(c)) => c.to_string(),
                        _ => return Err(err(reader.buffer_position(), &"bad character reference")),
                    }
                } else {
                    let n = r.xml10_content();
                    match quick_xml::escape::resolve_predefined_entity(&n) {
                        Some(s) => s.to_string(),
                        None => {
                            return Err(err(
                                reader.buffer_position(),
                                &format!("unknown entity &{n};"),
                            ));
                        }
                    }
                };
                if let Some((_, side)) = side.as_mut() {
                    side.push_text(&c);
                } else if let Some(n) = note.as_mut() {
                    n.push_str(&c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err(Error::data(
            path,
            1,
            1,
            format!("invalid {name}: no XML elements"),
        ));
    }
    if side.is_some() || unit.is_some() {
        let (l, c) = line_col(text, text.len());
        return Err(Error::data(
            path,
            l,
            c,
            format!("invalid {name}: the file ends inside a unit"),
        ));
    }
    Ok(out)
}

/// Skips a `<seg>` of a language that is neither Swahili nor English.
fn skip_to_end(reader: &mut Reader<&[u8]>, text: &str, name: &str, path: &Path) -> Result<()> {
    let mut depth = 1usize;
    while depth > 0 {
        match reader.read_event() {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(e) => {
                let (l, c) = line_col(text, reader.error_position() as usize);
                return Err(Error::data(path, l, c, format!("invalid {name}: {e}")));
            }
        }
    }
    Ok(())
}
