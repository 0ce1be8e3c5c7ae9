//! A LibreTranslate-compatible endpoint (`POST /translate` with `q` a list, `source` `sw`,
//! `target` `en`), or an NLLB/OPUS-MT service that speaks the same: sentences sent in
//! batches, `translatedText` read back and refused unless it has one line per sentence.
//! It takes no glossary: its answers are checked afterwards like any machine translation.

use serde_json::{Value, json};

use super::error::TranslateError;
use super::http::{HttpClient, Secret, excerpt};

/// Sentences in one request.
pub const BATCH: usize = 32;

/// The engine's settings and client.
#[derive(Debug)]
pub struct Libre {
    client: HttpClient,
    endpoint: String,
    host: String,
    key: Option<Secret>,
}

impl Libre {
    /// The endpoint's `host[:port]`.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// An engine at `url` (`http://localhost:5000` or its `/translate`).
    pub fn new(client: HttpClient, url: &str, key: Option<Secret>) -> Self {
        let base = url.trim_end_matches('/');
        let has_path = base
            .split_once("://")
            .map_or(base, |(_, r)| r)
            .contains('/');
        let endpoint = if has_path {
            base.to_string()
        } else {
            format!("{base}/translate")
        };
        Libre {
            client,
            host: super::http::host_of(&endpoint),
            endpoint,
            key,
        }
    }

    /// Translations of `texts`, one each, in order.
    pub fn translate(&self, texts: &[&str]) -> Result<Vec<String>, TranslateError> {
        let mut out = Vec::with_capacity(texts.len());
        for batch in texts.chunks(BATCH) {
            let q: Vec<String> = batch.iter().map(|s| one_line(s)).collect();
            let mut body = json!({"q": q, "source": "sw", "target": "en", "format": "text"});
            if let Some(k) = &self.key {
                body["api_key"] = Value::String(k.expose().to_string());
            }
            let answer = self.client.post_json(&self.endpoint, &body)?;
            out.extend(lines_of(self.client.engine(), &answer, batch.len())?);
        }
        Ok(out)
    }
}

/// One line per sentence: line breaks inside a sentence become spaces.
pub fn one_line(s: &str) -> String {
    s.split(['\n', '\r']).collect::<Vec<_>>().join(" ")
}

/// The `translatedText` list of an answer, refused unless it has `expected` entries.
pub fn lines_of(
    engine: &str,
    answer: &Value,
    expected: usize,
) -> Result<Vec<String>, TranslateError> {
    let lines: Vec<String> = match &answer["translatedText"] {
        Value::Array(a) => a
            .iter()
            .map(|x| {
                x.as_str().map(|s| s.trim().to_string()).ok_or_else(|| {
                    TranslateError::bad_answer(engine, "translatedText holds a non-string")
                })
            })
            .collect::<Result<_, _>>()?,
        Value::String(s) if expected == 1 => vec![s.trim().to_string()],
        _ => {
            return Err(TranslateError::bad_answer(
                engine,
                format!(
                    "no translatedText list in the answer: {}",
                    excerpt(&answer.to_string())
                ),
            ));
        }
    };
    if lines.len() != expected {
        return Err(TranslateError::bad_answer(
            engine,
            format!(
                "{} line{} for {expected} sentence{} (one English line per Swahili line expected)",
                lines.len(),
                if lines.len() == 1 { "" } else { "s" },
                if expected == 1 { "" } else { "s" },
            ),
        ));
    }
    if let Some(i) = lines.iter().position(|l| l.is_empty()) {
        return Err(TranslateError::bad_answer(
            engine,
            format!("an empty translation for sentence {}", i + 1),
        ));
    }
    Ok(lines)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_count_is_checked() {
        let a = json!({"translatedText": ["Good morning", "Thank you"]});
        assert_eq!(lines_of("e", &a, 2).unwrap(), ["Good morning", "Thank you"]);
        let e = lines_of("e", &a, 3).unwrap_err().to_string();
        assert!(e.contains("2 lines for 3 sentences"), "{e}");
        // Counted with the right noun: "1 line", "1 sentence".
        let one = json!({"translatedText": ["Good morning"]});
        let e = lines_of("e", &one, 2).unwrap_err().to_string();
        assert!(e.contains("1 line for 2 sentences"), "{e}");
        let e = lines_of("e", &a, 1).unwrap_err().to_string();
        assert!(e.contains("2 lines for 1 sentence "), "{e}");
        assert!(lines_of("e", &json!({"x": 1}), 1).is_err());
        assert_eq!(
            lines_of("e", &json!({"translatedText": "Yes"}), 1).unwrap(),
            ["Yes"]
        );
    }
}
