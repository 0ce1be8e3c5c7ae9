//! The endings a verb stem takes (swahili.md §3): final vowel, passive, applied, reciprocal,
//! subjunctive and negative present, with vowel harmony; what the matcher's automaton holds.

use super::{Mood, Voice};

/// One ending of a stem: the stem's letters up to the end of the word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ending {
    /// The stem with this ending (`shambuliwa`).
    pub text: String,
    /// Passive or not.
    pub voice: Voice,
    /// What the prefix chain must be.
    pub mood: Mood,
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Whether the stem's last vowel before the final one is `e` or `o` (vowel harmony picks
/// `-ea`/`-ewa` over `-ia`/`-iwa`).
fn mid_vowel(root: &str) -> bool {
    root.chars()
        .rev()
        .find(|&c| is_vowel(c))
        .is_some_and(|c| c == 'e' || c == 'o')
}

/// The endings of a verb stem given with its final vowel (`shambulia`, `saini`, `zuru`).
/// Bantu stems in `-a` take the full set; loan stems (`saini`, `zuru`, `ahidi`) keep their
/// final vowel and add `-iwa`/`-ia` for the passive and applied. Causatives and
/// reciprocals are not generated: they often mean something else (`onya` warn, `onyesha`
/// show; `shinda` win, `shindana` compete) and get entries of their own.
pub fn endings(stem: &str) -> Vec<Ending> {
    let mut out: Vec<Ending> = Vec::new();
    let mut push = |text: String, voice, mood| {
        if !out.iter().any(|e| e.text == text) {
            out.push(Ending { text, voice, mood });
        }
    };
    let Some(last) = stem.chars().last() else {
        return out;
    };
    let root = &stem[..stem.len() - last.len_utf8()];
    let harmony = mid_vowel(root);
    let i = if harmony { "e" } else { "i" };
    if last == 'a' && !root.is_empty() {
        let vowel_root = root.chars().last().is_some_and(is_vowel);
        use Mood::*;
        use Voice::*;
        push(stem.to_string(), Active, Indicative);
        push(format!("{root}e"), Active, Subjunctive);
        push(format!("{root}i"), Active, NegativePresent);
        // Passive: vamia → vamiwa, kamata → kamatwa, fungua → funguliwa.
        push(format!("{root}wa"), Passive, Indicative);
        push(format!("{root}we"), Passive, Subjunctive);
        push(format!("{root}wi"), Passive, NegativePresent);
        if vowel_root {
            let l = if harmony { "le" } else { "li" };
            push(format!("{root}{l}wa"), Passive, Indicative);
            push(format!("{root}{l}a"), Active, Indicative);
        } else {
            // Applied and applied passive: kamatia, kamatiwa.
            push(format!("{root}{i}a"), Active, Indicative);
            push(format!("{root}{i}wa"), Passive, Indicative);
        }
        // Reciprocals (-ana) are not generated: they often mean something else
        // (shindana compete, wasiliana communicate, kubaliana agree).
    } else {
        use Mood::*;
        use Voice::*;
        push(stem.to_string(), Active, Any);
        if is_vowel(last) && !root.is_empty() {
            // Loans: saini → sainiwa, zuru → zuriwa, ahidi → ahidiwa.
            push(format!("{root}{i}wa"), Passive, Indicative);
            push(format!("{root}{i}a"), Active, Indicative);
        } else {
            push(format!("{stem}iwa"), Passive, Indicative);
        }
    }
    out
}
