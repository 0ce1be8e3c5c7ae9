//! Names in the gloss: a noun-class prefix hyphened to a name (`Ki-Israel`), place nouns
//! that open a name, institutions read whole (`Idara ya Uhamiaji` → Immigration Department)
//! and locatives before a place (`nchini Vietnam`). Which capitalised words are Swahili
//! words rather than names is `lexicon.rs`.

use super::tokens::Token;
use super::{GlossItem, GlossKind};
use crate::glossary::{Glossary, Pos};
use crate::text::is_capitalised;

/// Whether a word is a noun-class prefix hyphened to a name: `Ki-Israel` (Israeli),
/// `Wa-Palestina`, `M-Kenya`. Swahili, not a name to pass through.
pub fn is_class_prefixed(word: &str) -> bool {
    const PREFIXES: [&str; 9] = ["Ki-", "Wa-", "M-", "Mw-", "U-", "Vi-", "Ma-", "Ku-", "Mu-"];
    PREFIXES.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// Whether a word is written in capitals only (`MWANAUME`, `AMETOKA`), two letters or more.
pub(super) fn is_all_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// Whether a folded word is an associative joining the parts of a name (`ya`, `wa`, …).
pub(super) fn is_join(folded: &str) -> bool {
    JOINS.contains(&folded)
}

/// Nouns of places whose name follows after an associative: `kijiji cha Ngao`, `mji wa
/// Simba`, `wilaya ya Kati`.
const PLACE_NOUNS: [&str; 24] = [
    "kijiji",
    "vijiji",
    "mji",
    "miji",
    "jiji",
    "mkoa",
    "mikoa",
    "wilaya",
    "kata",
    "tarafa",
    "eneo",
    "maeneo",
    "jimbo",
    "kaunti",
    "kisiwa",
    "visiwa",
    "mtaa",
    "mitaa",
    "kitongoji",
    "vitongoji",
    "ziwa",
    "mto",
    "mlima",
    "bonde",
];

/// Whether the words before a capitalised word (folded, in order) end in a place noun and
/// its associative, perhaps with earlier names of a list (`vijiji vya Ngao na`).
pub(super) fn after_place_noun(before: &[&str]) -> bool {
    let mut i = before.len();
    // `… vya Ngao na Kipini`: step back over `na` and one name.
    if i >= 2 && before[i - 1] == "na" {
        i -= 2;
    }
    i >= 2 && JOINS.contains(&before[i - 1]) && PLACE_NOUNS.contains(&before[i - 2])
}

/// Associatives that join the parts of an institution's name (`Idara ya Uhamiaji`).
const JOINS: [&str; 7] = ["wa", "ya", "la", "za", "cha", "vya", "mwa"];

/// Reads an institution's name whole: capitalised nouns of the glossary joined by an
/// associative (`Idara ya Uhamiaji`, `Uwanja wa Michezo wa Mwembeni`) become one name whose
/// English runs the other way, as English names do: Immigration Department, Mwembeni Sports
/// Stadium. A name after a place of the glossary reads `of`: `Chuo Kikuu cha Nairobi` →
/// University of Nairobi. `items` must be in sentence order and not overlap.
///
/// At the sentence start (`from` is where the sentence begins) a capital says nothing: a
/// name is read whole there only when a later part is a capitalised Swahili term too
/// (`Wizara ya Afya`), not from a head and a place alone (`Uvamizi wa Urusi` is Russia's
/// invasion, not the "Invasion of Russia").
pub(super) fn compose_institutions(
    glossary: &Glossary,
    text: &str,
    from: usize,
    offices: &[String],
    items: &mut Vec<GlossItem>,
) {
    // The head is a noun of the glossary (`Idara`, `Rais`, `Uwanja wa Ndege`), never a
    // name passed through (`Armando Cossa wa Msumbiji` stays a person and a country) nor
    // an adjective (`Kimataifa`).
    let head = |i: &GlossItem| {
        i.entry
            .as_deref()
            .and_then(|id| glossary.entry_with_id(id))
            .is_some_and(|e| match e.pos {
                // A singular head, or an office (`Mawaziri wa Urusi`): `Viwanda ya Japani`
                // (factories) is a list's last item, not an institution's name.
                Pos::Noun => {
                    let lemma = crate::text::fold(&e.sw);
                    crate::text::fold(&i.sw) == lemma || offices.contains(&lemma)
                }
                Pos::Phrase => true,
                _ => false,
            })
    };
    let part = |i: &GlossItem| {
        matches!(i.kind, GlossKind::Term | GlossKind::Name)
            && i.polarity.is_none()
            && is_capitalised(&i.sw)
    };
    // The associative after the head agrees with it (`Baraza la`, `Chama cha`): one that
    // does not (`mpango wa Taifa wa Rais`: `wa` is the plan's) joins something earlier, so
    // the head opens no name there. A person's `wa` is allowed after an office or an
    // animate noun, and after a class 9/10 noun, which takes it for people too.
    let agrees = |i: &GlossItem, join: &str| {
        let Some(e) = i.entry.as_deref().and_then(|id| glossary.entry_with_id(id)) else {
            return true;
        };
        let Some(class) = e.class else {
            return true;
        };
        use crate::morph::{NounClass, Number};
        join == class.connective(Number::Singular)
            || join == class.connective(Number::Plural)
            || join == "wa"
                && (e.animate
                    || class == NounClass::C9_10
                    || offices.contains(&crate::text::fold(&e.sw))
                    // A phrase headed by an office (`waziri wa mambo ya nje`) is one too.
                    || e.sw.split_whitespace().next().is_some_and(|w| {
                        offices.contains(&crate::text::fold(w))
                    }))
    };
    let mut j = 0;
    while j < items.len() {
        if !part(&items[j]) || !head(&items[j]) {
            j += 1;
            continue;
        }
        let mut last = j;
        while let Some(next) = items.get(last + 1) {
            let gap = &text[items[last].end..next.start];
            let joined = gap.split(' ').collect::<Vec<_>>();
            let ok = joined.len() == 3
                && joined[0].is_empty()
                && joined[2].is_empty()
                && JOINS.contains(&joined[1])
                // `mwa` is the associative of place: `Kaskazini mwa Nigeria` is a part of
                // a place (northern Nigeria), not an institution named in two parts.
                && joined[1] != "mwa"
                && (last > j || agrees(&items[j], joined[1]));
            if ok && part(next) {
                last += 1;
            } else {
                break;
            }
        }
        if last == j {
            j += 1;
            continue;
        }
        // A name passed through of more than one word after the institution is a person
        // (`Katibu Mkuu wa Chadema John Mnyika`): the institution stops before it.
        let passed = |i: &GlossItem| i.kind == GlossKind::Name && i.entry.is_none();
        if passed(&items[last]) && items[last].sw.contains(' ') {
            last -= 1;
        }
        if last == j {
            j += 1;
            continue;
        }
        let pieces = &items[j..=last];
        let tail = &pieces[pieces.len() - 1];
        let opens = text
            .get(from.min(pieces[0].start)..pieces[0].start)
            .is_some_and(|b| b.chars().all(|c| !c.is_alphanumeric()));
        let inner_capital = pieces[1..].iter().any(|p| p.kind == GlossKind::Term)
            || pieces[0].sw.split_whitespace().skip(1).any(is_capitalised);
        let office = pieces[0]
            .entry
            .as_deref()
            .and_then(|id| glossary.entry_with_id(id))
            .is_some_and(|e| offices.contains(&crate::text::fold(&e.sw)));
        if (opens && !inner_capital && !office)
            || fragment(text, from, pieces[0].start, items, offices)
            || continued(text, tail.end, &pieces[0].sw, offices, items)
        {
            j += 1;
            continue;
        }
        // A glossary place at the end reads `of`: University of Nairobi.
        let place = tail.kind == GlossKind::Name && tail.entry.is_some() && pieces.len() == 2;
        let en = if place {
            format!("{} of {}", title(&pieces[0].en), tail.en)
        } else {
            pieces
                .iter()
                .rev()
                .map(|p| {
                    if p.kind == GlossKind::Name {
                        p.en.clone()
                    } else {
                        title(&p.en)
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (start, end) = (pieces[0].start, tail.end);
        let mut item = GlossItem::new(text, start, end, en, GlossKind::Name);
        item.note = Some("capitalised words read as one name, part by part".into());
        items.splice(j..=last, [item]);
        j += 1;
    }
}

/// Whether the name read so far goes on after `end` with a connective and a capitalised
/// word the composition did not take (`Chama cha Maendeleo kwa Wote`, `Usimamizi wa
/// Chakula na Dawa`): reading the head alone gives a wrong name, so it is not composed.
fn continued(text: &str, end: usize, head: &str, offices: &[String], items: &[GlossItem]) -> bool {
    let mut words = text[end..].split(' ');
    if words.next() != Some("") {
        return false;
    }
    let (Some(link), Some(next)) = (words.next(), words.next()) else {
        return false;
    };
    let at = end + 1 + link.len() + 1;
    let item = items.iter().find(|i| i.start == at);
    // A name after the link is a list's next item (`Jamhuri ya Czech na Italia`); after
    // `na` only a capitalised Swahili term carries the name on (`Chakula na Dawa`).
    let name_next = item.is_some_and(|i| i.kind != GlossKind::Term);
    let term_next = item.is_some_and(|i| i.kind == GlossKind::Term);
    matches!(link, "na" | "kwa" | "katika" | "dhidi")
        && is_capitalised(next)
        && next.chars().next().is_some_and(char::is_alphabetic)
        && !name_next
        && (link != "na" || term_next && !another_name(next, head, offices))
}

/// Whether a capitalised word after `na` opens a name of its own: an office (`Rais wa
/// Kenya na Waziri wa Fedha`) or the head word of the name before it again (`Wizara ya
/// Afya na Wizara ya Elimu`).
fn another_name(word: &str, head: &str, offices: &[String]) -> bool {
    let w = crate::text::fold(word.trim_matches(|c: char| !c.is_alphanumeric()));
    offices.contains(&w)
        || head
            .split_whitespace()
            .next()
            .is_some_and(|h| crate::text::fold(h) == w)
}

/// Whether the words right before `start` carry the same name on (a capitalised word, or
/// an associative after one: `Kituo cha Kuzuia na Kudhibiti Ugonjwa ya Ulaya`): the run
/// from `start` is the tail of a longer name the glossary cannot read, and reading it
/// alone gives a wrong name ("Disease of Europe").
fn fragment(
    text: &str,
    from: usize,
    start: usize,
    items: &[GlossItem],
    offices: &[String],
) -> bool {
    let from = from.min(start);
    let before = text.get(from..start).unwrap_or("");
    if !before.ends_with(' ') {
        return false;
    }
    // A capitalised word that is no date, number or name of its own, and not the sentence's
    // first word (`Jana Wizara ya Afya ilisema`).
    let carries = |w: &str, end: usize| {
        let begin = end - w.len();
        is_capitalised(w)
            && w.chars().all(char::is_alphabetic)
            && text[from..begin].chars().any(char::is_alphabetic)
            && items
                .iter()
                .find(|i| i.start <= begin && end <= i.end)
                .is_none_or(|i| i.kind == GlossKind::Term)
    };
    let trimmed = before.trim_end();
    let Some(last) = trimmed.split(' ').next_back() else {
        return false;
    };
    if carries(last, from + trimmed.len()) {
        return true;
    }
    // `Usimamizi wa Chakula na Dawa wa Marekani`: after `na` and a capitalised word, the
    // run is the second half of one name (Food and Drug Administration).
    if last == "na" {
        let first = text[start..].split(' ').next().unwrap_or("");
        let before_na = &text[from..from + trimmed.len() - last.len()];
        let repeated = before_na
            .split(' ')
            .any(|w| !w.is_empty() && crate::text::fold(w) == crate::text::fold(first));
        if repeated || another_name(first, "", offices) {
            return false;
        }
    } else if !JOINS.contains(&last) {
        return false;
    }
    let rest = trimmed[..trimmed.len() - last.len()].trim_end();
    rest.split(' ')
        .next_back()
        .is_some_and(|w| carries(w, from + rest.len()))
}

/// `immigration department` → Immigration Department.
fn title(en: &str) -> String {
    en.split(' ')
        .map(|w| {
            let mut c = w.chars();
            match c.next() {
                Some(f) if !matches!(w, "of" | "and" | "the") => {
                    f.to_uppercase().chain(c).collect()
                }
                _ => w.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The last token of a run of capitalised words from `first` (initials `J. K.` included).
pub(super) fn name_run(
    text: &str,
    toks: &[Token],
    first: usize,
    ok: impl Fn(&Token) -> bool,
) -> Option<usize> {
    if !toks.get(first).is_some_and(&ok) {
        return None;
    }
    let mut k = first;
    while let Some(n) = toks.get(k + 1) {
        let gap = &text[toks[k].span.end..n.span.start];
        let word = toks[k].span.of(text);
        let initial = word.chars().count() == 1 || ABBREVIATIONS.contains(&word);
        let joins = gap.chars().all(char::is_whitespace) && !gap.is_empty()
            || initial && matches!(gap, "." | ". ");
        if joins && (ok(n) || hyphened_particle(n.span.of(text))) {
            k += 1;
            continue;
        }
        // `HCoV-229E`: a code of digits and letters hyphened to the name is part of it.
        let code = n.span.of(text);
        if gap == "-"
            && code.chars().all(|c| c.is_ascii_alphanumeric())
            && code.chars().any(|c| c.is_ascii_digit())
        {
            k += 1;
            continue;
        }
        // `Mohammed bin Salman`, `Lula da Silva`, `van der Bellen`: one or two lower-case
        // particles between two capitalised words of one name.
        let particles = toks[k + 1..]
            .iter()
            .take(2)
            .take_while(|p| PARTICLES.contains(&p.span.of(text)))
            .count();
        if particles > 0
            && let Some(m) = toks.get(k + 1 + particles)
            && text[toks[k].span.end..m.span.start]
                .split(' ')
                .all(|w| w.is_empty() || PARTICLES.contains(&w))
            && ok(m)
        {
            k += 1 + particles;
            continue;
        }
        // `Uwanja wa Ndege wa Maputo`: an associative between two capitalised words.
        let assoc = matches!(
            n.folded.as_str(),
            "wa" | "ya" | "la" | "za" | "cha" | "vya" | "mwa"
        );
        match toks.get(k + 2) {
            Some(m) if assoc && gap == " " && text[n.span.end..m.span.start] == *" " && ok(m) => {
                k += 2;
            }
            _ => break,
        }
    }
    Some(k)
}

/// Abbreviations inside names, written with a full stop like initials: `St. Peter`.
pub(super) const ABBREVIATIONS: [&str; 5] = ["St", "Mt", "Ft", "Jr", "Sr"];

/// Lower-case particles inside foreign names (`bin`, `da`, `van der`); never at a name's
/// ends. Swahili associatives (`wa`, `la`) are not among them: they join institutions.
const PARTICLES: [&str; 16] = [
    "bin", "binti", "ibn", "bint", "da", "de", "do", "dos", "das", "del", "van", "der", "von",
    "den", "di", "du",
];

/// `al-Baghdadi`, `el-Sisi`: an Arabic article hyphened to a capitalised name.
fn hyphened_particle(word: &str) -> bool {
    [
        "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "an-", "az-",
    ]
    .iter()
    .any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_nouns_open_names() {
        assert!(after_place_noun(&["wakazi", "wa", "vijiji", "vya"]));
        assert!(after_place_noun(&["vijiji", "vya", "ngao", "na"]));
        assert!(!after_place_noun(&["idara", "ya"]));
        assert!(!after_place_noun(&[]));
    }
}
