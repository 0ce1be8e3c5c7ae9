//! Swahili verbs (swahili.md §3): the endings a stem takes (final vowel, passive, applied,
//! reciprocal, subjunctive, negative present) and a small parser for the prefix chain in
//! front of the stem:
//!
//! `[neg] + subject + tense/aspect + [relative] + [object] + stem + [extensions] + final vowel`
//!
//! The matcher finds a stem with one of its endings at the END of a word with an automaton,
//! then asks [`parse_prefix`] whether the letters before it, inside the same word, form a
//! valid chain. So `walisaini`, `hawajasaini`, `alipotia saini` and `atakayeshambuliwa` are
//! recognised without listing them, and every hit knows its polarity, tense and subject.
//!
//! Over 400 lines with a reason: `parse_prefix` is one ordered decision list, kept whole with
//! its table tests; endings and marker tables are in `endings.rs` and `markers.rs`.

mod endings;
mod markers;
#[cfg(test)]
mod reference;

pub use endings::endings;
pub(crate) use markers::may_have_tense;
use markers::*;

use serde::{Deserialize, Serialize};

/// Whether a verb form is affirmative or negated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// `walisaini`: they signed.
    Affirmative,
    /// `hawakusaini`: they did not sign.
    Negative,
}

/// Tense, aspect or mood of a verb form, from its tense marker (or its absence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    /// `-na-` (and the negative present: `hasaini`, `hawashambulii`).
    Present,
    /// `-li-` (negative `-ku-`: `hakusaini`).
    Past,
    /// `-ta-`, relative `-taka-`.
    Future,
    /// `-me-` (negative `-ja-`: `hajasaini` "has not (yet) signed").
    Perfect,
    /// `-ki-`: while / if.
    Simultaneous,
    /// `-nge-`: would.
    Conditional,
    /// `-ngali-`: would have.
    PastConditional,
    /// `-a-`, and the bare subject form of headlines (`Rais asaini mkataba`).
    General,
    /// `hu-`: habitually.
    Habitual,
    /// `-ka-`: and then.
    Narrative,
    /// Subject with final `-e`, or negative `-si-` (`asisaini`): that … (should) sign.
    Subjunctive,
    /// `ku-` (negative `kuto-`): to sign.
    Infinitive,
    /// The bare stem (imperative or a citation form).
    Bare,
}

impl Tense {
    /// The tense's name as the JSON output writes it.
    pub fn name(self) -> &'static str {
        match self {
            Tense::Present => "present",
            Tense::Past => "past",
            Tense::Future => "future",
            Tense::Perfect => "perfect",
            Tense::Simultaneous => "simultaneous",
            Tense::Conditional => "conditional",
            Tense::PastConditional => "pastconditional",
            Tense::General => "general",
            Tense::Habitual => "habitual",
            Tense::Narrative => "narrative",
            Tense::Subjunctive => "subjunctive",
            Tense::Infinitive => "infinitive",
            Tense::Bare => "bare",
        }
    }
}

/// Active or passive (`-wa`: `walishambuliwa` "they were attacked").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    /// The stem's own voice.
    Active,
    /// Passive `-wa`, `-iwa`, `-liwa`.
    Passive,
}

/// What an ending requires of the prefix chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mood {
    /// Any chain.
    Any,
    /// Final `-a` of an `-a` verb: not the negative present, not the subjunctive.
    Indicative,
    /// Final `-e`: subjunctive only.
    Subjunctive,
    /// Final `-i` of an `-a` verb: the negative present only (`hawashambulii`).
    NegativePresent,
}

/// A subject (or negative subject) marker with the person it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Subject {
    /// The affirmative marker (`wa`, `a`, `i`, …) even when the form is negative.
    pub marker: &'static str,
    /// Who: `I`, `you`, `he/she`, `we`, `you (pl)`, `they`, `it`, `they (things)`, `there`.
    pub person: &'static str,
}

/// The analysis of a verb form's prefix chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Analysis {
    /// Affirmative or negative.
    pub polarity: Polarity,
    /// Tense, aspect or mood.
    pub tense: Tense,
    /// The subject, when the form has one.
    pub subject: Option<&'static Subject>,
    /// The relative marker (`po` when, `ye` who, …).
    pub relative: Option<&'static str>,
    /// The object marker (`i` it, `m`/`mw` him/her, `wa` them, `ji` oneself, …).
    pub object: Option<&'static str>,
    /// Active or passive.
    pub voice: Voice,
}

impl Analysis {
    /// Whether this negative reading is spelt like a habitual: the second person singular
    /// negative present opens on `hu-` (`hufahamu` "you do not understand"), as the habitual
    /// does (`hufahamu` "understands"); in `huitaji` (a habitual, `h` of `hitaji` dropped)
    /// the `hu-` + object + `-i` reads "you do not mention it" only by accident. News
    /// seldom says "you", so the negation is not asserted from such a form alone.
    pub fn spelt_like_habitual(&self) -> bool {
        self.polarity == Polarity::Negative
            && self.tense == Tense::Present
            && self.relative.is_none()
            && self
                .subject
                .is_some_and(|s| s.marker == "u" && s.person == "you")
    }
}

/// Parses the letters of a word before a verb stem (folded, lower case) as a prefix chain.
/// `stem` is the rest of the word (the stem with its ending: `apa`, `athiriwa`); `mood` is
/// what the stem's ending requires; `voice` is the ending's voice. Returns the first
/// analysis in a fixed order of preference, or `None` when the letters are not a verb
/// prefix (`ma` of `matangazo`, `m` of `mzuri`, `kw` of `kwapa`, `wa` of `waathiriwa`).
pub fn parse_prefix(prefix: &str, stem: &str, mood: Mood, voice: Voice) -> Option<Analysis> {
    let p = prefix;
    let make = |polarity, tense, subject: Option<&'static Subject>, relative, object| Analysis {
        polarity,
        tense,
        subject,
        relative,
        object,
        voice,
    };
    let indicative_ok = !matches!(mood, Mood::Subjunctive | Mood::NegativePresent);
    if p.is_empty() {
        return indicative_ok.then(|| make(Polarity::Affirmative, Tense::Bare, None, None, None));
    }
    // Every chain below opens on one of these letters (its markers' first letters).
    if !b"achiklmnpstuvwyz".contains(&p.as_bytes()[0]) {
        return None;
    }
    // Infinitive: ku- / kw- (+ object), negative kuto-. The glide kw- stands only right
    // before a stem in e, i or o (kwenda, kwisha, kwota); `a` stems keep ku- (kuapa,
    // kuanza), so kw + a… is another word (kwapa armpit, kwanza first).
    if indicative_ok {
        for (marker, polarity) in [
            ("kuto", Polarity::Negative),
            ("ku", Polarity::Affirmative),
            ("kw", Polarity::Affirmative),
        ] {
            if let Some(rest) = after(p, marker)
                && let Some(o) = object(rest)
                && (marker != "kw" || (o.is_none() && stem.starts_with(['e', 'i', 'o'])))
            {
                return Some(make(polarity, Tense::Infinitive, None, None, o));
            }
        }
        // Habitual hu- (no subject).
        if let Some(rest) = after(p, "hu")
            && let Some(o) = object(rest)
        {
            return Some(make(Polarity::Affirmative, Tense::Habitual, None, None, o));
        }
    }
    // Every negative subject starts with `h` or `s`: other words skip the negative lists.
    let negative_start = matches!(p.as_bytes()[0], b'h' | b's');
    // Negative with a tense marker: hakusaini, hawajasaini, haitasaini.
    if indicative_ok && negative_start {
        for (neg, subj) in NEG_SUBJECTS {
            let Some(rest) = after(p, neg) else {
                continue;
            };
            for &(t, tense) in NEG_TENSES {
                if let Some(tail) = after(rest, t)
                    && let Some(o) = object(tail)
                {
                    return Some(make(Polarity::Negative, tense, Some(subj), None, o));
                }
            }
        }
    }
    // Affirmative with a tense marker (and a relative after -li- -na- -taka-).
    if indicative_ok {
        for (sm, subj) in SUBJECTS {
            let Some(rest) = after(p, sm) else {
                continue;
            };
            if let Some(tail) = after(rest, "taka")
                && let Some((r @ Some(_), o)) = relative_object(tail, true)
            {
                return Some(make(Polarity::Affirmative, Tense::Future, Some(subj), r, o));
            }
            for &(t, tense) in TENSES {
                if let Some(tail) = after(rest, t) {
                    let allow_rel = matches!(tense, Tense::Past | Tense::Present);
                    if let Some((r, o)) = relative_object(tail, allow_rel) {
                        return Some(make(Polarity::Affirmative, tense, Some(subj), r, o));
                    }
                }
            }
        }
    }
    // Negative -si- after a subject: asiyesaini (who did not sign), asisaini (that he not).
    // (a subject has one or two letters, so `si` starts at the second or third)
    let si_at = |i: usize| matches!(p.as_bytes().get(i..i + 2), Some(b"si"));
    let si_after_subject = si_at(1) || si_at(2);
    for (sm, subj) in SUBJECTS.iter().filter(|_| si_after_subject) {
        if let Some(rest) = after(p, sm)
            && let Some(tail) = after(rest, "si")
            && let Some((r, o)) = relative_object(tail, true)
        {
            let tense = if r.is_some() {
                Tense::General
            } else {
                Tense::Subjunctive
            };
            let ok = match mood {
                Mood::Any => true,
                Mood::Subjunctive => r.is_none(),
                Mood::Indicative => r.is_some(),
                Mood::NegativePresent => false,
            };
            if ok {
                return Some(make(Polarity::Negative, tense, Some(subj), r, o));
            }
        }
    }
    // Negative present: no tense marker (hasaini, hawashambulii); longest subject first.
    if negative_start && matches!(mood, Mood::Any | Mood::NegativePresent) {
        for (neg, subj) in NEG_SUBJECTS {
            if let Some(rest) = after(p, neg)
                && let Some(o) = object(rest)
            {
                return Some(make(
                    Polarity::Negative,
                    Tense::Present,
                    Some(subj),
                    None,
                    o,
                ));
            }
        }
    }
    // Subject without a tense: the subjunctive (-e; loans keep their vowel) with any
    // subject, or the headline general (`asaini`, `yatangaza`) with the few above.
    if mood != Mood::NegativePresent {
        let list: &'static [(&str, Subject)] = if mood == Mood::Subjunctive {
            SUBJUNCTIVE_SUBJECTS
        } else {
            GENERAL_SUBJECTS
        };
        // Longest marker first (the lists are written in that order).
        for (sm, subj) in list {
            if let Some(rest) = after(p, sm)
                && let Some(o) = object(rest)
                && !derived_noun(sm, o, stem, mood, voice)
            {
                let tense = if mood == Mood::Subjunctive {
                    Tense::Subjunctive
                } else {
                    Tense::General
                };
                return Some(make(Polarity::Affirmative, tense, Some(subj), None, o));
            }
        }
    }
    None
}

/// Whether a bare subject form is rather a class 2 noun derived from the verb: `wa-` with
/// no tense marker and a passive ending is the plural of an `m-…-wa` patient noun
/// (`waathiriwa` victims, `wafungwa` prisoners, `watuhumiwa` suspects, `watumwa`
/// servants) far more often than a headline verb (`wapigwa` "they are beaten"), so it is
/// not read as a verb. Headline passives of other subjects (`Rais ashambuliwa`) and of
/// verbs of several words (`wapigwa marufuku` they are banned) stay.
fn derived_noun(subject: &str, object: Option<&str>, stem: &str, mood: Mood, voice: Voice) -> bool {
    subject == "wa"
        && object.is_none()
        && voice == Voice::Passive
        && mood != Mood::Subjunctive
        && !stem.contains(' ')
}

/// The headline reading of what [`parse_prefix`] takes for a class 2 noun: `wa-` with a
/// passive and no tense (`wakamatwa` "they are arrested"), for the matcher to accept when
/// the words before it are its subject (`Watu 20 wakamatwa`, `Wakazi waonywa`).
pub fn headline_passive(prefix: &str, stem: &str, mood: Mood, voice: Voice) -> Option<Analysis> {
    (prefix == "wa" && derived_noun("wa", None, stem, mood, voice)).then(|| Analysis {
        polarity: Polarity::Affirmative,
        tense: Tense::General,
        subject: GENERAL_SUBJECTS
            .iter()
            .find(|(m, _)| *m == "wa")
            .map(|(_, s)| s),
        relative: None,
        object: None,
        voice,
    })
}

/// Analyses a whole word (folded) as a form of `stem`: the ending must close the word and
/// the letters before it must be a prefix chain.
pub fn analyse(word: &str, stem: &str) -> Option<Analysis> {
    for e in endings(stem) {
        if let Some(prefix) = word.strip_suffix(e.text.as_str())
            && let Some(a) = parse_prefix(prefix, &e.text, e.mood, e.voice)
        {
            return Some(a);
        }
    }
    None
}

/// Whether `word` (folded) reads as an applied form of `stem` (`huhamia` of `hama`,
/// `unarejelea` of `rejea`): the ending [`analyse`] accepts is an applied one.
pub fn is_applied(word: &str, stem: &str) -> bool {
    // The first ending that analyses is the one [`analyse`] (and the matcher) reads.
    endings(stem)
        .into_iter()
        .find(|e| {
            word.strip_suffix(e.text.as_str())
                .is_some_and(|prefix| parse_prefix(prefix, &e.text, e.mood, e.voice).is_some())
        })
        .is_some_and(|e| e.applied)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn a(word: &str, stem: &str) -> Option<(Polarity, Tense, Option<&'static str>)> {
        analyse(word, stem).map(|a| (a.polarity, a.tense, a.subject.map(|s| s.marker)))
    }

    #[test]
    fn applied_forms_are_told() {
        assert!(is_applied("huhamia", "hama"));
        assert!(is_applied("unarejelea", "rejea"));
        assert!(is_applied("alimwandikia", "andika"));
        assert!(!is_applied("walihama", "hama"));
        assert!(!is_applied("kuchukuliwa", "chukua"));
        assert!(!is_applied("walikamatwa", "kamata"));
        assert!(!is_applied("wamesainiwa", "saini"));
    }

    #[test]
    fn prefix_chains() {
        use Polarity::*;
        use Tense::*;
        let cases = [
            ("walisaini", "saini", Some((Affirmative, Past, Some("wa")))),
            (
                "wamesaini",
                "saini",
                Some((Affirmative, Perfect, Some("wa"))),
            ),
            ("alipotia", "tia", Some((Affirmative, Past, Some("a")))),
            ("hakusaini", "saini", Some((Negative, Past, Some("a")))),
            (
                "hawajasaini",
                "saini",
                Some((Negative, Perfect, Some("wa"))),
            ),
            ("haikusaini", "saini", Some((Negative, Past, Some("i")))),
            ("kusaini", "saini", Some((Affirmative, Infinitive, None))),
            ("kutosaini", "saini", Some((Negative, Infinitive, None))),
            ("ameizuru", "zuru", Some((Affirmative, Perfect, Some("a")))),
            (
                "watashambuliwa",
                "shambulia",
                Some((Affirmative, Future, Some("wa"))),
            ),
            (
                "hawashambulii",
                "shambulia",
                Some((Negative, Present, Some("wa"))),
            ),
            (
                "atakayeshinda",
                "shinda",
                Some((Affirmative, Future, Some("a"))),
            ),
            ("asiyesaini", "saini", Some((Negative, General, Some("a")))),
            (
                "wakutane",
                "kutana",
                Some((Affirmative, Subjunctive, Some("wa"))),
            ),
            ("asaini", "saini", Some((Affirmative, General, Some("a")))),
            (
                "kujiuzulu",
                "jiuzulu",
                Some((Affirmative, Infinitive, None)),
            ),
            ("alimwonya", "onya", Some((Affirmative, Past, Some("a")))),
            ("matangazo", "tangaza", None),
            ("mzuri", "zuru", None),
            ("kiutawala", "tawala", None),
            ("mapana", "apa", None),
            ("makataa", "kataa", None),
            (
                "yatangaza",
                "tangaza",
                Some((Affirmative, General, Some("i"))),
            ),
            ("alionyesha", "onya", None),
            ("mashambulizi", "shambulia", None),
            ("wapi", "apa", None),
            ("hashambulia", "shambulia", None),
            // Regression: kw + a-stem is not an infinitive (kwapa "armpit", not "to swear").
            ("kwapa", "apa", None),
            ("kuapa", "apa", Some((Affirmative, Infinitive, None))),
            ("kwisha", "isha", Some((Affirmative, Infinitive, None))),
            ("kwenda", "enda", Some((Affirmative, Infinitive, None))),
            // Regression: bare wa- + passive is a class 2 noun (waathiriwa "victims").
            ("waathiriwa", "athiri", None),
            ("wafungwa", "funga", None),
            (
                "waliathiriwa",
                "athiri",
                Some((Affirmative, Past, Some("wa"))),
            ),
            (
                "ashambuliwa",
                "shambulia",
                Some((Affirmative, General, Some("a"))),
            ),
            ("wapiga", "piga", Some((Affirmative, General, Some("wa")))),
        ];
        for (word, stem, want) in cases {
            assert_eq!(a(word, stem), want, "{word}");
        }
    }

    #[test]
    fn marker_lists_are_longest_first() {
        for list in [SUBJUNCTIVE_SUBJECTS, NEG_SUBJECTS, GENERAL_SUBJECTS] {
            assert!(list.windows(2).all(|w| w[0].0.len() >= w[1].0.len()));
        }
    }

    #[test]
    fn passive_is_reported() {
        let x = analyse("walishambuliwa", "shambulia").unwrap();
        assert_eq!(x.voice, Voice::Passive);
        let x = analyse("imesainiwa", "saini").unwrap();
        assert_eq!(x.voice, Voice::Passive);
        assert_eq!(x.subject.unwrap().marker, "i");
    }

    #[test]
    fn endings_follow_harmony() {
        let e: Vec<String> = endings("onya").into_iter().map(|e| e.text).collect();
        assert!(e.contains(&"onyewa".to_string()), "{e:?}");
        let e: Vec<String> = endings("zuru").into_iter().map(|e| e.text).collect();
        assert!(e.contains(&"zuriwa".to_string()), "{e:?}");
    }
}
