//! The names check: every name the gloss finds in the Swahili must be in the English —
//! a glossary name through its English forms (`Urusi` → Russia, `Marekani` → United
//! States), a person's or place's name as written (any of its words, possessive allowed).

use super::stem::stem;
use super::{CheckId, Issue, Pair, Severity};
use crate::english::GlossKind;
use crate::text::fold;

/// The words of an English rendering as the target is matched: lower case, stemmed.
pub(crate) fn phrase_words(en: &str) -> Vec<String> {
    en.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| stem(&w.to_lowercase()))
        .collect()
}

/// The capitalised words of a name as written that are not in the English: each word (three
/// letters or more, or an initialism) must be an English word or the start of one
/// (`Cauca's`, `Canadian`).
fn missing_words<'n>(p: &Pair, name: &'n str) -> Vec<&'n str> {
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 || w.chars().all(char::is_uppercase) && !w.is_empty())
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter(|w| {
            let key: String = fold(w).chars().take(5).collect();
            !p.tgt.words.iter().any(|t| {
                t.lower.starts_with(&key) || key.starts_with(&t.lower) && t.lower.chars().count() >= 4
            })
        })
        .collect()
}

fn written_in(p: &Pair, name: &str) -> bool {
    missing_words(p, name).is_empty()
}

/// Whether a word looks like a name rather than a capitalised Swahili word: Swahili words
/// end in a vowel and do not use q or x, nor c outside `ch`.
fn foreign(word: &str) -> bool {
    let w = fold(word);
    let ends_consonant = w.chars().last().is_some_and(|c| c.is_alphabetic() && !"aeiou".contains(c));
    let c_alone = w.match_indices('c').any(|(i, _)| !w[i + 1..].starts_with('h'));
    ends_consonant || w.contains(['q', 'x']) || c_alone || w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
}

/// Whether the English writes the name by its initials: `United States` → US, U.S.
fn initialism(p: &Pair, en: &str) -> bool {
    let initials: String = en
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_lowercase();
    initials.chars().count() >= 2
        && p.tgt.words.iter().any(|t| t.lower.replace('.', "") == initials)
        || initials.chars().count() >= 2 && p.en.contains(&initials.to_uppercase().chars().map(|c| format!("{c}.")).collect::<String>())
}

pub(crate) fn check(p: &Pair, out: &mut Vec<Issue>) {
    let glossary = p.pipeline.glossary();
    for g in p.src.gloss.iter().filter(|g| g.kind == GlossKind::Name) {
        let entry = g
            .entry
            .as_deref()
            .and_then(|id| glossary.entries.iter().find(|e| e.id == id));
        let en = g.en.strip_prefix("in ").unwrap_or(&g.en);
        let (found, severity) = match entry {
            Some(e) => {
                let ok = std::iter::once(&e.en)
                    .chain(&e.alt)
                    .chain(e.plural_en.as_ref())
                    .any(|r| p.tgt.find_phrase(&phrase_words(r)).is_some())
                    || written_in(p, &e.sw)
                    || written_in(p, &e.en)
                    || initialism(p, &e.en);
                (ok, Severity::Error)
            }
            None => {
                let missing = missing_words(p, &g.sw);
                let severity = if missing.iter().any(|w| foreign(w)) {
                    Severity::Error
                } else {
                    Severity::Warning
                };
                (missing.is_empty(), severity)
            }
        };
        if !found {
            out.push(
                Issue::new(
                    CheckId::Names,
                    severity,
                    format!("name {:?} ({en}) not in the English", g.sw),
                )
                .sw(g.start..g.end),
            );
        }
    }
}
