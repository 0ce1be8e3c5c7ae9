//! A disk cache of machine translations, so a second run of the same briefing sends nothing.
//! One small JSON file per translation, named by a hash of its key (engine, host, model,
//! prompt version, the terms sent, the text and its context); the full key is stored in the
//! file and compared on reading, so a hash collision or a corrupt or foreign file is a miss
//! (and is rewritten), never an error. Writes go to a temporary file and are renamed.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::prompt::Term;

/// The entry format's version.
const FORMAT: u32 = 1;

/// Everything a cached translation depends on.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CacheKey {
    /// `openai`, `libretranslate`, `command`.
    pub engine: String,
    /// Host (or program) of the engine.
    pub provider: String,
    /// The model, when the engine names one.
    pub model: Option<String>,
    /// The prompt's version, for prompted engines.
    pub prompt: Option<String>,
    /// The required renderings sent.
    pub terms: Vec<Term>,
    /// The Swahili.
    pub text: String,
    /// The headline sent as context.
    pub headline: Option<String>,
    /// The sentence before, sent as context.
    pub previous: Option<String>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    format: u32,
    key: CacheKey,
    translation: String,
    /// Times it was asked for again after a check (so a re-run does not ask again).
    #[serde(default)]
    retries: u32,
}

/// A cached translation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cached {
    /// The English.
    pub text: String,
    /// Times it was asked for again after a check found an error.
    pub retries: u32,
}

/// A cache folder.
#[derive(Debug, Clone)]
pub struct Cache {
    dir: PathBuf,
}

/// FNV-1a, 64 bits: stable across runs, platforms and compiler versions (file names).
pub fn fnv64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl Cache {
    /// A cache in `dir` (created on the first write).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Cache { dir: dir.into() }
    }

    /// The user's cache folder for muhtasari's translations (`~/.cache/muhtasari/translations`
    /// on Linux), if the platform has one.
    pub fn default_dir() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "muhtasari")
            .map(|d| d.cache_dir().join("translations"))
    }

    /// Its folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, key: &CacheKey) -> PathBuf {
        let json = serde_json::to_string(key).unwrap_or_default();
        // Two 64-bit hashes (the second over the reversed bytes) make a 128-bit name.
        let a = fnv64(json.as_bytes());
        let rev: Vec<u8> = json.bytes().rev().collect();
        let b = fnv64(&rev);
        let name = format!("{a:016x}{b:016x}");
        self.dir.join(&name[..2]).join(format!("{name}.json"))
    }

    /// The cached translation for `key`, if there is a sound entry with exactly that key.
    pub fn get(&self, key: &CacheKey) -> Option<Cached> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        let entry: Entry = serde_json::from_slice(&bytes).ok()?;
        (entry.format == FORMAT && &entry.key == key && !entry.translation.trim().is_empty())
            .then_some(Cached {
                text: entry.translation,
                retries: entry.retries,
            })
    }

    /// Stores a translation. A cache that cannot be written is not an error: the
    /// translation is still used, and the reason is returned for a warning.
    pub fn put(&self, key: &CacheKey, translation: &str, retries: u32) -> Result<(), String> {
        let path = self.path(key);
        let entry = Entry {
            format: FORMAT,
            key: key.clone(),
            translation: translation.to_string(),
            retries,
        };
        let json = serde_json::to_vec(&entry).map_err(|e| e.to_string())?;
        let parent = path.parent().unwrap_or(&self.dir);
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        let tmp = path.with_extension(format!("tmp{}", std::process::id()));
        std::fs::write(&tmp, json).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
        std::fs::rename(&tmp, &path).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            format!("cannot write {}: {e}", path.display())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(text: &str) -> CacheKey {
        CacheKey {
            engine: "openai".into(),
            provider: "localhost:1".into(),
            model: Some("m".into()),
            prompt: Some("builtin-1".into()),
            terms: vec![Term {
                sw: "walisaini".into(),
                en: "signed".into(),
                kind: "term".into(),
            }],
            text: text.into(),
            headline: None,
            previous: None,
        }
    }

    #[test]
    fn round_trip_and_key_sensitivity() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::new(dir.path());
        assert_eq!(c.get(&key("Habari.")), None);
        c.put(&key("Habari."), "News.", 1).unwrap();
        assert_eq!(
            c.get(&key("Habari.")),
            Some(Cached {
                text: "News.".into(),
                retries: 1
            })
        );
        let mut other = key("Habari.");
        other.model = Some("n".into());
        assert_eq!(c.get(&other), None);
        let mut other = key("Habari.");
        other.terms[0].en = "did sign".into();
        assert_eq!(c.get(&other), None);
    }

    #[test]
    fn corrupt_entry_is_a_miss_and_is_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let c = Cache::new(dir.path());
        let k = key("Asante.");
        c.put(&k, "Thank you.", 0).unwrap();
        std::fs::write(c.path(&k), b"{not json").unwrap();
        assert_eq!(c.get(&k), None);
        c.put(&k, "Thanks.", 0).unwrap();
        assert_eq!(c.get(&k).map(|c| c.text).as_deref(), Some("Thanks."));
    }

    #[test]
    fn fnv_is_stable() {
        assert_eq!(fnv64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
