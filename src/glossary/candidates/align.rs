//! English for a candidate from parallel text: the Dice coefficient between the segments a
//! Swahili lemma occurs in and those an English n-gram occurs in (each counted once per
//! segment). English n-grams neither start nor end with a function word; plural `-s`/`-ies`
//! and past `-ed` are grouped before counting (shown in their most frequent or base form).
//! It never translates a segment; it only ranks the English its segments hold.
//! The English word lists and forms are in `enwords`.

use std::collections::HashMap;

use serde::Serialize;

pub use super::enwords::english_key;
use super::enwords::{
    BEFORE_VERB, STOP, ing_form, noun_base_word, participle, verb_base_word, verb_form,
    without_possessive,
};
use super::{Options, Segment};
use crate::text::{fold, word_spans};

/// A proposed English rendering.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Proposal {
    /// The English.
    pub text: String,
    /// Dice coefficient between the term's and the English's segments (0–1).
    pub score: f64,
    /// Segments holding both.
    pub together: usize,
}

/// English adjective endings (`national`, `economic`, `southern`, `dangerous`, `active`).
const ADJECTIVE_ENDINGS: &[&str] = &["al", "ic", "ern", "ous", "ive"];

/// For a noun: when the first proposal is an adjective by its ending and a later one is a
/// word of the same stem (`national` … `nation`, `economic` … `economy`), that word goes
/// first. Terms are mostly nouns, and their English is the noun. A noun that is already
/// another term's English (`taken`: `president`, the English of `rais`, for `urais`
/// beside `presidential`) does not move: the adjective is this term's own.
pub fn prefer_noun(en: &mut Vec<Proposal>, taken: impl Fn(&str) -> bool) {
    let Some(first) = en.first() else { return };
    let adj = &first.text;
    if adj.contains(' ') || !ADJECTIVE_ENDINGS.iter().any(|e| adj.ends_with(e)) {
        return;
    }
    let same_stem = |w: &str| {
        let common = adj
            .chars()
            .zip(w.chars())
            .take_while(|(a, b)| a == b)
            .count();
        let n = w.chars().count();
        !w.contains(' ') && w != adj && common >= 4 && common + 1 >= n && !taken(w)
    };
    if let Some(i) = en.iter().skip(1).position(|p| same_stem(&p.text)) {
        let noun = en.remove(i + 1);
        en.insert(0, noun);
    }
}

/// English n-gram statistics of a set of segments.
pub struct Aligner {
    /// Per segment: the ids of its English n-grams (each once).
    grams: Vec<Vec<u32>>,
    /// Per segment: the ids of its n-grams whose first word is a verb there (`opened`,
    /// `will open`; not `-ing`, which may be a noun), sorted.
    verb_here: Vec<Vec<u32>>,
    /// Per id: segments holding it.
    df: Vec<usize>,
    /// Per id: the text shown.
    shown: Vec<String>,
    /// Per id, for one word: its commonest past participle seen (`known` beside `know`).
    participles: Vec<Option<String>>,
    /// Every English word seen (folded), to tell a verb's base form (`announce`, `enter`).
    vocabulary: std::collections::HashSet<String>,
    /// Grouping keys of the English words used as verbs somewhere in the English: seen in
    /// a verb form (`breathed`; `breathing` when `breath` or `breathe` is seen too) or after
    /// a modal (`can breathe`).
    verbal: std::collections::HashSet<String>,
    /// See [`Options::en_phrase_share`].
    phrase_share: f64,
}

impl Aligner {
    /// Counts the English n-grams of every segment that has English. `explained[i]` holds
    /// the English words (folded) the glossary's own terms of segment `i` account for
    /// (their `en`, `alt`, `plural_en`): no n-gram holding one of them is counted there, so
    /// a known pair is an anchor and the English left goes to the unknown words.
    pub fn new(segments: &[Segment], opts: &Options, explained: &[Vec<String>]) -> Self {
        let mut ids: HashMap<String, u32> = HashMap::new();
        let mut surfaces: Vec<HashMap<String, usize>> = Vec::new();
        let mut df: Vec<usize> = Vec::new();
        let mut grams = Vec::with_capacity(segments.len());
        let mut verb_here = Vec::with_capacity(segments.len());
        let mut vocabulary = std::collections::HashSet::new();
        let mut verbal = std::collections::HashSet::new();
        // Keys seen in an `-ing` form, and in another form.
        let mut ing = std::collections::HashSet::new();
        let mut not_ing = std::collections::HashSet::new();
        // Most words are seen before: a key is copied only the first time.
        let add = |set: &mut std::collections::HashSet<String>, key: &String| {
            if !set.contains(key) {
                set.insert(key.clone());
            }
        };
        for (si, s) in segments.iter().enumerate() {
            let mut mine: Vec<u32> = Vec::new();
            let mut verbs: Vec<u32> = Vec::new();
            let known: Vec<String> = explained
                .get(si)
                .map(|ws| {
                    ws.iter()
                        .map(|w| {
                            if opts.en_normalise {
                                english_key(w)
                            } else {
                                w.clone()
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            if let Some(en) = &s.en {
                let words: Vec<String> = word_spans(en)
                    .iter()
                    .map(|w| {
                        let f = fold(w.of(en));
                        if opts.en_normalise {
                            without_possessive(f)
                        } else {
                            f
                        }
                    })
                    .collect();
                vocabulary.extend(words.iter().cloned());
                let keys: Vec<String> = words
                    .iter()
                    .map(|w| {
                        if opts.en_normalise {
                            english_key(w)
                        } else {
                            w.clone()
                        }
                    })
                    .collect();
                for i in 0..words.len() {
                    let before = if i > 0 { words[i - 1].as_str() } else { "" };
                    if ing_form(&words[i]) {
                        add(&mut ing, &keys[i]);
                    } else {
                        add(&mut not_ing, &keys[i]);
                        if BEFORE_VERB.contains(&before) || verb_form(&words[i]) {
                            add(&mut verbal, &keys[i]);
                        }
                    }
                    if STOP.contains(&words[i].as_str()) || known.contains(&keys[i]) {
                        continue;
                    }
                    let as_verb = BEFORE_VERB.contains(&before)
                        || (verb_form(&words[i]) && !ing_form(&words[i]));
                    for j in (i + 1)..=(i + opts.en_max_words).min(words.len()) {
                        if known.contains(&keys[j - 1]) {
                            break;
                        }
                        let last = &words[j - 1];
                        if STOP.contains(&last.as_str()) || last.chars().all(|c| c.is_numeric()) {
                            continue;
                        }
                        let key = keys[i..j].join(" ");
                        let next = ids.len() as u32;
                        let id = *ids.entry(key).or_insert_with(|| {
                            surfaces.push(HashMap::new());
                            df.push(0);
                            next
                        });
                        *surfaces[id as usize]
                            .entry(words[i..j].join(" "))
                            .or_default() += 1;
                        mine.push(id);
                        if as_verb {
                            verbs.push(id);
                        }
                    }
                }
                mine.sort_unstable();
                mine.dedup();
                for &id in &mine {
                    df[id as usize] += 1;
                }
                verbs.sort_unstable();
                verbs.dedup();
            }
            grams.push(mine);
            verb_here.push(verbs);
        }
        verbal.extend(ing.intersection(&not_ing).cloned());
        let mut keys: Vec<(String, u32)> = ids.into_iter().collect();
        keys.sort_by_key(|(_, id)| *id);
        let participles = surfaces
            .iter()
            .map(|forms| {
                forms
                    .iter()
                    .filter(|(f, _)| !f.contains(' ') && participle(f))
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(f, _)| f.clone())
            })
            .collect();
        let shown = keys
            .into_iter()
            .zip(surfaces)
            .map(|(_, forms)| {
                // The shortest form seen at least a fifth as often as the most frequent:
                // the base form (`case`, `announce`) when it is in use.
                let most = forms.values().copied().max().unwrap_or(0);
                let mut f: Vec<(String, usize)> =
                    forms.into_iter().filter(|(_, c)| c * 20 >= most).collect();
                f.sort_by(|a, b| {
                    a.0.len()
                        .cmp(&b.0.len())
                        .then(b.1.cmp(&a.1))
                        .then(a.0.cmp(&b.0))
                });
                f.swap_remove(0).0
            })
            .collect();
        Aligner {
            grams,
            verb_here,
            df,
            shown,
            participles,
            vocabulary,
            verbal,
            phrase_share: opts.en_phrase_share,
        }
    }

    /// Whether the English uses the first word of `text` as a verb somewhere (see
    /// `verbal`): `breathe`, `take place`, but not `respiratory`, `mechanical ventilation`.
    pub fn used_as_verb(&self, text: &str) -> bool {
        let first = text.split(' ').next().unwrap_or(text);
        self.verbal.contains(&english_key(&fold(first)))
    }

    /// For a verb: the proposals the English uses as a verb go first, the others after
    /// them, each in its order (`pumua`: `breathe` before `respiratory`, `ishi`: `live`
    /// before `residence`). Nothing moves when none, or all, are used as verbs.
    pub fn prefer_verbs(&self, en: &mut [Proposal]) {
        en.sort_by_key(|p| !self.used_as_verb(&p.text));
    }

    /// A verb's English in its base form, as the glossary writes verbs (`announce`, not
    /// `announced`; `take place`, not `took place`): the first word of `text` loses its
    /// `-ed`/`-ing`/`-s` (or is an irregular form's base) when the base has the same
    /// grouping key. A base form seen in the English wins; else a silent `-e` is restored
    /// after the letters that usually take one (`organised` → `organise`).
    pub fn verb_base(&self, text: &str) -> String {
        let (first, rest) = text.split_once(' ').map_or((text, ""), |(a, b)| (a, b));
        let base = verb_base_word(first, |w| self.vocabulary.contains(w));
        if rest.is_empty() {
            base
        } else {
            format!("{base} {rest}")
        }
    }

    /// A noun's English in its base form, as the glossary writes nouns (`camel`, not
    /// `camels`; `mortality rate`, not `mortality rates`): the last word of `text` loses
    /// its plural ending (see [`noun_base_word`]). The forms were already counted as one.
    /// A phrase with a function word (`people and goods`) is no compound and stays.
    pub fn noun_base(&self, text: &str) -> String {
        let (rest, last) = text.rsplit_once(' ').map_or(("", text), |(a, b)| (a, b));
        if rest.split(' ').any(|w| STOP.contains(&w)) {
            return text.to_string();
        }
        let base = noun_base_word(last, |w| self.vocabulary.contains(w));
        if rest.is_empty() {
            base
        } else {
            format!("{rest} {base}")
        }
    }

    /// Up to `n` English proposals for a term seen in `segs`, best first; an n-gram that
    /// overlaps a better one (`social`, `media` after `social media`) is skipped. Each
    /// needs at least two segments in common with the term.
    pub fn propose(&self, segs: &[u32], n: usize) -> Vec<Proposal> {
        self.propose_for(segs, n, false, None)
    }

    /// The English n-grams seen with a term in two segments or more: (id, segments
    /// together, Dice), best first. `lost` holds, per n-gram, the segments where another
    /// term claims it (see [`Aligner::claims`]): they do not count as together.
    fn scored(&self, segs: &[u32], lost: Option<&HashMap<u32, usize>>) -> Vec<(u32, usize, f64)> {
        let mut together: HashMap<u32, usize> = HashMap::new();
        let mut with_en = 0usize;
        for &s in segs {
            let g = &self.grams[s as usize];
            if g.is_empty() {
                continue;
            }
            with_en += 1;
            for &id in g {
                *together.entry(id).or_default() += 1;
            }
        }
        let mut scored: Vec<(u32, usize, f64)> = together
            .into_iter()
            .map(|(id, c)| (id, c - lost.and_then(|l| l.get(&id)).copied().unwrap_or(0)))
            .filter(|&(_, c)| c >= 2)
            .map(|(id, c)| {
                let dice = 2.0 * c as f64 / (with_en + self.df[id as usize]) as f64;
                (id, c, dice)
            })
            .collect();
        scored.sort_by(|a, b| {
            let words = |id: u32| self.shown[id as usize].split(' ').count();
            b.2.total_cmp(&a.2)
                .then(b.1.cmp(&a.1))
                .then(words(b.0).cmp(&words(a.0)))
                .then(self.shown[a.0 as usize].cmp(&self.shown[b.0 as usize]))
        });
        scored
    }

    /// The longer n-gram holding `best`'s words together (`mortality rate` for
    /// `mortality`, `health care` for `care`) when it is seen with the term in
    /// `phrase_share` of the segments `best` is: the term's English is the phrase, and its
    /// words apart are parts of it. The longest such n-gram, then the most segments.
    fn whole_phrase(
        &self,
        scored: &[(u32, usize, f64)],
        best: (u32, usize, f64),
    ) -> (u32, usize, f64) {
        if self.phrase_share <= 0.0 {
            return best;
        }
        let part = format!(" {} ", self.shown[best.0 as usize]);
        let words = |id: u32| self.shown[id as usize].split(' ').count();
        scored
            .iter()
            .filter(|g| {
                g.1 as f64 >= self.phrase_share * best.1 as f64
                    && words(g.0) > words(best.0)
                    && format!(" {} ", self.shown[g.0 as usize]).contains(&part)
            })
            .max_by_key(|g| (words(g.0), g.1))
            .copied()
            .unwrap_or(best)
    }

    /// The highest Dice of any English n-gram seen with a term in two segments or more,
    /// before linking.
    pub fn best_dice(&self, segs: &[u32]) -> f64 {
        self.scored(segs, None)
            .first()
            .map_or(0.0, |p| (p.2 * 1000.0).round() / 1000.0)
    }

    /// [`Aligner::propose`] for a term that may be a passive or stative verb: with
    /// `passive`, a one-word proposal is written as the glossary writes such verbs, `be`
    /// and the participle seen (`be known`, `be killed`) or the word (`be available`).
    /// `lost`: the segments other terms claim, per n-gram ([`Aligner::claims`]).
    pub fn propose_for(
        &self,
        segs: &[u32],
        n: usize,
        passive: bool,
        lost: Option<&HashMap<u32, usize>>,
    ) -> Vec<Proposal> {
        let scored = self.scored(segs, lost);
        let mut out: Vec<Proposal> = Vec::new();
        for &(id, c, dice) in &scored {
            if out.len() >= n {
                break;
            }
            let (id, c, dice) = self.whole_phrase(&scored, (id, c, dice));
            let text = &self.shown[id as usize];
            let overlaps = out.iter().any(|p| {
                let a: Vec<&str> = p.text.split(' ').collect();
                text.split(' ').any(|w| a.contains(&w))
            });
            if overlaps {
                continue;
            }
            let text = match &self.participles[id as usize] {
                _ if !passive || text.contains(' ') => text.clone(),
                Some(p) => format!("be {p}"),
                None => format!("be {text}"),
            };
            out.push(Proposal {
                text,
                score: (dice * 1000.0).round() / 1000.0,
                together: c,
            });
        }
        out
    }
}

#[path = "align_link.rs"]
mod link;

#[cfg(test)]
#[path = "align_tests.rs"]
mod tests;
