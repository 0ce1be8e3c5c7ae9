//! The English plural of an entry's English, for plural forms of entries without
//! `plural_en` (`mikataba` → "agreements"). Regular rules on the English head noun: the
//! word before `of`/`for`/… ("heads of state"), else the last word ("defence pacts").
//! Mass nouns stay as they are; irregular plurals are looked up, and lint asks for an
//! explicit `plural_en` wherever the rules are not sure ([`doubt`]).

/// Prepositions after an English head noun: the head is the word before the first.
const PREPOSITIONS: &[&str] = &[
    "of", "for", "in", "on", "at", "to", "with", "from", "against", "by", "under", "without",
];

/// Adjectives that follow their noun in titles: the noun before them takes the plural
/// (`president-elect` → `presidents-elect`, `Attorney General` → `Attorneys General`).
const POSTPOSITIVE: &[&str] = &["elect", "designate", "general", "in-law"];

/// Words before a postpositive `general` that make it a noun (a rank): `major generals`.
const RANKS: &[&str] = &["major", "lieutenant", "brigadier"];

/// Words that end in `man` without being compounds of it: they take a regular `-s`
/// (`Germans`, `Romans`), where `chairman` takes `chairmen`.
const NOT_MAN: &[&str] = &[
    "human", "german", "roman", "norman", "ottoman", "shaman", "talisman", "caiman", "cayman",
    "walkman",
];

/// Whether a word (lower case) is a compound of `man` that takes `men` (`chairman`).
fn is_man_compound(lower: &str) -> bool {
    lower.len() > 3 && lower.ends_with("man") && !NOT_MAN.iter().any(|w| lower.ends_with(w))
}

/// Irregular plurals of English nouns (and of compounds ending in them).
const IRREGULAR: &[(&str, &str)] = &[
    ("man", "men"),
    ("woman", "women"),
    ("child", "children"),
    ("person", "people"),
    ("foot", "feet"),
    ("tooth", "teeth"),
    ("mouse", "mice"),
    ("goose", "geese"),
    ("ox", "oxen"),
    ("criterion", "criteria"),
    ("phenomenon", "phenomena"),
    ("bacterium", "bacteria"),
    ("curriculum", "curricula"),
    ("datum", "data"),
    ("leaf", "leaves"),
    ("life", "lives"),
    ("wife", "wives"),
    ("knife", "knives"),
    ("half", "halves"),
    ("shelf", "shelves"),
    ("thief", "thieves"),
    ("wolf", "wolves"),
    ("calf", "calves"),
    ("self", "selves"),
    ("hero", "heroes"),
    ("veto", "vetoes"),
    ("embargo", "embargoes"),
    ("torpedo", "torpedoes"),
    ("potato", "potatoes"),
    ("tomato", "tomatoes"),
    ("volcano", "volcanoes"),
    ("echo", "echoes"),
    ("gas", "gases"),
    ("bias", "biases"),
    ("sheep", "sheep"),
    ("fish", "fish"),
    ("deer", "deer"),
    ("aircraft", "aircraft"),
    ("series", "series"),
    ("species", "species"),
    ("headquarters", "headquarters"),
];

/// English mass nouns: their plural reads as the singular ("humanitarian aid").
const UNCOUNTABLE: &[&str] = &[
    "aid",
    "blood",
    "unrest",
    "percent",
    "hunger",
    "health",
    "energy",
    "climate",
    "democracy",
    "diplomacy",
    "nutrition",
    "bribery",
    "compensation",
    "quarantine",
    "firewood",
    "ammunition",
    "advice",
    "information",
    "equipment",
    "news",
    "research",
    "evidence",
    "furniture",
    "luggage",
    "rubble",
    "charcoal",
    "graphite",
    "solidarity",
    "inflation",
    "cholera",
    "malaria",
    "tuberculosis",
    "diabetes",
    "measles",
    "police",
    "cattle",
    "livestock",
    "personnel",
    "staff",
    "legislation",
    "security",
    "peace",
    "justice",
    "welfare",
    "poverty",
    "unemployment",
    "corruption",
    "violence",
    "weather",
    "traffic",
    "machinery",
    "wildlife",
    "imprisonment",
    "warming",
    "rationing",
    "pressure",
    "prosecution",
    "defence",
    "defense",
    "assistance",
    "support",
    "knowledge",
    "property",
];

/// The word the plural goes on: its index among `words`.
fn head_index(words: &[&str]) -> usize {
    let mut head = words
        .iter()
        .skip(1)
        .position(|w| PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        .unwrap_or(words.len() - 1);
    let lower = words[head].to_lowercase();
    if head > 0
        && POSTPOSITIVE.contains(&lower.as_str())
        && !RANKS.contains(&words[head - 1].to_lowercase().as_str())
    {
        head -= 1;
    }
    head
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The plural of one English word, keeping its case (`MP` → `MPs`).
fn plural_word(word: &str) -> String {
    // Hyphenated compounds: a postpositive second part leaves the first to take it.
    if let Some((first, rest)) = word.split_once('-')
        && POSTPOSITIVE.contains(&rest.to_lowercase().as_str())
    {
        return format!("{}-{rest}", plural_word(first));
    }
    let lower = word.to_lowercase();
    if UNCOUNTABLE.contains(&lower.as_str()) {
        return word.to_string();
    }
    // Irregular, also at the end of a compound (`chairman` → `chairmen`), keeping the
    // compound's first letters as written.
    for &(sg, pl) in IRREGULAR {
        let compound_ok = sg == "man" && is_man_compound(&lower);
        if lower == sg || (lower.ends_with(sg) && compound_ok) {
            let keep = &word[..word.len() - sg.len()];
            let tail = &word[word.len() - sg.len()..];
            let pl = if tail.chars().next().is_some_and(char::is_uppercase) {
                let mut cs = pl.chars();
                cs.next()
                    .map(|c| c.to_uppercase().chain(cs).collect::<String>())
                    .unwrap_or_default()
            } else {
                pl.to_string()
            };
            return format!("{keep}{pl}");
        }
    }
    if word.len() > 1 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return format!("{word}s");
    }
    let chars: Vec<char> = lower.chars().collect();
    let n = chars.len();
    let last = chars.last().copied().unwrap_or(' ');
    let before = if n >= 2 { chars[n - 2] } else { ' ' };
    if n > 4 && lower.ends_with("is") {
        // crisis → crises, analysis → analyses.
        return format!("{}es", &word[..word.len() - 2]);
    }
    if lower.ends_with('s') && !lower.ends_with("ss") && !lower.ends_with("us") {
        // Already plural or a plural-only noun (`talks`, `primaries`): lint asks.
        return word.to_string();
    }
    if matches!(last, 's' | 'x' | 'z') || lower.ends_with("ch") || lower.ends_with("sh") {
        return format!("{word}es");
    }
    if last == 'y' && n > 1 && !is_vowel(before) {
        return format!("{}ies", &word[..word.len() - 1]);
    }
    format!("{word}s")
}

/// The plural of an entry's English: the head noun takes it ("defence pact" → "defence
/// pacts", "head of state" → "heads of state"); mass nouns stay as they are.
pub fn plural(en: &str) -> String {
    let words: Vec<&str> = en.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return en.to_string();
    }
    let head = head_index(&words);
    words
        .iter()
        .enumerate()
        .map(|(i, w)| {
            if i == head {
                plural_word(w)
            } else {
                (*w).to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why the plural the rules give for `en` may be wrong, so that the entry should give
/// `plural_en`: a mass head noun, a head that already ends in -s, or an ending whose
/// plural English does not follow one rule (-person: spokespeople, chairpersons; -f/-fe:
/// chiefs, thieves; consonant + -o:
/// photos, heroes; -um, -ex, -ix: forums, memoranda, indices) and that the table of
/// irregular plurals does not hold. `None` when the rules can be trusted.
pub fn doubt(en: &str) -> Option<String> {
    let words: Vec<&str> = en.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return None;
    }
    let word = words[head_index(&words)].to_lowercase();
    let last = word.rsplit('-').next().unwrap_or(&word).to_string();
    if UNCOUNTABLE.contains(&last.as_str()) {
        return Some(format!("{last:?} is a mass noun"));
    }
    let known = IRREGULAR
        .iter()
        .any(|(sg, _)| *sg == last || (*sg == "man" && is_man_compound(&last)));
    if known || last.len() < 3 {
        return None;
    }
    let ends_s = last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us");
    if ends_s && !(last.len() > 4 && last.ends_with("is")) {
        return Some(format!("{last:?} already ends in -s"));
    }
    let chars: Vec<char> = last.chars().collect();
    let n = chars.len();
    let odd = last.ends_with("person")
        || last.ends_with('f') && !last.ends_with("ff")
        || last.ends_with("fe")
        || chars[n - 1] == 'o' && !is_vowel(chars[n - 2])
        || ["um", "ex", "ix"].iter().any(|e| last.ends_with(e));
    odd.then(|| format!("{last:?} has no sure regular plural"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_and_irregular_plurals() {
        let cases = [
            ("agreement", "agreements"),
            ("defence pact", "defence pacts"),
            ("head of state", "heads of state"),
            ("member of parliament", "members of parliament"),
            ("mass of people", "masses of people"),
            ("ally", "allies"),
            ("attorney", "attorneys"),
            ("box", "boxes"),
            ("branch", "branches"),
            ("crisis", "crises"),
            ("thief", "thieves"),
            ("chief", "chiefs"),
            ("pregnant woman", "pregnant women"),
            ("chairman", "chairmen"),
            ("human", "humans"),
            ("German", "Germans"),
            ("Roman", "Romans"),
            ("Ottoman", "Ottomans"),
            ("policewoman", "policewomen"),
            ("humanitarian aid", "humanitarian aid"),
            ("president-elect", "presidents-elect"),
            ("Attorney General", "Attorneys General"),
            ("major general", "major generals"),
            ("MP", "MPs"),
            ("Speaker", "Speakers"),
            ("census", "censuses"),
            ("primaries", "primaries"),
            ("voters' register", "voters' registers"),
        ];
        for (sg, pl) in cases {
            assert_eq!(plural(sg), pl, "{sg}");
        }
    }

    #[test]
    fn doubtful_heads_are_named() {
        for en in [
            "humanitarian aid",
            "primaries",
            "chief",
            "photo",
            "forum",
            "index",
            "spokesperson",
        ] {
            assert!(doubt(en).is_some(), "{en}");
        }
        for en in [
            "agreement",
            "head of state",
            "crisis",
            "census",
            "ally",
            "thief",
            "spokesman",
            "president-elect",
            "Attorney General",
        ] {
            assert_eq!(doubt(en), None, "{en}");
        }
    }
}
