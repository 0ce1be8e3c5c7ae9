//! English word forms for the aligner: function words, words in `-s` that are no plural,
//! irregular verbs, the grouping key of a word (`cases`/`case`) and a verb's base form
//! (`announced` → `announce`), a noun's singular (`camels` → `camel`), and the
//! glossary's `-ise` spelling (`recognize` → `recognise`). Word lists and rules only; the counting is in `align`.

/// English function words: no proposal starts or ends with one.
pub(super) const STOP: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have",
    "he", "her", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "may", "me",
    "more", "most", "my", "no", "not", "of", "on", "or", "other", "our", "over", "s", "said",
    "says", "say", "she", "should", "so", "some", "such", "t", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "up", "us", "very",
    "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "will", "with",
    "would", "you", "your", "there's", "it's", "which", "one",
];

/// Words after which an English word is a verb's base form: the modals (not `to`, which
/// also opens a place or a noun: `to hospitals`).
pub(super) const BEFORE_VERB: &[&str] = &[
    "will", "would", "can", "could", "should", "must", "might", "shall", "cannot", "did", "does",
    "do",
];

/// Words in `-s` that are no plural.
const INVARIANT: &[&str] = &[
    "news",
    "series",
    "species",
    "means",
    "politics",
    "economics",
    "physics",
    "gas",
    "aids",
    "bus",
    "always",
    "perhaps",
    "whereas",
    "towards",
    "its",
    "this",
    "has",
    "was",
    "does",
];

/// Irregular verb forms common in news, grouped with their base (irregular noun plurals
/// are data, `glossary/lang/english_plurals.yaml`: they are shown in the singular but
/// counted apart, since the lemmatiser does not group every irregular Swahili plural with
/// its singular either, and `women` counted with `woman` lowered `mwanamke`'s Dice).
const IRREGULAR: &[(&str, &str)] = &[
    ("began", "begin"),
    ("begun", "begin"),
    ("took", "take"),
    ("taken", "take"),
    ("told", "tell"),
    ("built", "build"),
    ("went", "go"),
    ("gone", "go"),
    ("made", "make"),
    ("won", "win"),
    ("lost", "lose"),
    ("gave", "give"),
    ("given", "give"),
    ("got", "get"),
    ("brought", "bring"),
    ("bought", "buy"),
    ("sold", "sell"),
    ("held", "hold"),
    ("left", "leave"),
    ("met", "meet"),
    ("paid", "pay"),
    ("sent", "send"),
    ("spent", "spend"),
    ("thought", "think"),
    ("found", "find"),
    ("came", "come"),
    ("became", "become"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("wrote", "write"),
    ("written", "write"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("knew", "know"),
    ("known", "know"),
    ("saw", "see"),
    ("seen", "see"),
    ("ran", "run"),
    ("kept", "keep"),
    ("led", "lead"),
    ("fled", "flee"),
    ("fought", "fight"),
    ("caught", "catch"),
    ("taught", "teach"),
    ("struck", "strike"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("ate", "eat"),
    ("wrote", "write"),
    ("set", "set"),
    ("put", "put"),
    ("said", "say"),
    ("stood", "stand"),
    ("understood", "understand"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("broke", "break"),
    ("broken", "break"),
    ("shot", "shoot"),
    ("sought", "seek"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("eaten", "eat"),
    ("died", "die"),
    ("dies", "die"),
    ("dying", "die"),
    ("used", "use"),
    ("uses", "use"),
    ("using", "use"),
    ("going", "go"),
    ("goes", "go"),
    ("doing", "do"),
    ("done", "do"),
    ("being", "be"),
];

/// A word without its possessive ending (`public's`, `workers'` → `public`, `workers`):
/// the possessive is the same noun, and `'s` would read as a plural.
pub(super) fn without_possessive(word: String) -> String {
    let bare = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .or_else(|| word.strip_suffix(['\'', '’']))
        .filter(|b| !b.is_empty());
    bare.map_or(word.clone(), str::to_string)
}

/// The grouping key of an English word: plural `-s`/`-ies`, `-ed`, `-ing` and a final
/// silent `-e` removed (`cases`/`case` → `cas`, `announced`/`announce` → `announc`,
/// `testing`/`test` → `test`). Only for grouping: the text shown is a word seen.
pub fn english_key(word: &str) -> String {
    let w = IRREGULAR
        .iter()
        .find(|(form, _)| *form == word)
        .map_or(word, |(_, base)| base);
    if INVARIANT.contains(&w) || w.chars().count() <= 3 {
        return w.to_string();
    }
    let stem = if let Some(r) = w
        .strip_suffix("ies")
        .or_else(|| w.strip_suffix("ied"))
        .filter(|r| r.len() >= 2)
    {
        format!("{r}y")
    } else if let Some(r) = w.strip_suffix("ing").filter(|r| r.len() >= 3) {
        r.to_string()
    } else if let Some(r) = w.strip_suffix("ed").filter(|r| r.len() >= 3) {
        r.to_string()
    } else if w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    };
    let stem = match stem.strip_suffix('e') {
        Some(r) if r.len() >= 3 => r.to_string(),
        _ => stem,
    };
    // A doubled final consonant is one (`occurred`/`occur`, `cancelled`/`cancel`,
    // `stopping`/`stop`); base forms that end in one lose it too (`fill`, `filled`).
    let b = stem.as_bytes();
    match b {
        [.., x, y] if stem.len() >= 4 && x == y && !b"aeiousy".contains(x) => {
            stem[..stem.len() - 1].to_string()
        }
        _ => stem,
    }
}

/// The singular of an English plural noun (`camels` → `camel`, `cities` → `city`,
/// `boxes` → `box`), as the glossary writes nouns; `seen` tells the words of the corpus.
/// A singular seen in the English wins; an unseen one is taken only where the plural's
/// shape leaves no doubt (`-ies`, `-ches`/`-shes`/`-sses`/`-xes`, or `-s` after a letter
/// other than `s`, `e`, `u`, `i`): `diabetes`, `measles`, `virus`, `crisis` stay. An
/// irregular plural takes its listed singular (`men` → `man`).
pub(super) fn noun_base_word(word: &str, seen: impl Fn(&str) -> bool) -> String {
    if let Some(single) = super::enplurals::singular(word) {
        return single.to_string();
    }
    if INVARIANT.contains(&word) || word.chars().count() <= 3 || !word.ends_with('s') {
        return word.to_string();
    }
    if word.ends_with("ss") || word.ends_with("us") || word.ends_with("is") {
        return word.to_string();
    }
    let ies = word
        .strip_suffix("ies")
        .filter(|s| s.len() >= 2)
        .map(|s| format!("{s}y"));
    let es = word.strip_suffix("es").filter(|s| s.len() >= 3);
    let s = &word[..word.len() - 1];
    let options = ies.iter().map(String::as_str).chain(es).chain([s]);
    if let Some(o) = options.clone().find(|o| seen(o)) {
        return o.to_string();
    }
    if let Some(y) = &ies {
        return y.clone();
    }
    if let Some(stem) = es.filter(|s| ["ch", "sh", "ss", "x"].iter().any(|e| s.ends_with(e))) {
        return stem.to_string();
    }
    if !s.ends_with(['s', 'e', 'u', 'i']) {
        return s.to_string();
    }
    word.to_string()
}

/// The base form of an English verb form (see [`super::align::Aligner::verb_base`]); `seen` tells the
/// words of the corpus.
pub(super) fn verb_base_word(word: &str, seen: impl Fn(&str) -> bool) -> String {
    if let Some((_, base)) = IRREGULAR.iter().find(|(form, _)| *form == word) {
        return base.to_string();
    }
    // A noun in `-th` whose verb adds `-e` (`breath`/`breathe`, `bath`/`bathe`), when the
    // verb is seen in any form (`breathe`, `breathed`, `breathing`).
    if word.ends_with("th")
        && ["e", "ed", "ing"]
            .iter()
            .any(|e| seen(&format!("{word}{e}")))
    {
        return format!("{word}e");
    }
    let key = english_key(word);
    let mut options: Vec<String> = Vec::new();
    for suffix in ["ed", "ing"] {
        if let Some(stem) = word.strip_suffix(suffix).filter(|s| s.len() >= 3) {
            options.push(format!("{stem}e"));
            options.push(stem.to_string());
            let b = stem.as_bytes();
            if let [.., x, y] = b
                && x == y
            {
                options.push(stem[..stem.len() - 1].to_string());
            }
        }
    }
    if let Some(stem) = word.strip_suffix("ied") {
        options.insert(0, format!("{stem}y"));
    }
    if let Some(stem) = word
        .strip_suffix('s')
        .filter(|s| s.len() >= 3 && !s.ends_with('s'))
    {
        options.push(stem.to_string());
    }
    if let Some(stem) = word.strip_suffix("es").filter(|s| s.len() >= 3) {
        options.push(stem.to_string());
    }
    options.retain(|o| english_key(o) == key);
    if let Some(o) = options.iter().find(|o| seen(o)) {
        return o.clone();
    }
    // Unseen: a plain `-s` goes; `-e` comes back after the letters that mostly take it
    // (`refused`, `produced`, `realized`); a stem that ends in two consonants (`launched`,
    // `attacked`) or a doubled one (`stopped`) is the base, and so is one in `-er`
    // (`entered`, `considered`: verbs in `-ere` are few); otherwise (`cited`: `cite` or
    // `cit`?) the word stays as seen.
    if let Some(y) = word.strip_suffix("ied").map(|s| format!("{s}y"))
        && options.contains(&y)
    {
        return y;
    }
    if let Some(stem) = word
        .strip_suffix("es")
        .filter(|s| ["ch", "sh", "ss", "x", "z"].iter().any(|e| s.ends_with(e)))
        && options.iter().any(|o| o == stem)
    {
        return stem.to_string();
    }
    if let Some(stem) = word.strip_suffix('s').filter(|s| !s.ends_with(['s', 'e']))
        && options.iter().any(|o| o == stem)
    {
        return stem.to_string();
    }
    const TAKES_E: &[&str] = &[
        "c", "v", "z", "at", "is", "iz", "ys", "us", "os", "ang", "dg", "rg", "ut",
    ];
    let consonant = |c: u8| !b"aeiouy".contains(&c);
    let Some(stem) = word
        .strip_suffix("ed")
        .or_else(|| word.strip_suffix("ing"))
        .filter(|s| s.len() >= 3)
    else {
        return word.to_string();
    };
    let with_e = format!("{stem}e");
    let b = stem.as_bytes();
    let pick = if TAKES_E.iter().any(|t| stem.ends_with(t)) {
        with_e
    } else if let [.., x, y] = b
        && x == y
        && consonant(*x)
    {
        stem[..stem.len() - 1].to_string()
    } else if let [.., x, y] = b
        && consonant(*x)
        && consonant(*y)
    {
        stem.to_string()
    } else if stem.ends_with("er") && stem.len() >= 4 {
        stem.to_string()
    } else {
        return word.to_string();
    };
    if options.contains(&pick) {
        pick
    } else {
        word.to_string()
    }
}

/// Whether a folded English word is a past participle by its form (`-ed`, or an
/// irregular one: `known`, `taken`, `held`).
pub(super) fn participle(word: &str) -> bool {
    (word.ends_with("ed") && word.len() >= 5)
        || IRREGULAR
            .iter()
            .any(|(form, base)| *form == word && form.ends_with(['n', 't', 'd']) && base != form)
}

/// Whether a folded English word is a verb form by its shape: `-ed` or `-ing` after three
/// letters or more, or an irregular past (`took`, `known`). Nouns in `-ing` (`meeting`)
/// pass too: this is evidence that a word can be a verb, not that it is one here.
pub(super) fn verb_form(word: &str) -> bool {
    let stem = |suffix: &str| {
        word.strip_suffix(suffix)
            .is_some_and(|s| s.chars().count() >= 3)
    };
    stem("ed")
        || ing_form(word)
        || IRREGULAR
            .iter()
            .any(|(form, base)| *form == word && base != form)
}

/// Whether a folded English word ends in `-ing` after three letters or more (`breathing`,
/// but also `nothing`, `during`: one such form alone is no evidence of a verb).
pub(super) fn ing_form(word: &str) -> bool {
    word.strip_suffix("ing")
        .is_some_and(|s| s.chars().count() >= 3)
}

/// The endings of the `-ize` family, each with its `-ise` spelling.
const IZE: &[(&str, &str)] = &[
    ("izations", "isations"),
    ("ization", "isation"),
    ("izing", "ising"),
    ("izers", "isers"),
    ("izer", "iser"),
    ("izes", "ises"),
    ("ized", "ised"),
    ("ize", "ise"),
];

/// Whether a glossary's English writes the `-isation` spelling more often than `-ization`
/// (the one ending that is a spelling choice in every word: `promise`, `advised` are not).
pub fn prefers_ise<'a>(english: impl IntoIterator<Item = &'a str>) -> bool {
    let (mut ise, mut ize) = (0usize, 0usize);
    for t in english {
        for w in t.split(|c: char| !c.is_alphabetic()) {
            let w = w.to_lowercase();
            ise += usize::from(w.ends_with("isation") || w.ends_with("isations"));
            ize += usize::from(w.ends_with("ization") || w.ends_with("izations"));
        }
    }
    ise > ize
}

/// An English proposal in the `-ise` spelling: each word of the `-ize` family whose stem
/// has four letters or more (`recognized` → `recognised`; not `size`, `seize`, `prize`).
pub fn ise_spelling(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            IZE.iter()
                .find_map(|(z, s)| {
                    w.strip_suffix(z)
                        .filter(|stem| stem.chars().count() >= 4)
                        .map(|stem| format!("{stem}{s}"))
                })
                .unwrap_or_else(|| w.to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ize_family_is_written_ise_and_short_stems_are_kept() {
        assert_eq!(ise_spelling("recognize"), "recognise");
        assert_eq!(ise_spelling("be hospitalized"), "be hospitalised");
        assert_eq!(ise_spelling("organization"), "organisation");
        for w in ["size", "seize", "prize", "citizen", "maize"] {
            assert_eq!(ise_spelling(w), w);
        }
        assert!(prefers_ise([
            "organisation",
            "immunisation",
            "privatization"
        ]));
        assert!(!prefers_ise(["organization", "promise", "advised"]));
    }

    #[test]
    fn a_noun_is_shown_in_its_singular() {
        let seen = ["diabetes", "case", "policy", "nation"];
        let base = |w: &str| noun_base_word(w, |x| seen.contains(&x));
        for (plural, singular) in [
            ("camels", "camel"),
            ("cases", "case"),
            ("cities", "city"),
            ("boxes", "box"),
            ("churches", "church"),
            ("nations", "nation"),
            ("women", "woman"),
            ("spokesmen", "spokesman"),
            ("crises", "crisis"),
        ] {
            assert_eq!(base(plural), singular);
        }
        for w in [
            "diabetes", "measles", "virus", "crisis", "news", "class", "gas", "camel", "rules",
        ] {
            assert_eq!(base(w), w);
        }
    }
}
