//! Which gathered terms are kept and how each is written: units kept whole when they recur
//! as a unit, shorter units and words dropped when a kept unit holds most of them, and each
//! term's head, part of speech, class and plural; a term the glossary has becomes a missing
//! form. Counting is in `count`, ranking in `rank`.

use std::collections::HashMap;

use super::count::{Acc, Classifier, Fixed, Terms};
use super::shapes::Shape;
use super::termhood;
use super::{Candidate, MissingForm, Options};
use crate::glossary::Pos;
use crate::glossary::forms::normalise;
use crate::morph::{self, Number};

/// A verb whose forms mostly carry the reflexive `ji-` before the stem is its own verb
/// (`jitenga` "isolate oneself", beside `tenga` "set apart"): its head takes the `ji-`.
fn reflexive(stem: &str, acc: &Acc, opts: &Options) -> String {
    let Some(root) = stem.strip_suffix(['a', 'e', 'i', 'u']) else {
        return stem.to_string();
    };
    if !opts.reflexive || stem.starts_with("ji") || root.chars().count() < 2 {
        return stem.to_string();
    }
    let marked = format!("ji{root}");
    let with: usize = acc
        .forms
        .iter()
        .filter(|(f, _)| f.contains(&marked))
        .map(|(_, c)| c)
        .sum();
    if with * 2 > acc.count {
        format!("ji{stem}")
    } else {
        stem.to_string()
    }
}

pub(super) fn finish(
    singles: HashMap<String, Acc>,
    units: HashMap<String, Acc>,
    names: HashMap<String, Acc>,
    fixed: Fixed,
    cls: &Classifier<'_>,
    opts: &Options,
) -> Terms {
    let min = opts.min_count;
    // Units kept whole: frequent, and accounting for a good share of one content word, or
    // with first and last words that go together (Dice of their lemmas). A word's
    // occurrences inside the glossary's multi-word terms are out of a new unit's reach
    // and do not count against it.
    let totals = if opts.free_cohesion {
        &cls.free_totals
    } else {
        &cls.lemma_totals
    };
    let total = |w: &str| totals.get(w).copied().unwrap_or(1).max(1) as f64;
    let mut kept: HashMap<String, Acc> = units
        .into_iter()
        .filter(|(k, a)| {
            let n = a.count as f64;
            let words: Vec<&str> = k.split(' ').collect();
            let (first, last) = (words[0], words[words.len() - 1]);
            a.count >= min
                && (words
                    .iter()
                    .any(|&w| !cls.stop.contains(w) && w != "-a" && n >= opts.cohesion * total(w))
                    || 2.0 * n >= opts.unit_dice * (total(first) + total(last)))
        })
        .collect();
    // A compound preposition's opening run takes its closing connective in most of its
    // occurrences (`kwa sababu` mostly before `ya`); a reduplication only has to recur.
    for (key, (shape, acc)) in fixed.found {
        let opening = key.rsplit_once(' ').map_or("", |(o, _)| o);
        let runs = fixed.openings.get(opening).copied().unwrap_or(0) as f64;
        if acc.count >= min
            && (shape == Shape::Reduplicated || acc.count as f64 >= opts.cohesion * runs)
        {
            kept.entry(key).or_insert(acc);
        }
    }
    let mut singles: HashMap<String, Acc> = singles
        .into_iter()
        .filter(|(_, a)| a.count >= min)
        .collect();
    // A shorter unit mostly seen inside a longer kept one goes.
    let mut inside: HashMap<String, usize> = HashMap::new();
    for (k, a) in &kept {
        let parts: Vec<&str> = k.split(' ').collect();
        for len in 1..parts.len() {
            for start in 0..=parts.len() - len {
                let sub = parts[start..start + len].join(" ");
                let e = inside.entry(sub).or_default();
                *e = (*e).max(a.count);
            }
        }
    }
    let subsumed = |k: &String, a: &Acc| {
        inside
            .get(k)
            .is_some_and(|&c| c as f64 >= opts.subsume * a.count as f64)
    };
    kept.retain(|k, a| !subsumed(k, a));
    singles.retain(|k, a| !subsumed(k, a));
    let mut terms = Terms {
        common: Vec::new(),
        names: Vec::new(),
        missing: Vec::new(),
        segments: HashMap::new(),
    };
    for (key, acc) in singles.into_iter().chain(kept) {
        let forms = acc.forms_by_count();
        let class = acc
            .classes
            .iter()
            .max_by_key(|(c, n)| (**n, c.to_string()))
            .map(|(c, _)| *c);
        let (sw, pos, class) = if acc.words >= 2 {
            let conn = acc
                .connectives
                .iter()
                .max_by_key(|(c, n)| (**n, (*c).clone()))
                .map(|(c, _)| c.clone());
            let head_class = class;
            // The head is written in its lemma; a word after a connective, or the object of
            // a verb, is a term of its own and keeps its commonest form (`kiwango cha vifo`,
            // `osha mikono`); a word right after the head agrees with it (`chuo kikuu`).
            let seen: Vec<&str> = forms[0].split(' ').collect();
            let verb_head = acc.verb * 2 > acc.count;
            let mut free = false;
            let sw: String = key
                .split(' ')
                .enumerate()
                .map(|(k, w)| {
                    if w == "-a" {
                        free = true;
                        head_class
                            .map(|c| c.connective(Number::Singular).to_string())
                            .or_else(|| conn.clone())
                            .unwrap_or_else(|| "wa".into())
                    } else if opts.modifiers_as_seen && k > 0 && (free || verb_head) {
                        seen.get(k).copied().unwrap_or(w).to_string()
                    } else {
                        w.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(" ");
            (sw, Some(Pos::Phrase), head_class)
        } else if acc.verb * 2 > acc.count {
            (reflexive(&key, &acc, opts), Some(Pos::Verb), None)
        } else if class.is_some() {
            (key.clone(), Some(Pos::Noun), class)
        } else {
            (key.clone(), None, None)
        };
        let known_entry = cls
            .known
            .forms
            .get(&sw)
            .or_else(|| cls.known.forms.get(&key))
            .copied();
        if let Some(entry) = known_entry {
            terms.missing.push(MissingForm {
                entry: cls.known.ids[entry].clone(),
                sw: cls.known.heads[entry].clone(),
                forms,
                count: acc.count,
            });
            continue;
        }
        if forms.iter().any(|f| cls.known.forms.contains_key(f)) {
            continue;
        }
        let modifier = acc.words < 2 && termhood::modifier(&key, &cls.seen);
        let termhood = if acc.words >= 2 {
            opts.unit_boost
        } else if pos == Some(Pos::Verb) {
            1.0
        } else {
            termhood::factor(
                acc.framed,
                acc.count,
                modifier,
                opts.noun_frame,
                opts.modifier_penalty,
            )
        };
        let plural = class.and_then(|c| {
            if pos == Some(Pos::Phrase) {
                morph::phrase_plural(c, &sw, morph::animate_phrase(c, &sw))
            } else {
                c.plural(&sw)
            }
        });
        terms.segments.insert(key.clone(), acc.segs.clone());
        terms.common.push(Candidate {
            sw,
            lemma: key,
            pos,
            class,
            plural,
            forms,
            count: acc.count,
            docs: acc.docs.len(),
            score: 0.0,
            en: Vec::new(),
            examples: Vec::new(),
            termhood,
            modifier,
        });
    }
    for (key, acc) in names {
        if acc.count < min || cls.known.forms.contains_key(&normalise(&key)) {
            continue;
        }
        terms.segments.insert(key.clone(), acc.segs.clone());
        terms.names.push(Candidate {
            sw: key.clone(),
            lemma: key,
            pos: Some(Pos::Name),
            class: None,
            plural: None,
            forms: acc.forms_by_count(),
            count: acc.count,
            docs: acc.docs.len(),
            score: 0.0,
            en: Vec::new(),
            examples: Vec::new(),
            termhood: 1.0,
            modifier: false,
        });
    }
    terms
}
