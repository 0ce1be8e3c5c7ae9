//! The hash map the matcher keeps its gapped-phrase table in: keyed by short folded words,
//! looked up once per word of the text, so its hasher is chosen for that.

use std::collections::HashMap;

/// FNV-1a: a fast hash for the short word keys of the gapped-phrase table. Kept apart from
/// the crate's word hasher (`hash.rs`): on this table, looked up once per word of the text,
/// the byte-at-a-time FNV measured faster than the chunked Fx hash.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

pub(super) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
