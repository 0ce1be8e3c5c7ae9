//! Gathers the terms of a corpus: single words by lemma, multi-word units (kept when they
//! recur as a unit), and names (capitalised inside sentences), leaving out what the glossary
//! finds, stopwords, numbers and documented look-alikes. Ranking and English are elsewhere.
//! Just over 400 lines with a reason: counting and the keep-or-drop rules of units share
//! the same accumulators, and splitting them would pass those maps through every call.

use std::collections::{HashMap, HashSet};

use super::lemma::{Lemmas, Reading};
use super::nonterms::Nonterms;
use super::shapes::{self, Shape};
use super::termhood;
use super::units::{Words, respects_hits};
use super::{Candidate, Known, MissingForm, Options, Segment};
use crate::glossary::Pos;
use crate::glossary::forms::normalise;
use crate::lang::LangData;
use crate::morph::{self, NounClass, Number};

/// The connectives written `-a` in a unit's key: they agree with the head.
const CONNECTIVES: &[&str] = &["wa", "ya", "za", "la", "cha", "vya", "kwa"];

/// What was gathered.
pub(super) struct Terms {
    pub common: Vec<Candidate>,
    pub names: Vec<Candidate>,
    pub missing: Vec<MissingForm>,
    /// Key (lemma) → the segments it occurs in, sorted.
    pub segments: HashMap<String, Vec<u32>>,
}

#[derive(Default)]
struct Acc {
    count: usize,
    docs: HashSet<usize>,
    forms: HashMap<String, usize>,
    segs: Vec<u32>,
    /// Readings of the (head) word: noun classes and verb counts.
    classes: HashMap<NounClass, usize>,
    verb: usize,
    /// Connectives seen in place of `-a`, by position.
    connectives: HashMap<String, usize>,
    words: usize,
    /// Occurrences in a noun's frame (see [`termhood::framed`]).
    framed: usize,
}

impl Acc {
    fn add(&mut self, seg: usize, doc: usize, form: String, reading: Reading) {
        self.count += 1;
        self.docs.insert(doc);
        *self.forms.entry(form).or_default() += 1;
        if self.segs.last() != Some(&(seg as u32)) {
            self.segs.push(seg as u32);
        }
        match reading {
            Reading::Noun(c) => *self.classes.entry(c).or_default() += 1,
            Reading::Verb => self.verb += 1,
            _ => {}
        }
    }

    fn forms_by_count(&self) -> Vec<String> {
        let mut f: Vec<(&String, &usize)> = self.forms.iter().collect();
        f.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        f.into_iter().map(|(s, _)| s.clone()).collect()
    }
}

struct Classifier<'a> {
    stop: &'a crate::text::WordSet,
    known: &'a Known,
    lemmas: Lemmas,
    lemma_totals: HashMap<String, usize>,
    /// Folded form → (occurrences not opening a segment, of those written with a capital).
    capitals: HashMap<String, (usize, usize)>,
    /// Folded form → occurrences, every word of the input.
    seen: HashMap<String, usize>,
}

impl Classifier<'_> {
    fn excluded(&self, f: &str) -> bool {
        f.chars().count() < 3
            || f.chars().any(|c| c.is_ascii_digit())
            || self.stop.contains(f)
            || morph::is_count(f)
            || self.known.not.contains(f)
    }

    fn name(&self, f: &str) -> bool {
        self.capitals
            .get(f)
            .is_some_and(|&(n, cap)| n > 0 && cap * 10 >= n * 8)
    }

    /// Whether the word's lemma occurs at least `min` times.
    fn frequent(&self, f: &str, min: usize) -> bool {
        let lemma = self.lemmas.lemma(f);
        self.lemma_totals.get(lemma).copied().unwrap_or(0) >= min
    }
}

/// Gathers the terms of the segments.
pub(super) fn count(segments: &[Segment], words: &[Words], known: &Known, opts: &Options) -> Terms {
    let lang = LangData::embedded();
    let nonterms = opts.nonterms.then(Nonterms::embedded).unwrap_or_default();
    let mut form_counts: HashMap<String, usize> = HashMap::new();
    let mut capitals: HashMap<String, (usize, usize)> = HashMap::new();
    for w in words {
        for t in &w.tokens {
            *form_counts.entry(t.folded.clone()).or_default() += 1;
            if !t.opens {
                let c = capitals.entry(t.folded.clone()).or_default();
                c.0 += 1;
                c.1 += usize::from(t.capital);
            }
        }
    }
    let lemmas = if opts.lemmatise {
        Lemmas::build(
            &form_counts,
            |w, reading| known.fits(w, reading),
            opts.lone_plurals,
            opts.reflexive,
        )
    } else {
        Lemmas::default()
    };
    let mut lemma_totals: HashMap<String, usize> = HashMap::new();
    for (f, c) in &form_counts {
        *lemma_totals.entry(lemmas.lemma(f).to_string()).or_default() += c;
    }
    let cls = Classifier {
        stop: &lang.stopwords,
        known,
        lemmas,
        lemma_totals,
        capitals,
        seen: form_counts,
    };
    let lemmas = &cls.lemmas;
    let mut singles: HashMap<String, Acc> = HashMap::new();
    let mut units: HashMap<String, Acc> = HashMap::new();
    let mut names: HashMap<String, Acc> = HashMap::new();
    let mut fixed = Fixed::default();
    for (s, (seg, w)) in segments.iter().zip(words).enumerate() {
        let toks = &w.tokens;
        let content = |i: usize| {
            let f = &toks[i].folded;
            !cls.excluded(f) && !cls.name(f)
        };
        for (i, t) in toks.iter().enumerate() {
            if t.hit.is_none() && content(i) && !nonterms.contains(&t.folded) {
                let h = lemmas.of(&t.folded);
                if nonterms.contains(&h.lemma) {
                    continue;
                }
                let acc = singles.entry(h.lemma).or_default();
                acc.add(s, seg.doc, t.folded.clone(), h.reading);
                acc.framed += usize::from(termhood::framed(
                    i,
                    toks.len(),
                    |k| toks[k].folded.as_str(),
                    |k| !toks[k].break_before,
                ));
            }
        }
        // Names: runs of capitalised name words, joined by a connective.
        let mut i = 0;
        while i < toks.len() {
            let is_name = |k: usize| {
                toks[k].hit.is_none()
                    && toks[k].capital
                    && cls.name(&toks[k].folded)
                    && !cls.stop.contains(&toks[k].folded)
            };
            if !is_name(i) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < toks.len() && !toks[j].break_before {
                if is_name(j) {
                    j += 1;
                } else if j + 1 < toks.len()
                    && CONNECTIVES.contains(&toks[j].folded.as_str())
                    && !toks[j + 1].break_before
                    && is_name(j + 1)
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let text = &seg.sw[toks[i].span.start..toks[j - 1].span.end];
            let key: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
            names
                .entry(key.clone())
                .or_default()
                .add(s, seg.doc, key, Reading::Plain);
            i = j;
        }
        // Multi-word units: content words at both ends, no punctuation inside; or the
        // preposition `kwa` opening an adverbial phrase (`kwa ujumla`, `kwa sababu`).
        for i in 0..toks.len() {
            let adverbial = opts.lemmatise
                && toks[i].folded == "kwa"
                && i + 1 < toks.len()
                && !toks[i + 1].break_before
                && content(i + 1);
            if !adverbial && (!content(i) || !cls.frequent(&toks[i].folded, opts.min_count)) {
                continue;
            }
            for j in (i + 2)..=(i + opts.max_words).min(toks.len()) {
                if toks[j - 1].break_before || cls.name(&toks[j - 1].folded) {
                    break;
                }
                if !cls.frequent(&toks[j - 1].folded, opts.min_count) {
                    break;
                }
                if !content(j - 1)
                    || (opts.lemmatise && termhood::agrees(&toks[j - 1].folded))
                    || !respects_hits(w, i, j)
                {
                    continue;
                }
                let mut key = String::new();
                let mut form = String::new();
                let mut acc_conn: Vec<String> = Vec::new();
                for (k, t) in toks[i..j].iter().enumerate() {
                    if k > 0 {
                        key.push(' ');
                        form.push(' ');
                    }
                    form.push_str(&t.folded);
                    if opts.lemmatise && k > 0 && CONNECTIVES.contains(&t.folded.as_str()) {
                        key.push_str("-a");
                        acc_conn.push(t.folded.clone());
                    } else if opts.lemmatise {
                        key.push_str(lemmas.lemma(&t.folded));
                    } else {
                        key.push_str(&t.folded);
                    }
                }
                let acc = units.entry(key).or_default();
                acc.add(s, seg.doc, form, lemmas.of(&toks[i].folded).reading);
                acc.words = j - i;
                for c in acc_conn {
                    *acc.connectives.entry(c).or_default() += 1;
                }
            }
        }
        if opts.fixed_phrases {
            let text = |i: usize, j: usize| {
                let f: Vec<&str> = toks[i..j].iter().map(|t| t.folded.as_str()).collect();
                f.join(" ")
            };
            let Fixed { found, openings } = &mut fixed;
            shapes::windows(
                w,
                opts.max_words,
                |f| cls.stop.contains(f),
                |i, j, shape| {
                    let key = text(i, j);
                    let (_, acc) = found.entry(key.clone()).or_insert((shape, Acc::default()));
                    acc.add(s, seg.doc, key, Reading::Plain);
                    acc.words = j - i;
                },
                |i, j| *openings.entry(text(i, j)).or_default() += 1,
            );
        }
    }
    finish(singles, units, names, fixed, &cls, opts)
}

/// Fixed function-word phrases (see [`shapes`]) and the counts of the runs that open them.
#[derive(Default)]
struct Fixed {
    found: HashMap<String, (Shape, Acc)>,
    openings: HashMap<String, usize>,
}

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

fn finish(
    singles: HashMap<String, Acc>,
    units: HashMap<String, Acc>,
    names: HashMap<String, Acc>,
    fixed: Fixed,
    cls: &Classifier<'_>,
    opts: &Options,
) -> Terms {
    let min = opts.min_count;
    // Units kept whole: frequent, and accounting for a good share of one content word, or
    // with first and last words that go together (Dice of their lemmas).
    let total = |w: &str| cls.lemma_totals.get(w).copied().unwrap_or(1) as f64;
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
