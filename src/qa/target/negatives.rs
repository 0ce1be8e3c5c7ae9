//! English words that negate (`not`, `never`, `n't`, `unknown`, `useless`) and words that
//! may render a Swahili negation without negating (`yet`, `dysfunction`): the English side's
//! negation vocabulary, apart from the reading of the sentence.

/// Words that negate in English.
const NEGATIONS: [&str; 17] = [
    "not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot",
    "nowhere", "non", "except", "unless", "lack", "fail", "absent",
];

/// Words in `un-` that do not negate: other words (`under`, `unit`), reversals (`unveil`,
/// `unload`), and acronyms (`UNICEF`).
const NOT_NEGATIVE_UN: [&str; 22] = [
    "under",
    "until",
    "unit",
    "united",
    "union",
    "unique",
    "univers",
    "unison",
    "unanim",
    "unto",
    "unveil",
    "unload",
    "unfold",
    "unleash",
    "unpack",
    "unlock",
    "unravel",
    "unwrap",
    "unicef",
    "unesco",
    "unaids",
    // `unfortunately` regrets; it does not negate what it stands beside.
    "unfortunat",
];

/// Whether an English word negates: a negative word, `n't`, a negating `un-`/`in-` word
/// (`unknown`, `unable`, `invisible`) or a `-less` one (`useless`).
pub(super) fn negates(w: &str) -> bool {
    // Only `lack` and `fail` are read through their stem (`lacked`, `fails`): the stem of
    // `noted` or `notes` is `not`.
    let stem = crate::qa::stem::stem(w);
    NEGATIONS.contains(&w)
        || matches!(stem.as_str(), "lack" | "fail") && w.starts_with(stem.as_str())
        || w.ends_with("n't")
        || w.ends_with("n’t")
        // Contractions written without the apostrophe (`dont`, `didnt`), as some
        // published text has them.
        || matches!(
            w,
            "dont"
                | "doesnt"
                | "didnt"
                | "isnt"
                | "wasnt"
                | "arent"
                | "werent"
                | "havent"
                | "hasnt"
                | "hadnt"
                | "wont"
                | "cant"
                | "couldnt"
                | "wouldnt"
                | "shouldnt"
                | "mustnt"
        )
        || w.len() >= 6 && w.starts_with("un") && !NOT_NEGATIVE_UN.iter().any(|u| w.starts_with(u))
        || matches!(
            w,
            "invisible"
                | "impossible"
                | "unable"
                | "inability"
                | "illegal"
                | "incapable"
                | "insufficient"
                | "inadequate"
                | "absence"
                | "neglect"
                | "failure"
                | "refuse"
                | "refused"
                | "denied"
                | "deny"
        )
        || w.len() >= 7
            && w.ends_with("less")
            && !matches!(w, "unless" | "regardless" | "nevertheless" | "nonetheless")
}

/// Whether an English word may render a Swahili negation: `yet`/`remain` (a negative
/// perfect, `bado haijabainika`), `only` (`hakuna … isipokuwa`), and words negative by
/// their prefix or sense (`dysfunction`, `noninvasive`, `asymptomatic`, `disagree`,
/// `malfunction`, `few`, `hardly`, `free`, `stop`, `avoid`, `ban`).
pub(super) fn weakly_negates(w: &str) -> bool {
    let stem = crate::qa::stem::stem(w);
    matches!(
        stem.as_str(),
        "yet"
            | "remain"
            | "pend"
            | "only"
            | "few"
            | "little"
            | "hardly"
            | "barely"
            | "rarely"
            | "seldom"
            | "free"
            | "stop"
            | "avoid"
            | "ban"
            | "prevent"
            | "ignor"
            | "reject"
            | "decline"
            | "forbid"
            | "prohibit"
            | "deni"
            | "refus"
            | "collapse"
            // `haijalishi` (it does not matter): regardless.
            | "regardless"
    ) || w.len() >= 6
        && [
            "dys",
            "non",
            "malfunc",
            "malnut",
            "asym",
            "inactiv",
            "incomplet",
            "inconclus",
            "indirect",
            "disagree",
            "disappear",
            "disabl",
            "dissatisf",
            "disorder",
            "disrupt",
            "disconnect",
            "discontinu",
            "dislike",
            "disapprov",
            "irregular",
            "irrespons",
        ]
        .iter()
        .any(|p| w.starts_with(p))
        // `nonetheless` concedes; it does not negate.
        && !matches!(w, "nonetheless" | "nonstop")
        || w.ends_with("free")
}

#[cfg(test)]
mod tests {
    use super::negates;

    #[test]
    fn negating_words_and_look_alikes() {
        for w in [
            "not", "never", "lacked", "fails", "failed", "unknown", "useless",
        ] {
            assert!(negates(w), "{w} should negate");
        }
        for w in [
            "noted",
            "notes",
            "note",
            "unveiled",
            "unloading",
            "unicef",
            "united",
            "nobel",
        ] {
            assert!(!negates(w), "{w} should not negate");
        }
    }
}
