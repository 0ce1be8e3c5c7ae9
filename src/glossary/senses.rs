//! Choosing an entry's sense from the words around a hit: cues right before the term
//! (`chini ya` + ulinzi: custody), right after it (aliongeza + `kuwa`: added that) or near it
//! in the same sentence (`medali` … shaba: bronze). Cues right beside the term win over cues
//! near it; among those, the first sense in the entry's order wins. Not for choosing
//! between entries: that is the matcher's longest-match rule.

use serde::Serialize;

use super::model::{CuePlace, Entry};
use super::word_stream::WordStream;
use crate::text::fold;

/// How many words either side a `near` cue may stand.
pub const NEAR_WORDS: usize = 8;

/// The sense a hit chose and the cue that chose it (indices into [`Entry::senses`] and
/// [`super::Sense::cues`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct SenseChoice {
    /// Index of the sense in the entry's `senses`.
    pub sense: u16,
    /// Index of the cue in that sense's `cues()`.
    pub cue: u16,
}

/// The cue that stands for a sentence's edge: `after: ["."]` chooses a sense when the term
/// closes its sentence (`…, aliongeza.`: he added), `before: ["."]` when it opens one.
pub(super) const SENTENCE_EDGE: &str = ".";

/// One word of a cue: a whole folded word, or a beginning (`ku*`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct CueWord {
    text: String,
    prefix: bool,
}

impl CueWord {
    fn fits(&self, word: &str) -> bool {
        if self.prefix {
            word.len() > self.text.len() && word.starts_with(&self.text)
        } else {
            word == self.text
        }
    }
}

/// A cue compiled for matching.
#[derive(Debug, Clone)]
struct Cue {
    place: CuePlace,
    words: Vec<CueWord>,
    sense: u16,
    index: u16,
}

/// The compiled cues of one entry, or none.
#[derive(Debug, Clone, Default)]
pub(super) struct Cues(Vec<Cue>);

/// The words of a cue as written, folded; `None` when it has no word or a word is not
/// one word of letters, digits, `'` or `-` (with an optional final `*`).
pub(super) fn cue_words(cue: &str) -> Option<Vec<(String, bool)>> {
    if cue.trim() == SENTENCE_EDGE {
        return Some(vec![(SENTENCE_EDGE.to_string(), false)]);
    }
    let words: Vec<(String, bool)> = cue
        .split_whitespace()
        .map(|w| {
            let (w, prefix) = match w.strip_suffix('*') {
                Some(w) => (w, true),
                None => (w, false),
            };
            (fold(w), prefix)
        })
        .collect();
    let ok = !words.is_empty()
        && words.iter().all(|(w, _)| {
            !w.is_empty()
                && w.chars().next().is_some_and(char::is_alphanumeric)
                && w.chars()
                    .all(|c| c.is_alphanumeric() || c == '\'' || c == '-')
        });
    ok.then_some(words)
}

impl Cues {
    /// The cues of an entry's senses (badly written cues are left out; lint reports them).
    pub(super) fn of(entry: &Entry) -> Option<Self> {
        let mut out = Vec::new();
        for (s, sense) in entry.senses.iter().enumerate() {
            for (k, (place, text)) in sense.cues().enumerate() {
                let Some(words) = cue_words(text) else {
                    continue;
                };
                out.push(Cue {
                    place,
                    words: words
                        .into_iter()
                        .map(|(text, prefix)| CueWord { text, prefix })
                        .collect(),
                    sense: s as u16,
                    index: k as u16,
                });
            }
        }
        (!out.is_empty()).then_some(Cues(out))
    }

    /// The sense the words around words `first..=last` of `stream` choose, if any.
    pub(super) fn choose(
        &self,
        text: &str,
        stream: &WordStream,
        first: usize,
        last: usize,
    ) -> Option<SenseChoice> {
        let beside = self.0.iter().find(|c| match c.place {
            CuePlace::Before if c.is_edge() => {
                first == 0 || sentence_ends_after(text, stream, first - 1)
            }
            CuePlace::After if c.is_edge() => closes_sentence(text, stream, last),
            CuePlace::Before => before(stream, first, &c.words),
            CuePlace::After => after(stream, last, &c.words),
            CuePlace::Near => false,
        });
        let chosen = beside.or_else(|| {
            let (lo, hi) = sentence_window(text, stream, first, last);
            self.0
                .iter()
                .filter(|c| c.place == CuePlace::Near)
                .find(|c| near(stream, lo, hi, first, last, &c.words))
        })?;
        Some(SenseChoice {
            sense: chosen.sense,
            cue: chosen.index,
        })
    }
}

impl Cue {
    fn is_edge(&self) -> bool {
        matches!(self.words.as_slice(), [w] if w.text == SENTENCE_EDGE)
    }
}

/// Whether the sentence ends right after word `last`: at a full stop, `!` or `?` (a closing
/// quote may stand before it), or at the end of the text.
fn closes_sentence(text: &str, stream: &WordStream, last: usize) -> bool {
    if last + 1 < stream.len() {
        return sentence_ends_after(text, stream, last);
    }
    let rest = text[stream.text_end[last] as usize..].trim();
    rest.is_empty() || rest.starts_with(['.', '!', '?', '"', '\'', '”', '’'])
}

fn before(stream: &WordStream, first: usize, words: &[CueWord]) -> bool {
    let n = words.len();
    first >= n
        && (first - n..first).all(|j| stream.space_after(j))
        && words
            .iter()
            .enumerate()
            .all(|(k, w)| w.fits(stream.word(first - n + k)))
}

fn after(stream: &WordStream, last: usize, words: &[CueWord]) -> bool {
    let n = words.len();
    last + n < stream.len()
        && (last..last + n).all(|j| stream.space_after(j))
        && words
            .iter()
            .enumerate()
            .all(|(k, w)| w.fits(stream.word(last + 1 + k)))
}

/// Whether a sentence ends between word `i` and the next.
fn sentence_ends_after(text: &str, stream: &WordStream, i: usize) -> bool {
    if stream.space_after(i) {
        return false;
    }
    let gap = &text[stream.text_end[i] as usize..stream.text_start[i + 1] as usize];
    gap.contains(['.', '!', '?', '\n', ';'])
}

/// The words within [`NEAR_WORDS`] of the hit that share its sentence.
fn sentence_window(text: &str, stream: &WordStream, first: usize, last: usize) -> (usize, usize) {
    let mut lo = first;
    while lo > 0 && first - lo < NEAR_WORDS && !sentence_ends_after(text, stream, lo - 1) {
        lo -= 1;
    }
    let mut hi = last;
    while hi + 1 < stream.len() && hi - last < NEAR_WORDS && !sentence_ends_after(text, stream, hi)
    {
        hi += 1;
    }
    (lo, hi)
}

fn near(
    stream: &WordStream,
    lo: usize,
    hi: usize,
    first: usize,
    last: usize,
    words: &[CueWord],
) -> bool {
    let n = words.len();
    (lo..=hi).any(|s| {
        let e = s + n - 1;
        e <= hi
            && (e < first || s > last)
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| w.fits(stream.word(s + k)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_words_fold_and_refuse_punctuation() {
        assert_eq!(
            cue_words("Chini  ya"),
            Some(vec![("chini".into(), false), ("ya".into(), false)])
        );
        assert_eq!(cue_words("ku*"), Some(vec![("ku".into(), true)]));
        assert_eq!(cue_words(""), None);
        assert_eq!(cue_words("ya,"), None);
        assert_eq!(cue_words("*"), None);
        assert_eq!(cue_words(" . "), Some(vec![(".".into(), false)]));
        assert_eq!(cue_words(". ya"), None);
    }

    #[test]
    fn prefix_needs_more_letters() {
        let w = CueWord {
            text: "ku".into(),
            prefix: true,
        };
        assert!(w.fits("kulipa"));
        assert!(!w.fits("ku"));
        assert!(!w.fits("aliku"));
    }
}

#[cfg(test)]
mod choose_tests {
    use crate::glossary::{Glossary, Matcher, Severity, lint};

    const SENSES: &str = r#"
domain: test
entries:
  - id: shaba
    sw: shaba
    pos: noun
    class: 9/10
    en: copper
    senses:
      - en: bronze
        before: ["medali ya"]
        near: [medali]
  - id: kipindi
    sw: kipindi
    pos: noun
    class: 7/8
    en: programme
    needs_cue: true
    senses:
      - en: period
        after: ["cha miaka"]
        before: [katika]
      - en: programme
        near: [redio]
  - id: shindwa
    sw: shindwa
    pos: verb
    en: lose
    senses:
      - en: fail
        after: ["ku*"]
  - id: ongeza
    sw: ongeza
    pos: verb
    en: increase
    senses:
      - en: add
        after: [kuwa, "."]
  - id: habari
    sw: habari
    pos: noun
    class: 9/10
    en: news
    senses:
      - en: how are you
        before: ["."]
"#;

    fn chosen(text: &str) -> Vec<(String, String, bool)> {
        let g = Glossary::from_yaml_str("senses.yaml", SENSES).unwrap();
        Matcher::new(&g)
            .find(text)
            .iter()
            .map(|h| {
                (
                    h.span.of(text).to_string(),
                    g.english(h).into_owned(),
                    g.unsure(h),
                )
            })
            .collect()
    }

    #[test]
    fn cues_before_after_and_near_choose_a_sense() {
        assert_eq!(
            chosen("Alipata medali ya shaba."),
            [("shaba".into(), "bronze".into(), false)]
        );
        assert_eq!(
            chosen("Medali yake ilikuwa ya shaba."),
            [("shaba".into(), "bronze".into(), false)]
        );
        assert_eq!(
            chosen("Mgodi wa shaba umefungwa."),
            [("shaba".into(), "copper".into(), false)]
        );
        assert_eq!(
            chosen("Ameshindwa kulipa deni."),
            [("Ameshindwa".into(), "fail".into(), false)]
        );
        assert_eq!(
            chosen("Ameshindwa uchaguzi."),
            [("Ameshindwa".into(), "lose".into(), false)]
        );
    }

    #[test]
    fn a_cue_beside_the_term_beats_one_near_it_and_sentences_bound_near() {
        assert_eq!(
            chosen("Redio ilitangaza kwamba kwa kipindi cha miaka mitano"),
            [("kipindi".into(), "period".into(), false)]
        );
        assert_eq!(
            chosen("Kipindi hicho husikika kwenye redio."),
            [("Kipindi".into(), "programme".into(), false)]
        );
        assert_eq!(
            chosen("Alisikiliza redio. Kipindi kilikuwa kirefu."),
            [("Kipindi".into(), "programme".into(), true)]
        );
        // Punctuation between the cue and the term breaks a `before` cue.
        assert_eq!(
            chosen("Medali ya, shaba"),
            [("shaba".into(), "bronze".into(), false)],
            "still near"
        );
        assert_eq!(
            chosen("medali. Ya shaba"),
            [("shaba".into(), "copper".into(), false)]
        );
    }

    #[test]
    fn the_sentence_edge_cue_reads_the_term_closing_or_opening_a_sentence() {
        for text in [
            "Tutaendelea kusaidia familia hizo, aliongeza.",
            "\"Tutaendelea,\" aliongeza. Kisha akaondoka.",
            "Wataanza kazi kesho aliongeza",
            "Alisema maji yamefika, aliongeza?",
        ] {
            assert_eq!(
                chosen(text),
                [("aliongeza".into(), "add".into(), false)],
                "{text}"
            );
        }
        for text in [
            "Serikali imeongeza bei ya mafuta.",
            "Wameongeza, na kupunguza, bei.",
        ] {
            assert_eq!(chosen(text)[0].1, "increase", "{text}");
        }
        assert_eq!(chosen("Habari yako?")[0].1, "how are you");
        assert_eq!(chosen("Alisikia habari hizo.")[0].1, "news");
        assert_eq!(chosen("Ndiyo. Habari yako")[0].1, "how are you");
    }

    #[test]
    fn lint_checks_senses() {
        let bad = r#"
domain: test
entries:
  - id: a
    sw: kitu
    pos: noun
    class: 7/8
    en: thing
    needs_cue: true
  - id: b
    sw: jambo
    pos: noun
    class: 5/6
    en: matter
    senses:
      - en: issue
        near: ["ya,"]
      - en: affair
      - en: case
        near: [kesi]
      - en: trial
        near: [Kesi]
      - en: topic
        near: ["."]
    examples:
      - text: "Jambo hilo ni kesi."
        match: Jambo
        sense: trial
"#;
        let g = Glossary::from_yaml_str("bad.yaml", bad).unwrap();
        let errors: Vec<String> = lint(&g)
            .into_iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| f.message)
            .collect();
        let has = |s: &str| errors.iter().any(|e| e.contains(s));
        assert!(has("`needs_cue` without `senses`"), "{errors:?}");
        assert!(has("cue \"ya,\""), "{errors:?}");
        assert!(has("sense \"affair\" has no cue"), "{errors:?}");
        assert!(
            has("chooses both sense \"case\" and sense \"trial\""),
            "{errors:?}"
        );
        assert!(
            has("expected sense \"trial\", the cues chose \"case\""),
            "{errors:?}"
        );
        assert!(has("sense \"topic\": the sentence-edge cue"), "{errors:?}");
    }
}
