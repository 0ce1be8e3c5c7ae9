//! The summariser's view of an article: for the title and each sentence, its content terms
//! as [`Key`]s (glossary entry ids for glossary words, so `mkataba` and `mikataba` are one
//! term; other words folded, stopwords and short words dropped) and counts of glossary terms,
//! names, numbers and dates. Made once per article, before any scoring.

mod fixed_keys;

use super::{Key, KeyMap, SentenceInfo, SourceInfo, key, standalone};
use crate::article::Article;
use crate::glossary::{Glossary, Matcher, Pos, TermHit};
use crate::lang::LangData;
use crate::segment::ends_as_sentence;
use crate::text::{FoldClass, Span, WordSpans, fold, fold_into, is_capitalised};
use fixed_keys::FixedKeys;

/// Whether `folded` has fewer than three characters; three ASCII bytes need no decoding.
fn shorter_than_three(folded: &str) -> bool {
    match folded.as_bytes() {
        [a, b, c, ..] if (a | b | c).is_ascii() => false,
        b if b.len() < 3 => true,
        _ => folded.chars().nth(2).is_none(),
    }
}

/// [`Features::inner_keys`]: each later word of an entry's head and listed forms, matched on
/// its own (generated plurals change only the words that agree, not the possessor).
fn inner_keys(glossary: &Glossary, matcher: &Matcher, keys: &[Option<Key>]) -> KeyMap<Key> {
    // As written: a name matches only capitalised.
    let mut words: Vec<&str> = glossary
        .entries
        .iter()
        .flat_map(|e| std::iter::once(&e.sw).chain(&e.forms))
        .flat_map(|form| form.split_whitespace().skip(1))
        .collect();
    words.sort_unstable();
    words.dedup();
    let mut out = KeyMap::default();
    for word in words {
        if let [hit] = matcher.find(word).as_slice()
            && hit.span.start == 0
            && hit.span.end == word.len()
            && let Some(own) = keys[hit.entry]
        {
            out.insert(key(&fold(word)), own);
        }
    }
    out
}

/// What [`Features::sentence_info`] reuses from one sentence to the next of an article.
struct Scratch {
    /// The stand-alone reader.
    reader: standalone::Reader,
    /// Where words that are not their own folded form are folded.
    buffer: String,
}

/// The keys the features are made of, built once from the glossary and the stopwords.
#[derive(Debug, Clone)]
pub struct Features {
    /// The summariser's key for each glossary entry (`g:` and its id), made once. Verbs have
    /// none: their forms say who did what and when (`alisaini`, `hawakusaini`), so each
    /// form is its own term, as a reader and a headline see it.
    glossary_keys: Vec<Option<Key>>,
    /// For a word inside a multi-word glossary form (`Tigray` of `jimbo la Tigray`,
    /// `ulinzi` of `mkataba wa ulinzi`), keyed by the word's own key: the glossary key the
    /// word has on its own, so it is one term with its mentions outside the phrase.
    inner_keys: KeyMap<Key>,
    /// The [`Key`]s of the stopwords: a word's key, made anyway, is looked up without
    /// hashing the word again.
    stop_keys: FixedKeys,
    /// The keys of the month names (`lang.months`): a capitalised word's key, made anyway,
    /// is looked up without hashing the word again.
    months: FixedKeys,
}

impl Features {
    /// The keys of `glossary` (matched by `matcher`) and of the stopwords and month names
    /// of `lang`.
    pub fn new(glossary: &Glossary, matcher: &Matcher, lang: &LangData) -> Self {
        let glossary_keys: Vec<Option<Key>> = glossary
            .entries
            .iter()
            .map(|e| (e.pos != Pos::Verb).then(|| key(&format!("g:{}", e.id))))
            .collect();
        let inner_keys = inner_keys(glossary, matcher, &glossary_keys);
        Features {
            glossary_keys,
            inner_keys,
            stop_keys: lang.stopwords.iter().map(|w| key(w)).collect(),
            months: lang.months.iter().map(|m| key(m)).collect(),
        }
    }

    /// What the summariser needs to know of an article: for the title and each sentence
    /// unit, its content terms (glossary entry ids for glossary words, so `mkataba` and
    /// `mikataba` are one term; other words folded, stopwords and short words dropped), and
    /// counts of glossary terms, names, numbers and dates.
    // Not inlined: one call an article, and profiles (the README's speed command) find it.
    #[inline(never)]
    pub fn source_info(&self, matcher: &Matcher, article: &Article) -> SourceInfo {
        let text = &article.doc.text;
        let mut scratch = Scratch {
            reader: standalone::Reader::new(),
            buffer: String::new(),
        };
        let mut title_keys = Vec::new();
        if let Some(t) = article.title.as_deref() {
            let hits = matcher.find(t);
            let mut names = Vec::new();
            let span = Span::new(0, t.len());
            self.sentence_info(t, span, &hits, &mut title_keys, &mut names, &mut scratch);
        }
        // Room for every unit (the sentences are most of them) and for their keys (about
        // one in six bytes of text starts one): one allocation each for the article.
        let mut keys = Vec::with_capacity(text.len() / 6);
        let mut name_keys = Vec::new();
        let mut sentences = Vec::with_capacity(article.units.len());
        for u in article.sentences() {
            let hits = article.hits_in(u.span);
            sentences.push(self.sentence_info(
                text,
                u.span,
                hits,
                &mut keys,
                &mut name_keys,
                &mut scratch,
            ));
        }
        SourceInfo {
            title_keys,
            sentences,
            keys,
            name_keys,
        }
    }

    /// One pass over the words of `span` of `text` (its glossary hits given, sorted): its
    /// content terms (the first word of a glossary hit stands for the whole hit, as the
    /// entry's id; other words folded, stopwords and words of one or two letters dropped),
    /// which of them are written capitalised, and counts of names, numbers and dates. The
    /// terms are added to `keys`, the places among them of those written capitalised to
    /// `names`; the sentence's ranges of both are set.
    fn sentence_info(
        &self,
        text: &str,
        span: Span,
        hits: &[TermHit],
        keys: &mut Vec<Key>,
        names: &mut Vec<usize>,
        scratch: &mut Scratch,
    ) -> SentenceInfo {
        let Scratch { reader, buffer } = scratch;
        let mut info = SentenceInfo {
            span,
            terms: hits.len(),
            ..SentenceInfo::default()
        };
        info.unfinished = !ends_as_sentence(span.of(text));
        let mut h = hits.iter().peekable();
        let (first_key, first_name) = (keys.len(), names.len());
        reader.reset();
        let sentence = span.of(text);
        // Where the gap before the next word starts, in the sentence.
        let mut gap_start = 0;
        let mut words = WordSpans::new(sentence);
        // Not a `for` loop: the loop reads the iterator's fold class of each word.
        while let Some(local) = words.next() {
            let w = Span::new(span.start + local.start, span.start + local.end);
            // The word's place in the sentence, from 0.
            let n = info.words;
            // The gap and the word cut from what follows the last word: three character
            // boundaries checked, not four.
            let (gap, rest) = sentence[gap_start..].split_at(local.start - gap_start);
            let word = &rest[..local.end - local.start];
            gap_start = local.end;
            info.words += 1;
            let first = word.as_bytes()[0];
            // An ASCII first letter is read without decoding.
            let capital = if first.is_ascii() {
                first.is_ascii_uppercase()
            } else {
                is_capitalised(word)
            };
            if capital && n > 0 {
                info.names += 1;
            }
            // A word of lower-case ASCII letters and digits is its own folded form: no copy.
            // One of other ASCII bytes (no backtick) folds by lower-casing, as `fold` does.
            // Its class was read with its bytes, as a word.
            let folded: &str = match words.fold_class() {
                FoldClass::Folded => word,
                FoldClass::Ascii => {
                    buffer.clear();
                    buffer.push_str(word);
                    buffer.make_ascii_lowercase();
                    buffer
                }
                FoldClass::Other => {
                    fold_into(word, buffer);
                    buffer
                }
            };
            // Month names are written capitalised: look up only those.
            // A capitalised word's key, made once: for the months and for its term.
            let capital_key = capital.then(|| key(folded));
            if first.is_ascii_digit() || capital_key.is_some_and(|k| self.months.contains(k)) {
                info.numbers += 1;
            }
            while h.peek().is_some_and(|x| x.span.end <= w.start) {
                h.next();
            }
            let (hit_here, inside) = match h.peek() {
                Some(x) if x.span.start == w.start => (Some(*x), false),
                Some(x) => (None, x.span.start < w.start),
                None => (None, false),
            };
            let term = match hit_here.and_then(|hit| self.glossary_keys[hit.entry]) {
                Some(k) => Some(k),
                None => 'word: {
                    // The word itself, unless it is a stopword, or a word of one or two
                    // letters that does not start a glossary term. Later content words of a
                    // multi-word hit count too, with the key they have on their own: a
                    // reader (and a headline) sees "jimbo la Tigray" as three words, one of
                    // them Tigray.
                    // The length first: a short word is dropped without being hashed.
                    if hit_here.is_none() && shorter_than_three(folded) {
                        break 'word None;
                    }
                    let k = capital_key.unwrap_or_else(|| key(folded));
                    if self.stop_keys.contains(k) {
                        break 'word None;
                    }
                    Some(if inside {
                        self.inner_keys.get(&k).copied().unwrap_or(k)
                    } else {
                        k
                    })
                }
            };
            reader.word(
                gap,
                word,
                folded,
                capital,
                term,
                hit_here.and_then(|hit| hit.tense),
            );
            let Some(term) = term else { continue };
            if capital {
                names.push(keys.len() - first_key);
            }
            keys.push(term);
        }
        info.keys = first_key..keys.len();
        info.name_keys = first_name..names.len();
        info.standing = reader.finish(span.of(text));
        info
    }
}
