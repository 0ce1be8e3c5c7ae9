//! The names check: every name the gloss finds in the Swahili must be in the English —
//! a glossary name through its English forms (`Urusi` → Russia, `Marekani` → United
//! States), a person's or place's name as written (any of its words, possessive allowed).
//!
//! Over 400 lines: the ways a name is found (as written, the glossary's English, demonyms,
//! initials, inner names, a stray name near a missing one) share their helpers; spellings
//! and transliteration are in `spelling.rs`.

use super::stem::stem;
use super::{CheckId, Issue, Pair, Severity};
use crate::english::GlossKind;
use crate::morph::spelling::{foreign, key as name_key, plain, same_key};

mod forms;
use forms::{KNOWN_FORMS, camel_parts, initialism, slip, sounds_like};

/// The words of an English rendering as the target is matched: lower case, stemmed.
pub(crate) fn phrase_words(en: &str) -> Vec<String> {
    en.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.is_ascii() {
                stem(&w.to_ascii_lowercase())
            } else {
                stem(&w.to_lowercase())
            }
        })
        .collect()
}

/// The capitalised words of a name as written that are not in the English: each word (three
/// letters or more, or an initialism) must be an English word or the start of one
/// (`Cauca's`, `Canadian`).
fn missing_words<'n>(p: &Pair, name: &'n str) -> Vec<&'n str> {
    // Written in the English as it is (`Hipposideros/GhanaKwam/19/2008`).
    if name.chars().count() >= 5 && !name.contains(char::is_whitespace) && p.en.contains(name) {
        return Vec::new();
    }
    name.split(|c: char| !c.is_alphanumeric())
        .flat_map(camel_parts)
        .filter(|w| w.chars().count() >= 3 || w.chars().all(char::is_uppercase) && !w.is_empty())
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter(|w| {
            let key: String = plain(w).chars().take(5).collect();
            // Country names in U- (`Ufilipino`): the name without it (Filipino); people
            // in Wa-/M-/Mw- (`Wacolombia`): Colombian.
            let bare: Vec<String> = ["u", "wana", "wa", "mw", "m", "ki"]
                .iter()
                .filter_map(|pre| plain(w).strip_prefix(pre).map(str::to_string))
                .filter(|b| b.chars().count() >= 4)
                .collect();
            let keys: Vec<String> = std::iter::once(name_key(w))
                .chain(bare.iter().map(|b| name_key(b)))
                .collect();
            !p.tgt.words.iter().any(|t| {
                // `O'Flynn`: the part after an apostrophe too.
                let l = plain(&t.lower);
                let l = match l.split_once('\'') {
                    Some((a, b)) if b.starts_with(&key) || a.is_empty() => b.to_string(),
                    _ => l,
                };
                l.starts_with(&key)
                    || key.starts_with(&l) && l.chars().count() >= 4
                    || bare.iter().any(|b| {
                        l.starts_with(&b.chars().take(5).collect::<String>())
                            // `Kicolombia` in Afrocolombian.
                            || b.chars().count() >= 6 && l.contains(b.as_str())
                    })
                    // A hashtag or joined name (`#SsebulimeRonald`).
                    || key.chars().count() >= 5 && l.chars().count() >= 9 && l.contains(&key)
                    // Another spelling (`Kroatia`, Croatia).
                    || t.key.as_deref().is_some_and(|k| keys.iter().any(|w| same_key(w, k)))
                    // A slip of one letter (`Ghna`, Ghana) or two swapped (`Elvado`, Evaldo).
                    || slip(&plain(w), &l)
                    // Written as it sounds (`Ukristo`, Christian; `Waislam`, Muslim).
                    || t.capital
                        && (sounds_like(w, &l) || bare.iter().any(|b| sounds_like(b, &l)))
            })
        })
        .collect()
}

fn written_in(p: &Pair, name: &str) -> bool {
    missing_words(p, name).is_empty()
}

/// Whether the English has an adjective of a one-word name: its first four letters
/// (`Turkey` → Turkish, `Kenya` → Kenyan).
fn demonym(p: &Pair, en: &str) -> bool {
    let known = KNOWN_FORMS
        .iter()
        .filter(|(name, _)| name.eq_ignore_ascii_case(en))
        .flat_map(|(_, forms)| forms.iter());
    let words: Vec<String> = en
        .split_whitespace()
        .map(plain)
        .filter(|w| w.chars().count() >= 4 && !GENERIC.contains(&w.as_str()))
        .map(|w| w.chars().take(4).collect())
        .collect();
    p.tgt.words.iter().any(|t| {
        let l = plain(&t.lower);
        t.capital && words.iter().any(|k| l.starts_with(k.as_str()))
            || known
                .clone()
                .any(|f| l == f.to_lowercase().replace('.', ""))
    })
}

/// Words of country and body names that do not make the name (`United Arab Emirates` is
/// found by Emirati, not by United).
const GENERIC: &[&str] = &[
    "united",
    "republic",
    "kingdom",
    "states",
    "state",
    "democratic",
    "federal",
    "people's",
    "islamic",
    "central",
    "south",
    "north",
    "east",
    "west",
    "great",
    "union",
    "nations",
];

/// The first capitalised English word inside a sentence that nothing in the Swahili
/// explains: not a Swahili word (by its first four letters), nor a word of the gloss's
/// English (terms, names, numbers, dates), nor an approved rendering of a term.
fn strays(p: &Pair) -> Vec<std::ops::Range<usize>> {
    let sw: Vec<String> = p.src.words.iter().map(|(w, _)| plain(w)).collect();
    let mut gloss: Vec<String> = p
        .src
        .gloss
        .iter()
        .flat_map(|g| phrase_words(&g.en))
        .collect();
    let glossary = p.pipeline.glossary();
    for h in &p.src.hits {
        let e = &glossary.entries[h.entry];
        for r in std::iter::once(&e.en).chain(&e.alt) {
            gloss.extend(phrase_words(r));
        }
    }
    let words = &p.tgt.words;
    words
        .iter()
        .enumerate()
        .filter_map(|(k, t)| {
            if k == 0 || !t.capital || t.digits || t.lower.chars().count() < 3 {
                return None;
            }
            let before = p.en[..t.span.start].trim_end();
            if before.ends_with(['.', '!', '?', ':', '"', '“', '(', '\'', '‘']) {
                return None;
            }
            let l = plain(&t.lower);
            let key: String = l.chars().take(4).collect();
            let explained = sw.iter().any(|w| {
                w.starts_with(&key) || l.starts_with(w.as_str()) && w.chars().count() >= 4
            }) || gloss.iter().any(|g| *g == t.stem || *g == t.lower)
                || STOP.contains(&t.lower.as_str())
                || is_calendar_word(&t.lower);
            (!explained).then(|| t.span.clone())
        })
        .collect()
}

/// Capitalised English words that are not names.
const STOP: &[&str] = &[
    "the", "and", "but", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "mr", "mrs", "ms", "dr", "prof", "god",
];

/// An English month or weekday name (the calendar's own lists).
fn is_calendar_word(lower: &str) -> bool {
    crate::dates::MONTHS
        .iter()
        .chain(&crate::dates::WEEKDAYS)
        .any(|n| n.eq_ignore_ascii_case(lower))
}

/// How near (a share of each side's length) a capitalised English word nothing in the
/// Swahili explains must stand to a missing name to be taken for its replacement. Set on
/// FLORES devtest.
const NEAR: f64 = 0.15;

pub(crate) fn check(p: &Pair, out: &mut Vec<Issue>) {
    let glossary = p.pipeline.glossary();
    let names: Vec<&crate::english::GlossItem> = p
        .src
        .gloss
        .iter()
        .filter(|g| g.kind == GlossKind::Name)
        // A month the Swahili writes in English (`Dec 13`) is the dates check's.
        .filter(|g| super::target::month(&g.sw.to_lowercase()).is_none())
        .collect();
    if names.is_empty() {
        return;
    }
    let strays = strays(p);
    let lexicon = crate::english::lexicon::of(glossary);
    let stray_near = |at: usize| {
        let at = at as f64 / p.sw.len().max(1) as f64;
        strays
            .iter()
            .find(|s| (s.start as f64 / p.en.len().max(1) as f64 - at).abs() <= NEAR)
            .cloned()
    };
    let entry_of = |id: &str| glossary.entry_with_id(id);
    let entry_found = |e: &crate::glossary::Entry| {
        std::iter::once(&e.en)
            .chain(&e.alt)
            .chain(e.plural_en.as_ref())
            .any(|r| p.tgt.find_phrase(&phrase_words(r)).is_some())
            || written_in(p, &e.sw)
            || written_in(p, &e.en)
            || demonym(p, &e.en)
            || initialism(p, &e.en)
    };
    for (k, g) in names.iter().enumerate() {
        let entry = g.entry.as_deref().and_then(entry_of);
        let en = g.en.strip_prefix("in ").unwrap_or(&g.en);
        // Names of the glossary inside a longer name (`Rais wa Ufaransa` → French
        // president): the longer name is found when they are.
        let inner: Vec<&crate::glossary::Entry> = if entry.is_none() {
            p.src
                .hits
                .iter()
                .filter(|h| g.start <= h.span.start && h.span.end <= g.end)
                .map(|h| &glossary.entries[h.entry])
                .filter(|e| e.pos == crate::glossary::Pos::Name)
                .collect()
        } else {
            Vec::new()
        };
        // Whether the name's words are all glossary words (`Mji wa Nyota` → City of Stars):
        // a translated title, not a name that went missing.
        let common = {
            let words: Vec<(usize, &str)> =
                g.sw.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 3)
                    .map(|w| (g.start + (w.as_ptr() as usize - g.sw.as_ptr() as usize), w))
                    .collect();
            words.iter().any(|(at, _)| {
                p.src
                    .hits
                    .iter()
                    .any(|h| h.span.start <= *at && *at < h.span.end)
            })
        };
        let (found, mut severity) = match entry {
            Some(e) => (entry_found(e), Severity::Error),
            None if !inner.is_empty() => (inner.iter().all(|e| entry_found(e)), Severity::Error),
            // A name the gloss put into English whole (an institution: `Idara ya Uhamiaji` →
            // immigration department) is found when that English is.
            None if g.en != g.sw && p.tgt.find_phrase(&phrase_words(en)).is_some() => {
                (true, Severity::Warning)
            }
            None => {
                let missing = missing_words(p, &g.sw);
                // Words that look Swahili in a longer name (`Bahari ya Atlantiki` → Atlantic
                // Ocean) are translated; the name is there when its other words are.
                let some_found =
                    g.sw.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| w.chars().count() >= 3 && w.starts_with(char::is_uppercase))
                        .any(|w| !missing.contains(&w));
                // A word of the name that is no Swahili word by the project's lexicon
                // (`Filipe` of `Filipe Nyusi`, `Dhabi` of `Abu Dhabi`) is not translated,
                // even when it sounds Swahili: it must be there. A hashtag's joined parts
                // (`#PapaFrancis` → #PopeFrancis) are translated part by part.
                let joined = !g.sw.contains(char::is_whitespace);
                let missing: Vec<&str> = if some_found {
                    missing
                        .into_iter()
                        .filter(|w| foreign(w) || !joined && !lexicon.is_swahili(w))
                        .collect()
                } else {
                    missing
                };
                // A capitalised word that looks Swahili may be a common noun the English
                // translates (`Kamati` → Committee): a warning, unless a capitalised English
                // word nothing in the Swahili explains stands where it should be. A part of
                // a name whose other parts are there is an error.
                let severity =
                    if some_found && !missing.is_empty() || missing.iter().any(|w| foreign(w)) {
                        Severity::Error
                    } else {
                        Severity::Warning
                    };
                (missing.is_empty(), severity)
            }
        };
        let stray = stray_near(g.start);
        if !found {
            // A single capitalised word that is a Swahili word by the lexicon (`Takriban`
            // about, `Tunastahili` we deserve, at the start of a sentence) is likelier a
            // word the English translates than a name: a stray English name near it does not
            // make it an error.
            let swahili_word = entry.is_none()
                && inner.is_empty()
                && !g.sw.contains(|c: char| !c.is_alphabetic())
                && lexicon.is_swahili(&g.sw);
            if stray.is_some() && !common && !swahili_word {
                severity = Severity::Error;
            }
            let mut issue = Issue::new(
                CheckId::Names,
                severity,
                format!("name {:?} ({en}) not in the English", g.sw),
            )
            .sw(g.start..g.end);
            if let Some(s) = stray
                .clone()
                .or_else(|| strays.first().cloned())
                .filter(|_| entry.is_none())
            {
                issue
                    .message
                    .push_str(&format!("; the English has {:?}", &p.en[s.clone()]));
                issue = issue.en(s);
            } else if let Some(s) = stray {
                // A glossary name's place taken by a word nothing in the Swahili explains:
                // the span is evidence for the severity, the message stays the name's.
                issue = issue.en(s);
            }
            out.push(issue);
            continue;
        }
        // Found; but a name the Swahili says again needs its English again, when a
        // stray name stands where this one should be.
        let before = names[..k].iter().filter(|x| x.sw == g.sw).count();
        if before > 0
            && let Some(s) = stray
            && times_in_english(p, g, entry) <= before
        {
            out.push(
                Issue::new(
                    CheckId::Names,
                    Severity::Error,
                    format!(
                        "name {:?} ({en}) is in the Swahili {} times, fewer in the English; the English has {:?}",
                        g.sw,
                        before + 1,
                        &p.en[s.clone()]
                    ),
                )
                .sw(g.start..g.end)
                .en(s),
            );
        }
    }
}

/// How many English words start like the name (its English or its first long word).
fn times_in_english(
    p: &Pair,
    g: &crate::english::GlossItem,
    entry: Option<&crate::glossary::Entry>,
) -> usize {
    let mut keys: Vec<String> = Vec::new();
    if let Some(e) = entry {
        for r in std::iter::once(&e.en).chain(&e.alt) {
            if let Some(w) = r.split_whitespace().find(|w| w.chars().count() >= 3) {
                keys.push(plain(w).chars().take(4).collect());
            }
        }
    }
    if let Some(w) = g.sw.split_whitespace().find(|w| w.chars().count() >= 3) {
        keys.push(plain(w).chars().take(5).collect());
    }
    let name_keys: Vec<String> =
        g.sw.split_whitespace()
            .filter(|w| w.chars().count() >= 3)
            .map(name_key)
            .collect();
    p.tgt
        .words
        .iter()
        .filter(|t| {
            let l = plain(&t.lower);
            keys.iter().any(|k| l.starts_with(k.as_str()))
                || t.key
                    .as_deref()
                    .is_some_and(|k| name_keys.iter().any(|n| same_key(n, k)))
        })
        .count()
}
