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

/// Whether a name as written is in the English: a word of it (three letters or more, or
/// an initialism) found as an English word or the start of one (`Cauca's`).
fn written_in(p: &Pair, name: &str) -> bool {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3 || w.chars().all(char::is_uppercase) && !w.is_empty())
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(fold)
        .collect();
    if words.is_empty() {
        return true;
    }
    words.iter().any(|w| {
        let key: String = w.chars().take(5).collect();
        p.tgt.words.iter().any(|t| {
            t.lower.starts_with(&key) || key.starts_with(&t.lower) && t.lower.chars().count() >= 4
        })
    })
}

pub(crate) fn check(p: &Pair, out: &mut Vec<Issue>) {
    let glossary = p.pipeline.glossary();
    for g in p.src.gloss.iter().filter(|g| g.kind == GlossKind::Name) {
        let entry = g
            .entry
            .as_deref()
            .and_then(|id| glossary.entries.iter().find(|e| e.id == id));
        let found = match entry {
            Some(e) => {
                let mut ok = std::iter::once(&e.en)
                    .chain(&e.alt)
                    .chain(e.plural_en.as_ref())
                    .any(|r| p.tgt.find_phrase(&phrase_words(r)).is_some());
                // Names that are English already (`Kenya`) or close to it (`Misri` / Misr).
                ok = ok || written_in(p, &e.sw);
                ok
            }
            None => written_in(p, &g.sw),
        };
        if !found {
            let en = g.en.strip_prefix("in ").unwrap_or(&g.en);
            out.push(
                Issue::new(
                    CheckId::Names,
                    Severity::Error,
                    format!("name {:?} ({en}) not in the English", g.sw),
                )
                .sw(g.start..g.end),
            );
        }
    }
}
