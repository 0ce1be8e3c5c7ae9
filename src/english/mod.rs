//! The English side of a sentence: what the tool recognises in it — glossary terms (negated
//! verbs with their tense), names (glossary names, people's names passed through, titles),
//! numbers, quantities, money, percentages, dates (relative days resolved against the
//! article's date) and Swahili clock times — in sentence order, each with its source span and
//! where its English came from. It never pretends to translate: a translation, when one
//! exists, comes from a translation memory or an external translator (the `translate`
//! module) and is labelled with its origin.
//!
//! A term's English and the gloss loop that merges recognisers, terms and names; the item
//! types are in `item.rs`, the recognisers in `reader/`.

mod counting;
pub mod data;
mod echo;
mod item;
mod joined;
pub mod lexicon;
pub mod names;
mod numbers;
mod places;
mod reader;
pub mod time;
mod tokens;
pub mod topic;
pub mod verb_list;
pub mod verb_place;
pub mod verbs;

use crate::glossary::{Glossary, Polarity, Pos, TermHit};
use crate::text::{Span, fold, is_capitalised};

pub use crate::dates::Date;
pub use crate::morph::Tense;
pub use data::EnglishData;
pub use item::{GlossContext, GlossItem, GlossKind};
use reader::Reader;
use tokens::{Token, tokens};

/// The English of a glossary hit without its sentence: negated forms read `not …`.
pub fn term_english(glossary: &Glossary, hit: &TermHit) -> String {
    let en = glossary.english(hit);
    match hit.polarity {
        Some(Polarity::Negative) => format!("not {en}"),
        _ => en.to_string(),
    }
}

/// The English of a glossary hit as it stands in `text`: a verb reads in the tense, voice,
/// person and polarity the matcher's analysis gives it (`hajasaini` → has not signed,
/// `anasema` → says); a negated form without an analysis reads `not …`.
pub fn term_english_in(
    data: &EnglishData,
    glossary: &Glossary,
    hit: &TermHit,
    text: &str,
) -> (String, Option<Tense>) {
    let en = glossary.english(hit);
    if let Some(a) = &hit.verb
        && let Some(rendered) = verb_place::render_at(&en, a, data, text, hit.span.start)
    {
        return (rendered, Some(a.tense));
    }
    match hit.polarity {
        Some(Polarity::Negative) => (format!("not {en}"), hit.tense),
        _ => (en.to_string(), hit.tense),
    }
}

/// A verb hit as Leipzig-style segments and glosses, `wa-li-saini / 3PL-PST-sign`; `None`
/// for other hits and forms the segmenter cannot split.
pub fn interlinear(glossary: &Glossary, text: &str, hit: &TermHit) -> Option<String> {
    let a = hit.verb.as_ref()?;
    let entry = &glossary.entries[hit.entry];
    let word = fold(hit.span.of(text).split_whitespace().next()?);
    let stem = fold(entry.sw.split_whitespace().next()?);
    let en = glossary.english(hit);
    crate::morph::leipzig::interlinear(&word, &stem, &en, a)
        .map(|i| format!("{} / {}", i.form(), i.gloss()))
}

/// The gloss of the sentence at `span`: numbers, money, dates and times first (they claim
/// the words around them: `asilimia`, `dola bilioni`, `saa … asubuhi`), then the terms of
/// `hits` inside the span, then titles and names; in sentence order, without overlaps.
pub fn gloss_with(
    glossary: &Glossary,
    text: &str,
    span: Span,
    hits: &[TermHit],
    ctx: &GlossContext,
) -> Vec<GlossItem> {
    gloss_in(EnglishData::embedded(), glossary, text, span, hits, ctx)
}

/// [`gloss_with`] reading the English data given (a pipeline's own) instead of the
/// built-in data.
pub fn gloss_in(
    data: &EnglishData,
    glossary: &Glossary,
    text: &str,
    span: Span,
    hits: &[TermHit],
    ctx: &GlossContext,
) -> Vec<GlossItem> {
    let span = Span::new(span.start.min(text.len()), span.end.min(text.len()));
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Vec::new();
    }
    // A term whose entry needs a sense cue and found none is left out rather than guessed;
    // so is an applied verb form the entry does not list (its sense drifts from the stem's)
    // and a verb reading English cannot carry.
    let all_hits = hits;
    let hits: Vec<&TermHit> = hits
        .iter()
        .filter(|h| h.span.start >= span.start && h.span.end <= span.end && !glossary.unsure(h))
        .filter(|h| !verbs::applied_unlisted(glossary, text, h))
        .filter(|h| !verbs::unplaced(glossary, text, all_hits, h))
        // `huitaji`: a `hu-` negative present is spelt like a habitual; no negation is
        // asserted from it.
        .filter(|h| !h.verb.is_some_and(|a| a.spelt_like_habitual()))
        .collect();
    let toks = tokens(text, span, &data.glued_currencies);
    let r = Reader {
        glossary,
        text,
        toks: &toks,
        data,
        ctx,
        hits: &hits,
    };
    let mut items: Vec<GlossItem> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match r.at(i) {
            // A glossary phrase that starts inside the reading and runs past it is the
            // unit the words make: `Ijumaa Kuu` is Good Friday, not the day Friday; in
            // `mechi moja kwa moja` (a match live) `moja` counts nothing.
            Some((item, _))
                if hits.iter().any(|h| {
                    (item.start..item.end).contains(&h.span.start)
                        && h.span.end > item.end
                        && h.span.of(text).contains(' ')
                }) =>
            {
                i += 1;
            }
            Some((item, used)) => {
                items.push(item);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    let covered =
        |items: &[GlossItem], s: Span| items.iter().any(|i| i.start < s.end && s.start < i.end);
    for hit in &hits {
        if covered(&items, hit.span) {
            continue;
        }
        let entry = &glossary.entries[hit.entry];
        let (mut en, tense) = term_english_in(data, glossary, hit, text);
        // `COVID-19`, `SARS-CoV-2`: digits hyphened to the term belong to it (one token).
        let mut end = hit.span.end;
        if let Some(t) = toks
            .iter()
            .find(|t| t.span.start < end && end < t.span.end)
            .filter(|t| {
                let rest = &text[end..t.span.end];
                rest.len() > 1
                    && rest.starts_with('-')
                    && rest[1..].bytes().all(|b| b.is_ascii_digit())
            })
        {
            let rest = &text[end..t.span.end];
            if !en.ends_with(rest) {
                en.push_str(rest);
            }
            end = t.span.end;
        }
        let mut item = GlossItem::new(
            text,
            hit.span.start,
            end,
            en,
            if entry.pos == Pos::Name {
                GlossKind::Name
            } else {
                GlossKind::Term
            },
        );
        item.entry = Some(entry.id.clone());
        item.sense = glossary.sense_reason(hit);
        item.polarity = hit.polarity;
        item.tense = tense;
        item.interlinear = interlinear(glossary, text, hit);
        items.push(item);
    }
    // Negated verbs the glossary lacks, from the verb list: `hakutoa` → did not give.
    let list = verb_list::VerbList::embedded();
    for t in &toks {
        if t.number || covered(&items, t.span) {
            continue;
        }
        if let Some((stem, en, a)) = list
            .negative(&t.folded)
            .filter(|(_, _, a)| !a.spelt_like_habitual())
        {
            let en = verb_place::render_at(en, &a, data, text, t.span.start)
                .unwrap_or_else(|| format!("not {en}"));
            let mut item = GlossItem::new(text, t.span.start, t.span.end, en, GlossKind::Term)
                .note(format!("verb list: {stem}"));
            item.polarity = Some(Polarity::Negative);
            item.tense = Some(a.tense);
            items.push(item);
        }
    }
    // Titles and the names after them; other names: runs of capitalised words, not at the
    // sentence start unless a second capitalised word follows (`Vladimir Putin alisema`).
    let free = |items: &[GlossItem], t: &Token| {
        !t.number && is_capitalised(t.span.of(text)) && !covered(items, t.span)
    };
    let lexicon = lexicon::of(glossary);
    // Words whose glossary hit was left out as unsure (`Ndugu`) are Swahili: no name runs on
    // into them.
    let withheld: Vec<Span> = all_hits
        .iter()
        .filter(|h| glossary.unsure(h))
        .map(|h| h.span)
        .collect();
    let mut k = 0;
    while k < toks.len() {
        let t = &toks[k];
        if let Some(title) = data
            .titles
            .get(&t.folded)
            .filter(|_| free(&items, t) && text[t.span.end..].starts_with(['.', ' ']))
        {
            let run = names::name_run(text, &toks, k + 1, |t| free(&items, t));
            let item = match run {
                Some(last) => {
                    let names = Span::new(toks[k + 1].span.start, toks[last].span.end);
                    k = last + 1;
                    GlossItem::new(
                        text,
                        t.span.start,
                        names.end,
                        format!("{title} {}", names.of(text)),
                        GlossKind::Name,
                    )
                    .note(format!("title {} = {title}", t.span.of(text)))
                }
                // A title alone is read only when written short (`Dkt.`, `Bw`): a full word
                // with no name after it is as often a noun (`Papa` sharks, `Bibi` grandmother).
                None if t.folded.chars().count() > 3 && !text[t.span.end..].starts_with('.') => {
                    k += 1;
                    continue;
                }
                None => {
                    k += 1;
                    GlossItem::new(
                        text,
                        t.span.start,
                        t.span.end,
                        title.clone(),
                        GlossKind::Title,
                    )
                }
            };
            items.push(item);
            continue;
        }
        // One token built on a name or joined from words: a country's people or language
        // (`Msingapore`), compass words (`Kusini-mashariki`) read; words run together
        // (`WarudisheniWatotoWetu`) left out.
        if free(&items, t) && !data.titles.contains_key(&t.folded) {
            let w = t.span.of(text);
            let read = joined::demonym(&lexicon, data, w)
                .map(|en| (en, "people or language of a country"))
                .or_else(|| joined::joined_compass(data, w).map(|en| (en, "compass words")));
            if let Some((en, note)) = read {
                items.push(
                    GlossItem::new(text, t.span.start, t.span.end, en, GlossKind::Term).note(note),
                );
                k += 1;
                continue;
            }
            if joined::run_together(&lexicon, w) || joined::unread_demonym(&lexicon, w) {
                k += 1;
                continue;
            }
        }
        // A Swahili word with a capital (`Idara ya Uhamiaji`, `"Katika`, `MWANAUME`) does not
        // start a name; it may continue one a real name started.
        // After a place noun (`vijiji vya Ngao na Kipini`, `mji wa Simba`) it is a place name.
        let common = (lexicon.is_swahili(t.span.of(text))
            || data.words.contains(&t.folded)
            || names::is_class_prefixed(t.span.of(text))
            // `Tunastahili`, `Kuinua`: a word the verb analysis reads is no name.
            || lexicon.is_verb_form(t.span.of(text)))
            && !names::after_place_noun(
                &toks[k.saturating_sub(4)..k]
                    .iter()
                    .map(|t| t.folded.as_str())
                    .collect::<Vec<_>>(),
            );
        if !free(&items, t) || data.titles.contains_key(&t.folded) || common {
            k += 1;
            continue;
        }
        // A verb form (`Putin Alisema` in a headline) or an all-capitals Swahili word
        // (`AL-BASHIR AMETOKA`) does not carry a name on.
        let carries = |t: &Token| {
            let w = t.span.of(text);
            let headline_word = names::is_all_capitals(w) && lexicon.is_swahili(w);
            free(&items, t)
                && !data.titles.contains_key(&t.folded)
                && (t.folded.chars().count() == 1 || !lexicon.is_function_word(&t.folded))
                && !lexicon.is_verb_form(w)
                && !headline_word
                && !withheld
                    .iter()
                    .any(|s| s.start <= t.span.start && t.span.end <= s.end)
        };
        let last = names::name_run(text, &toks, k, |t| {
            std::ptr::eq(t, &toks[k]) && free(&items, t) || carries(t)
        })
        .unwrap_or(k);
        // `Minispaa ya Wuhan`, `Uchanganyaji wa Sauti`: a run joined by an associative that no
        // glossary entry read is a Swahili name or title; only what follows the last
        // associative may be a name, and it is read again from there.
        if let Some(j) = (k + 1..last)
            .rev()
            .find(|&j| names::is_join(&toks[j].folded))
        {
            k = j + 1;
            continue;
        }
        // Where a clause starts a capital says nothing: only a second capitalised word right
        // after it makes a name (`Vladimir Putin alisema`, not `Mtaalamu wa TEHAMA`).
        let opens = echo::opens_clause(text, &toks, k);
        let second_capital = opens
            && toks.get(k + 1).is_some_and(|n| {
                carries(n)
                    && text[t.span.end..n.span.start]
                        .chars()
                        .all(char::is_whitespace)
            });
        if opens && (last == k || !second_capital) || last == k && echo::unsupported_echo(text, t) {
            k += 1;
            continue;
        }
        let s = Span::new(t.span.start, toks[last].span.end);
        // A Swahili spelling of a name the glossary knows in English: `Naijeria` → Nigeria.
        let spelt = (last == k)
            .then(|| lexicon.english_name(t.span.of(text)))
            .flatten()
            .filter(|en| !en.eq_ignore_ascii_case(t.span.of(text)));
        items.push(match spelt {
            Some(en) => GlossItem::new(text, s.start, s.end, en.to_string(), GlossKind::Name)
                .note(format!("Swahili spelling of {en}")),
            None => GlossItem::new(
                text,
                s.start,
                s.end,
                s.of(text).to_string(),
                GlossKind::Name,
            ),
        });
        k = last + 1;
    }
    items.sort_by_key(|i| i.start);
    places::merge_compass(text, &toks, &data.compass, &mut items);
    names::compose_institutions(glossary, text, span.start, &data.offices, &mut items);
    counting::refine(text, &toks, &data.label_nouns, &mut items);
    places::merge_locatives(text, &toks, &mut items);
    reader::resolve_leo_by_date(text, &mut items);
    items
}
