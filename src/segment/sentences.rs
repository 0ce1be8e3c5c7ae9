//! Sentence boundaries inside a stretch of prose: terminal marks with their closing quotes,
//! minus the dots of titles, abbreviations, initials, numbers, URLs and addresses, plus the
//! boundaries scraping glued together (`kasi.Na`, `usalama.''Pande`, `HanoiPicha:`).
//! One pass; every look-around is bounded, so the time is linear in the text.

use super::source;
use crate::lang::LangData;
use crate::text::{Span, is_space};

/// How far a look-around may go, in characters: keeps the pass linear on hostile input.
pub(super) const REACH: usize = 64;

pub(super) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Quotes and brackets that may close a sentence after its terminal mark.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '“')
}

/// Whether `unit` ends as a sentence does: a terminal mark, maybe followed by closing quotes
/// or brackets, or a closing quote alone (a quotation may end its sentence without a mark).
/// Units the segmenter had to treat as sentences without one are subheadings, source tags,
/// list items or introductions ending in a colon.
pub fn ends_as_sentence(unit: &str) -> bool {
    let t = unit.trim_end_matches(is_space);
    let t = before_source(t).unwrap_or(t);
    t.trim_end_matches(is_closer).ends_with(is_terminal) || t.ends_with(['"', '”', '’', '»'])
}

/// A gossip item's source after its full stop closes it as the full stop did: `… wiki.
/// (Mirror)` gives `… wiki.`. A bracket holding a sentence or a colon is no source.
fn before_source(t: &str) -> Option<&str> {
    let (body, opener) = match t.strip_suffix(')') {
        Some(body) => (body, '('),
        None => (t.strip_suffix('}')?, '{'),
    };
    let open = body.rfind(opener)?;
    let inner = &body[open + 1..];
    let sentence = [". ", "! ", "? ", "… "].iter().any(|m| inner.contains(m));
    if inner.len() > REACH * 4 || sentence || inner.contains(':') {
        return None;
    }
    let before = body[..open].trim_end_matches(is_space);
    (before.len() <= open && before.ends_with(is_terminal)).then_some(before)
}

/// Quotes, brackets, dashes and bullets that may stand before a sentence's first word.
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '(' | '[' | ']' | '«' | '-' | '–' | '—' | '•' | '*' | '¿' | '¡'
    )
}

/// Splits `span` of `text` into sentence spans, trimmed of surrounding whitespace.
pub(super) fn split(lang: &LangData, text: &str, span: Span) -> Vec<Span> {
    let chars: Vec<(usize, char)> = text[span.start..span.end]
        .char_indices()
        .map(|(i, c)| (i + span.start, c))
        .collect();
    let mut out = Vec::new();
    let mut start = 0usize; // index into chars of the current sentence's first char
    let mut i = 0usize;
    // Whether the stretch is a gossip column's (see `source::is_column`), once asked.
    let mut column: Option<bool> = None;
    while i < chars.len() {
        let c = chars[i].1;
        if !is_terminal(c) {
            // A list item run into the text: `… ya kwanza • Hatua ya pili …`, or a bullet
            // opening a line of the stretch (`\n- maji safi`).
            if i > start && opens_list_item(&chars, i) {
                push_trimmed(&mut out, &chars, start, i, span.end);
                start = i;
                i += 1;
                continue;
            }
            // A gossip item run into the next without its full stop (`… ombi hilo (Marca)
            // Sevilla …`, `… Mbappe(L'Equipe) Mazungumzo …`), in a stretch whose other items
            // close on a source after one:
            // elsewhere a name in brackets before a capital is an acronym's expansion.
            if matches!(c, '(' | '{')
                && i > start
                && after_word(&chars, i)
                && let Some(after) = source::source_credit(&chars, i)
                && *column.get_or_insert_with(|| source::is_column(&chars))
            {
                push_trimmed(&mut out, &chars, start, after, span.end);
                start = after;
                i = after;
                continue;
            }
            // A full stop lost in scraping: `… maambukizi, Na wanasayansi …`.
            if c.is_uppercase() && i > start && lost_stop_at(lang, &chars, i) {
                push_trimmed(&mut out, &chars, start, i, span.end);
                start = i;
                i += 1;
                continue;
            }
            // A photo credit glued to its caption: `… mjini HanoiPicha: Minh Hoang/AP`.
            if c.is_uppercase()
                && i > start
                && chars[i - 1].1.is_lowercase()
                && credit_marker_at(lang, &text[chars[i].0..])
            {
                push_trimmed(&mut out, &chars, start, i, span.end);
                start = i;
            }
            i += 1;
            continue;
        }
        let mark = i;
        let mut j = i;
        while j < chars.len() && is_terminal(chars[j].1) {
            j += 1;
        }
        // Closing quotes and brackets after the mark.
        let mut k = j;
        while k < chars.len() && is_closer(chars[k].1) {
            k += 1;
        }
        let ctx = Ctx {
            lang,
            text,
            chars: &chars,
            start,
            mark,
            run: j - mark,
        };
        let end_at = match chars.get(k).map(|&(_, c)| c) {
            None => None, // the span's end closes the sentence anyway
            Some(n) if n.is_alphabetic() && k > j && n.is_uppercase() => {
                // `usalama.''Pande`: the quotes open the next sentence.
                ctx.ends(k, Next::Glued).then_some(j)
            }
            // `… mafuta.{90min} Mkurugenzi …`: a source glued to the full stop closes the item.
            Some('(' | '{') if k == j => {
                if let Some(after) = source::source_credit(&chars, k)
                    && ctx.ends(k, Next::Capital)
                {
                    push_trimmed(&mut out, &chars, start, after, span.end);
                    start = after;
                    i = after;
                    continue;
                }
                None
            }
            Some(n) if n.is_alphanumeric() && k == j => {
                // Glued: `kasi.Na`. Only lower case + mark + capital, never inside numbers.
                // Also a stray dot moved before the space: `sugu .Hofu` (not `.NET`).
                let left = mark.checked_sub(1).map(|p| chars[p].1);
                let after = chars.get(k + 1).map(|&(_, c)| c);
                let moved = left.is_some_and(is_space) && after.is_some_and(char::is_lowercase);
                let glued = left.is_some_and(|l| l.is_lowercase() || moved)
                    && n.is_uppercase()
                    && ctx.ends(k, Next::Glued);
                glued.then_some(j)
            }
            Some(n) if is_space(n) => {
                let mut m = k;
                while m < chars.len() && is_space(chars[m].1) {
                    m += 1;
                }
                // `… Mfaransa. (Metro) Baada ya …`: the source belongs to the item before it.
                // An initial's dot ends the item too (`… ya Serie A. (La Gazzetta) Rangers
                // …`): an initial goes before a name, not before a source in brackets.
                if let Some(after) = source::source_credit(&chars, m)
                    && (ctx.ends(m, Next::Capital) || ctx.after_initial())
                {
                    push_trimmed(&mut out, &chars, start, after, span.end);
                    start = after;
                    i = after;
                    continue;
                }
                match opens(text, &chars, m) {
                    Some(next) if next != Next::Lower || k == j => ctx.ends(m, next).then_some(k),
                    _ => None,
                }
            }
            _ => None,
        };
        if let Some(end) = end_at {
            push_trimmed(&mut out, &chars, start, end, span.end);
            start = end;
        }
        i = k.max(j);
    }
    if start < chars.len() {
        push_trimmed(&mut out, &chars, start, chars.len(), span.end);
    }
    out
}

/// Whether char `i` follows a word, after spaces (`hilo (`) or glued to it (`Mbappe(`), not
/// a mark.
fn after_word(chars: &[(usize, char)], i: usize) -> bool {
    let mut p = i;
    while p > 0 && is_space(chars[p - 1].1) {
        p -= 1;
    }
    p > 0 && chars[p - 1].1.is_alphanumeric()
}

/// Whether a conjunction that never stands capitalised inside a sentence opens at char `i`
/// after a word or a comma and before a lower-case word (`… wa tatu Na mwezi ujao`): the
/// full stop before it was lost.
fn lost_stop_at(lang: &LangData, chars: &[(usize, char)], i: usize) -> bool {
    if i < 2 || !is_space(chars[i - 1].1) {
        return false;
    }
    let left = chars[i - 2].1;
    if !(left.is_alphanumeric() || left == ',') {
        return false;
    }
    let end = (i..chars.len().min(i + REACH))
        .find(|&j| !chars[j].1.is_alphabetic())
        .unwrap_or(chars.len());
    // Every capitalised word mid-sentence comes here (names above all): one longer than
    // every conjunction of the list is not folded and looked up.
    let longest = lang
        .lost_stop_openers
        .iter()
        .map(|w| w.chars().count())
        .max();
    if longest.is_none_or(|n| end - i > n) {
        return false;
    }
    let lower_next = end < chars.len()
        && is_space(chars[end].1)
        && chars.get(end + 1).is_some_and(|&(_, c)| c.is_lowercase());
    if !lower_next {
        return false;
    }
    let word: String = chars[i..end].iter().map(|&(_, c)| c).collect();
    lang.lost_stop_openers.contains(&fold_word(&word))
}

/// Bullet characters: never inside a word or a sentence, so each one opens a list item.
pub(super) fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '▪' | '◦' | '‣' | '●' | '■' | '▸' | '►')
}

/// Whether a list item starts at char `i`: a bullet after a space or a mark (`… kwanza •
/// Hatua …`, `…$8.5b •Ni …`), or `-` / `*` and a space at the start of a line. Either must
/// have something after it: a bullet that closes the stretch stays with its sentence.
fn opens_list_item(chars: &[(usize, char)], i: usize) -> bool {
    let c = chars[i].1;
    let before = i.checked_sub(1).map(|p| chars[p].1);
    let marker = if is_bullet(c) {
        before.is_none_or(|b| !b.is_alphanumeric())
    } else if matches!(c, '-' | '*') {
        chars.get(i + 1).is_some_and(|&(_, n)| is_space(n)) && at_line_start(chars, i)
    } else {
        false
    };
    marker
        && chars
            .iter()
            .skip(i + 1)
            .take(REACH)
            .any(|&(_, c)| !is_space(c))
}

/// Whether only spaces stand between a line break and char `i` (looking back a bounded way).
fn at_line_start(chars: &[(usize, char)], i: usize) -> bool {
    for &(_, c) in chars[..i].iter().rev().take(REACH) {
        if c == '\n' {
            return true;
        }
        if !is_space(c) {
            return false;
        }
    }
    false
}

/// Where the first photo-credit marker of `s` starts: one pass over the bytes, checking the
/// markers only where one of their first bytes stands.
pub(super) fn find_credit_marker(lang: &LangData, s: &str) -> Option<usize> {
    // A marker's first byte starts a character (UTF-8 lead bytes are never continuation
    // bytes), so `i` is a character boundary.
    s.bytes()
        .enumerate()
        .filter(|&(_, b)| lang.may_open_credit(b))
        .map(|(i, _)| i)
        .find(|&i| credit_marker_at(lang, &s[i..]))
}

/// [`fold`] with a fast path for ASCII words, which most tokens before a dot are.
pub(super) fn fold_word(word: &str) -> String {
    crate::text::fold_fast(word)
}

/// Whether `rest` starts with a photo-credit marker (`Picha:`).
pub(super) fn credit_marker_at(lang: &LangData, rest: &str) -> bool {
    rest.bytes().next().is_some_and(|b| lang.may_open_credit(b))
        && lang
            .credit_markers
            .iter()
            .any(|m| rest.starts_with(m.as_str()))
}

/// What follows a terminal mark, as far as the boundary decision goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Next {
    /// A capital or a digit (maybe behind an opening quote or bracket) after a space.
    Capital,
    /// A lower-case word after a space.
    Lower,
    /// A hashtag, a handle or a link after a space: never the rest of a sentence.
    Tag,
    /// No space between the mark and a capital (`kasi.Na`, `usalama.''Pande`).
    Glued,
}

/// How the text at `m` (after a mark and whitespace) opens, if it can open a sentence.
fn opens(text: &str, chars: &[(usize, char)], m: usize) -> Option<Next> {
    let &(at, c) = chars.get(m)?;
    let rest = &text[at..];
    if matches!(c, '#' | '@') && chars.get(m + 1).is_some_and(|&(_, n)| n.is_alphanumeric()) {
        return Some(Next::Tag);
    }
    if ["http://", "https://", "www.", "pic.twitter.com/"]
        .iter()
        .any(|p| rest.starts_with(p))
    {
        return Some(Next::Tag);
    }
    if c.is_uppercase() || c.is_ascii_digit() {
        return Some(Next::Capital);
    }
    if c.is_lowercase() {
        return Some(Next::Lower);
    }
    if is_opener(c) {
        // An opening quote, bracket or bullet, then a capital or a digit. `‘’` is one
        // opening quote as some write it (`… kisiasa. ‘’Anataka …`).
        let pair = c == '‘' && chars.get(m + 1).is_some_and(|&(_, n)| n == '’');
        let n = chars
            .iter()
            .skip(if pair { m + 2 } else { m })
            .take(REACH)
            .map(|&(_, c)| c)
            .find(|&c| !is_opener(c) && !is_space(c))?;
        return (n.is_uppercase() || n.is_ascii_digit()).then_some(Next::Capital);
    }
    None
}

/// One terminal mark under judgement.
struct Ctx<'a> {
    lang: &'a LangData,
    text: &'a str,
    chars: &'a [(usize, char)],
    /// The current sentence's first char.
    start: usize,
    /// The mark's char.
    mark: usize,
    /// How many terminal marks stand together (`..`, `?!`).
    run: usize,
}

impl Ctx<'_> {
    /// Whether the mark closes one capital letter (`Serie A.`), which may be an initial.
    fn after_initial(&self) -> bool {
        let before = |d: usize| self.mark.checked_sub(d).map(|p| self.chars[p].1);
        self.chars[self.mark].1 == '.'
            && self.run == 1
            && before(1).is_some_and(char::is_uppercase)
            && before(2).is_none_or(|c| is_space(c) || is_opener(c))
    }

    /// Whether the mark really ends a sentence, judged by the word before it and what
    /// follows at `next_at`.
    fn ends(&self, next_at: usize, next: Next) -> bool {
        let chars = self.chars;
        let mark_char = chars[self.mark].1;
        if next == Next::Lower {
            // A lower-case start: only after a plain `.` `?` `!`, never after an ellipsis.
            if mark_char == '…' || self.run > 2 || mark_char == '.' && self.run > 1 {
                return false;
            }
        }
        if mark_char != '.' {
            return true;
        }
        // The token before the dot: back to the previous space or the sentence's start.
        let mut t = self.mark;
        while t > self.start && self.mark - t < REACH && !is_space(chars[t - 1].1) {
            t -= 1;
        }
        let token =
            self.text[chars[t].0..chars[self.mark].0].trim_start_matches(|c: char| is_opener(c));
        if token.is_empty() {
            // A stray dot after a space (`Bunge . Hatua`).
            return true;
        }
        let address =
            token.contains('@') || token.contains("://") || fold_word(token).starts_with("www.");
        if address && next == Next::Glued {
            // Inside an address (`info@habari.co.tz`); a space after one ends the sentence.
            return false;
        }
        let lang = self.lang;
        let folded = fold_word(token);
        let next_word = || self.word_at(next_at);
        let starter = || lang.sentence_starters.contains(&next_word());
        if lang.titles.contains(&folded) {
            // A title goes before a name; a word that opens sentences is not a name.
            return next == Next::Capital && starter();
        }
        let dotted_caps = token.contains('.') && !token.chars().any(char::is_lowercase);
        if lang.no_end.contains(&folded) {
            // `U.S. Hata hivyo …`: a dotted acronym before a sentence opener ends a sentence.
            return dotted_caps && next == Next::Capital && starter();
        }
        if lang.may_end.contains(&folded) {
            // `Co. Ltd.`: never before another abbreviation with its dot.
            return matches!(next, Next::Capital | Next::Tag) && !self.abbreviation_at(next_at);
        }
        // Initials: one capital letter (`J. K. Nyerere`), or a run like `U.S`.
        let letters: Vec<char> = token.chars().filter(|c| *c != '.').collect();
        let initial = letters.len() == 1 && letters[0].is_uppercase()
            || token.contains('.')
                && letters.len() <= 4
                && letters.iter().all(|c| c.is_uppercase());
        if initial {
            return next == Next::Capital && starter();
        }
        // A list number at the start of a line (`1. Nenda …`).
        if t == self.start && token.chars().all(|c| c.is_ascii_digit()) {
            return false;
        }
        match next {
            // `habari.co.tz` is a domain; a glued boundary needs a real word on the left.
            Next::Glued => !token.contains('.'),
            // `uchunguzi. kwa zaidi`: a lower-case start only after a plain word.
            Next::Lower => {
                letters.len() >= 2
                    && token
                        .chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-'))
            }
            Next::Capital | Next::Tag => true,
        }
    }

    /// Whether a known abbreviation with its dot stands at char index `at` (`Ltd.`).
    fn abbreviation_at(&self, at: usize) -> bool {
        let word = self.word_at(at);
        let len = word.chars().count();
        let dot = self.chars.get(at + len).is_some_and(|&(_, c)| c == '.');
        dot && (self.lang.no_end.contains(&word) || self.lang.may_end.contains(&word))
    }

    /// The folded word at char index `at` (letters only, bounded).
    fn word_at(&self, at: usize) -> String {
        let word: String = self
            .chars
            .iter()
            .skip(at)
            .skip_while(|&&(_, c)| is_opener(c))
            .take_while(|&&(_, c)| c.is_alphabetic())
            .take(REACH)
            .map(|&(_, c)| c)
            .collect();
        fold_word(&word)
    }
}

fn push_trimmed(out: &mut Vec<Span>, chars: &[(usize, char)], from: usize, to: usize, end: usize) {
    let mut a = from;
    let mut b = to;
    while a < b && is_space(chars[a].1) {
        a += 1;
    }
    while b > a && is_space(chars[b - 1].1) {
        b -= 1;
    }
    if a < b {
        let s = chars[a].0;
        let e = chars.get(b).map_or(end, |&(o, _)| o);
        out.push(Span::new(s, e));
    }
}
