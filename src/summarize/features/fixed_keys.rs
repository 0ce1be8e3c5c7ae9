//! A set of summary keys fixed when it is built (the stopwords'), looked up on every word
//! of every article: open addressing on the keys' top bits, a few instructions a look-up
//! where a general hash set's costs several times that.

use crate::summarize::Key;

/// Keys in open-addressed slots, at most a quarter full; 0 marks a free slot (a key of 0,
/// however unlikely, is held apart).
#[derive(Debug, Clone)]
pub(super) struct FixedKeys {
    /// Its length is a power of two.
    slots: Vec<Key>,
    /// `64 - log2(slots.len())`: a key's home slot is its top bits (the best mixed of a
    /// multiplicative hash).
    shift: u32,
    /// Whether the key 0 is in the set.
    zero: bool,
}

impl FromIterator<Key> for FixedKeys {
    fn from_iter<I: IntoIterator<Item = Key>>(keys: I) -> Self {
        let keys: Vec<Key> = keys.into_iter().collect();
        let len = (4 * keys.len()).next_power_of_two().max(16);
        let mut set = FixedKeys {
            slots: vec![0; len],
            shift: 64 - len.trailing_zeros(),
            zero: false,
        };
        for k in keys {
            if k == 0 {
                set.zero = true;
                continue;
            }
            let mask = len - 1;
            let mut i = (k >> set.shift) as usize;
            while set.slots[i] != 0 && set.slots[i] != k {
                i = (i + 1) & mask;
            }
            set.slots[i] = k;
        }
        set
    }
}

impl FixedKeys {
    /// Whether `key` is in the set.
    #[inline]
    pub(super) fn contains(&self, key: Key) -> bool {
        if key == 0 {
            return self.zero;
        }
        let mask = self.slots.len() - 1;
        let mut i = (key >> self.shift) as usize;
        loop {
            match self.slots[i] {
                0 => return false,
                k if k == key => return true,
                _ => i = (i + 1) & mask,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::FixedKeys;
    use crate::summarize::key;

    #[test]
    fn holds_its_keys_and_no_others() {
        let words: Vec<String> = (0..300).map(|i| format!("neno{i}")).collect();
        let set: FixedKeys = words[..150].iter().map(|w| key(w)).chain([0]).collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(set.contains(key(w)), i < 150, "{w}");
        }
        assert!(set.contains(0));
        let empty: FixedKeys = std::iter::empty().collect();
        assert!(!empty.contains(key("na")) && !empty.contains(0));
    }

    #[test]
    fn keys_sharing_a_home_slot_are_all_found() {
        // Top bits equal: one home slot for all, found by probing on.
        let keys: Vec<u64> = (1..=20u64).map(|i| (7u64 << 60) | i).collect();
        let set: FixedKeys = keys.iter().copied().collect();
        assert!(keys.iter().all(|&k| set.contains(k)));
        assert!(!set.contains((7u64 << 60) | 21));
    }
}
