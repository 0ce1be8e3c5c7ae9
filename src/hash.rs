//! The crate's one hasher, [`WordHasher`] (the Fx hash of rustc), for every hot map and set
//! of words; and [`KeyHasher`], which hashes nothing: it passes through keys that are
//! [`WordHasher`] hashes already (the summariser's term keys).

/// A fast hasher for short word keys (the Fx hash of rustc). The maps and sets it serves are
/// hot, and their keys are the project's own data or an article's words, so SipHash's
/// protection against crafted keys buys nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordHasher(u64);

const WORD_HASH_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl std::hash::Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(WORD_HASH_SEED);
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            self.0 = (self.0.rotate_left(5) ^ le_tail(tail)).wrapping_mul(WORD_HASH_SEED);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(WORD_HASH_SEED);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The bytes of `tail` (1 to 7 of them) as a little-endian number, zero above them: what
/// copying them into a zeroed `[u8; 8]` gives, read from registers (two overlapping loads)
/// so the hash of a short word does not wait on a store to the stack.
#[inline]
fn le_tail(tail: &[u8]) -> u64 {
    let n = tail.len();
    let u32_at = |i: usize| {
        u64::from(u32::from_le_bytes([
            tail[i],
            tail[i + 1],
            tail[i + 2],
            tail[i + 3],
        ]))
    };
    if n >= 4 {
        u32_at(0) | u32_at(n - 4) << (8 * (n - 4))
    } else if n >= 2 {
        u64::from(u16::from_le_bytes([tail[0], tail[1]])) | u64::from(tail[n - 1]) << (8 * (n - 1))
    } else {
        tail.first().copied().map_or(0, u64::from)
    }
}

/// A hash map keyed by words, with [`WordHasher`].
pub type WordMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<WordHasher>>;
/// A set of words, with [`WordHasher`].
pub type WordSet = std::collections::HashSet<String, std::hash::BuildHasherDefault<WordHasher>>;

/// Keys are hashes already: maps and sets of keys use them as they are.
#[derive(Default)]
pub struct KeyHasher(u64);

impl std::hash::Hasher for KeyHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map keyed by summariser keys, not hashing them again.
pub type KeyMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

#[cfg(test)]
mod tests {
    use std::hash::Hasher;

    /// The hash as first written: each chunk of 8 copied into a zeroed array. Keys made
    /// by either must be equal (they order terms, so they reach the summaries).
    fn padded(bytes: &[u8]) -> u64 {
        let mut h = 0u64;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            h = (h.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(super::WORD_HASH_SEED);
        }
        h
    }

    #[test]
    fn the_tail_is_read_as_zero_padded_bytes() {
        let text: Vec<u8> = (1..=40u8).map(|b| b.wrapping_mul(37) | 0x80).collect();
        for n in 0..=text.len() {
            let mut h = super::WordHasher::default();
            h.write(&text[..n]);
            assert_eq!(h.finish(), padded(&text[..n]), "{n} bytes");
        }
    }
}
