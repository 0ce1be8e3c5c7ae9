//! A gossip column's sources: `(Mirror)`, `(Sky Sports, via Sun)`, `(Marca - in Spanish).`,
//! `{90min}` after an item's full stop belong to that item, not to the one after them. Read by the
//! sentence splitter; it knows nothing of block kinds.

use super::sentences::{REACH, is_opener, is_terminal};
use crate::text::is_space;

/// The most words a source's name in brackets may have (`(Que T'hi Jugues, via Sunday
/// Mirror)`).
const SOURCE_WORDS: usize = 8;

/// A gossip column's source after an item's full stop, `(Mirror)`, `(Sky Sports, via Sun)`,
/// `(Marca - in Spanish).`, `{90min}`, starting at char `m`: the char index after it (and after a
/// full stop that closes it), when the text ends there or a new item opens after a space.
/// A bracket holding a sentence (a mark and a space, or a colon: `(Picha: …)`), opening in
/// lower case or running long is not a source.
pub(super) fn source_credit(chars: &[(usize, char)], m: usize) -> Option<usize> {
    let closer = match chars.get(m)?.1 {
        '(' => ')',
        '{' => '}',
        _ => return None,
    };
    let first = chars.get(m + 1)?.1;
    if !(first.is_uppercase() || first.is_ascii_digit()) {
        return None;
    }
    let mut words = 1;
    let mut close = None;
    for j in m + 1..chars.len().min(m + REACH) {
        let c = chars[j].1;
        let next = chars.get(j + 1).map(|&(_, c)| c);
        match c {
            _ if c == closer => {
                close = Some(j);
                break;
            }
            '(' | '{' | ':' | '\n' => return None,
            _ if is_terminal(c) && next.is_none_or(|n| is_space(n) || n == ')') => return None,
            _ if is_space(c) && next.is_some_and(|n| !is_space(n)) => {
                words += 1;
                if words > SOURCE_WORDS {
                    return None;
                }
            }
            _ => {}
        }
    }
    let mut after = close? + 1;
    if chars.get(after).is_some_and(|&(_, c)| c == '.') {
        after += 1;
    }
    let Some(&(_, c)) = chars.get(after) else {
        return Some(after);
    };
    if !is_space(c) {
        return None;
    }
    let n = chars[after..]
        .iter()
        .take(REACH)
        .map(|&(_, c)| c)
        .find(|&c| !is_space(c))?;
    (n.is_uppercase() || n.is_ascii_digit() || is_opener(n)).then_some(after)
}

/// Whether a stretch is a gossip column's: some item in it closes on its source after a
/// full stop (`… wiki. (Mirror)`, `… wiki.{90min}`).
pub(super) fn is_column(chars: &[(usize, char)]) -> bool {
    (1..chars.len()).any(|m| {
        let before = if is_space(chars[m - 1].1) { m - 1 } else { m };
        matches!(chars[m].1, '(' | '{')
            && before >= 1
            && is_terminal(chars[before - 1].1)
            && source_credit(chars, m).is_some()
    })
}
