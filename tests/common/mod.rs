//! Helpers the command-line tests share: the team's fixtures and the binary, run from an
//! empty folder so nothing beside it is needed.
#![allow(dead_code)] // each test binary uses its own subset

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

/// A fixture article the team wrote.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// The `muhtasari` binary, run from the system's temporary folder.
pub fn muhtasari() -> Command {
    let mut cmd = Command::cargo_bin("muhtasari").unwrap();
    cmd.current_dir(std::env::temp_dir());
    // Neither the user's settings file nor their translation cache.
    let home = std::env::temp_dir().join("muhtasari-tests-home");
    cmd.env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"));
    cmd
}

/// Runs the command, expects success, parses its standard output as JSON.
pub fn json(cmd: &mut Command) -> Value {
    let out = cmd.assert().success().get_output().stdout.clone();
    serde_json::from_slice(&out).expect("valid JSON")
}
