//! A possible glossary hit while the matcher resolves overlaps: small, `Copy`, with its
//! priority packed into two integer keys because sorting candidates is a hot path. Not for
//! callers outside the matcher; they see `TermHit`.

use super::word_stream::WordStream;
use crate::morph::Number;

/// A possible hit, small and with its priority precomputed (sorting is a hot path).
#[derive(Debug, Clone, Copy)]
pub(super) struct Candidate {
    /// Fewer words, then fewer bytes, then a shorter matched stem, sort later.
    pub(super) size_key: u64,
    /// Leftmost, contiguous before gapped, whole words before verb analyses, entry order.
    pub(super) place_key: u64,
    pub(super) first: u32,
    pub(super) last: u32,
    pub(super) pattern: u32,
    pub(super) reading: u32,
    /// Index into the analyses of this `find`, or `NONE`.
    pub(super) analysis: u32,
    pub(super) entry: u32,
    pub(super) gapped: bool,
    pub(super) number: Option<Number>,
}

pub(super) const NONE: u32 = u32::MAX;

impl Candidate {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        stream: &WordStream,
        first: usize,
        last: usize,
        pattern: usize,
        reading: usize,
        analysis: u32,
        entry: usize,
        gapped: bool,
        verb: bool,
        number: Option<Number>,
    ) -> Self {
        let words = (last - first) as u64;
        let bytes = u64::from(stream.text_end[last] - stream.text_start[first]);
        // Words, then bytes of the span, then (for verbs, set by `with_matched`) the bytes of
        // the matched stem: `kujitenga` is `jitenga` before it is `tenga` with a `-ji-` object.
        let size_key = ((0xFF_FFFF - words.min(0xFF_FFFF)) << 40)
            | ((0xFF_FFFF - bytes.min(0xFF_FFFF)) << 16)
            | 0xFFFF;
        let place_key = ((first as u64) << 32)
            | (u64::from(gapped) << 31)
            | (u64::from(verb) << 30)
            | (entry as u64 & 0x3FFF_FFFF);
        Candidate {
            size_key,
            place_key,
            first: first as u32,
            last: last as u32,
            pattern: pattern as u32,
            reading: reading as u32,
            analysis,
            entry: entry as u32,
            gapped,
            number,
        }
    }

    /// Ranks a longer matched stem first among readings of the same words.
    pub(super) fn with_matched(mut self, matched: usize) -> Self {
        self.size_key = (self.size_key & !0xFFFF) | (0xFFFF - (matched as u64).min(0xFFFF));
        self
    }
}
