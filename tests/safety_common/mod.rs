//! Helpers shared by the `safety_*` tests (issue 18): the binary, a short article of our
//! own, a folder listing.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

pub fn cmd() -> Command {
    Command::cargo_bin("muhtasari").unwrap()
}

pub fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("muhtasari")
}

/// A short article of our own.
pub const ARTICLE: &str = "---\ntitle: Wakulima wapokea mbegu\nsource: Gazeti la Mfano\n---\n\
Wakulima wa kijiji cha Mwembeni wamepokea mbegu mpya za mahindi kutoka kwa serikali. \
Mbegu hizo zinastahimili ukame na zitapandwa msimu ujao. \
Afisa kilimo wa wilaya alisema wakulima elfu mbili watanufaika.\n";

pub fn article(dir: &Path, name: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, ARTICLE).unwrap();
    p
}

pub fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

pub fn jsonl_day(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!(
            "{{\"id\": \"h{i}\", \"text\": \"Wakulima {i} wamepokea mbegu mpya. Mvua imenyesha kijijini. Afisa alisema watanufaika.\"}}\n"
        ));
    }
    s
}
