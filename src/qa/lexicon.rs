//! The glossary read backwards for the checks: every approved English rendering (`en`,
//! `alt`, `plural_en`) as stemmed words → the entries that give it, each entry's renderings
//! and its Swahili root. Made once per glossary and thread; it answers "which entries could
//! this English word stand for", not "what does the Swahili mean".

use std::cell::RefCell;
use std::rc::Rc;

use super::names::phrase_words;
use super::target::Target;
use crate::glossary::{Entry, Glossary};
use crate::hash::WordMap as HashMap;
use crate::text::fold;

/// One English rendering and the entries that give it.
pub(crate) struct Rendering {
    pub words: Vec<String>,
    pub entries: Vec<usize>,
    /// Whether it is the entry's preferred English (`en`), per entry.
    pub primary: Vec<bool>,
}

pub(crate) struct Lexicon {
    /// The glossary it was made from: entries' address, count, first and last id.
    made_from: (usize, usize, String, String),
    /// Renderings by their first stemmed word.
    by_first: HashMap<String, Vec<Rendering>>,
    /// Each entry's renderings as stemmed words.
    pub renderings: Vec<Vec<Vec<String>>>,
    /// Each entry's Swahili root (the head without a noun-class or infinitive prefix and
    /// its final vowel), when it has four letters or more.
    pub roots: Vec<Option<String>>,
    /// How many entries share each folded Swahili head.
    heads: HashMap<String, usize>,
}

thread_local! {
    static LEXICON: RefCell<Option<Rc<Lexicon>>> = const { RefCell::new(None) };
}

/// The lexicon of `glossary`, made on first use in this thread.
pub(crate) fn lexicon(glossary: &Glossary) -> Rc<Lexicon> {
    let e = &glossary.entries;
    let id = |x: Option<&Entry>| x.map(|x| x.id.clone()).unwrap_or_default();
    let key = (e.as_ptr() as usize, e.len(), id(e.first()), id(e.last()));
    LEXICON.with(|cell| {
        let mut cell = cell.borrow_mut();
        if let Some(lx) = cell.as_ref().filter(|lx| lx.made_from == key) {
            return lx.clone();
        }
        let lx = Rc::new(Lexicon::new(glossary, key));
        *cell = Some(lx.clone());
        lx
    })
}

/// Noun-class and infinitive prefixes a head may carry (longest first).
const PREFIXES: [&str; 11] = [
    "mw", "wa", "ma", "mi", "ki", "vi", "ch", "ji", "ku", "m", "u",
];

fn root(sw: &str) -> Option<String> {
    let head = fold(sw);
    let word = head.split_whitespace().max_by_key(|w| w.len())?;
    let bare = PREFIXES
        .iter()
        .find_map(|p| word.strip_prefix(p).filter(|r| r.len() >= 5))
        .unwrap_or(word);
    let r = bare.strip_suffix(['a', 'e', 'i', 'o', 'u']).unwrap_or(bare);
    (r.len() >= 4 && r.is_ascii()).then(|| r.to_string())
}

impl Lexicon {
    fn new(glossary: &Glossary, made_from: (usize, usize, String, String)) -> Self {
        let mut by_first: HashMap<String, Vec<Rendering>> = HashMap::default();
        let mut renderings = Vec::with_capacity(glossary.entries.len());
        let mut heads: HashMap<String, usize> = HashMap::default();
        for (i, e) in glossary.entries.iter().enumerate() {
            *heads.entry(fold(&e.sw)).or_default() += 1;
            let mut own: Vec<Vec<String>> = Vec::new();
            for (n, r) in std::iter::once(&e.en)
                .chain(&e.alt)
                .chain(e.plural_en.as_ref())
                .enumerate()
            {
                let w = phrase_words(r);
                if w.is_empty() || own.contains(&w) {
                    continue;
                }
                if w.len() <= 4 {
                    let list = by_first.entry(w[0].clone()).or_default();
                    match list.iter_mut().find(|x| x.words == w) {
                        Some(x) => {
                            x.entries.push(i);
                            x.primary.push(n == 0);
                        }
                        None => list.push(Rendering {
                            words: w.clone(),
                            entries: vec![i],
                            primary: vec![n == 0],
                        }),
                    }
                }
                own.push(w);
            }
            renderings.push(own);
        }
        Lexicon {
            made_from,
            by_first,
            renderings,
            roots: glossary.entries.iter().map(|e| root(&e.sw)).collect(),
            heads,
        }
    }

    /// The renderings standing in the English from word `i` on (its words in a row).
    pub(crate) fn at<'l>(&'l self, tgt: &Target, i: usize) -> Vec<&'l Rendering> {
        let w = &tgt.words[i];
        let mut out: Vec<&Rendering> = Vec::new();
        let keys = [&w.stem, &w.lower];
        for (k, key) in keys.iter().enumerate() {
            if k == 1 && w.lower == w.stem {
                break;
            }
            for r in self.by_first.get(key.as_str()).into_iter().flatten() {
                let fits = r.words.iter().enumerate().skip(1).all(|(j, p)| {
                    tgt.words
                        .get(i + j)
                        .is_some_and(|t| t.stem == *p || t.lower == *p)
                });
                if fits && !out.iter().any(|o| std::ptr::eq(*o, r)) {
                    out.push(r);
                }
            }
        }
        out
    }

    /// Whether two entries share a rendering (synonyms by the glossary).
    pub(crate) fn share(&self, a: usize, b: usize) -> bool {
        self.renderings[a]
            .iter()
            .any(|r| self.renderings[b].contains(r))
    }

    /// The entries that share a rendering with entry `a` (itself included).
    pub(crate) fn neighbours(&self, a: usize) -> Vec<usize> {
        let mut out = vec![a];
        for r in &self.renderings[a] {
            if let Some(x) = self
                .by_first
                .get(&r[0])
                .and_then(|l| l.iter().find(|x| x.words == *r))
            {
                out.extend(
                    x.entries
                        .iter()
                        .filter(|e| !out.contains(e))
                        .collect::<Vec<_>>(),
                );
            }
        }
        out
    }

    /// Whether two entries are synonyms by the glossary: they share a rendering, or each
    /// shares one with a third entry.
    pub(crate) fn near(&self, a: usize, b: usize) -> bool {
        self.neighbours(a).iter().any(|&x| self.share(x, b))
    }

    /// How many entries have this Swahili head.
    /// Whether a stemmed English word is a one-word rendering of some entry: the
    /// glossary's English vocabulary.
    pub(crate) fn is_word(&self, stem: &str) -> bool {
        self.by_first
            .get(stem)
            .is_some_and(|rs| rs.iter().any(|r| r.words.len() == 1))
    }

    pub(crate) fn homographs(&self, sw: &str) -> usize {
        self.heads.get(&fold(sw)).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::root;

    #[test]
    fn roots_lose_prefix_and_final_vowel() {
        assert_eq!(root("mshukiwa").as_deref(), Some("shukiw"));
        assert_eq!(root("rais").as_deref(), Some("rais"));
        assert_eq!(root("pokea").as_deref(), Some("poke"));
        assert_eq!(root("uvamizi").as_deref(), Some("vamiz"));
        assert_eq!(root("ua"), None);
    }
}
