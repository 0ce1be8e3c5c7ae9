//! Swahili morphology the glossary needs: noun classes with their singular and plural
//! prefixes, the connective `-a` that agrees with them, and the generation of plural and
//! locative forms. It knows nothing of which terms exist.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// A noun class pair as the glossary writes it: `1/2`, `3/4`, `5/6`, `7/8`, `9/10`, `11/10`,
/// or a single class `14` (abstract) and `15` (infinitive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "String")]
pub enum NounClass {
    /// m-/mw- → wa- (people).
    C1_2,
    /// m-/mw- → mi-.
    C3_4,
    /// ji-/∅ → ma-.
    C5_6,
    /// ki-/ch- → vi-/vy-.
    C7_8,
    /// n-/∅ → same.
    C9_10,
    /// u-/w- → n-/∅.
    C11_10,
    /// Abstract u-, no plural.
    C14,
    /// Infinitive ku-.
    C15,
    /// ma- nouns with no singular (6 only): `mazungumzo`, `makubaliano`.
    C6,
}

impl From<NounClass> for String {
    fn from(c: NounClass) -> String {
        c.to_string()
    }
}

impl fmt::Display for NounClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NounClass::C1_2 => "1/2",
            NounClass::C3_4 => "3/4",
            NounClass::C5_6 => "5/6",
            NounClass::C7_8 => "7/8",
            NounClass::C9_10 => "9/10",
            NounClass::C11_10 => "11/10",
            NounClass::C14 => "14",
            NounClass::C15 => "15",
            NounClass::C6 => "6",
        })
    }
}

impl FromStr for NounClass {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        Ok(match s.trim() {
            "1/2" => NounClass::C1_2,
            "3/4" => NounClass::C3_4,
            "5/6" => NounClass::C5_6,
            "7/8" => NounClass::C7_8,
            "9/10" => NounClass::C9_10,
            "11/10" => NounClass::C11_10,
            "14" => NounClass::C14,
            "15" => NounClass::C15,
            "6" => NounClass::C6,
            other => {
                return Err(format!(
                    "unknown noun class {other:?} (expected 1/2, 3/4, 5/6, 6, 7/8, 9/10, 11/10, 14 or 15)"
                ));
            }
        })
    }
}

/// Grammatical number of a form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Number {
    /// The head form's number.
    Singular,
    /// The plural class.
    Plural,
}

fn starts_with_vowel(s: &str) -> bool {
    s.starts_with(['a', 'e', 'i', 'o', 'u'])
}

impl NounClass {
    /// The plural of a singular noun of this class by the regular prefix change, or `None`
    /// when the class has no distinct plural or the form does not carry the expected prefix
    /// (irregular nouns list their plural explicitly).
    pub fn plural(self, singular: &str) -> Option<String> {
        let s = singular;
        match self {
            // mwenye-/mwenza-: wenyeji, wenzake; mwana- compounds: wanasheria, wanachama.
            NounClass::C1_2 if s.starts_with("mwenye") || s.starts_with("mwenz") => {
                Some(format!("w{}", &s[2..]))
            }
            NounClass::C1_2 if s.starts_with("mwana") => Some(format!("w{}", &s[2..])),
            NounClass::C1_2 => s
                .strip_prefix("mw")
                .filter(|r| starts_with_vowel(r))
                .map(|r| format!("wa{r}"))
                .or_else(|| s.strip_prefix("mu").map(|r| format!("wa{r}")))
                .or_else(|| s.strip_prefix('m').map(|r| format!("wa{r}"))),
            NounClass::C3_4 => s
                .strip_prefix("mw")
                .filter(|r| starts_with_vowel(r))
                .or_else(|| s.strip_prefix("mu"))
                .map(|r| format!("mi{r}"))
                .or_else(|| s.strip_prefix('m').map(|r| format!("mi{r}"))),
            NounClass::C5_6 => Some(format!("ma{s}")),
            NounClass::C7_8 => s
                .strip_prefix("ki")
                .map(|r| format!("vi{r}"))
                .or_else(|| s.strip_prefix("ch").map(|r| format!("vy{r}"))),
            NounClass::C11_10 => s
                .strip_prefix('u')
                .filter(|r| r.len() > 2 && !starts_with_vowel(r))
                .map(str::to_string),
            NounClass::C9_10 | NounClass::C14 | NounClass::C15 | NounClass::C6 => None,
        }
    }

    /// The connective (`wa`, `ya`, `la`, `cha`, `vya`, `za`, `kwa`) agreeing with a noun of
    /// this class in the given number.
    pub fn connective(self, number: Number) -> &'static str {
        use Number::*;
        match (self, number) {
            (NounClass::C1_2, _) => "wa",
            (NounClass::C3_4, Singular) => "wa",
            (NounClass::C3_4, Plural) => "ya",
            (NounClass::C5_6, Singular) => "la",
            (NounClass::C5_6, Plural) | (NounClass::C6, _) => "ya",
            (NounClass::C7_8, Singular) => "cha",
            (NounClass::C7_8, Plural) => "vya",
            (NounClass::C9_10, Singular) => "ya",
            (NounClass::C9_10, Plural) | (NounClass::C11_10, Plural) => "za",
            (NounClass::C11_10, Singular) | (NounClass::C14, _) => "wa",
            (NounClass::C15, _) => "kwa",
        }
    }
}

/// The plural of a phrase headed by a noun of `class`: the head takes its plural and the
/// connective right after it agrees (`mkataba wa ulinzi` → `mikataba ya ulinzi`).
pub fn phrase_plural(class: NounClass, phrase: &str) -> Option<String> {
    let mut words = phrase.split(' ');
    let head = words.next()?;
    let plural_head = class.plural(head)?;
    let mut out = vec![plural_head];
    // Only the connective right after the head agrees with it; a later one belongs to
    // another noun (`mkutano na waandishi wa habari`).
    for (i, w) in words.enumerate() {
        if i == 0 && w == class.connective(Number::Singular) {
            out.push(class.connective(Number::Plural).to_string());
        } else {
            out.push(w.to_string());
        }
    }
    Some(out.join(" "))
}

/// The locative of a noun (`nchi` → `nchini`, `mji` → `mjini`).
pub fn locative(noun: &str) -> String {
    format!("{noun}ni")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_plurals() {
        let cases = [
            (NounClass::C1_2, "mtu", Some("watu")),
            (NounClass::C1_2, "mwandishi", Some("waandishi")),
            (NounClass::C1_2, "mwenyeji", Some("wenyeji")),
            (NounClass::C1_2, "mwanasheria", Some("wanasheria")),
            (NounClass::C1_2, "mwendesha", Some("waendesha")),
            (NounClass::C3_4, "muhula", Some("mihula")),
            (NounClass::C3_4, "mkataba", Some("mikataba")),
            (NounClass::C3_4, "mwaka", Some("miaka")),
            (NounClass::C5_6, "shambulio", Some("mashambulio")),
            (NounClass::C7_8, "kikwazo", Some("vikwazo")),
            (NounClass::C7_8, "chama", Some("vyama")),
            (NounClass::C9_10, "nchi", None),
            (NounClass::C14, "ulinzi", None),
        ];
        for (class, sg, pl) in cases {
            assert_eq!(class.plural(sg).as_deref(), pl, "{sg}");
        }
    }

    #[test]
    fn phrase_plural_agrees() {
        assert_eq!(
            phrase_plural(NounClass::C3_4, "mkataba wa ulinzi").as_deref(),
            Some("mikataba ya ulinzi")
        );
        assert_eq!(
            phrase_plural(NounClass::C7_8, "kikwazo cha kiuchumi").as_deref(),
            Some("vikwazo vya kiuchumi")
        );
        assert_eq!(
            phrase_plural(NounClass::C3_4, "mkutano na waandishi wa habari").as_deref(),
            Some("mikutano na waandishi wa habari")
        );
    }

    #[test]
    fn classes_parse_and_print() {
        for s in ["1/2", "3/4", "5/6", "6", "7/8", "9/10", "11/10", "14", "15"] {
            assert_eq!(s.parse::<NounClass>().unwrap().to_string(), s);
        }
        assert!("4/5".parse::<NounClass>().is_err());
    }
}
