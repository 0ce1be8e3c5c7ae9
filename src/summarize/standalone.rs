//! Whether a sentence can stand alone in a summary, read in the same pass that makes its
//! terms: a question, an opener that leans on the sentence before it (a connective, a
//! pronoun or demonstrative, a verb with no subject before it), a demonstrative pointing at
//! a noun the sentence never named, a surname after a courtesy title (`Bw Kiir`), a quote
//! whose speaker it does not name; and what makes a news lede (a named actor, an event verb
//! in the past or perfect, a number or date). It reads words only; whether the antecedent
//! was picked is selection's business. (Tests in `standalone/tests.rs`; the word lists in
//! `standalone/words.rs`, the first word's verb parse in `standalone/verbs.rs`.)

use crate::morph::Tense;

use super::Key;

mod acts;
mod glued;
mod speech;
mod verbs;
mod words;

use verbs::subject_verb_with;

use words::{
    ANAPHORS, ASSOCIATIVES, CONNECTIVE_PAIRS, CONNECTIVES, COURTESY_TITLES, LEANING_SUBJECTS,
    NOUN_LOOKALIKES, OTHERS, POSSESSIVES, PRONOUN_PHRASES, PRONOUNS, PROXIMALS, SPEECH,
    WEAK_CONNECTIVES,
};

/// Why a sentence's opening needs the sentence before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opener {
    /// `Na…`, `Vilevile…`, `Hata hivyo…`, `Lakini…`, `Kwa upande wake…`.
    Connective,
    /// `Hilo…`, `Yeye…`, `Hii ni…`, `Kutokana na hayo…`: a pronoun or a demonstrative
    /// standing for something said before.
    Pronoun,
    /// `Alisema…`, `Imesema kuwa…`: a verb whose subject is a marker only.
    Subjectless,
}

/// What [`Reader`] found in one sentence.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Standing {
    /// It asks (ends on `?`, or opens on `Je`).
    pub question: bool,
    /// It opens leaning on the sentence before it.
    pub opener: Option<Opener>,
    /// Nouns pointed at by an anaphoric demonstrative (`wimbo huo`, "that song") that the
    /// sentence did not name before, and surnames after a courtesy title (`Bw Kiir`) it did
    /// not name before: as summary keys. Unless an earlier pick holds the noun or the name,
    /// the reader asks "which one?", "who?".
    pub refers_to: Vec<Key>,
    /// It quotes or reports speech (quote marks, or `alisema`/`aliongeza`…) and names no
    /// speaker: no capitalised word outside the quote marks but its first word, and its
    /// first word is not a name followed by the speech verb.
    pub unattributed: bool,
    /// It holds a verb in the past or perfect with a subject marker (`alisaini`,
    /// `wameshambulia`, `imetangaza`): something happened.
    pub event: bool,
    /// It opens on a label: two to four capitalised words and a colon (`Charlotte Galpin:
    /// Mhadhiri wa …`, `Kenya: Taifa hili …`), maybe with a description in brackets before
    /// the colon (`Kaleb Moges (mwandishi …): …`), a caption's name or a crosshead run into
    /// the text. An editor cannot use it as it stands.
    pub label: bool,
    /// A name comes before a verb in the present or the future (`Papa Francis anaanza
    /// ziara …`, `Kampuni ya Nike inashitaki …`): someone named is doing something now.
    pub acts: bool,
    /// It is not one sentence as written: a word that only opens a sentence stands
    /// capitalised after a lower-case word with no stop between (two sentences, or a
    /// crosshead and a sentence, run together), or it opens on a list bullet or on a
    /// parenthesis (a source credit cut from the sentence before). An editor cannot use it.
    pub glued: bool,
}

/// Most capitalised words before a label's colon.
const LABEL_WORDS: usize = 4;

/// Words at a sentence's opening in which a demonstrative's noun must have been named.
const TOPIC_WORDS: usize = 6;

/// Reads one sentence word by word (the pass that makes its terms), then [`Reader::finish`].
#[derive(Debug, Default)]
pub struct Reader {
    standing: Standing,
    /// Words read so far.
    n: usize,
    /// Folded first and second words.
    first: String,
    second: String,
    /// Whether the first word is written capitalised and could be a name.
    first_capital: bool,
    /// Whether the first word is a connective or opens a two-word one (`kwa`): looked up
    /// once, as the second word and [`Reader::finish`] both ask.
    first_connective: bool,
    /// The key of the last content word read, if the word before this one was one.
    last_key: Option<Key>,
    /// Keys of the content words read so far.
    seen: Vec<Key>,
    /// A name (a capitalised word but the first) outside quote marks.
    named: bool,
    /// A speech verb; and whether it came right after the first word.
    speech: bool,
    speech_second: bool,
    /// A speech verb outside quote marks.
    speech_outside: bool,
    /// The sentence opens inside quote marks.
    opens_quoted: bool,
    /// Inside quote marks (`“ ”`, `"`, `''`).
    quoted: bool,
    quotes: bool,
    /// A verb form with a subject marker found on the first word.
    first_verb: bool,
    /// Every word read so far outside brackets is capitalised.
    all_capital: bool,
    /// Inside brackets; and the words read so far outside them.
    bracketed: bool,
    outside: usize,
    /// The word before is written in lower case.
    prev_lower: bool,
    /// The word before is a noun of time (`mwaka`, `wiki`).
    prev_time: bool,
    /// A first-person verb outside quote marks.
    first_person: bool,
    /// The topic is owned by someone unnamed: a possessive after the first noun, or after
    /// `noun ya noun` (`Uongozi wake …`, `Thamani ya utajiri wake …`).
    owned_topic: bool,
    /// The word before is a courtesy title (`Bw`, `Bi`); and the key of a name right after
    /// one, until the next word shows whether it was the whole name.
    prev_title: bool,
    titled: Option<Key>,
}

impl Reader {
    /// A reader at the start of a sentence.
    pub fn new() -> Self {
        Reader::default()
    }

    /// Back at the start of a sentence, keeping what it allocated: one reader serves every
    /// sentence of an article.
    pub fn reset(&mut self) {
        let (mut first, mut second, mut seen) = (
            std::mem::take(&mut self.first),
            std::mem::take(&mut self.second),
            std::mem::take(&mut self.seen),
        );
        first.clear();
        second.clear();
        seen.clear();
        *self = Reader {
            first,
            second,
            seen,
            ..Reader::default()
        };
    }

    /// Reads the next word: `raw` as written with what stands between it and the previous
    /// word (`gap`, to see quote marks), `folded`, whether it is capitalised, the summary
    /// key it was given (`None` for stopwords and short words), and the glossary's verb
    /// analysis of it when it is a glossary verb.
    #[inline]
    pub fn word(
        &mut self,
        gap: &str,
        raw: &str,
        folded: &str,
        capital: bool,
        key: Option<Key>,
        tense: Option<Tense>,
    ) {
        self.toggle_quotes(gap);
        let n = self.n;
        self.n += 1;
        // `Juma Ali: Mhadhiri …`, `Kenya:Taifa …`, `Juma Ali (mhadhiri, Dodoma): Baada …`,
        // `Jumapili 9 Januari: …`: a colon after capitalised opening words (a day's number
        // counts as one), a description in brackets aside; none after the label's words.
        if self.outside <= LABEL_WORDS {
            if gap.bytes().any(|b| b == b'(' || b == b')') {
                self.bracketed = gap.rfind('(') > gap.rfind(')');
            }
            let (outside, day) = (self.outside, raw.as_bytes()[0].is_ascii_digit());
            self.standing.label |= outside >= 1 && self.all_capital && capital && gap.contains(':');
            if !self.bracketed {
                self.all_capital = (capital || day) && (outside == 0 || self.all_capital);
                self.outside += 1;
            }
        }
        if n == 0 {
            self.first_word(folded, capital);
        } else {
            if n == 1 {
                self.second.push_str(folded);
            }
            if self.named
                && !self.standing.acts
                && (matches!(tense, Some(Tense::Present | Tense::Future))
                    || tense.is_none() && acts::present_or_future(folded))
            {
                self.standing.acts = true;
            }
            if capital && !self.quoted {
                self.named = true;
                if self.prev_lower
                    && gap.bytes().all(|b| b.is_ascii_whitespace())
                    && glued::opens_sentence(folded, tense.is_some())
                {
                    self.standing.glued = true;
                }
            }
            // `Hata hivyo`, `Kwa hiyo`: the connective's own demonstrative points at no noun.
            let connective = n == 1 && self.first_connective;
            // Only in the sentence's opening words, where its topic stands: a demonstrative
            // later on mostly points back inside the sentence or at its own subject.
            // Every anaphor starts with `h`: most words are out at once.
            if n < TOPIC_WORDS
                && folded.starts_with('h')
                && !connective
                && ANAPHORS.contains(&folded)
            {
                // `wimbo huo`: which song? Bound when the sentence named it before.
                match self.last_key {
                    Some(k) if !self.seen[..self.seen.len() - 1].contains(&k) => {
                        self.standing.refers_to.push(k)
                    }
                    Some(_) => {}
                    // After a stopword (`kutokana na hilo`) it stands alone for something.
                    None if n <= 3 && self.standing.opener.is_none() => {
                        self.standing.opener = Some(Opener::Pronoun)
                    }
                    None => {}
                }
            }
            if (n == 1 || n == 3 && ASSOCIATIVES.contains(&self.second.as_str()))
                && !self.quoted
                && POSSESSIVES.contains(&folded)
            {
                self.owned_topic = true;
            }
            // `mchakato huu` (this process), `tukio lingine` (another event): a noun said
            // before, unless the sentence named it (`mwaka huu` only dates).
            if n < TOPIC_WORDS
                && !connective
                && (PROXIMALS.contains(&folded) && !self.prev_time || OTHERS.contains(&folded))
                && let Some(k) = self.last_key
                && !self.seen[..self.seen.len() - 1].contains(&k)
            {
                self.standing.refers_to.push(k);
            }
            if !self.standing.event
                && (matches!(tense, Some(Tense::Past | Tense::Perfect))
                    || tense.is_none() && past_event(folded))
            {
                self.standing.event = true;
            }
        }
        if n == 0 {
            self.opens_quoted = self.quoted;
        }
        // Titles are looked for in the opening words only (see TOPIC_WORDS); the word
        // after them tells a surname from a full name.
        if n <= TOPIC_WORDS && (capital || self.prev_title || self.titled.is_some()) {
            self.courtesy(folded, capital, key, n);
        }
        if speech::is_speech(folded) {
            self.speech = true;
            self.speech_outside |= !self.quoted;
            if n == 1 {
                self.speech_second = true;
            }
        }
        // A word of `WordSpans` holds no quote mark (letters, digits, and an apostrophe or
        // hyphen only between letters): they stand in the gaps, read above. Checked here in
        // debug builds only, as it ran on every word.
        debug_assert!(raw_quotes(raw).is_empty(), "a quote mark inside {raw:?}");
        if !self.quoted && glued::first_person(folded) {
            self.first_person = true;
        }
        self.prev_lower = raw.as_bytes()[0].is_ascii_lowercase();
        // Only read in the opening words (see TOPIC_WORDS).
        self.prev_time = n < TOPIC_WORDS && words::is_time_noun(folded);
        self.last_key = key;
        // Only the opening words' keys are ever looked at (see TOPIC_WORDS).
        if let Some(k) = key
            && n < TOPIC_WORDS
        {
            self.seen.push(k);
        }
    }

    /// [`Reader::word`] of a sentence's first word: it is parsed as a verb. Apart (not
    /// inlined), so that the step every later word takes stays small.
    #[inline(never)]
    fn first_word(&mut self, folded: &str, capital: bool) {
        self.first.push_str(folded);
        self.first_capital = capital;
        self.first_connective =
            CONNECTIVES.contains(&folded) || CONNECTIVE_PAIRS.iter().any(|(w, _)| *w == folded);
        if let Some((a, subject)) = subject_verb_with(folded) {
            if matches!(a, Tense::Past | Tense::Perfect) {
                self.standing.event = true;
            }
            // `Inakadiriwa`, `Inasemekana`: "it is estimated", impersonal, not leaning.
            let impersonal = subject == "i" && (folded.ends_with("wa") || folded.ends_with("kana"));
            self.first_verb = LEANING_SUBJECTS.contains(&subject) && !impersonal;
        }
    }

    /// The `n`th word: `Bw Kiir`, `Bi Destiny` — a courtesy title before one name refers to
    /// someone named in full before (news style), unless this sentence named them first;
    /// `Bi Grace Destiny` names her now. Only in the opening words, where the topic stands
    /// (see TOPIC_WORDS): later on, a reader takes `wafuasi wa Bw Trump` in stride.
    #[inline(never)]
    fn courtesy(&mut self, folded: &str, capital: bool, key: Option<Key>, n: usize) {
        // The title's name stood alone (a second name would have made it a full name).
        if let Some(k) = self.titled.take()
            && !capital
        {
            self.standing.refers_to.push(k);
        }
        if self.prev_title
            && capital
            && n < TOPIC_WORDS
            && let Some(k) = key
            && !self.seen.contains(&k)
        {
            self.titled = Some(k);
        }
        self.prev_title = capital && folded.starts_with('b') && COURTESY_TITLES.contains(&folded);
    }

    /// Quote marks in `s` open or close a quote.
    #[inline]
    fn toggle_quotes(&mut self, s: &str) {
        // Fast path (inlined): no `"`, `'` and nothing beyond ASCII, so no quote mark.
        if s.bytes().any(|b| b == b'"' || b == b'\'' || b >= 0x80) {
            self.read_quotes(s);
        }
    }

    /// [`Reader::toggle_quotes`] of a text that may hold a quote mark.
    fn read_quotes(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '“' | '«' => {
                    self.quoted = true;
                    self.quotes = true;
                }
                '”' | '»' => {
                    self.quoted = false;
                    self.quotes = true;
                }
                '"' => {
                    self.quoted = !self.quoted;
                    self.quotes = true;
                }
                _ => {}
            }
        }
        if s.contains("''") {
            self.quoted = !self.quoted;
            self.quotes = true;
        }
    }

    /// What was found, given the sentence's whole text. [`Reader::reset`] readies it for
    /// the next sentence.
    pub fn finish(&mut self, text: &str) -> Standing {
        let t = text.trim_end_matches(|c: char| {
            c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | ')' | '»')
        });
        self.standing.question = t.ends_with('?') || self.first == "je";
        if let Some(k) = self.titled.take() {
            self.standing.refers_to.push(k);
        }
        if self.standing.opener.is_none() {
            self.standing.opener = self.opener();
        }
        // `Uongozi wake ulikosolewa …`: whose? Unless the sentence names someone.
        if self.standing.opener.is_none() && self.owned_topic && !self.named {
            self.standing.opener = Some(Opener::Pronoun);
        }
        // Reported speech needs its speaker in the sentence: a name outside the quote, or a
        // first word that is a name right before the speech verb (`Wetangula alisema`).
        // `Twitter imepiga marufuku …, ikisema kuwa ''…''`: the first word is the speaker.
        let speaker_first = self.first_capital
            && (self.speech_second || self.speech_outside && !self.opens_quoted)
            && !self.first_verb
            && self.standing.opener.is_none();
        // A first-person verb outside quote marks is a quote too: its speaker must be named
        // beside a verb of saying.
        self.standing.unattributed = self.quotes && !self.named && !speaker_first
            || self.speech && self.first_verb && !self.named
            || self.first_person && !(self.speech && (self.named || speaker_first));
        if text
            .trim_start()
            .starts_with(['(', '•', '●', '▪', '◦', '*'])
        {
            self.standing.glued = true;
        }
        std::mem::take(&mut self.standing)
    }

    fn opener(&self) -> Option<Opener> {
        let (first, second) = (self.first.as_str(), self.second.as_str());
        // Every weak connective is a connective too (a test checks it): most first words are
        // none, and skip the three lists.
        if self.first_connective {
            if let Some((_, next)) = WEAK_CONNECTIVES.iter().find(|(w, _)| *w == first) {
                return next.contains(&second).then_some(Opener::Connective);
            }
            if CONNECTIVES.contains(&first)
                || CONNECTIVE_PAIRS
                    .iter()
                    .any(|(w, next)| *w == first && next.contains(&second))
            {
                return Some(Opener::Connective);
            }
        }
        if PRONOUNS.contains(&first) {
            let phrase = PRONOUN_PHRASES
                .iter()
                .any(|(w, next)| *w == first && next.contains(&second));
            // `Huko Marekani`, `Hapo Jumatatu`: a place or a day named at once.
            let named_next = self.n > 1 && self.named && self.seen.len() <= 2 && first == "huko";
            if !phrase && !named_next {
                return Some(Opener::Pronoun);
            }
        }
        if self.first_verb && !NOUN_LOOKALIKES.iter().any(|p| first.starts_with(p)) {
            return Some(Opener::Subjectless);
        }
        None
    }
}

/// The quote marks of a word as written (`''Tutashinda`, `alisema.''`).
fn raw_quotes(raw: &str) -> &str {
    if !raw.bytes().any(|b| b == b'"' || b == b'\'' || b >= 0x80) {
        return "";
    }
    if raw.contains(['"', '“', '”', '«', '»']) || raw.contains("''") {
        raw
    } else {
        ""
    }
}

/// A third-person or `tu-` subject marker at the start of a word, read from its letters
/// alone (byte patterns: it runs on every word), with the rest of the word and the
/// relative that agrees with that subject (`wa-` … `-o-`, `a-` … `-ye-`).
#[inline]
pub(super) fn subject_and_relative(b: &[u8]) -> Option<(&[u8], &'static [u8])> {
    Some(match b {
        [b'w', b'a', rest @ ..] => (rest, b"o"),
        [b'a', rest @ ..] => (rest, b"ye"),
        [b'i', rest @ ..] => (rest, b"yo"),
        [b'l', b'i', rest @ ..] => (rest, b"lo"),
        [b'y', b'a', rest @ ..] => (rest, b"yo"),
        [b'k', b'i', rest @ ..] => (rest, b"cho"),
        [b'v', b'i', rest @ ..] => (rest, b"vyo"),
        [b'z', b'i', rest @ ..] => (rest, b"zo"),
        [b'u', rest @ ..] => (rest, b"o"),
        [b't', b'u', rest @ ..] => (rest, b"o"),
        _ => return None,
    })
}

/// A past or perfect verb with a subject marker (`alisema`, `wameshambulia`,
/// `imetangaza`), read from its letters alone — it runs on every word, so it does not
/// parse the whole chain: subject, `li`/`me`, and not the relative that agrees with the
/// subject (`uliopita` "last", `iliyotolewa`), with three letters or more of stem.
#[inline]
fn past_event(folded: &str) -> bool {
    let Some((rest, rel)) = subject_and_relative(folded.as_bytes()) else {
        return false;
    };
    let stem = match rest {
        [b'l', b'i', stem @ ..] | [b'm', b'e', stem @ ..] => stem,
        _ => return false,
    };
    stem.len() >= 3 && !stem.starts_with(rel) && !matches!(stem, [b'p' | b'k' | b'm', b'o', ..])
}

#[cfg(test)]
mod tests;
