//! Ranks the gathered terms: each one's English proposals from parallel text, its score
//! (keyness against the background × spread × term-ness × the best proposal's Dice), the
//! order and cut of the lists, and the examples shown. Counting is in `count`.

use std::collections::{HashMap, HashSet};

use super::count::Terms;
use super::{Background, Candidate, Options, Proposal, Seen, Segment, align, enwords, units};
use crate::glossary::{Glossary, Pos};
use crate::text::{fold, word_spans};

/// Proposes English for every term, scores and orders them, and picks their examples.
pub(super) fn rank(
    glossary: &Glossary,
    segments: &[Segment],
    words: &[units::Words],
    terms: &mut Terms,
    background: &Background,
    total: usize,
    opts: &Options,
) {
    let scale = 1e6 / total.max(1) as f64;
    let explained: Vec<Vec<String>> = if opts.anchors {
        words
            .iter()
            .map(|w| {
                let mut out: Vec<String> = Vec::new();
                for &(_, e) in &w.hits {
                    let e = &glossary.entries[e];
                    for t in std::iter::once(&e.en)
                        .chain(&e.alt)
                        .chain(e.plural_en.as_ref())
                    {
                        out.extend(word_spans(t).iter().map(|s| fold(s.of(t))));
                    }
                }
                out.sort();
                out.dedup();
                out
            })
            .collect()
    } else {
        Vec::new()
    };
    let aligner = align::Aligner::new(segments, opts, &explained);
    let n_docs = segments.iter().map(|s| s.doc).collect::<HashSet<_>>().len();
    // Without any English there is no Dice to weigh: the rank is keyness and term-ness.
    let align_weight = if segments.iter().any(|s| s.en.is_some()) {
        opts.align_weight
    } else {
        0.0
    };
    // Names keep their own spelling (`World Health Organization`): common words only.
    let common_english = glossary
        .entries
        .iter()
        .filter(|e| e.pos != Pos::Name)
        .flat_map(|e| std::iter::once(e.en.as_str()).chain(e.alt.iter().map(String::as_str)));
    let ise = opts.en_spelling && enwords::prefers_ise(common_english);
    // Each term's English, deeper than shown so a claimed proposal can give way.
    let depth = if opts.competitive_linking > 0.0 || opts.verb_english {
        6
    } else {
        3
    };
    // The English of the glossary's own terms, each taken by its term.
    let taken: HashSet<String> = glossary.entries.iter().map(|e| fold(&e.en)).collect();
    let mut best_dice: Vec<f64> = Vec::new();
    let n_common = terms.common.len();
    let lost: Vec<HashMap<u32, usize>> = if opts.pair_linking > 0.0 {
        let segs: Vec<&[u32]> = terms
            .common
            .iter()
            .chain(&terms.names)
            .map(|t| terms.segments.get(&t.lemma).map_or(&[][..], Vec::as_slice))
            .collect();
        let verbs: Option<Vec<bool>> = opts.pair_link_verbs.then(|| {
            let verb = |t: &Candidate| t.pos == Some(Pos::Verb);
            terms.common.iter().chain(&terms.names).map(verb).collect()
        });
        aligner.claims(&segs, verbs.as_deref(), LINKING_DEPTH, opts.pair_linking)
    } else {
        Vec::new()
    };
    for (i, t) in terms
        .common
        .iter_mut()
        .chain(terms.names.iter_mut())
        .enumerate()
    {
        let segs = terms.segments.get(&t.lemma).map_or(&[][..], Vec::as_slice);
        let passive = opts.passive_be && t.pos == Some(Pos::Verb) && passive_like(&t.sw);
        t.en = aligner.propose_for(segs, depth, passive, lost.get(i));
        // The rank weighs the best Dice, whichever proposal is shown first, before linking.
        best_dice.push(if lost.is_empty() {
            t.en.first().map_or(0.0, |p| p.score)
        } else {
            aligner.best_dice(segs)
        });
        if opts.verb_english && t.pos == Some(Pos::Verb) && !passive {
            aligner.prefer_verbs(&mut t.en);
        }
        if opts.verb_base && t.pos == Some(Pos::Verb) && !passive {
            for p in &mut t.en {
                p.text = aligner.verb_base(&p.text);
            }
        }
        // A noun, or a common word whose forms show no part of speech (`ngamia`); not a
        // name (`United Nations`) nor a modifier.
        let nominal = t.pos == Some(Pos::Noun) || (t.pos.is_none() && !t.modifier);
        if opts.noun_base && nominal && i < n_common {
            for p in &mut t.en {
                p.text = aligner.noun_base(&p.text);
            }
        }
        if ise {
            for p in &mut t.en {
                p.text = enwords::ise_spelling(&p.text);
            }
        }
        // Two keys may now read the same (`men` and `man` both shown `man`): keep the first.
        let mut seen = HashSet::new();
        t.en.retain(|p| seen.insert(p.text.clone()));
    }
    if opts.competitive_linking > 0.0 {
        link_competitively(
            terms.common.iter_mut().chain(terms.names.iter_mut()),
            opts.competitive_linking,
        );
    }
    for (t, dice) in terms
        .common
        .iter_mut()
        .chain(terms.names.iter_mut())
        .zip(best_dice)
    {
        t.en.truncate(3);
        if opts.noun_english && t.pos != Some(Pos::Verb) && !t.modifier && !t.sw.contains(' ') {
            align::prefer_noun(&mut t.en, |w| taken.contains(w));
        }
        let bg: f64 = t.forms.iter().map(|f| background.per_million(f)).sum();
        let fpm = t.count as f64 * scale;
        let keyness = (fpm + opts.keyness_k) / (bg + opts.keyness_k);
        let spread = (n_docs as f64 / t.docs.max(1) as f64).powf(opts.dispersion);
        t.score = keyness * spread * t.termhood * (1.0 - align_weight + align_weight * dice);
    }
    let rank = |v: &mut Vec<Candidate>| {
        v.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(b.count.cmp(&a.count))
                .then(a.sw.cmp(&b.sw))
        });
        v.truncate(opts.top);
    };
    rank(&mut terms.common);
    terms
        .names
        .sort_by(|a, b| b.count.cmp(&a.count).then(a.sw.cmp(&b.sw)));
    terms.names.truncate(opts.top);
    for t in terms.common.iter_mut().chain(terms.names.iter_mut()) {
        let segs = terms.segments.get(&t.lemma).map_or(&[][..], Vec::as_slice);
        t.examples = examples(segments, segs, &t.en, opts.examples);
    }
    terms
        .missing
        .sort_by(|a, b| b.count.cmp(&a.count).then(a.entry.cmp(&b.entry)));
    terms.missing.truncate(opts.top);
}

/// How many of each term's best English n-grams take part in linking within pairs.
const LINKING_DEPTH: usize = 12;

/// Competitive linking over the terms (after Melamed's one-to-one assumption): an English
/// rendering belongs to the term with the highest Dice for it. A term's proposals that
/// another term holds more strongly (its Dice above `margin` times this term's) give way
/// to the ones it holds itself (`mwili`'s `fever` goes to `joto jingi`, and `body` comes
/// first), keeping their order otherwise.
fn link_competitively<'a>(terms: impl Iterator<Item = &'a mut Candidate>, margin: f64) {
    let terms: Vec<&mut Candidate> = terms.collect();
    let mut best: HashMap<String, f64> = HashMap::new();
    for t in &terms {
        for p in &t.en {
            let b = best.entry(p.text.to_lowercase()).or_insert(0.0);
            *b = b.max(p.score);
        }
    }
    for t in terms {
        let held = |p: &Proposal| p.score * margin >= best[&p.text.to_lowercase()];
        let (mut own, claimed): (Vec<Proposal>, Vec<Proposal>) =
            t.en.drain(..).partition(|p| held(p));
        own.extend(claimed);
        t.en = own;
    }
}

/// Whether a verb stem looks passive (`-wa` after three letters or more, or after a
/// vowel-initial root: `ripotiwa`, `lazwa`, `uawa`, `itwa`; not `gawa`) or stative in
/// `-ikana`/`-ekana` (`julikana`, `patikana`).
pub(super) fn passive_like(stem: &str) -> bool {
    stem.strip_suffix("wa").is_some_and(|r| {
        r.chars().count() >= 3
            || (r.chars().count() == 2 && r.starts_with(['a', 'e', 'i', 'o', 'u']))
    }) || stem.ends_with("ikana")
        || stem.ends_with("ekana")
}

/// Examples: segments whose English holds the first proposal first, then the others.
fn examples(segments: &[Segment], segs: &[u32], en: &[Proposal], n: usize) -> Vec<Seen> {
    let mut picked: Vec<u32> = Vec::new();
    if let Some(p) = en.first() {
        let want = p.text.to_lowercase();
        for &s in segs {
            if picked.len() >= n {
                break;
            }
            let seg = &segments[s as usize];
            if seg
                .en
                .as_ref()
                .is_some_and(|e| e.to_lowercase().contains(&want))
            {
                picked.push(s);
            }
        }
    }
    for &s in segs {
        if picked.len() >= n {
            break;
        }
        if !picked.contains(&s) {
            picked.push(s);
        }
    }
    picked
        .into_iter()
        .map(|s| {
            let seg = &segments[s as usize];
            Seen {
                sw: seg.sw.clone(),
                en: seg.en.clone(),
                source: seg.source.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(sw: &str, en: &[(&str, f64)]) -> Candidate {
        Candidate {
            sw: sw.into(),
            lemma: sw.into(),
            pos: None,
            class: None,
            plural: None,
            forms: vec![sw.into()],
            count: 5,
            docs: 5,
            score: 0.0,
            en: en
                .iter()
                .map(|&(text, score)| Proposal {
                    text: text.into(),
                    score,
                    together: 3,
                })
                .collect(),
            examples: Vec::new(),
            termhood: 1.0,
            modifier: false,
        }
    }

    #[test]
    fn an_english_held_more_strongly_by_another_term_gives_way() {
        let mut terms = [
            term("mwili", &[("fever", 0.5), ("body", 0.45)]),
            term("joto jingi", &[("fever", 0.85)]),
        ];
        link_competitively(terms.iter_mut(), 1.0);
        assert_eq!(terms[0].en[0].text, "body");
        assert_eq!(terms[1].en[0].text, "fever");
        let mut terms = [
            term("mwili", &[("fever", 0.5), ("body", 0.45)]),
            term("joto jingi", &[("fever", 0.85)]),
        ];
        link_competitively(terms.iter_mut(), 2.0);
        assert_eq!(terms[0].en[0].text, "fever", "within the margin");
    }
}
