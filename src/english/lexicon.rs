//! Which capitalised words are Swahili words rather than names, from the project's own data
//! and morphology: a glossary form or a word of its examples, a function word, a known verb
//! stem under a valid prefix chain, `Ki-` on a known noun (`Kitaifa`), a people or language
//! prefix on a known name or people stem (`Wakenya`, `Kijerumani`). Swahili sounds are a
//! veto only (`Taiwan` is never a Swahili word). It also reads a Swahili spelling of a
//! known English name by its transliteration key (`Naijeria` → Nigeria). Not for deciding
//! what a word means.
//!
//! Over 400 lines with a reason: one table of what counts as Swahili (words, derivations,
//! verb forms, the name keys) kept together so its rules can be read side by side.

// Fx-hashed (see `crate::hash`): every capitalised word is looked up.
use crate::hash::{WordMap as HashMap, WordSet};
use std::sync::{Arc, Mutex, OnceLock};

use crate::glossary::forms::forms;
use crate::glossary::{Glossary, Pos};
use crate::morph::spelling::{foreign, key as name_key};
use crate::text::fold;

/// The words the gloss knows as Swahili, built once per glossary.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Folded words of the glossary's non-name forms and of its examples (written in lower
    /// case there), and the language data's function words.
    words: WordSet,
    /// Function words of the language data (`baada`, `pamoja`, `ambao`).
    function: WordSet,
    /// Nouns and adjectives a `Ki-` turns into a manner word (`taifa` → `kitaifa`).
    nouns: WordSet,
    /// Stems of names and people nouns (`kenya`, `jerumani`, `yahudi`) a people or language
    /// prefix attaches to.
    peoples: WordSet,
    /// The glossary's names (folded forms): never Swahili words.
    names: WordSet,
    /// Adjective concords (`glossary/lang/words.yaml`), the empty one included.
    concords: Vec<String>,
    /// People-noun prefixes (`wa`, `mw`, `m`): on a people stem, and stripped from one.
    people: Vec<String>,
    /// Language and manner prefixes (`ki`, `ch`).
    manner: Vec<String>,
    /// Adjective stems of the words file.
    adjectives: WordSet,
    /// Verb stems of the glossary and the verb list.
    verbs: Vec<String>,
    /// Their roots without the final vowel (`zui` of `zuia`), for nouns made from verbs.
    roots: WordSet,
    /// Transliteration keys of the glossary's one-word English names, with the name.
    english: HashMap<String, String>,
    /// The keys of `english`, for the near-key search.
    keys: Vec<String>,
    /// One-word names of the glossary, Swahili (with and without a country's `U-`) and
    /// English, folded, with the English name: the stems a people or language prefix takes
    /// (`singapore` of `Msingapore`, `jerumani` of `Kijerumani`).
    countries: HashMap<String, String>,
}

impl Lexicon {
    /// Builds the lexicon of `glossary` with the built-in language data and verb list.
    pub fn build(glossary: &Glossary) -> Self {
        let mut lx = Lexicon::default();
        let lang = crate::lang::LangData::embedded();
        lx.function.extend(lang.stopwords.iter().map(|s| fold(s)));
        lx.words.extend(lx.function.iter().cloned());
        lx.words.extend(lang.words.iter().cloned());
        lx.adjectives.extend(lang.adjectives.iter().cloned());
        lx.concords = lang.concords.clone();
        lx.people = lang.people_prefixes.clone();
        lx.manner = lang.manner_prefixes.clone();
        for e in &glossary.entries {
            for ex in &e.examples {
                lx.words.extend(
                    crate::text::word_spans(&ex.text)
                        .iter()
                        .map(|s| s.of(&ex.text))
                        .filter(|w| !crate::text::is_capitalised(w))
                        .map(fold),
                );
            }
            match e.pos {
                Pos::Name => {
                    let sw = fold(&e.sw);
                    if !sw.contains(' ') {
                        // A country's `U-` (`Ujerumani`) is not part of the stem others take.
                        lx.peoples.extend(sw.strip_prefix('u').map(str::to_string));
                        lx.peoples.insert(sw.clone());
                    }
                    for f in forms(e) {
                        lx.names.insert(f.text);
                    }
                    let en = e.en.trim();
                    let stems = std::iter::once(sw.clone())
                        .chain(sw.strip_prefix('u').map(str::to_string))
                        .chain(forms(e).into_iter().map(|f| f.text))
                        .chain(std::iter::once(fold(en)))
                        .filter(|s| !s.contains(' ') && s.chars().count() >= 3);
                    for s in stems.collect::<Vec<_>>() {
                        lx.countries.entry(s).or_insert_with(|| en.to_string());
                    }
                    if !en.contains(' ') && en.chars().count() >= 4 {
                        let k = swahili_key(en);
                        lx.english.entry(k).or_insert_with(|| en.to_string());
                    }
                }
                Pos::Verb => {
                    if let Some(stem) = fold(&e.sw).split(' ').next() {
                        lx.verbs.push(stem.to_string());
                    }
                }
                _ => {
                    for f in forms(e) {
                        lx.words.extend(f.text.split(' ').map(str::to_string));
                    }
                    let head = fold(&e.sw);
                    if !head.contains(' ') {
                        if matches!(e.pos, Pos::Noun | Pos::Adjective) {
                            lx.nouns.insert(head.clone());
                            // Plurals too: `Kimaziwa` is `ki-` on `maziwa`.
                            lx.nouns.extend(
                                forms(e)
                                    .into_iter()
                                    .map(|f| f.text)
                                    .filter(|f| !f.contains(' ')),
                            );
                        }
                        // People nouns (`Myahudi`, `Mchina`): their stem takes `Wa-`/`Ki-`.
                        if e.animate || e.class == Some(crate::morph::NounClass::C1_2) {
                            lx.peoples.extend(stripped(&lx.people, &head));
                        }
                    }
                }
            }
        }
        for (stem, _) in &super::verb_list::VerbList::embedded().verbs {
            lx.verbs.push(stem.clone());
        }
        lx.verbs.sort();
        lx.verbs.dedup();
        lx.roots = lx
            .verbs
            .iter()
            .filter_map(|v| v.strip_suffix(['a', 'e', 'i', 'o', 'u']))
            .filter(|r| r.chars().count() >= 3)
            .map(str::to_string)
            .collect();
        lx.words.retain(|w| w.chars().count() >= 2);
        lx.keys = lx.english.keys().cloned().collect();
        lx.keys.sort();
        lx
    }

    /// The English name of a folded one-word name stem of the glossary (`singapore`,
    /// `polandi`, `jerumani`).
    pub fn country(&self, stem: &str) -> Option<&str> {
        self.countries.get(stem).map(String::as_str)
    }

    /// Whether a folded word is one of the glossary's names.
    pub fn is_name(&self, folded: &str) -> bool {
        self.names.contains(folded)
    }

    /// Whether a folded word is a function word (`baada`, `pamoja`): it never continues a
    /// name either.
    pub fn is_function_word(&self, folded: &str) -> bool {
        self.function.contains(folded)
    }

    /// Whether a word (as written) is Swahili by the project's own data and morphology.
    pub fn is_swahili(&self, word: &str) -> bool {
        let w = fold(word);
        if w.chars().count() < 2 || !w.chars().all(char::is_alphabetic) {
            return false;
        }
        if self.names.contains(&w) {
            return false;
        }
        if self.words.contains(&w) {
            return true;
        }
        // A word that does not sound Swahili (`Taiwan`, `Moldova`) is never one of its words
        // by derivation.
        if foreign(&w) {
            return false;
        }
        let derived = |prefixes: &[String], set: &WordSet| {
            prefixes.iter().any(|p| {
                w.strip_prefix(p.as_str())
                    .is_some_and(|rest| rest.chars().count() >= 3 && set.contains(rest))
            })
        };
        let abstract_noun = ABSTRACT.iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|rest| rest.chars().count() >= 4 && self.nouns.contains(rest))
        });
        // `Kimaziwa`: a manner prefix on a longer word of the data (`maziwa`).
        let manner_word = self.manner.iter().any(|p| {
            w.strip_prefix(p.as_str())
                .is_some_and(|rest| rest.chars().count() >= 5 && self.words.contains(rest))
        });
        if manner_word
            || derived(&self.manner, &self.nouns)
            || derived(&self.manner, &self.peoples)
            || derived(&self.people, &self.peoples)
            || abstract_noun
        {
            return true;
        }
        // A locative of a known noun or people stem: `Mbugani` (mbuga), `Arabuni` (Arabu).
        if let Some(base) = w.strip_suffix("ni").filter(|b| b.chars().count() >= 3)
            && (self.nouns.contains(base)
                || self.peoples.contains(base)
                || self.words.contains(base))
        {
            return true;
        }
        if self.deverbal(&w) || self.adjective(&w) || self.deverbal_adjective(&w) {
            return true;
        }
        self.is_verb_form(word)
    }

    /// Whether a word (as written) is a verb form: a known stem under a valid prefix chain,
    /// or built like one (`Tunafahamu`, `Kukithiri`). A name never continues into one
    /// (`AL-BASHIR AMETOKA`: the name and "has left").
    pub fn is_verb_form(&self, word: &str) -> bool {
        let w = fold(word);
        // A word ending in a consonant (`Kucharski`) is no verb form; one that otherwise
        // does not sound Swahili is one only on a known stem.
        if w.chars().count() < 3
            || !w.chars().all(char::is_alphabetic)
            || self.names.contains(&w)
            || !w.ends_with(['a', 'e', 'i', 'o', 'u'])
        {
            return false;
        }
        if !foreign(&w) && verb_shaped(&w) {
            return true;
        }
        // A known stem under a valid prefix chain is a verb even where the spelling looks
        // foreign: loans keep their clusters (`Tunastahili`, of `stahili`).
        self.verbs.iter().any(|stem| {
            let root = &stem[..stem.len().saturating_sub(1)];
            root.len() >= 2 && w.contains(root) && crate::morph::verb::analyse(&w, stem).is_some()
        })
    }

    /// An adjective made from a verb under a class concord: `mtiifu` (of `tii`), `kisikivu`
    /// (of `sikia`), `mwangalifu` (of `angalia`).
    fn deverbal_adjective(&self, w: &str) -> bool {
        self.concords.iter().filter(|c| !c.is_empty()).any(|c| {
            w.strip_prefix(c.as_str()).is_some_and(|stem| {
                ["ifu", "efu", "ivu", "evu"].iter().any(|end| {
                    stem.strip_suffix(end)
                        .filter(|root| root.chars().count() >= 2)
                        .is_some_and(|root| {
                            ["", "a", "i", "ia", "ea", "ika", "eka"].iter().any(|v| {
                                let verb = format!("{root}{v}");
                                self.verbs.binary_search(&verb).is_ok()
                            })
                        })
                })
            })
        })
    }

    /// An adjective stem under a class concord: `mpya`, `kipya`, `wadogo`, `jekundu`.
    fn adjective(&self, w: &str) -> bool {
        self.concords.iter().any(|c| {
            w.strip_prefix(c)
                .is_some_and(|stem| self.adjectives.contains(stem))
        })
    }

    /// A noun made from a known verb: a class prefix, the verb's root and a nominal ending
    /// (`uzuiaji` of `zuia`, `upimaji` of `pima`, `uhariri` of `hariri`, `andiko` of
    /// `andika`).
    fn deverbal(&self, w: &str) -> bool {
        DEVERBAL_PREFIXES.iter().any(|p| {
            w.strip_prefix(p).is_some_and(|rest| {
                DEVERBAL_ENDINGS.iter().any(|e| {
                    rest.strip_suffix(e)
                        .is_some_and(|root| self.roots.contains(root))
                })
            })
        })
    }

    /// The English name a Swahili spelling stands for, by its transliteration key
    /// (`Aljeria` → Algeria, `Irak` → Iraq): the same key, or one letter apart in a key of
    /// six letters or more, for a word that is no Swahili word.
    pub fn english_name(&self, word: &str) -> Option<&str> {
        let w = fold(word);
        if w.chars().count() < 4 || self.is_swahili(word) {
            return None;
        }
        let k = swahili_key(&w);
        if let Some(en) = self.english.get(&k) {
            return Some(en);
        }
        // One letter apart in a long name (`Antaktika`, Antarctica; `Ajentina`, Argentina).
        let n = k.chars().count();
        let mut found = self
            .keys
            .iter()
            .filter(|c| n >= 6 && c.chars().next() == k.chars().next() && within_one(&k, c));
        let first = found.next()?;
        // Two names near the key: no guess.
        if found.next().is_some() {
            return None;
        }
        self.english.get(first).map(String::as_str)
    }
}

/// The abstract class prefix on a known noun: `Uwaziri` (waziri), `Urais` (rais).
const ABSTRACT: [&str; 1] = ["u"];

/// Prefixes of nouns made from verbs (none: `andiko`).
const DEVERBAL_PREFIXES: [&str; 9] = ["u", "m", "mw", "wa", "ki", "vi", "ma", "mi", ""];
/// Their endings: agent and manner `-aji`/`-ji`, result `-o`, agent `-i`.
const DEVERBAL_ENDINGS: [&str; 4] = ["aji", "ji", "o", "i"];

/// The transliteration key of a name with the Swahili spellings of English sounds undone:
/// `j` for a soft `g` (`Naijeria`, `Aljeria`), `ai` for a long `i`, so `Naijeria` and
/// `Nigeria` share a key.
fn swahili_key(w: &str) -> String {
    name_key(w).replace('j', "g").replace("ai", "i")
}

/// Whether two keys differ by at most one letter added, dropped or changed.
fn within_one(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if long.len() - short.len() > 1 {
        return false;
    }
    let head = short.iter().zip(&long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        short[head + 1..] == long[head + 1..]
    } else {
        short[head..] == long[head + 1..]
    }
}

/// Whether a word of seven letters or more is built like a verb form of a stem the lists do
/// not hold: a subject and a `-li-`, `-na-`, `-ta-` or `-me-` tense marker, then a stem of
/// five letters or more ending in a vowel (`Tunafahamu`, `Zimeongezeka`); or `ku-` before
/// a stem of five letters or more ending in `a` (`Kuhuisha`). Names are seldom built so
/// (`Amerika`, `Alibaba`, `Kinana` are not: their stems would be too short).
fn verb_shaped(w: &str) -> bool {
    use crate::morph::verb::{Mood, Voice, parse_prefix};
    if w.len() < 7 || !w.is_ascii() {
        return false;
    }
    let vowel = |c: u8| b"aeiou".contains(&c);
    if !vowel(w.as_bytes()[w.len() - 1]) {
        return false;
    }
    (2..=w.len() - 4).any(|j| {
        let (prefix, stem) = w.split_at(j);
        // `Kuhuisha`; a stem not ending in `a` is a loan verb (`Kukithiri`) and must be
        // longer, as short ones are often names (`Kuresoi`).
        if prefix == "ku" {
            return stem.len() >= 5 && stem.ends_with('a') || stem.len() >= 6;
        }
        j >= 3
            && stem.len() >= 5
            && parse_prefix(prefix, stem, Mood::Indicative, Voice::Active).is_some_and(|a| {
                use crate::morph::Tense::{Future, Past, Perfect, Present};
                a.subject.is_some() && matches!(a.tense, Past | Present | Future | Perfect)
            })
    })
}

/// Reads a Swahili word list the user has: one word a line, or a hunspell `.dic` file (its
/// count line and `/FLAGS` are skipped). Only lower-case entries are kept, and not those the
/// list also writes with a capital (names: `Marekani`). Bytes that are not UTF-8 are read
/// as Latin-1, as hunspell dictionaries often are.
pub fn read_word_list(path: &std::path::Path) -> crate::error::Result<crate::text::WordSet> {
    let bytes = crate::infile::read_limited(path, crate::infile::DATA_MAX_BYTES)?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => e.into_bytes().iter().map(|&b| char::from(b)).collect(),
    };
    let entries: Vec<&str> = text
        .lines()
        .map(|l| l.split('/').next().unwrap_or("").trim())
        .filter(|w| !w.is_empty() && !w.starts_with('#') && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    let capitalised: WordSet = entries
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| fold(w))
        .collect();
    Ok(entries
        .iter()
        .filter(|w| w.starts_with(char::is_lowercase) && w.chars().all(char::is_alphabetic))
        .map(|w| fold(w))
        .filter(|w| w.chars().count() >= 3 && !capitalised.contains(w))
        .collect())
}

/// `myahudi` → `yahudi`: the stem after one people prefix.
fn stripped(people: &[String], word: &str) -> Option<String> {
    people.iter().find_map(|p| {
        word.strip_prefix(p)
            .filter(|rest| rest.chars().count() >= 3)
            .map(str::to_string)
    })
}

/// The lexicon of `glossary`, built on first use and kept while the same glossary is used.
pub fn of(glossary: &Glossary) -> Arc<Lexicon> {
    type Cached = Option<((usize, usize, String, String), Arc<Lexicon>)>;
    static CACHE: OnceLock<Mutex<Cached>> = OnceLock::new();
    let id = |i: Option<&crate::glossary::Entry>| {
        i.map(|e| format!("{}={}", e.id, e.sw)).unwrap_or_default()
    };
    let key = (
        glossary.entries.as_ptr() as usize,
        glossary.entries.len(),
        id(glossary.entries.first()),
        id(glossary.entries.last()),
    );
    let cache = CACHE.get_or_init(|| Mutex::new(None));
    let mut guard = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((k, lx)) = guard.as_ref()
        && *k == key
    {
        return Arc::clone(lx);
    }
    let lx = Arc::new(Lexicon::build(glossary));
    *guard = Some((key, Arc::clone(&lx)));
    lx
}

#[cfg(test)]
#[path = "lexicon_tests.rs"]
mod tests;
