//! The prefix parser as it was written with `strip_prefix` and `==` (a `memcmp` call per
//! marker), kept as the reference that [`super::parse_prefix`], which compares markers byte
//! by byte, must agree with on every cut of every word tried.

use super::markers::{GENERAL_SUBJECTS, SUBJECTS, SUBJUNCTIVE_SUBJECTS};
use super::markers::{NEG_SUBJECTS, NEG_TENSES, OBJECTS, RELATIVES, TENSES};
use super::{Analysis, Mood, Polarity, Subject, Tense, Voice, derived_noun, parse_prefix};

/// The reference parser, line for line as it was before the byte-by-byte comparison.
fn parse_prefix_by_strip(prefix: &str, stem: &str, mood: Mood, voice: Voice) -> Option<Analysis> {
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
            if let Some(rest) = p.strip_prefix(marker)
                && let Some(o) = object(rest)
                && (marker != "kw" || (o.is_none() && stem.starts_with(['e', 'i', 'o'])))
            {
                return Some(make(polarity, Tense::Infinitive, None, None, o));
            }
        }
        // Habitual hu- (no subject).
        if let Some(rest) = p.strip_prefix("hu")
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
            let Some(rest) = p.strip_prefix(neg) else {
                continue;
            };
            for &(t, tense) in NEG_TENSES {
                if let Some(after) = rest.strip_prefix(t)
                    && let Some(o) = object(after)
                {
                    return Some(make(Polarity::Negative, tense, Some(subj), None, o));
                }
            }
        }
    }
    // Affirmative with a tense marker (and a relative after -li- -na- -taka-).
    if indicative_ok {
        for (sm, subj) in SUBJECTS {
            let Some(rest) = p.strip_prefix(sm) else {
                continue;
            };
            if let Some(after) = rest.strip_prefix("taka")
                && let Some((r @ Some(_), o)) = relative_object(after, true)
            {
                return Some(make(Polarity::Affirmative, Tense::Future, Some(subj), r, o));
            }
            for &(t, tense) in TENSES {
                if let Some(after) = rest.strip_prefix(t) {
                    let allow_rel = matches!(tense, Tense::Past | Tense::Present);
                    if let Some((r, o)) = relative_object(after, allow_rel) {
                        return Some(make(Polarity::Affirmative, tense, Some(subj), r, o));
                    }
                }
            }
        }
    }
    // Negative -si- after a subject: asiyesaini (who did not sign), asisaini (that he not).
    // (a subject has one or two letters, so `si` starts at the second or third)
    let si_after_subject = p.get(1..3) == Some("si") || p.get(2..4) == Some("si");
    for (sm, subj) in SUBJECTS.iter().filter(|_| si_after_subject) {
        if let Some(rest) = p.strip_prefix(sm)
            && let Some(after) = rest.strip_prefix("si")
            && let Some((r, o)) = relative_object(after, true)
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
            if let Some(rest) = p.strip_prefix(neg)
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
            if let Some(rest) = p.strip_prefix(sm)
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

/// An optional object marker filling `rest` entirely.
fn object(rest: &str) -> Option<Option<&'static str>> {
    if rest.is_empty() {
        return Some(None);
    }
    // Every object marker has one or two letters.
    if rest.len() > 2 {
        return None;
    }
    OBJECTS.iter().find(|&&o| o == rest).map(|&o| Some(o))
}

/// An optional relative then an optional object filling `rest`.
fn relative_object(
    rest: &str,
    allow_relative: bool,
) -> Option<(Option<&'static str>, Option<&'static str>)> {
    // A relative has at most three letters and an object two.
    if rest.len() > 5 {
        return None;
    }
    if let Some(o) = object(rest) {
        return Some((None, o));
    }
    if allow_relative {
        for &r in RELATIVES {
            if let Some(after) = rest.strip_prefix(r)
                && let Some(o) = object(after)
            {
                return Some((Some(r), o));
            }
        }
    }
    None
}

/// Words to parse at every cut: chains built from every marker of the tables before a few
/// stems, and every distinct word of the MasakhaNEWS dev set (lower-cased) when the data is
/// found beside the project.
fn words() -> Vec<String> {
    let heads = [
        SUBJECTS,
        NEG_SUBJECTS,
        GENERAL_SUBJECTS,
        SUBJUNCTIVE_SUBJECTS,
    ]
    .concat();
    let mut heads: Vec<&str> = heads.iter().map(|(m, _)| *m).collect();
    heads.extend(["", "ku", "kuto", "kw", "hu", "s", "h", "x"]);
    heads.sort_unstable();
    heads.dedup();
    let tenses: Vec<&str> = TENSES
        .iter()
        .chain(NEG_TENSES)
        .map(|(t, _)| *t)
        .chain(["", "taka", "si", "tak", "ng"])
        .collect();
    let mut words = Vec::new();
    for h in &heads {
        for t in &tenses {
            for r in RELATIVES.iter().chain(&["", "y"]) {
                for o in OBJECTS.iter().chain(&[""]) {
                    for stem in ["saini", "ema", "ambiwa", "pigwa", "kutane"] {
                        words.push(format!("{h}{t}{r}{o}{stem}"));
                    }
                }
            }
        }
    }
    let dev =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/masakhanews/dev.tsv");
    if let Ok(text) = std::fs::read_to_string(dev) {
        let mut seen = std::collections::HashSet::new();
        for w in text.split(|c: char| !c.is_alphanumeric()) {
            let w = w.to_lowercase();
            if !w.is_empty() && seen.insert(w.clone()) {
                words.push(w);
            }
        }
    }
    words
}

#[test]
fn byte_by_byte_markers_give_the_same_readings() {
    let moods = [
        Mood::Any,
        Mood::Indicative,
        Mood::Subjunctive,
        Mood::NegativePresent,
    ];
    let (mut calls, mut readings) = (0usize, 0usize);
    for w in words() {
        for cut in (0..=w.len()).filter(|&i| w.is_char_boundary(i)) {
            let (prefix, stem) = w.split_at(cut);
            for mood in moods {
                for voice in [Voice::Active, Voice::Passive] {
                    let new = parse_prefix(prefix, stem, mood, voice);
                    let old = parse_prefix_by_strip(prefix, stem, mood, voice);
                    assert_eq!(new, old, "{prefix}-{stem} {mood:?} {voice:?}");
                    calls += 1;
                    readings += usize::from(new.is_some());
                }
            }
        }
    }
    // Enough of them read as verbs for the comparison to mean something.
    assert!(
        calls > 1_000_000 && readings > 100_000,
        "{calls} {readings}"
    );
}
