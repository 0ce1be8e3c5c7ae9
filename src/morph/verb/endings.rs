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
    /// An applied (applicative) ending, `-ia`/`-ea`/`-lia`/`-lea` (`hamia` move to, from
    /// `hama` move out): its meaning often drifts from the stem's (`rejelea` refer to,
    /// `rejea` return), so the gloss does not give it the stem's English.
    pub applied: bool,
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
    let mut push_with = |text: String, voice, mood, applied| {
        if !out.iter().any(|e| e.text == text) {
            out.push(Ending {
                text,
                voice,
                mood,
                applied,
            });
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
        push_with(stem.to_string(), Active, Indicative, false);
        push_with(format!("{root}e"), Active, Subjunctive, false);
        push_with(format!("{root}i"), Active, NegativePresent, false);
        // Passive: vamia → vamiwa, kamata → kamatwa, fungua → funguliwa.
        push_with(format!("{root}wa"), Passive, Indicative, false);
        push_with(format!("{root}we"), Passive, Subjunctive, false);
        push_with(format!("{root}wi"), Passive, NegativePresent, false);
        if vowel_root {
            let l = if harmony { "le" } else { "li" };
            push_with(format!("{root}{l}wa"), Passive, Indicative, false);
            push_with(format!("{root}{l}a"), Active, Indicative, true);
        } else {
            // Applied and applied passive: kamatia, kamatiwa.
            push_with(format!("{root}{i}a"), Active, Indicative, true);
            push_with(format!("{root}{i}wa"), Passive, Indicative, true);
        }
        // Reciprocals (-ana) are not generated: they often mean something else
        // (shindana compete, wasiliana communicate, kubaliana agree).
    } else {
        use Mood::*;
        use Voice::*;
        push_with(stem.to_string(), Active, Any, false);
        if is_vowel(last) && !root.is_empty() {
            // Loans: saini → sainiwa, zuru → zuriwa, ahidi → ahidiwa.
            push_with(format!("{root}{i}wa"), Passive, Indicative, false);
            push_with(format!("{root}{i}a"), Active, Indicative, true);
        } else {
            push_with(format!("{stem}iwa"), Passive, Indicative, false);
        }
    }
    out
}
