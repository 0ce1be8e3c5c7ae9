//! The English of a glossary verb as it stands in the sentence: a negated form reads with its
//! tense (`hakusaini` → did not sign, `hajasaini` → has not signed, `hatasaini` → will not
//! sign, `haungi mkono` → does not support, `kutosaini` → not to sign). The tense is read
//! from the Swahili prefix chain; affirmative forms keep the glossary's English.

use serde::Serialize;

use super::data::EnglishData;

/// The tense of a negated verb form, as its prefix shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NegTense {
    /// `ha-…-ku-`: did not.
    Past,
    /// `ha-…-ja-`: has not (yet).
    Perfect,
    /// `ha-…-ta-`: will not.
    Future,
    /// `ha-…-i`: does not.
    Present,
    /// `kuto-`: not to.
    Infinitive,
}

impl NegTense {
    /// Its name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            NegTense::Past => "past",
            NegTense::Perfect => "perfect",
            NegTense::Future => "future",
            NegTense::Present => "present",
            NegTense::Infinitive => "infinitive",
        }
    }
}

/// Subject prefixes that may stand between the negative `ha-` and the tense marker.
const SUBJECTS: [&str; 11] = ["", "wa", "tu", "zi", "li", "ya", "ki", "vi", "m", "i", "u"];

/// The tense of a negated form (its first word, folded).
pub fn negative_tense(form: &str) -> NegTense {
    if form.starts_with("kuto") {
        return NegTense::Infinitive;
    }
    let rest = form
        .strip_prefix("ha")
        .or_else(|| form.strip_prefix("si"))
        .unwrap_or(form);
    for s in SUBJECTS {
        let Some(r) = rest.strip_prefix(s) else {
            continue;
        };
        if r.starts_with("ku") {
            return NegTense::Past;
        }
        if r.starts_with("ja") {
            return NegTense::Perfect;
        }
        if r.starts_with("ta") && r.len() > 4 {
            return NegTense::Future;
        }
    }
    NegTense::Present
}

/// The past participle of an English verb: the irregular list, else the regular rules.
pub fn participle(verb: &str, data: &EnglishData) -> String {
    if let Some(p) = data.participles.get(verb) {
        return p.clone();
    }
    let chars: Vec<char> = verb.chars().collect();
    let vowel = |c: char| "aeiou".contains(c);
    match chars.as_slice() {
        [.., 'e'] => format!("{verb}d"),
        [.., c, 'y'] if !vowel(*c) => format!("{}ied", &verb[..verb.len() - 1]),
        // Short consonant–vowel–consonant verbs double the consonant: ban → banned.
        [a, b, c] | [_, a, b, c]
            if !vowel(*a) && vowel(*b) && !vowel(*c) && !"wxy".contains(*c) =>
        {
            format!("{verb}{c}ed")
        }
        _ => format!("{verb}ed"),
    }
}

/// The English of a negated verb: `en` is the glossary's (`sign`, `take part`,
/// `be sworn in`).
pub fn negated(en: &str, tense: NegTense, data: &EnglishData) -> String {
    let (first, rest) = match en.split_once(' ') {
        Some((f, r)) => (f, format!(" {r}")),
        None => (en, String::new()),
    };
    if first == "be" {
        return match tense {
            NegTense::Past => format!("was not{rest}"),
            NegTense::Perfect => format!("has not been{rest}"),
            NegTense::Future => format!("will not be{rest}"),
            NegTense::Present => format!("is not{rest}"),
            NegTense::Infinitive => format!("not to be{rest}"),
        };
    }
    match tense {
        NegTense::Past => format!("did not {en}"),
        NegTense::Perfect => format!("has not {}{rest}", participle(first, data)),
        NegTense::Future => format!("will not {en}"),
        NegTense::Present => format!("does not {en}"),
        NegTense::Infinitive => format!("not to {en}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenses_from_prefixes() {
        for (form, t) in [
            ("hakusaini", NegTense::Past),
            ("hawakusaini", NegTense::Past),
            ("haikusaini", NegTense::Past),
            ("hatukusaini", NegTense::Past),
            ("hajasaini", NegTense::Perfect),
            ("hawajaunga", NegTense::Perfect),
            ("hatasaini", NegTense::Future),
            ("hawatasaini", NegTense::Future),
            ("haungi", NegTense::Present),
            ("kutosaini", NegTense::Infinitive),
            ("sikusaini", NegTense::Past),
        ] {
            assert_eq!(negative_tense(form), t, "{form}");
        }
    }

    #[test]
    fn english_forms() {
        let d = EnglishData::embedded();
        assert_eq!(negated("sign", NegTense::Past, d), "did not sign");
        assert_eq!(negated("sign", NegTense::Perfect, d), "has not signed");
        assert_eq!(
            negated("take part", NegTense::Perfect, d),
            "has not taken part"
        );
        assert_eq!(
            negated("be sworn in", NegTense::Past, d),
            "was not sworn in"
        );
        assert_eq!(negated("ban", NegTense::Perfect, d), "has not banned");
        assert_eq!(negated("agree", NegTense::Perfect, d), "has not agreed");
        assert_eq!(negated("deny", NegTense::Perfect, d), "has not denied");
        assert_eq!(negated("support", NegTense::Present, d), "does not support");
    }
}
