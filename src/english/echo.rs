//! Whether a capitalised word read as a name is echoed into the English: not where the capital
//! only opens a clause, nor without any sign of an English name (`Wafoenisi`, a lone letter);
//! always when the word has an English name's shape (`SARS-CoV-2`, `H1N1`, `YouTube`).

use super::names::{ABBREVIATIONS, is_all_capitals};
use super::tokens::Token;

/// Whether the capital of the token at `k` says nothing about a name because the writer
/// starts a clause there: the sentence's first word, the first word of a quotation
/// (`“Kisa cha`) and the first after a colon or a sentence end inside the reading
/// (`mfumo: Shughuli za`, `mkoa. Hatua nyingine`; not after an initial, `J. Smith`).
pub(super) fn opens_clause(text: &str, toks: &[Token], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    // An acronym (`WHO`, `MNA`) is written so anywhere: its capitals still say name. A
    // longer word in capitals is a headline's (`MWANAUME`). So is an English name's shape,
    // but not a hashtag's words run together (`#MwachieniAmade`).
    let word = t.span.of(text);
    let hashtag = text[..t.span.start].ends_with('#');
    if is_all_capitals(word) && word.chars().count() <= 6 || english_shape(word) && !hashtag {
        return false;
    }
    // A word in quotes of its own (`“Timbuktu”`, `"Hira"`) is cited as a name.
    if text[t.span.end..].starts_with(['”', '"', '’', '»']) {
        return false;
    }
    if k == 0 {
        return true;
    }
    let before = &text[toks[k - 1].span.end..t.span.start];
    let prev = toks[k - 1].span.of(text);
    if before.ends_with(['“', '«', '‘']) {
        return true;
    }
    // A straight quote opens a quotation only when a space stands before it (`alisema
    // "Hapana`), not when it closes one (`"Ndiyo" Kenya`).
    if let Some(lead) = before.strip_suffix('"') {
        return lead.ends_with(char::is_whitespace);
    }
    let trimmed = before.trim_end();
    before.len() > trimmed.len()
        && (trimmed.ends_with(':')
            || trimmed.ends_with(['.', '?', '!'])
                && prev.chars().count() > 1
                && !ABBREVIATIONS.contains(&prev))
}

/// Whether a word has the shape of an English name wherever it stands: letters and digits
/// joined by hyphens (`SARS-CoV-2`, `MH-17`), an acronym with digits (`H1N1`, `G20`) or a
/// capital inside a word (`YouTube`, `McDonald`), unless it follows a noun-class prefix
/// (`WaKenya`, `KiSwahili`: Swahili spelling).
pub(super) fn english_shape(word: &str) -> bool {
    let has_digit = word.chars().any(|c| c.is_ascii_digit());
    let has_lower = word.chars().any(char::is_lowercase);
    let letters = word.chars().any(char::is_alphabetic);
    let mut parts = word.split('-');
    if !letters
        || parts
            .clone()
            .any(|p| p.is_empty() || !p.chars().all(char::is_alphanumeric))
    {
        return false;
    }
    let hyphen = word.contains('-');
    let hyphened = hyphen && (has_digit || has_lower && parts.clone().any(is_all_capitals));
    let coded = !hyphen && has_digit && !has_lower;
    // A lower-case letter then a capital, the part before it no class prefix.
    let inner_capital = parts.any(|p| {
        p.char_indices()
            .zip(p.chars().skip(1))
            .any(|((i, prev), c)| {
                let head = &p[..i + prev.len_utf8()];
                prev.is_lowercase() && c.is_uppercase() && !CLASS_HEADS.contains(&head)
            })
    });
    hyphened || coded || inner_capital
}

/// Noun-class prefixes written against a name without a hyphen (`WaKenya`, `KiSwahili`).
const CLASS_HEADS: [&str; 8] = ["Ki", "Wa", "Mw", "Vi", "Ma", "Ku", "Mu", "Ji"];

/// Whether a one-word run echoed unchanged has no sign of being a name in English too:
/// a single letter (`influenza A`), a `Wa-` plural of people in Swahili spelling
/// (`Wafoenisi` Phoenicians: the English differs), or the first piece of a web address
/// (`News` of `News.com.au`).
pub(super) fn unsupported_echo(text: &str, t: &Token) -> bool {
    let word = t.span.of(text);
    let after = &text[t.span.end..];
    let web = after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_lowercase());
    let people = word.strip_prefix("Wa").is_some_and(|rest| {
        rest.starts_with(|c: char| c.is_lowercase())
            && rest.chars().count() >= 4
            && !crate::morph::spelling::foreign(&t.folded)
    });
    word.chars().count() == 1 || web || people
}

#[cfg(test)]
mod tests {
    use super::english_shape;

    #[test]
    fn english_shapes() {
        for w in [
            "SARS-CoV-2",
            "COVID-19",
            "MH-17",
            "H1N1",
            "G20",
            "YouTube",
            "McDonald",
        ] {
            assert!(english_shape(w), "{w}");
        }
        for w in [
            "Mara-kwa-mara",
            "Ki-Israel",
            "WaKenya",
            "KiSwahili",
            "Nakala",
            "AL-BASHIR",
        ] {
            assert!(!english_shape(w), "{w}");
        }
    }
}
