//! An OpenAI-compatible chat endpoint (Ollama, llama.cpp's server, vLLM, LM Studio, hosted
//! providers): one `POST {url}/chat/completions` per sentence, the prompt built from the
//! template, the reply's message content taken as the translation after it is checked to be
//! one line of text. It does not decide what to send or cache; [`super::run`] does.

use serde_json::{Value, json};

use super::Job;
use super::error::TranslateError;
use super::http::{HttpClient, excerpt};
use super::prompt::{Feedback, Messages, Prompt, PromptInput};

/// The engine's settings and client.
#[derive(Debug)]
pub struct OpenAi {
    client: HttpClient,
    endpoint: String,
    host: String,
    model: String,
    prompt: Prompt,
}

impl OpenAi {
    /// The endpoint's `host[:port]`.
    pub fn host(&self) -> &str {
        &self.host
    }

    /// An engine at `url` (the API base, e.g. `http://localhost:11434/v1`; a URL already
    /// ending in `/chat/completions` is used as it is).
    pub fn new(client: HttpClient, url: &str, model: &str, prompt: Prompt) -> Self {
        let base = url.trim_end_matches('/');
        let endpoint = if base.ends_with("/chat/completions") {
            base.to_string()
        } else {
            format!("{base}/chat/completions")
        };
        OpenAi {
            client,
            host: super::http::host_of(&endpoint),
            endpoint,
            model: model.to_string(),
            prompt,
        }
    }

    /// The model asked for.
    pub fn model(&self) -> &str {
        &self.model
    }

    /// The prompt in use.
    pub fn prompt(&self) -> &Prompt {
        &self.prompt
    }

    /// The request body for one job.
    pub fn body(&self, job: &Job, feedback: Option<&Feedback>) -> Result<Value, TranslateError> {
        let Messages { system, user } = self.prompt.render(&PromptInput {
            sentence: &job.text,
            headline: job.headline.as_deref(),
            previous: job.previous.as_deref(),
            kind: job.kind.as_str(),
            terms: &job.terms,
            feedback,
        })?;
        let mut messages = Vec::new();
        if let Some(s) = system {
            messages.push(json!({"role": "system", "content": s}));
        }
        messages.push(json!({"role": "user", "content": user}));
        Ok(json!({
            "model": self.model,
            "messages": messages,
            "temperature": 0,
            "stream": false,
        }))
    }

    /// The translation of one job.
    pub fn translate(
        &self,
        job: &Job,
        feedback: Option<&Feedback>,
    ) -> Result<String, TranslateError> {
        let body = self.body(job, feedback)?;
        let answer = self.client.post_json(&self.endpoint, &body)?;
        reply_text(self.client.engine(), &answer)
    }
}

/// The translation in a chat completion: `choices[0].message.content`, one line of text
/// (a reasoning model's leading `<think>…</think>` block and wrapping quotes removed).
pub fn reply_text(engine: &str, answer: &Value) -> Result<String, TranslateError> {
    let Some(content) = answer
        .pointer("/choices/0/message/content")
        .and_then(Value::as_str)
    else {
        return Err(TranslateError::bad_answer(
            engine,
            format!(
                "no choices[0].message.content in the answer: {}",
                excerpt(&answer.to_string())
            ),
        ));
    };
    let mut text = content.trim();
    if text.starts_with("<think>")
        && let Some(end) = text.find("</think>")
    {
        text = text[end + "</think>".len()..].trim();
    }
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    match lines.len() {
        0 => Err(TranslateError::bad_answer(engine, "an empty translation")),
        1 => Ok(unquote(lines[0].trim()).to_string()),
        n => Err(TranslateError::bad_answer(
            engine,
            format!(
                "{n} lines for one sentence (one line of English expected): {}",
                excerpt(text)
            ),
        )),
    }
}

/// Removes one pair of quotes wrapping the whole text.
fn unquote(s: &str) -> &str {
    for (open, close) in [('"', '"'), ('“', '”')] {
        if s.len() > 2 && s.starts_with(open) && s.ends_with(close) {
            let inner = &s[open.len_utf8()..s.len() - close.len_utf8()];
            if !inner.contains(open) && !inner.contains(close) {
                return inner;
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_is_one_line() {
        let ok = json!({"choices":[{"message":{"role":"assistant","content":" \"The minister did not sign.\"\n"}}]});
        assert_eq!(reply_text("e", &ok).unwrap(), "The minister did not sign.");
        let think =
            json!({"choices":[{"message":{"content":"<think>hmm\nso</think>\nIt rained."}}]});
        assert_eq!(reply_text("e", &think).unwrap(), "It rained.");
        let two = json!({"choices":[{"message":{"content":"Here it is:\nIt rained."}}]});
        let e = reply_text("e", &two).unwrap_err().to_string();
        assert!(e.contains("2 lines for one sentence"), "{e}");
        let none = json!({"error": "x"});
        let e = reply_text("e", &none).unwrap_err().to_string();
        assert!(e.contains("no choices[0].message.content"), "{e}");
        let empty = json!({"choices":[{"message":{"content":"  "}}]});
        assert!(reply_text("e", &empty).is_err());
    }
}
