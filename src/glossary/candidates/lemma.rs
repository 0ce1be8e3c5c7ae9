//! Lemmas of unknown words, by consensus over a corpus: every word gets its possible
//! readings from the project's morphology (a plural noun of a class, a verb form of a stem,
//! a locative), and each word takes the reading whose lemma the most distinct words of the
//! corpus share. It does not know which words exist; a lone reading stays the word itself.

use std::collections::HashMap;

use crate::morph::{NounClass, Tense, verb};

/// What a word was read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Reading {
    /// The word is its own lemma.
    Plain,
    /// A form of a noun of this class (its plural, or its singular when a plural was seen).
    Noun(NounClass),
    /// A form of a verb stem.
    Verb,
    /// The locative `-ni` of a noun.
    Locative,
}

/// One possible analysis of a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hypothesis {
    /// The lemma: a noun's singular, a verb's stem with its final vowel.
    pub lemma: String,
    /// How the word relates to it.
    pub reading: Reading,
    /// A verb reading's tense (`None` for the other readings).
    pub tense: Option<Tense>,
    /// The letters of the word the lemma accounts for: from the stem's start to the end
    /// for a verb reading (`teuliwa` in `huteuliwa` for `teua` as for `teuliwa`), the
    /// lemma's length otherwise.
    pub span: usize,
}

const PLURAL_CLASSES: &[NounClass] = &[
    NounClass::C1_2,
    NounClass::C3_4,
    NounClass::C5_6,
    NounClass::C7_8,
];

/// The singulars `word` may be the regular plural of, checked by [`NounClass::plural`].
fn noun_readings(word: &str, out: &mut Vec<Hypothesis>) {
    for &class in PLURAL_CLASSES {
        let guesses: Vec<String> = match class {
            NounClass::C1_2 => word
                .strip_prefix("wa")
                .map(|r| vec![format!("m{r}"), format!("mw{r}"), format!("mu{r}")])
                .or_else(|| word.strip_prefix('w').map(|r| vec![format!("mw{r}")]))
                .unwrap_or_default()
                .into_iter()
                // mwana- compounds keep their `wa` (`wanadamu`, `mwanadamu`).
                .chain(word.starts_with("wana").then(|| format!("m{word}")))
                .collect(),
            NounClass::C3_4 => word
                .strip_prefix("mi")
                .map(|r| vec![format!("m{r}"), format!("mw{r}"), format!("mu{r}")])
                .unwrap_or_default(),
            NounClass::C5_6 => word
                .strip_prefix("ma")
                .filter(|r| r.len() >= 3)
                .map(|r| vec![r.to_string()])
                .unwrap_or_default(),
            NounClass::C7_8 => word
                .strip_prefix("vi")
                .map(|r| vec![format!("ki{r}")])
                .or_else(|| word.strip_prefix("vy").map(|r| vec![format!("ch{r}")]))
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        for s in guesses {
            if class.plural(&s).as_deref() == Some(word) {
                out.push(Hypothesis {
                    span: s.chars().count(),
                    lemma: s,
                    reading: Reading::Noun(class),
                    tense: None,
                });
            }
        }
    }
}

/// The stems `rest` (the letters after a possible prefix chain) may be a form of.
fn stem_guesses(rest: &str) -> Vec<String> {
    let mut out = Vec::new();
    let Some(last) = rest.chars().last() else {
        return out;
    };
    match last {
        'a' => {
            out.push(rest.to_string());
            if let Some(r) = rest.strip_suffix("wa").filter(|r| r.len() >= 3) {
                // kamatwa → kamata, shambuliwa → shambulia, sainiwa → saini
                out.push(format!("{r}a"));
                if r.ends_with(['i', 'u', 'e']) {
                    out.push(r.to_string());
                }
                // A stem in two vowels takes -liwa/-lewa: teuliwa → teua, ondolewa → ondoa.
                if let Some(root) = r
                    .strip_suffix("li")
                    .or_else(|| r.strip_suffix("le"))
                    .filter(|root| root.ends_with(['a', 'e', 'i', 'o', 'u']))
                {
                    out.push(format!("{root}a"));
                }
            }
        }
        'e' | 'i' | 'u' => {
            out.push(rest.to_string());
            out.push(format!("{}a", &rest[..rest.len() - 1]));
        }
        _ => {}
    }
    // Stems of three letters are found inside too many words (`sha` in `kutosha`); only
    // the short stems of a consonant and two vowels are kept (`toa`, `vaa`, `kaa`), the
    // commonest verbs of the news, which no longer stem holds.
    out.retain(|s| s.chars().count() >= 4 || short_stem(s));
    out
}

/// A three-letter stem of a consonant, a vowel and a final `a` (`toa`, `vaa`, `lia`).
fn short_stem(stem: &str) -> bool {
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let c: Vec<char> = stem.chars().collect();
    c.len() == 3 && !vowel(c[0]) && c[0].is_alphabetic() && vowel(c[1]) && c[2] == 'a'
}

/// Verb readings of `word`: a prefix chain the morphology accepts in front of a stem. The
/// bare stem and the tenseless headline form are left out: they read too many nouns as
/// verbs (`wakati` is not "they kati").
fn verb_readings(word: &str, out: &mut Vec<Hypothesis>) {
    let max_prefix = word.len().saturating_sub(3).min(10);
    for i in 1..=max_prefix {
        if !word.is_char_boundary(i) {
            continue;
        }
        for stem in stem_guesses(&word[i..]) {
            if out.iter().any(|h| h.lemma == stem) {
                continue;
            }
            // The locative object `pa-` is rare; `pa` opens many stems (`pambana`, `pasuka`,
            // `panua`), which it would cut (`ku-pa-mbana`).
            if let Some(a) = verb::analyse(word, &stem)
                && !matches!(a.tense, Tense::Bare | Tense::General)
                && a.object != Some("pa")
            {
                out.push(Hypothesis {
                    lemma: stem,
                    reading: Reading::Verb,
                    tense: Some(a.tense),
                    span: word[i..].chars().count(),
                });
            }
        }
    }
}

/// Every reading of a folded word, the plain one first.
pub fn hypotheses(word: &str) -> Vec<Hypothesis> {
    let mut out = vec![Hypothesis {
        lemma: word.to_string(),
        reading: Reading::Plain,
        tense: None,
        span: word.chars().count(),
    }];
    if word.len() < 4 || !word.chars().all(|c| c.is_alphabetic() || c == '\'') {
        return out;
    }
    noun_readings(word, &mut out);
    verb_readings(word, &mut out);
    if let Some(base) = word.strip_suffix("ni").filter(|b| b.len() >= 3) {
        out.push(Hypothesis {
            lemma: base.to_string(),
            reading: Reading::Locative,
            tense: None,
            span: base.chars().count(),
        });
    }
    out
}

/// The chosen reading of each word of a corpus.
#[derive(Debug, Clone, Default)]
pub struct Lemmas {
    chosen: HashMap<String, Hypothesis>,
}

impl Lemmas {
    /// Chooses a reading for every word of `counts` (folded word → occurrences): the one
    /// whose lemma is shared by the most distinct words (then the most occurrences); a
    /// reading no other word supports falls back to the word itself. A locative needs
    /// its base seen as a word, a plural another noun form of its singular, a verb stem
    /// forms in two tenses at least. A lemma `known` says exists for that reading (a glossary
    /// form of a noun for a plural or locative, of a verb for a verb form) counts as one more
    /// word seen: `virusi` is no plural of the language name `Kirusi`. With `lone_plurals`, a word no other word shares a lemma with, read as
    /// a plural of classes 2, 4 or 8 (`wazawa`, `michezo`, `vifaa`), takes its singular even
    /// unseen: those prefixes are seldom anything else (class 6 `ma-` is: `mazingira`).
    /// With `lone_infinitives`, a word alone in its stem and read only as an infinitive
    /// (`kupitisha`) takes that stem. With `reflexive`, a verb form read with the reflexive
    /// `ji-` takes `ji-` + stem.
    pub fn build(
        counts: &HashMap<String, usize>,
        known: impl Fn(&str, Reading) -> bool,
        lone_plurals: bool,
        lone_infinitives: bool,
        reflexive: bool,
    ) -> Self {
        let words: Vec<(&String, usize)> = counts.iter().map(|(w, &c)| (w, c)).collect();
        let readings: Vec<Vec<Hypothesis>> = crate::par::map_slice(&words, |(w, _)| hypotheses(w));
        // support: lemma → (distinct words, occurrences); nouns: the same over the noun
        // readings only (the word itself, a plural, a locative); tenses: the verb tenses
        // a stem was read in.
        let mut support: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut noun_support: HashMap<&str, (usize, usize)> = HashMap::new();
        let mut tenses: HashMap<&str, Vec<Tense>> = HashMap::new();
        for ((_, c), hs) in words.iter().zip(&readings) {
            let mut seen: Vec<&str> = Vec::new();
            let mut seen_noun: Vec<&str> = Vec::new();
            for h in hs {
                if !seen.contains(&h.lemma.as_str()) {
                    seen.push(&h.lemma);
                    let s = support.entry(&h.lemma).or_default();
                    s.0 += 1;
                    s.1 += c;
                }
                if h.reading != Reading::Verb && !seen_noun.contains(&h.lemma.as_str()) {
                    seen_noun.push(&h.lemma);
                    let s = noun_support.entry(&h.lemma).or_default();
                    s.0 += 1;
                    s.1 += c;
                }
                if let Some(t) = h.tense {
                    let ts = tenses.entry(&h.lemma).or_default();
                    if !ts.contains(&t) {
                        ts.push(t);
                    }
                }
            }
        }
        // A stem all but one word of which also read as a longer stem that starts with a
        // vowel and ends in it is no stem of its own: `nganisha` in `kuunganisha` is
        // `ku-unganisha` as much as `ku-u-nganisha` (the object marker `u-`). Only vowel
        // stems: consonant ones take many object markers (`kumtuhumu`, `kuwatuhumu` are
        // `tuhumu`). The longer stem then takes the shorter one's tenses: its infinitives
        // (`kuunganisha`, `kuunganishwa`) read as much as the shorter's.
        let mut own: HashMap<&str, usize> = HashMap::new();
        let mut nests: Vec<(&str, &str)> = Vec::new();
        for hs in &readings {
            for h in hs.iter().filter(|h| h.reading == Reading::Verb) {
                let mut nested = false;
                for t in hs {
                    if t.reading == Reading::Verb
                        && t.lemma.starts_with(['a', 'e', 'i', 'o', 'u'])
                        && t.lemma.len() > h.lemma.len()
                        && t.lemma.ends_with(h.lemma.as_str())
                        && support.get(t.lemma.as_str()).is_some_and(|s| s.0 >= 2)
                    {
                        nested = true;
                        nests.push((&t.lemma, &h.lemma));
                    }
                }
                if !nested {
                    *own.entry(&h.lemma).or_default() += 1;
                }
            }
        }
        let two_tenses = |l: &str| tenses.get(l).is_some_and(|t| t.len() >= 2);
        let absorbing: std::collections::HashSet<&str> = nests
            .iter()
            .filter(|(_, short)| own.get(short).copied().unwrap_or(0) < 2 && two_tenses(short))
            .map(|(long, _)| *long)
            .collect();
        let mut chosen = HashMap::with_capacity(words.len());
        for ((w, _), hs) in words.iter().zip(&readings) {
            let mut best = &hs[0];
            let mut best_key = (0.0f64, 0usize);
            let mut verb_ok = false;
            let mut ok_verbs: Vec<&Hypothesis> = Vec::new();
            for h in hs {
                // A plural needs its lemma seen as a noun (`mazingira` is not the plural
                // of the verb `zingira`).
                let from = if matches!(h.reading, Reading::Noun(_)) {
                    &noun_support
                } else {
                    &support
                };
                let mut s = from.get(h.lemma.as_str()).copied().unwrap_or_default();
                let is_known = h.reading != Reading::Plain && known(&h.lemma, h.reading);
                s.0 += usize::from(is_known);
                // A longer lemma explains more of each word: `kubali` over `bali` (ku- read
                // as an object marker), `lingana` over `ngana`. A verb stem that more words
                // read as than any longer stem starting at the same letter is their base
                // (`teua` of `teuliwa`, seen in `huteua` too) and weighs as much; where no
                // word shows the base alone, the longer stem stands (`elewa`, not `elea`).
                let base = h.reading == Reading::Verb
                    && hs.iter().all(|g| {
                        g.reading != Reading::Verb
                            || g.span != h.span
                            || g.lemma.len() <= h.lemma.len()
                            || support.get(g.lemma.as_str()).map_or(0, |t| t.0) < s.0
                    });
                let len = if base {
                    h.span
                } else {
                    h.lemma.chars().count()
                } as f64;
                let weighted = (s.0 as f64 * (1.0 + 0.25 * (len - 4.0)).max(0.5), s.1);
                let ok = match h.reading {
                    Reading::Plain => true,
                    Reading::Locative => counts.contains_key(&h.lemma) || is_known,
                    Reading::Noun(_) => s.0 >= 2,
                    // A stem seen in one tense only is a noun's look-alike: `utafiti`,
                    // `watafiti` (-ta- + `fiti`), `mbunge`, `wabunge` (subjunctive `bunga`).
                    Reading::Verb => {
                        s.0 >= 2
                            && (is_known || own.get(h.lemma.as_str()).is_some_and(|&n| n >= 2))
                            && (is_known
                                || two_tenses(&h.lemma)
                                || absorbing.contains(h.lemma.as_str()))
                    }
                };
                verb_ok |= ok && h.reading == Reading::Verb;
                if ok && h.reading == Reading::Verb {
                    ok_verbs.push(h);
                }
                let better = weighted.0 > best_key.0
                    || (weighted.0 == best_key.0 && weighted.1 > best_key.1);
                if ok && better {
                    best = h;
                    best_key = weighted;
                }
            }
            let alone = support.get(w.as_str()).map_or(1, |s| s.0) <= 1;
            if lone_plurals
                && best.reading == Reading::Plain
                && alone
                && !verb_ok
                && let Some(h) = hs.iter().find(|h| {
                    matches!(
                        h.reading,
                        Reading::Noun(NounClass::C1_2 | NounClass::C3_4 | NounClass::C7_8)
                    )
                })
            {
                best = h;
            }
            // A word alone in its stem, read only as the infinitive of a stem of four
            // letters or more in `-a` (`kupitisha`), is that verb even unseen in other
            // tenses: nouns seldom open on `ku-` (`kusini` ends in `-i`).
            if lone_infinitives
                && best.reading == Reading::Plain
                && alone
                && !verb_ok
                && let [h] = hs
                    .iter()
                    .filter(|h| h.reading == Reading::Verb)
                    .collect::<Vec<_>>()[..]
                && h.tense == Some(Tense::Infinitive)
                && h.lemma.ends_with('a')
                && h.lemma.chars().count() >= 5
                && w.starts_with("ku")
            {
                best = h;
            }
            // `ku-` with a tense marker is the subject "there" (`kutakuwa`), far rarer than
            // the infinitive: a stem that takes the marker in explains the word better
            // (`kutafuta` is `tafuta`, not `ku-ta-futa`).
            if best.reading == Reading::Verb
                && w.starts_with("ku")
                && best.tense != Some(Tense::Infinitive)
                && let Some(h) = ok_verbs.iter().find(|h| {
                    h.tense == Some(Tense::Infinitive)
                        && h.lemma.len() > best.lemma.len()
                        && h.lemma.ends_with(best.lemma.as_str())
                })
            {
                best = h;
            }
            // A vowel stem ending in the chosen one explains the word better (`kuunganisha`
            // is `unganisha`, not `u-` + `nganisha`) when it is a stem of a third as many
            // words at least (`kuipeleka` is `i-` + `peleka`).
            let words_of = |l: &str| support.get(l).map_or(0, |s| s.0);
            if best.reading == Reading::Verb
                && let Some(h) = ok_verbs.iter().find(|h| {
                    h.lemma.starts_with(['a', 'e', 'i', 'o', 'u'])
                        && h.lemma.len() > best.lemma.len()
                        && h.lemma.ends_with(best.lemma.as_str())
                        && 3 * words_of(&h.lemma) >= words_of(&best.lemma)
                })
            {
                best = h;
            }
            // The reflexive `ji-` makes a verb of its own (`jitenga` "isolate oneself",
            // `jiunga` "join", `jifunza` "learn"): a form read with it keeps it.
            if reflexive
                && best.reading == Reading::Verb
                && let Some(h) = hs.iter().find(|h| {
                    h.reading == Reading::Verb
                        && h.lemma.strip_prefix("ji") == Some(best.lemma.as_str())
                })
            {
                best = h;
            }
            chosen.insert((*w).clone(), best.clone());
        }
        Lemmas { chosen }
    }

    /// The reading chosen for a folded word (the word itself when it was not counted).
    pub fn of(&self, word: &str) -> Hypothesis {
        self.chosen
            .get(word)
            .cloned()
            .unwrap_or_else(|| Hypothesis {
                lemma: word.to_string(),
                reading: Reading::Plain,
                tense: None,
                span: word.chars().count(),
            })
    }

    /// The chosen lemma of a folded word.
    pub fn lemma<'a>(&'a self, word: &'a str) -> &'a str {
        self.chosen.get(word).map_or(word, |h| h.lemma.as_str())
    }
}

#[cfg(test)]
#[path = "lemma_tests.rs"]
mod tests;
