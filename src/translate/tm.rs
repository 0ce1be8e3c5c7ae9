//! A translation memory the user keeps: Swahili segments with their human English. Read from
//! TMX (the CAT tools' exchange format), YAML (`- sw: … / en: …`) or TSV (`sw<TAB>en`).
//! A sentence matches exactly after normalisation (case, quotes, spaces), or fuzzily when its
//! similarity to a segment (1 − edit distance / length) reaches the threshold; a fuzzy
//! match is always reported with its similarity and the segment it matched.

use std::collections::HashMap;
use std::path::Path;

use quick_xml::events::Event;
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
use crate::text::{is_apostrophe, is_space};

/// One Swahili segment and its English.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TmUnit {
    /// The Swahili.
    pub sw: String,
    /// The English.
    pub en: String,
}

/// A match found in the memory.
#[derive(Debug, Clone, PartialEq)]
pub struct TmMatch {
    /// The English of the matched segment.
    pub en: String,
    /// The Swahili segment it matched.
    pub sw: String,
    /// 1.0 for an exact match (after normalisation), less for a fuzzy one.
    pub similarity: f64,
}

/// A loaded translation memory.
#[derive(Debug, Clone, Default)]
pub struct TranslationMemory {
    units: Vec<TmUnit>,
    keys: Vec<Vec<char>>,
    exact: HashMap<String, usize>,
    /// Where it was read from (for labels).
    pub name: String,
}

/// Normalises a segment for matching: Unicode NFC, lower case, every quote and apostrophe
/// shape unified, runs of spaces collapsed, ends trimmed.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfc() {
        if is_space(c) {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        match c {
            c if is_apostrophe(c) => out.push('\''),
            '“' | '”' | '„' | '«' | '»' => out.push('"'),
            '–' | '—' => out.push('-'),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Levenshtein distance over characters, giving up (returning `None`) above `max`.
fn distance(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        let mut best = cur[0];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != cb);
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
            best = best.min(cur[j + 1]);
        }
        if best > max {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()]).filter(|d| *d <= max)
}

impl TranslationMemory {
    /// A memory from units (later duplicates of a segment are ignored).
    pub fn from_units(name: impl Into<String>, units: Vec<TmUnit>) -> Self {
        let mut tm = TranslationMemory {
            name: name.into(),
            ..Default::default()
        };
        for u in units {
            let key = normalise(&u.sw);
            if key.is_empty() || u.en.trim().is_empty() || tm.exact.contains_key(&key) {
                continue;
            }
            tm.exact.insert(key.clone(), tm.units.len());
            tm.keys.push(key.chars().collect());
            tm.units.push(u);
        }
        tm
    }

    /// Reads a memory; the format comes from the extension (`.tmx`, `.yaml`/`.yml`,
    /// anything else is TSV).
    pub fn from_path(path: &Path) -> Result<Self> {
        let text = crate::infile::read_data_text(path)?;
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let units = match ext.as_str() {
            "tmx" | "xml" => parse_tmx(path, &text)?,
            "yaml" | "yml" => parse_yaml(path, &text)?,
            _ => parse_tsv(path, &text)?,
        };
        if units.is_empty() {
            return Err(Error::data(
                path,
                0,
                0,
                "no Swahili–English pairs found in the translation memory",
            ));
        }
        Ok(Self::from_units(path.display().to_string(), units))
    }

    /// How many segments it holds.
    pub fn len(&self) -> usize {
        self.units.len()
    }

    /// Whether it holds none.
    pub fn is_empty(&self) -> bool {
        self.units.is_empty()
    }

    /// The best match for `sentence`: exact after normalisation, else the most similar
    /// segment whose similarity is at least `threshold` (0–1).
    pub fn lookup(&self, sentence: &str, threshold: f64) -> Option<TmMatch> {
        let key = normalise(sentence);
        if let Some(&i) = self.exact.get(&key) {
            return Some(self.matched(i, 1.0));
        }
        if threshold >= 1.0 || key.is_empty() {
            return None;
        }
        let q: Vec<char> = key.chars().collect();
        let mut best: Option<(usize, f64)> = None;
        for (i, k) in self.keys.iter().enumerate() {
            let len = q.len().max(k.len());
            let floor = best.map_or(threshold, |(_, s)| s.max(threshold));
            let max = ((1.0 - floor) * len as f64).floor() as usize;
            if let Some(d) = distance(&q, k, max) {
                let sim = 1.0 - d as f64 / len as f64;
                if sim >= floor && best.is_none_or(|(_, s)| sim > s) {
                    best = Some((i, sim));
                }
            }
        }
        best.map(|(i, s)| self.matched(i, (s * 1000.0).floor() / 1000.0))
    }

    fn matched(&self, i: usize, similarity: f64) -> TmMatch {
        TmMatch {
            en: self.units[i].en.trim().to_string(),
            sw: self.units[i].sw.trim().to_string(),
            similarity,
        }
    }
}

/// TSV: one `Swahili<TAB>English` pair a line; blank lines and `#` comments skipped.
pub fn parse_tsv(path: &Path, text: &str) -> Result<Vec<TmUnit>> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let Some((sw, en)) = line.split_once('\t') else {
            return Err(Error::data(
                path,
                n + 1,
                1,
                "expected `Swahili<TAB>English` on this line",
            ));
        };
        out.push(TmUnit {
            sw: sw.trim().to_string(),
            en: en.trim().to_string(),
        });
    }
    Ok(out)
}

/// YAML: a list of `{sw, en}`.
pub fn parse_yaml(path: &Path, text: &str) -> Result<Vec<TmUnit>> {
    serde_saphyr::from_str_with_options(text, crate::infile::yaml_options())
        .map_err(|e| crate::lang::yaml_error(path, &e))
}

/// TMX: `<tu>` units whose `<tuv xml:lang="sw…">` and `<tuv xml:lang="en…">` hold `<seg>`s.
/// Inline markup inside a segment (`<bpt>`, `<ph>`…) is dropped with its content; `<hi>`
/// and `<sub>` keep their text.
pub fn parse_tmx(path: &Path, text: &str) -> Result<Vec<TmUnit>> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut out = Vec::new();
    let mut lang: Option<String> = None; // of the current <tuv>
    let mut in_seg = false;
    let mut skip = 0usize; // depth inside inline codes
    let mut seg = String::new();
    let mut unit: (Option<String>, Option<String>) = (None, None);
    let xml_err = |reader: &quick_xml::Reader<&[u8]>, e: &dyn std::fmt::Display| {
        let (line, column) = crate::text::line_col(text, reader.buffer_position() as usize);
        Error::data(path, line, column, format!("invalid TMX: {e}"))
    };
    let lang_of = |e: &quick_xml::events::BytesStart| -> Option<String> {
        e.attributes().flatten().find_map(|a| {
            let key = a.key.as_ref();
            (key == "xml:lang" || key == "lang")
                .then(|| {
                    a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                        .ok()
                        .map(|v| v.to_lowercase())
                })
                .flatten()
        })
    };
    loop {
        let event = reader.read_event().map_err(|e| xml_err(&reader, &e))?;
        match event {
            Event::Start(e) => match e.local_name().as_ref() {
                "tu" => unit = (None, None),
                "tuv" => lang = lang_of(&e),
                "seg" => {
                    in_seg = true;
                    seg.clear();
                }
                "bpt" | "ept" | "ph" | "it" | "ut" if in_seg => skip += 1,
                _ => {}
            },
            Event::End(e) => match e.local_name().as_ref() {
                "seg" => {
                    in_seg = false;
                    let l = lang.as_deref().unwrap_or("");
                    if l == "sw" || l.starts_with("sw-") || l.starts_with("swa") {
                        unit.0 = Some(seg.trim().to_string());
                    } else if l == "en" || l.starts_with("en-") || l.starts_with("eng") {
                        unit.1 = Some(seg.trim().to_string());
                    }
                }
                "tu" => {
                    if let (Some(sw), Some(en)) = unit.clone() {
                        out.push(TmUnit { sw, en });
                    }
                }
                "bpt" | "ept" | "ph" | "it" | "ut" if in_seg => skip = skip.saturating_sub(1),
                _ => {}
            },
            Event::Text(t) if in_seg && skip == 0 => seg.push_str(&t.xml10_content()),
            Event::CData(t) if in_seg && skip == 0 => seg.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_seg && skip == 0 => {
                if r.is_char_ref() {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        seg.push(c);
                    }
                } else {
                    let name = r.xml10_content();
                    match quick_xml::escape::resolve_predefined_entity(&name) {
                        Some(s) => seg.push_str(s),
                        None => return Err(xml_err(&reader, &format!("unknown entity &{name};"))),
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TMX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="sw" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="sw"><seg>Rais amewasili mjini Dodoma leo.</seg></tuv><tuv xml:lang="en-GB"><seg>The President arrived in Dodoma today.</seg></tuv></tu>
<tu><tuv xml:lang="sw-TZ"><seg>Bei ya mafuta &amp; gesi <ph>&lt;b&gt;</ph>imepanda.</seg></tuv><tuv xml:lang="en"><seg>Fuel &amp; gas prices have risen.</seg></tuv></tu>
</body></tmx>"#;

    #[test]
    fn a_bad_tmx_error_inside_a_character_is_an_error_not_a_panic() {
        // Found by the tmx fuzz target: the parser's byte position fell inside a BOM.
        let e = parse_tmx(Path::new("t.tmx"), "\u{feff}?><").unwrap_err();
        assert!(e.to_string().contains("invalid TMX"), "{e}");
    }

    #[test]
    fn tmx_units_and_entities() {
        let u = parse_tmx(Path::new("m.tmx"), TMX).unwrap();
        assert_eq!(u.len(), 2);
        assert_eq!(u[1].sw, "Bei ya mafuta & gesi imepanda.");
        assert_eq!(u[1].en, "Fuel & gas prices have risen.");
    }

    #[test]
    fn exact_after_normalising_and_fuzzy_with_similarity() {
        let tm = TranslationMemory::from_units("m", parse_tmx(Path::new("m.tmx"), TMX).unwrap());
        let m = tm
            .lookup("  RAIS amewasili   mjini Dodoma leo. ", 0.8)
            .unwrap();
        assert_eq!(m.similarity, 1.0);
        let m = tm.lookup("Rais amewasili mjini Arusha leo.", 0.8).unwrap();
        assert!(m.similarity < 1.0 && m.similarity >= 0.8, "{m:?}");
        assert_eq!(m.sw, "Rais amewasili mjini Dodoma leo.");
        assert!(tm.lookup("Mvua kubwa imenyesha.", 0.8).is_none());
    }

    #[test]
    fn broken_tmx_names_line() {
        let err = parse_tmx(Path::new("m.tmx"), "<tmx>\n<tu><tuv></tu>")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("m.tmx:"), "{err}");
    }

    #[test]
    fn tsv_needs_a_tab() {
        let err = parse_tsv(Path::new("m.tsv"), "# c\nNdiyo\tYes\nHapana\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("m.tsv:3:"), "{err}");
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn tmx_never_panics(s in "(<tu>|<tuv xml:lang=\"sw\">|<tuv xml:lang=\"en\">|<seg>|</seg>|</tuv>|</tu>|&amp;|&#[0-9]{1,7};|&x;|<ph>|</ph>|<!\\[CDATA\\[|\\]\\]>|[a-z ]{0,5}){0,30}") {
            let _ = parse_tmx(Path::new("p.tmx"), &s);
        }

        #[test]
        fn lookup_similarity_is_bounded(a in "[a-z ]{0,40}", b in "[a-z ]{1,40}", t in 0.0f64..1.0) {
            let tm = TranslationMemory::from_units("p", vec![TmUnit { sw: b, en: "x".into() }]);
            if let Some(m) = tm.lookup(&a, t) {
                prop_assert!(m.similarity >= t.min(1.0) - 1e-3 && m.similarity <= 1.0);
            }
        }
    }
}
