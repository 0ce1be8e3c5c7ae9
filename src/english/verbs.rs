//! The English of a glossary verb as it stands in the sentence, its tense read from the
//! Swahili prefix chain. Negated: `hakusaini` → did not sign, `hajasaini` → has not signed,
//! `hatasaini` → will not sign, `haungi mkono` → does not support, `kutosaini` → not to sign.
//! Affirmative: `walisaini` → signed, `wamesaini` → has signed, `atasaini` → will sign,
//! `kusaini` → to sign, passives `ulisainiwa` → was signed, headline passives
//! `ashambuliwa` → is attacked; other forms (present, `-ki-`,
//! unknown prefixes) keep the glossary's English.

use serde::Serialize;

use super::data::EnglishData;

/// The tense of a verb form, as its prefix shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    /// `-li-`, `ha-…-ku-`: signed, did not sign.
    Past,
    /// `-me-`, `ha-…-ja-`: has signed, has not signed.
    Perfect,
    /// `-ta-`: will (not) sign.
    Future,
    /// `-na-`, `ha-…-i`: signs, does not sign.
    Present,
    /// `ku-`, `kuto-`: to sign, not to sign.
    Infinitive,
}

impl Tense {
    /// Its name as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Tense::Past => "past",
            Tense::Perfect => "perfect",
            Tense::Future => "future",
            Tense::Present => "present",
            Tense::Infinitive => "infinitive",
        }
    }
}

/// Subject prefixes that may stand between the negative `ha-` and the tense marker.
const SUBJECTS: [&str; 11] = ["", "wa", "tu", "zi", "li", "ya", "ki", "vi", "m", "i", "u"];

/// Subject prefixes that make the English verb plural ("have", "do"): they, we, you (pl.),
/// and the plural noun classes; `ni-`/`si-` (I) take the same English forms.
const PLURAL_SUBJECTS: [&str; 7] = ["wa", "tu", "zi", "ya", "vi", "ni", "m"];

/// The tense of a negated form (its first word, folded), and whether its subject takes a
/// plural English verb (`hawajasaini` → have not signed).
pub fn negative_tense(form: &str) -> (Tense, bool) {
    if form.starts_with("kuto") {
        return (Tense::Infinitive, false);
    }
    let first_person = form.starts_with("si");
    let rest = form
        .strip_prefix("ha")
        .or_else(|| form.strip_prefix("si"))
        .unwrap_or(form);
    for s in SUBJECTS {
        let Some(r) = rest.strip_prefix(s) else {
            continue;
        };
        let plural = first_person || PLURAL_SUBJECTS.contains(&s);
        if r.starts_with("ku") {
            return (Tense::Past, plural);
        }
        if r.starts_with("ja") {
            return (Tense::Perfect, plural);
        }
        if r.starts_with("ta") && r.len() > 4 {
            return (Tense::Future, plural);
        }
    }
    let plural = first_person
        || PLURAL_SUBJECTS
            .iter()
            .any(|s| !s.is_empty() && rest.starts_with(s) && rest.len() > s.len() + 2);
    (Tense::Present, plural)
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
pub fn negated(en: &str, tense: Tense, plural: bool, data: &EnglishData) -> String {
    let (has, does, is) = if plural {
        ("have", "do", "are")
    } else {
        ("has", "does", "is")
    };
    let (first, rest) = match en.split_once(' ') {
        Some((f, r)) => (f, format!(" {r}")),
        None => (en, String::new()),
    };
    if first == "be" {
        return match tense {
            Tense::Past => format!("{} not{rest}", if plural { "were" } else { "was" }),
            Tense::Perfect => format!("{has} not been{rest}"),
            Tense::Future => format!("will not be{rest}"),
            Tense::Present => format!("{is} not{rest}"),
            Tense::Infinitive => format!("not to be{rest}"),
        };
    }
    match tense {
        Tense::Past => format!("did not {en}"),
        Tense::Perfect => format!("{has} not {}{rest}", participle(first, data)),
        Tense::Future => format!("will not {en}"),
        Tense::Present => format!("{does} not {en}"),
        Tense::Infinitive => format!("not to {en}"),
    }
}

/// Subject prefixes before an affirmative tense marker (`wa-li-saini`, `a-me-i-zuru`).
const AFF_SUBJECTS: [&str; 15] = [
    "wa", "tu", "ni", "zi", "li", "ya", "ki", "vi", "ku", "pa", "mu", "a", "u", "i", "m",
];

/// The tense, voice (passive?) and number (plural subject?) of an affirmative form (its first word, folded) of a verb whose head
/// word is `head` (folded): `None` when the prefix is not one this reads.
pub fn affirmative_tense(form: &str, head: &str) -> Option<(Tense, bool, bool)> {
    let stem = head.strip_suffix(['a', 'e', 'i', 'o', 'u']).unwrap_or(head);
    if stem.len() < 2 {
        return None;
    }
    let at = form.rfind(stem)?;
    let (prefix, after) = (&form[..at], &form[at + stem.len()..]);
    // The passive ends in -wa after the stem's own final vowel: sain-iwa, tangaz-wa.
    let passive = after.len() >= 2 && after.ends_with("wa") && !head.ends_with("wa");
    if prefix == "ku" {
        return Some((Tense::Infinitive, passive, false));
    }
    for s in AFF_SUBJECTS {
        let Some(rest) = prefix.strip_prefix(s) else {
            continue;
        };
        let tense = if rest.starts_with("li") {
            Tense::Past
        } else if rest.starts_with("me") {
            Tense::Perfect
        } else if rest.starts_with("ta") {
            Tense::Future
        } else if rest.is_empty() && passive {
            // The headline passive, subject and stem only: `Rais ashambuliwa` (president
            // is attacked), `Watu 20 wakamatwa` (20 people are arrested).
            Tense::Present
        } else {
            continue;
        };
        return Some((tense, passive, PLURAL_SUBJECTS.contains(&s) || s == "mu"));
    }
    None
}

/// The English past tense: the irregular list, else the regular `-ed`.
pub fn past(verb: &str, data: &EnglishData) -> String {
    if let Some(p) = data.pasts.get(verb) {
        return p.clone();
    }
    participle(verb, data)
}

/// The English of an affirmative verb form with its tense and voice.
pub fn affirmed(en: &str, tense: Tense, passive: bool, plural: bool, data: &EnglishData) -> String {
    let (has, was) = if plural {
        ("have", "were")
    } else {
        ("has", "was")
    };
    let (first, rest) = match en.split_once(' ') {
        Some((f, r)) => (f, format!(" {r}")),
        None => (en, String::new()),
    };
    if first == "be" {
        return match tense {
            Tense::Past => format!("{was}{rest}"),
            Tense::Perfect => format!("{has} been{rest}"),
            Tense::Future => format!("will be{rest}"),
            Tense::Infinitive => format!("to be{rest}"),
            Tense::Present => en.to_string(),
        };
    }
    if passive {
        let p = participle(first, data);
        return match tense {
            Tense::Past => format!("{was} {p}{rest}"),
            Tense::Perfect => format!("{has} been {p}{rest}"),
            Tense::Future => format!("will be {p}{rest}"),
            Tense::Infinitive => format!("to be {p}{rest}"),
            Tense::Present => format!("{} {p}{rest}", if plural { "are" } else { "is" }),
        };
    }
    match tense {
        Tense::Past => format!("{}{rest}", past(first, data)),
        Tense::Perfect => format!("{has} {}{rest}", participle(first, data)),
        Tense::Future => format!("will {en}"),
        Tense::Infinitive => format!("to {en}"),
        Tense::Present => en.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenses_from_prefixes() {
        for (form, t) in [
            ("hakusaini", Tense::Past),
            ("hawakusaini", Tense::Past),
            ("haikusaini", Tense::Past),
            ("hatukusaini", Tense::Past),
            ("hajasaini", Tense::Perfect),
            ("hawajaunga", Tense::Perfect),
            ("hatasaini", Tense::Future),
            ("hawatasaini", Tense::Future),
            ("haungi", Tense::Present),
            ("kutosaini", Tense::Infinitive),
            ("sikusaini", Tense::Past),
        ] {
            assert_eq!(negative_tense(form).0, t, "{form}");
        }
    }

    #[test]
    fn affirmative_forms() {
        let d = EnglishData::embedded();
        let read = |form: &str, head: &str, en: &str| {
            affirmative_tense(form, head).map(|(t, p, pl)| affirmed(en, t, p, pl, d))
        };
        assert_eq!(
            read("walisaini", "saini", "sign").as_deref(),
            Some("signed")
        );
        assert_eq!(
            read("wamesaini", "saini", "sign").as_deref(),
            Some("have signed")
        );
        assert_eq!(
            read("atasaini", "saini", "sign").as_deref(),
            Some("will sign")
        );
        assert_eq!(read("kusaini", "saini", "sign").as_deref(), Some("to sign"));
        assert_eq!(
            read("ulisainiwa", "saini", "sign").as_deref(),
            Some("was signed")
        );
        assert_eq!(
            read("ashambuliwa", "shambulia", "attack").as_deref(),
            Some("is attacked")
        );
        assert_eq!(
            read("wakamatwa", "kamata", "arrest").as_deref(),
            Some("are arrested")
        );
        // Subject and active stem alone keep the glossary's English.
        assert_eq!(read("asaini", "saini", "sign"), None);
        assert_eq!(
            read("ameizuru", "zuru", "visit").as_deref(),
            Some("has visited")
        );
        assert_eq!(read("alipotia", "tia", "sign").as_deref(), Some("signed"));
        assert_eq!(
            read("aliapishwa", "apishwa", "be sworn in").as_deref(),
            Some("was sworn in")
        );
        assert_eq!(read("walikutana", "kutana", "meet").as_deref(), Some("met"));
        assert_eq!(read("anasaini", "saini", "sign"), None);
        assert_eq!(read("atua", "tua", "land"), None);
    }

    #[test]
    fn english_forms() {
        let d = EnglishData::embedded();
        assert_eq!(negated("sign", Tense::Past, false, d), "did not sign");
        assert_eq!(negated("sign", Tense::Perfect, false, d), "has not signed");
        assert_eq!(
            negated("take part", Tense::Perfect, false, d),
            "has not taken part"
        );
        assert_eq!(
            negated("be sworn in", Tense::Past, false, d),
            "was not sworn in"
        );
        assert_eq!(negated("ban", Tense::Perfect, false, d), "has not banned");
        assert_eq!(negated("agree", Tense::Perfect, false, d), "has not agreed");
        assert_eq!(negated("deny", Tense::Perfect, false, d), "has not denied");
        assert_eq!(
            negated("support", Tense::Present, false, d),
            "does not support"
        );
        assert_eq!(negative_tense("hawajasaini"), (Tense::Perfect, true));
        assert_eq!(negative_tense("hajasaini"), (Tense::Perfect, false));
        assert_eq!(negative_tense("hawaungi"), (Tense::Present, true));
        assert_eq!(negated("sign", Tense::Perfect, true, d), "have not signed");
    }
}
