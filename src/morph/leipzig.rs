//! Leipzig-style interlinear glosses of a verb form, from the analysis the matcher made:
//! `walisaini` → `wa-li-saini` / `3PL-PST-sign`, `hawajasaini` → `ha-wa-ja-saini` /
//! `NEG-3PL-PERF-sign`, `aliyemwambia` → `a-li-ye-mw-ambia` / `3SG-PST-REL-3SG.OBJ-tell`,
//! `walikamatwa` → `wa-li-kamat-w-a` / `3PL-PST-arrest-PASS-FV`. For translators who want to
//! see how a form is built; not a parser of its own (the analysis must fit the word).

use super::verb::{Analysis, Polarity, Tense, Voice};

/// A segmented verb form: the pieces of the word and the gloss of each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interlinear {
    /// The pieces, which join to the word (`wa`, `li`, `saini`).
    pub segments: Vec<String>,
    /// One gloss per piece (`3PL`, `PST`, `sign`).
    pub glosses: Vec<String>,
}

impl Interlinear {
    /// `wa-li-saini`.
    pub fn form(&self) -> String {
        self.segments.join("-")
    }

    /// `3PL-PST-sign`.
    pub fn gloss(&self) -> String {
        self.glosses.join("-")
    }
}

/// The Leipzig label of a subject or object marker.
fn person(marker: &str) -> &'static str {
    match marker {
        "ni" => "1SG",
        "u" => "2SG",
        "a" | "yu" | "m" | "mw" => "3SG",
        "tu" => "1PL",
        "mu" => "2PL",
        "wa" => "3PL",
        "li" => "CL5",
        "ya" => "CL6",
        "ki" => "CL7",
        "vi" => "CL8",
        "i" => "CL9",
        "zi" => "CL10",
        "ku" => "CL15",
        "pa" => "CL16",
        "ji" => "REFL",
        _ => "?",
    }
}

fn tense_markers(t: Tense, negative: bool) -> &'static [(&'static str, &'static str)] {
    match (t, negative) {
        (Tense::Past, false) => &[("li", "PST")],
        (Tense::Past, true) => &[("ku", "PST")],
        (Tense::Perfect, false) => &[("me", "PERF")],
        (Tense::Perfect, true) => &[("ja", "PERF")],
        (Tense::Future, _) => &[("taka", "FUT"), ("ta", "FUT")],
        (Tense::Present, false) => &[("na", "PRS")],
        (Tense::Simultaneous, _) => &[("ki", "SIM")],
        (Tense::Conditional, _) => &[("nge", "COND")],
        (Tense::PastConditional, _) => &[("ngali", "PST.COND")],
        (Tense::Narrative, _) => &[("ka", "NARR")],
        (Tense::Habitual, _) => &[("hu", "HAB")],
        (Tense::General, _) => &[("a", "GEN")],
        (Tense::Infinitive, false) => &[("ku", "INF")],
        (Tense::Infinitive, true) => &[("kuto", "INF.NEG")],
        _ => &[],
    }
}

/// Segments `word` (folded) as a form of the verb `stem` (folded, with its final vowel)
/// with English `en`, following `a`. `None` when the analysis does not fit the letters.
pub fn interlinear(word: &str, stem: &str, en: &str, a: &Analysis) -> Option<Interlinear> {
    let root = stem.strip_suffix(['a', 'e', 'i', 'o', 'u']).unwrap_or(stem);
    let at = word.rfind(root)?;
    let (mut rest, tail) = (&word[..at], &word[at..]);
    let mut seg: Vec<(String, String)> = Vec::new();
    let negative = a.polarity == Polarity::Negative;
    let en = en.replace(' ', ".");
    // Negative + subject: `ha-wa`, `si` (1SG), `hu` (2SG), `ha` (3SG).
    if negative && a.tense != Tense::Infinitive {
        let marker = a.subject.map_or("", |s| s.marker);
        if let Some(r) = rest.strip_prefix("si").filter(|_| marker == "ni") {
            seg.push(("si".into(), "NEG.1SG".into()));
            rest = r;
        } else if let Some(r) = rest.strip_prefix("hu").filter(|_| marker == "u") {
            seg.push(("hu".into(), "NEG.2SG".into()));
            rest = r;
        } else if let Some(r) = rest.strip_prefix("ha") {
            let label = if marker == "a" { "NEG.3SG" } else { "NEG" };
            seg.push(("ha".into(), label.into()));
            rest = r;
            let shown = if marker == "m" { "m" } else { marker };
            if marker != "a"
                && let Some(r) = rest.strip_prefix(shown)
            {
                seg.push((
                    shown.into(),
                    person(if marker == "m" { "mu" } else { marker }).into(),
                ));
                rest = r;
            }
        } else {
            return None;
        }
    } else if let Some(s) = a.subject
        && !matches!(a.tense, Tense::Infinitive | Tense::Habitual)
    {
        let m = if rest.starts_with("mu") && s.marker == "m" {
            "mu"
        } else {
            s.marker
        };
        let m = if a.tense == Tense::General && !rest.starts_with(m) {
            // Fused headline subjects (`ya` = i-a, `cha` = ki-a): one piece.
            let fused = rest.get(..rest.len().min(3)).unwrap_or("");
            let fused = ["cha", "vya", "kwa", "ya", "la", "za"]
                .into_iter()
                .find(|f| fused.starts_with(f))?;
            seg.push((fused.into(), format!("{}.GEN", person(s.marker))));
            rest = &rest[fused.len()..];
            ""
        } else {
            m
        };
        if !m.is_empty() {
            let r = rest.strip_prefix(m)?;
            let label = if m == "m" || m == "mu" {
                "2PL"
            } else {
                person(m)
            };
            let label = if m == "u" && s.person == "it" {
                "CL3"
            } else {
                label
            };
            seg.push((m.into(), label.into()));
            rest = r;
        }
    }
    if !(a.tense == Tense::General && seg.iter().any(|(_, g)| g.ends_with(".GEN"))) {
        let markers = tense_markers(a.tense, negative);
        if let Some((m, g)) = markers.iter().find(|(m, _)| rest.starts_with(m)) {
            seg.push(((*m).into(), (*g).into()));
            rest = &rest[m.len()..];
        }
    }
    if let Some(r) = a.relative {
        let after = rest.strip_prefix(r)?;
        seg.push((r.into(), "REL".into()));
        rest = after;
    }
    if let Some(o) = a.object {
        let after = rest.strip_prefix(o)?;
        let label = match o {
            "ji" => "REFL".to_string(),
            "m" | "mw" => "3SG.OBJ".to_string(),
            other => format!("{}.OBJ", person(other)),
        };
        seg.push((o.into(), label));
        rest = after;
    }
    if !rest.is_empty() {
        return None;
    }
    // The stem: `saini`, or `kamat-w-a` for a passive.
    if a.voice == Voice::Passive {
        let body = &tail[root.len()..];
        let (ext, fv) = body.split_at(body.len().saturating_sub(1));
        let ext = ext.strip_prefix(['i', 'e']).map_or(ext, |e| e);
        let lead = &tail[..tail.len() - ext.len() - fv.len()];
        seg.push((lead.into(), en));
        seg.push((ext.into(), "PASS".into()));
        seg.push((fv.into(), "FV".into()));
    } else {
        seg.push((tail.into(), en));
    }
    seg.retain(|(s, _)| !s.is_empty());
    let (segments, glosses) = seg.into_iter().unzip();
    Some(Interlinear { segments, glosses })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::morph::verb::analyse;

    #[test]
    fn forms_segment_and_gloss() {
        for (word, stem, en, form, gloss) in [
            ("walisaini", "saini", "sign", "wa-li-saini", "3PL-PST-sign"),
            (
                "hawajasaini",
                "saini",
                "sign",
                "ha-wa-ja-saini",
                "NEG-3PL-PERF-sign",
            ),
            (
                "hakusaini",
                "saini",
                "sign",
                "ha-ku-saini",
                "NEG.3SG-PST-sign",
            ),
            ("atasaini", "saini", "sign", "a-ta-saini", "3SG-FUT-sign"),
            (
                "aliyesaini",
                "saini",
                "sign",
                "a-li-ye-saini",
                "3SG-PST-REL-sign",
            ),
            ("kusaini", "saini", "sign", "ku-saini", "INF-sign"),
            (
                "wamewakamata",
                "kamata",
                "arrest",
                "wa-me-wa-kamata",
                "3PL-PERF-3PL.OBJ-arrest",
            ),
            (
                "walikamatwa",
                "kamata",
                "arrest",
                "wa-li-kamat-w-a",
                "3PL-PST-arrest-PASS-FV",
            ),
            ("anasema", "sema", "say", "a-na-sema", "3SG-PRS-say"),
            (
                "alimwambia",
                "ambia",
                "tell",
                "a-li-mw-ambia",
                "3SG-PST-3SG.OBJ-tell",
            ),
            (
                "tutaendelea",
                "endelea",
                "continue",
                "tu-ta-endelea",
                "1PL-FUT-continue",
            ),
        ] {
            let a = analyse(word, stem).unwrap_or_else(|| panic!("{word} does not parse"));
            let i = interlinear(word, stem, en, &a).unwrap_or_else(|| panic!("{word}: {a:?}"));
            assert_eq!(
                (i.form().as_str(), i.gloss().as_str()),
                (form, gloss),
                "{word}"
            );
            assert_eq!(i.segments.concat(), word);
        }
    }
}
