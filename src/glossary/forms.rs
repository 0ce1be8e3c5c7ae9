//! The surface forms an entry stands for: its head form, the forms listed by hand, and the
//! forms the noun-class grammar generates (plural, agreeing phrase plural, locative).

use super::model::{Entry, Pos};
use crate::morph::{self, Number};
use crate::text::{fold, word_spans};

/// One surface form of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    /// The form, folded, words joined by one space.
    pub text: String,
    /// Its number, for nouns and noun phrases.
    pub number: Option<Number>,
    /// Whether it is a negated verb form.
    pub negative: bool,
}

/// Folds a form and normalises the space between its words.
pub fn normalise(form: &str) -> String {
    word_spans(form)
        .iter()
        .map(|s| fold(s.of(form)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Every form of `entry`, head form first, without repeats. A generated form that the entry
/// lists under `not` (another concept: `ubalozi` does not generate `balozi`) is left out.
pub fn forms(entry: &Entry) -> Vec<Form> {
    let not: Vec<String> = entry.not.iter().map(|n| normalise(n)).collect();
    let nominal = matches!(entry.pos, Pos::Noun | Pos::Phrase) && entry.class.is_some();
    let head = normalise(&entry.sw);
    let number = |n| nominal.then_some(n);
    let mut out: Vec<Form> = Vec::new();
    let mut push = |text: String, number: Option<Number>, negative: bool| {
        if !text.is_empty() && !out.iter().any(|f| f.text == text) && !not.contains(&text) {
            out.push(Form {
                text,
                number,
                negative,
            });
        }
    };
    push(head.clone(), number(Number::Singular), false);
    if entry.locative {
        push(morph::locative(&head), number(Number::Singular), false);
    }
    if let Some(plural) = entry
        .class
        .filter(|_| nominal)
        .and_then(|class| morph::phrase_plural(class, &head))
    {
        push(plural, Some(Number::Plural), false);
    }
    let negative: Vec<String> = entry.negative_forms.iter().map(|f| normalise(f)).collect();
    for f in &entry.forms {
        let text = normalise(f);
        let is_neg = negative.contains(&text);
        // A hand-listed form of a noun is its plural unless it is a locative.
        let n = if text.ends_with("ni") && entry.locative {
            Number::Singular
        } else {
            Number::Plural
        };
        push(text, number(n), is_neg);
    }
    for text in negative {
        push(text, None, true);
    }
    out
}
