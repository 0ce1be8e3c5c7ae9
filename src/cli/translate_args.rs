//! The options that choose where real translations come from (`brief`, `gloss`, `config
//! show`): translation memories, an engine and its settings, the cache.

use std::path::PathBuf;

use clap::Args;

/// Where real translations come from (none by default: the English side is then a gloss).
/// Every value may also come from `muhtasari.toml`; a flag overrides it.
#[derive(Debug, Args, Clone, Default)]
pub struct TranslateArgs {
    /// Read settings from this file instead of ./muhtasari.toml or the user's config folder.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// A translation memory: TMX, YAML (`- sw: … en: …`) or TSV (`Swahili<TAB>English`);
    /// repeatable, the first match wins; an exact match is never sent to an engine.
    #[arg(long, value_name = "FILE")]
    pub tm: Vec<PathBuf>,
    /// The least similarity (0–1) of a fuzzy translation-memory match (default 0.75; fuzzy
    /// matches are used only when no engine is set).
    #[arg(long, value_name = "SIM")]
    pub tm_threshold: Option<f64>,
    /// The engine: `openai` (an OpenAI-compatible chat endpoint: Ollama, llama.cpp, vLLM…),
    /// `libretranslate`, or `command` (default: `command` with --translator-cmd,
    /// `libretranslate` with a URL alone).
    #[arg(long, value_name = "API", value_parser = ["openai", "libretranslate", "command"])]
    pub translator_api: Option<String>,
    /// The engine's URL (openai: the API base, e.g. http://localhost:11434/v1; libretranslate:
    /// http://localhost:5000). Any host: the sentences, headlines and their terms are sent
    /// there.
    #[arg(long, value_name = "URL")]
    pub translator_url: Option<String>,
    /// The model to ask for (openai).
    #[arg(long, value_name = "NAME")]
    pub translator_model: Option<String>,
    /// The environment variable that holds the API key (default MUHTASARI_API_KEY); the key
    /// is never printed.
    #[arg(long, value_name = "VAR")]
    pub translator_key_env: Option<String>,
    /// An external translator: run with `sh -c`, Swahili lines on its standard input, one
    /// English line per line on its standard output.
    #[arg(long, value_name = "CMD")]
    pub translator_cmd: Option<String>,
    /// Chat requests sent at once (default 4).
    #[arg(long, value_name = "N")]
    pub translator_concurrency: Option<usize>,
    /// Seconds one request (or the command) may take (default 60).
    #[arg(long, value_name = "SECS")]
    pub translator_timeout: Option<u64>,
    /// Retries on HTTP 429, 5xx and connection errors, with backoff (default 3).
    #[arg(long, value_name = "N")]
    pub translator_retries: Option<u32>,
    /// Times a translation is asked for again, with the problem named, when its check finds
    /// an error (default 1; 0: never).
    #[arg(long, value_name = "N")]
    pub qa_retries: Option<u32>,
    /// A prompt template to use instead of the built-in one (see the README).
    #[arg(long, value_name = "FILE")]
    pub prompt: Option<PathBuf>,
    /// Where machine translations are cached (default: the user's cache folder).
    #[arg(long, value_name = "DIR")]
    pub cache_dir: Option<PathBuf>,
    /// Neither read nor write the translation cache.
    #[arg(long)]
    pub no_cache: bool,
}
