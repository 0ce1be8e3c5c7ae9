//! The HTTP client every engine uses: ureq over rustls (http and https, any host), proxies
//! from the environment (`HTTPS_PROXY`, `HTTP_PROXY`, `ALL_PROXY`, `NO_PROXY`), a time limit
//! per request, bounded retries with backoff on 429, 5xx and connection errors, and a cap on
//! the answer's size. It does not know what it sends; errors name the engine, never a key.

use std::time::Duration;

use serde_json::Value;

use super::error::TranslateError;

/// The answer of a chat or translate endpoint is small; more than this is refused.
pub const DEFAULT_MAX_ANSWER_BYTES: u64 = 1 << 20;

/// How requests are made.
#[derive(Debug, Clone)]
pub struct HttpOptions {
    /// The limit for one request, from connecting to the last byte of the answer.
    pub timeout: Duration,
    /// How many times a failed request is tried again (429, 5xx, connection errors).
    pub retries: u32,
    /// The wait before the first retry; it doubles each time, up to [`MAX_BACKOFF`].
    pub backoff: Duration,
    /// The largest answer accepted, in bytes.
    pub max_answer_bytes: u64,
}

/// The longest wait between two tries, also for a server's `Retry-After`.
pub const MAX_BACKOFF: Duration = Duration::from_secs(10);

impl Default for HttpOptions {
    fn default() -> Self {
        HttpOptions {
            timeout: Duration::from_secs(60),
            retries: 3,
            backoff: Duration::from_millis(500),
            max_answer_bytes: DEFAULT_MAX_ANSWER_BYTES,
        }
    }
}

/// A secret (an API key): sent in a header, never shown by `Debug` or in an error.
#[derive(Clone, Default)]
pub struct Secret(String);

impl Secret {
    /// Wraps a key.
    pub fn new(s: impl Into<String>) -> Self {
        Secret(s.into())
    }

    /// The key itself: only for the request that carries it.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// A client bound to one engine (its name is used in errors).
#[derive(Debug, Clone)]
pub struct HttpClient {
    agent: ureq::Agent,
    options: HttpOptions,
    engine: String,
    key: Option<Secret>,
}

/// One failed try: whether another may help, and why it failed.
struct Failure {
    retry: bool,
    wait: Option<Duration>,
    reason: String,
}

impl HttpClient {
    /// A client for `engine` (e.g. `openai at localhost:11434`), sending `key` as a bearer
    /// token when given.
    pub fn new(engine: impl Into<String>, options: HttpOptions, key: Option<Secret>) -> Self {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(options.timeout))
            .http_status_as_error(false)
            .user_agent(concat!("muhtasari/", env!("CARGO_PKG_VERSION")))
            .build();
        HttpClient {
            agent: ureq::Agent::new_with_config(config),
            options,
            engine: engine.into(),
            key,
        }
    }

    /// The engine's name, as errors show it.
    pub fn engine(&self) -> &str {
        &self.engine
    }

    /// POSTs `body` as JSON to `url` and parses the JSON answer, trying again on 429, 5xx and
    /// connection errors up to the configured number of retries.
    pub fn post_json(&self, url: &str, body: &Value) -> Result<Value, TranslateError> {
        let payload = body.to_string();
        let mut wait = self.options.backoff;
        let mut attempt = 0;
        loop {
            match self.try_once(url, &payload) {
                Ok(text) => {
                    return serde_json::from_str(&text).map_err(|e| {
                        TranslateError::bad_answer(
                            &self.engine,
                            format!("the answer is not JSON ({e}): {}", excerpt(&text)),
                        )
                    });
                }
                Err(f) if f.retry && attempt < self.options.retries => {
                    attempt += 1;
                    std::thread::sleep(f.wait.unwrap_or(wait).min(MAX_BACKOFF));
                    wait = (wait * 2).min(MAX_BACKOFF);
                }
                Err(f) => {
                    let tries = if attempt > 0 {
                        format!(" (after {} tries)", attempt + 1)
                    } else {
                        String::new()
                    };
                    return Err(TranslateError::engine(
                        &self.engine,
                        format!("{}{tries}", f.reason),
                    ));
                }
            }
        }
    }

    fn try_once(&self, url: &str, payload: &str) -> Result<String, Failure> {
        let mut req = self
            .agent
            .post(url)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
        if let Some(k) = &self.key {
            req = req.header("Authorization", format!("Bearer {}", k.expose()));
        }
        let mut resp = req.send(payload).map_err(|e| self.failure(e))?;
        let status = resp.status().as_u16();
        let retry_after = resp
            .headers()
            .get("retry-after")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let body = resp
            .body_mut()
            .with_config()
            .limit(self.options.max_answer_bytes)
            .read_to_string()
            .map_err(|e| self.failure(e));
        if (200..300).contains(&status) {
            return body;
        }
        let detail = body.map(|b| excerpt(&b)).unwrap_or_default();
        let reason = match status {
            401 | 403 => format!(
                "HTTP {status}: the endpoint refused the credentials (is the key variable set?) {detail}"
            ),
            404 => format!("HTTP 404: no such endpoint or model {detail}"),
            _ => format!("HTTP {status} {detail}"),
        };
        Err(Failure {
            retry: status == 429 || status >= 500,
            wait: retry_after,
            reason: reason.trim_end().to_string(),
        })
    }

    fn failure(&self, e: ureq::Error) -> Failure {
        use ureq::Error as E;
        let (retry, reason) = match &e {
            E::Timeout(_) => (
                false,
                format!(
                    "no answer within {} s (--translator-timeout)",
                    self.options.timeout.as_secs_f64()
                ),
            ),
            E::ConnectionFailed => (true, "cannot connect".to_string()),
            E::HostNotFound => (false, "host not found".to_string()),
            E::Io(io) => (true, format!("connection error: {io}")),
            E::BodyExceedsLimit(n) => (
                false,
                format!("the answer is larger than the limit of {n} bytes"),
            ),
            E::BadUri(u) => (false, format!("not a usable URL: {u}")),
            other => (false, other.to_string()),
        };
        Failure {
            retry,
            wait: None,
            reason,
        }
    }
}

/// The start of a server's answer, on one line, for an error message.
pub fn excerpt(s: &str) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = one.chars().take(200).collect();
    if one.chars().count() > 200 {
        out.push('…');
    }
    out
}

/// `host[:port]` of a URL, for labels that must not carry a path, a query or credentials.
pub fn host_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    host.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_drops_path_query_and_credentials() {
        assert_eq!(host_of("http://localhost:11434/v1"), "localhost:11434");
        assert_eq!(
            host_of("https://user:pw@api.example.org/v1?key=x"),
            "api.example.org"
        );
        assert_eq!(host_of("localhost:5000"), "localhost:5000");
    }

    #[test]
    fn secret_is_not_shown() {
        let s = Secret::new("sk-very-secret");
        assert!(!format!("{s:?}").contains("sk-"));
    }
}
