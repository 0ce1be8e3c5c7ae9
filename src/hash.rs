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
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 =
                (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(WORD_HASH_SEED);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(WORD_HASH_SEED);
    }
    fn finish(&self) -> u64 {
        self.0
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
/// A set of summariser keys, not hashing them again.
pub type KeySet = std::collections::HashSet<u64, std::hash::BuildHasherDefault<KeyHasher>>;
