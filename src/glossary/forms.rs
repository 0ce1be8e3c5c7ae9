//! The surface forms an entry stands for: its head form, the forms listed by hand, the
//! forms the noun-class grammar generates (plural, agreeing phrase plural, locative), and
//! for verbs the stem with each of its endings, which the matcher finds at the end of a
//! word and checks the prefix chain in front of (see `morph::verb`).

use super::model::{Entry, Pos};
use crate::morph::{self, Mood, Number, Voice};
use crate::text::{fold, word_spans};

/// How a form is matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Whole words, exactly.
    Words,
    /// A verb stem with an ending: it must end a word, and the letters in front of it in
    /// the same word must be a verb prefix chain fit for `mood`.
    Verb {
        /// What the ending requires of the prefix chain.
        mood: Mood,
        /// The ending's voice.
        voice: Voice,
    },
}

/// One surface form of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The form, folded, words joined by one space.
    pub text: String,
    /// Its number, for nouns and noun phrases.
    pub number: Option<Number>,
    /// Whether it is a negated verb form (hand-listed `negative_forms`).
    pub negative: bool,
    /// Whether the plural is written the same (`ndege`, `sera`): the form's number is then
    /// read from the words after it, and `number` is only the default.
    pub same_plural: bool,
    /// Whole words or a verb stem.
    pub kind: FormKind,
}

/// Folds a form and normalises the space between its words.
pub fn normalise(form: &str) -> String {
    word_spans(form)
        .iter()
        .map(|s| fold(s.of(form)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the entry's words after the head agree like a person's.
pub fn animate(entry: &Entry) -> bool {
    entry.animate
        || entry
            .class
            .is_some_and(|c| morph::animate_phrase(c, &normalise(&entry.sw)))
}

/// The number of a hand-listed form of a noun `head`: singular for a locative, for a
/// respelling (`zima moto` of `zimamoto`) and for a variant with the same head word and no
/// plural agreement after it (`hewa ya ukaa`, `ukataji wa miti`); plural for a form whose
/// head word carries the class's plural prefix (`mashambulio`, `wezi`, `magonjwa` of
/// `ugonjwa`) or whose words after the same head agree in the plural (`wizara za ulinzi`).
fn listed_number(entry: &Entry, head: &str, text: &str) -> Number {
    let Some(class) = entry.class else {
        return Number::Plural;
    };
    if (text.ends_with("ni") && entry.locative)
        || class == morph::NounClass::C6
        || text.replace(' ', "") == head.replace(' ', "")
    {
        return Number::Singular;
    }
    let (hw, fw) = (head.split(' '), text.split(' '));
    let (Some(h0), Some(f0)) = (head.split(' ').next(), text.split(' ').next()) else {
        return Number::Singular;
    };
    if h0 != f0 {
        return if morph::plural_prefixed(class, f0) {
            Number::Plural
        } else {
            Number::Singular
        };
    }
    let anim = animate(entry);
    let plural_agreement = hw
        .zip(fw)
        .skip(1)
        .any(|(h, f)| h != f && morph::agrees_in_plural(class, anim, h, f));
    if plural_agreement {
        Number::Plural
    } else {
        Number::Singular
    }
}

/// Every form of `entry`, head form first, without repeats. A generated form that the entry
/// lists under `not` (another concept: `ubalozi` does not generate `balozi`) is left out.
pub fn forms(entry: &Entry) -> Vec<Form> {
    let nominal = matches!(entry.pos, Pos::Noun | Pos::Phrase) && entry.class.is_some();
    let head = normalise(&entry.sw);
    let not: Vec<String> = entry.not.iter().map(|n| normalise(n)).collect();
    let number = |n| nominal.then_some(n);
    let mut out: Vec<Form> = Vec::new();
    let mut push = |text: String, number: Option<Number>, negative: bool, kind: FormKind| {
        if let Some(f) = out.iter_mut().find(|f| f.text == text && f.kind == kind) {
            f.same_plural |= f.number == Some(Number::Singular) && number == Some(Number::Plural);
        } else if !text.is_empty() && !not.contains(&text) {
            out.push(Form {
                text,
                number,
                negative,
                same_plural: false,
                kind,
            });
        }
    };
    let words = FormKind::Words;
    if entry.pos == Pos::Verb {
        let (stem, rest) = match head.split_once(' ') {
            Some((s, r)) => (s, format!(" {r}")),
            None => (head.as_str(), String::new()),
        };
        for e in morph::verb::endings(stem) {
            let kind = FormKind::Verb {
                mood: e.mood,
                voice: e.voice,
            };
            push(format!("{}{rest}", e.text), None, false, kind);
        }
    } else {
        push(head.clone(), number(Number::Singular), false, words);
    }
    if entry.locative {
        push(
            morph::locative(&head),
            number(Number::Singular),
            false,
            words,
        );
    }
    if let Some(class) = entry.class.filter(|_| nominal) {
        match &entry.plural {
            None => {
                if let Some(plural) = morph::phrase_plural(class, &head, animate(entry)) {
                    // A generated plural the entry says is another concept is dropped
                    // (`ubalozi` → `balozi`, which is "ambassador").
                    if !not.contains(&plural) {
                        push(plural, Some(Number::Plural), false, words);
                    }
                }
            }
            Some(list) => {
                for p in list {
                    push(normalise(p), Some(Number::Plural), false, words);
                }
            }
        }
    }
    let negative: Vec<String> = entry.negative_forms.iter().map(|f| normalise(f)).collect();
    for f in &entry.forms {
        let text = normalise(f);
        let is_neg = negative.contains(&text);
        let n = listed_number(entry, &head, &text);
        push(text, number(n), is_neg, words);
    }
    for text in negative {
        push(text, None, true, words);
    }
    out
}
