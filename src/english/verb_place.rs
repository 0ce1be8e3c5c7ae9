//! Where a verb stands changes its English: a subjunctive after a word of possibility reads
//! "may" (`wanaweza wasivuke` may not cross), an infinitive used as a noun reads `-ing`
//! (`baada ya kukamatwa` after being arrested, `Kusafiri kwa ndege` travelling by plane).

use super::data::EnglishData;
use super::verbs::{participle, render};
use crate::morph::{Analysis, Polarity, Tense, Voice};
use crate::text::fold;

/// [`render`] for a verb standing at `at` in `text`: a subjunctive after a word of
/// possibility (`wanaweza wasivuke`) reads "may", not "should"; an infinitive standing as a
/// noun ([`nominal_infinitive`]) reads as the English `-ing` form, not "to …".
pub fn render_at(
    en: &str,
    a: &Analysis,
    data: &EnglishData,
    text: &str,
    at: usize,
) -> Option<String> {
    if matches!(a.tense, Tense::Subjunctive | Tense::Narrative) && after_modal(data, text, at) {
        return Some(modal(en, a, data));
    }
    if a.tense == Tense::Infinitive
        && a.polarity == Polarity::Affirmative
        && nominal_infinitive(data, text, at)
    {
        let noun = Analysis {
            tense: Tense::Simultaneous,
            ..*a
        };
        return render(en, &noun, data);
    }
    render(en, a, data)
}

/// Whether the infinitive at `at` stands as a noun, where English takes the `-ing` form:
/// after a word or phrase of the data's `gerund_before` (a preposition or connective:
/// `baada ya`, `kwa`, `katika`), after a comma (`","` in the data), or opening its sentence
/// or clause (`"."` in the data: nothing before it, or `.`, `;`, `:`, `!`, `?`, a quote);
/// not after a noun of `infinitive_nouns` (`uamuzi wa kufunga` the decision to close).
pub(super) fn nominal_infinitive(data: &EnglishData, text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("").trim_end();
    let edge = match before.chars().last() {
        None => Some("."),
        Some(',') => Some(","),
        Some(c) if ".;:!?\"“”'‘(".contains(c) => Some("."),
        Some(_) => None,
    };
    if let Some(edge) = edge {
        return data.gerund_before.iter().any(|w| w == edge);
    }
    let words: Vec<String> = before.split_whitespace().rev().take(3).map(fold).collect();
    let one = words.first().cloned().unwrap_or_default();
    let two = words
        .get(1)
        .map(|w| format!("{w} {one}"))
        .unwrap_or_default();
    // A noun whose English takes "to" keeps it, with one adjective between or not:
    // `uwezo wa kupumua` the ability to breathe, `uwezekano mkubwa wa kuugua` more likely to.
    if words
        .iter()
        .skip(1)
        .any(|n| data.infinitive_nouns.contains(n))
    {
        return false;
    }
    data.gerund_before.iter().any(|w| *w == one || *w == two)
}

/// The English of a subjunctive after a word of possibility (`wanaweza wasivuke` may not
/// cross, `huenda ashinde` may win): "may", never "should".
pub fn modal(en: &str, a: &Analysis, data: &EnglishData) -> String {
    let (first, rest) = en.split_once(' ').unwrap_or((en, ""));
    let rest = if rest.is_empty() {
        String::new()
    } else {
        format!(" {rest}")
    };
    let verb = if a.voice == Voice::Passive && first != "be" {
        format!("be {}{rest}", participle(first, data))
    } else {
        en.to_string()
    };
    match a.polarity {
        Polarity::Negative => format!("may not {verb}"),
        Polarity::Affirmative => format!("may {verb}"),
    }
}

/// Whether a word of possibility governs the verb at `at`: a `modal_before` word right
/// before it (`wanaweza wasivuke`, `huenda ikaathiri`), or an adverb of the data (`huenda`,
/// `labda`, not a verb such as `-weza`) up to two words earlier in the same clause, with its
/// subject between (`huenda watu wasitarajie`).
pub(super) fn after_modal(data: &EnglishData, text: &str, at: usize) -> bool {
    let before = text.get(..at).unwrap_or("");
    if before.ends_with(|c: char| !c.is_whitespace()) {
        return false;
    }
    let words: Vec<&str> = before.split_whitespace().rev().take(3).collect();
    words.iter().enumerate().any(|(i, raw)| {
        // A clause ends at punctuation: nothing before it governs the verb.
        if words[..i]
            .iter()
            .chain(std::iter::once(raw))
            .skip(usize::from(i == 0))
            .any(|w| w.ends_with(|c: char| c.is_ascii_punctuation()))
        {
            return false;
        }
        let word = fold(raw);
        data.modal_before.iter().any(|m| match m.strip_prefix('-') {
            Some(ending) => i == 0 && word.len() > ending.len() && word.ends_with(ending),
            None => word == *m,
        })
    })
}
