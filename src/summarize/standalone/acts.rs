//! Whether a word reads as a verb in the present or the future with a subject marker
//! (`anaanza`, `inashitaki`, `watapiga`): what a news lede's named actor does now or next.
//! Letters only, like `past_event`; the common nouns built on `wana-` (`wanafunzi`,
//! `wananchi`) are known by name.

/// Plural nouns of `mwana-` ("member of, person of"), after their `wana`: `wananchi`
/// citizens, `wanafunzi` students, `wanawake` women, `wanachama` party members.
const WANA_NOUNS: &[&[u8]] = &[
    b"nchi",
    b"funzi",
    b"wake",
    b"ume",
    b"jeshi",
    b"siasa",
    b"harakati",
    b"habari",
    b"michezo",
    b"sayansi",
    b"muziki",
    b"chama",
    b"riadha",
    b"ndoa",
    b"sheria",
    b"mgambo",
    b"jamii",
    b"zuoni",
    b"damu",
    b"hisa",
    b"maji",
    b"mitindo",
    b"uchumi",
];

/// A subject marker, then `na` or `ta`, then three letters or more of stem, and not the
/// relative that agrees with the subject (`inayotarajiwa` is no act of its own).
pub(super) fn present_or_future(folded: &str) -> bool {
    let b = folded.as_bytes();
    let (rest, rel): (&[u8], &[u8]) = match b {
        [b'w', b'a', b'n', b'a', noun @ ..] if WANA_NOUNS.iter().any(|n| noun.starts_with(n)) => {
            return false;
        }
        [b'w', b'a', rest @ ..] => (rest, b"o"),
        [b'a', rest @ ..] => (rest, b"ye"),
        [b'i', rest @ ..] => (rest, b"yo"),
        [b'l', b'i', rest @ ..] => (rest, b"lo"),
        [b'y', b'a', rest @ ..] => (rest, b"yo"),
        [b'k', b'i', rest @ ..] => (rest, b"cho"),
        [b'v', b'i', rest @ ..] => (rest, b"vyo"),
        [b'z', b'i', rest @ ..] => (rest, b"zo"),
        [b'u', rest @ ..] => (rest, b"o"),
        _ => return false,
    };
    let stem = match rest {
        [b'n', b'a', stem @ ..] | [b't', b'a', stem @ ..] => stem,
        _ => return false,
    };
    stem.len() >= 3 && !stem.starts_with(rel)
}

#[cfg(test)]
mod tests {
    use super::present_or_future;

    #[test]
    fn present_and_future_verbs_with_a_subject() {
        for w in [
            "anaanza",
            "inashitaki",
            "watapiga",
            "itamuongezea",
            "wanakutana",
        ] {
            assert!(present_or_future(w), "{w}");
        }
        // Nouns, past verbs, relatives and short words are not.
        for w in [
            "wanafunzi",
            "wananchi",
            "alisema",
            "inayotarajiwa",
            "ana",
            "ata",
            "tano",
        ] {
            assert!(!present_or_future(w), "{w}");
        }
    }
}
