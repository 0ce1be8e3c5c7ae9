//! Mock translation engines on 127.0.0.1 for tests and the speed check: an OpenAI-compatible
//! `/v1/chat/completions` and a LibreTranslate `/translate`, each answering through a
//! closure the test gives, recording every request. Stopped when dropped.
#![allow(dead_code)] // each user takes its own subset

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::{Value, json};

/// A recorded request.
#[derive(Debug, Clone)]
pub struct Seen {
    pub path: String,
    pub authorization: Option<String>,
    pub body: Value,
}

/// What the mock answers.
pub struct Reply {
    pub status: u16,
    pub body: String,
    pub delay: Duration,
    pub headers: Vec<(String, String)>,
}

impl Reply {
    pub fn ok(body: impl Into<String>) -> Reply {
        Reply {
            status: 200,
            body: body.into(),
            delay: Duration::ZERO,
            headers: Vec::new(),
        }
    }

    pub fn status(status: u16, body: impl Into<String>) -> Reply {
        Reply {
            status,
            ..Reply::ok(body)
        }
    }

    /// A chat completion whose message content is `content`.
    pub fn chat(content: &str) -> Reply {
        Reply::ok(
            json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]})
                .to_string(),
        )
    }
}

type Handler = dyn Fn(usize, &Seen) -> Reply + Send + Sync;

/// A running mock.
pub struct Mock {
    pub url: String,
    pub seen: Arc<Mutex<Vec<Seen>>>,
    server: Arc<tiny_http::Server>,
    threads: Vec<JoinHandle<()>>,
}

impl Mock {
    /// Starts a mock whose answers come from `handler(n, request)` (n counts from 0).
    pub fn start(handler: impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static) -> Mock {
        Mock::start_at("127.0.0.1:0", handler)
    }

    /// The same on a given address (`127.0.0.1:8089`).
    pub fn start_at(
        addr: &str,
        handler: impl Fn(usize, &Seen) -> Reply + Send + Sync + 'static,
    ) -> Mock {
        let server = Arc::new(tiny_http::Server::http(addr).expect("bind the address"));
        let port = server.server_addr().to_ip().expect("an IP address").port();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let count = Arc::new(AtomicUsize::new(0));
        let handler: Arc<Handler> = Arc::new(handler);
        let threads = (0..8)
            .map(|_| {
                let (server, seen, count, handler) =
                    (server.clone(), seen.clone(), count.clone(), handler.clone());
                std::thread::spawn(move || {
                    for mut req in server.incoming_requests() {
                        let mut raw = String::new();
                        let _ = req.as_reader().read_to_string(&mut raw);
                        let s = Seen {
                            path: req.url().to_string(),
                            authorization: req
                                .headers()
                                .iter()
                                .find(|h| h.field.equiv("Authorization"))
                                .map(|h| h.value.to_string()),
                            body: serde_json::from_str(&raw).unwrap_or(Value::Null),
                        };
                        let n = count.fetch_add(1, Ordering::SeqCst);
                        let reply = handler(n, &s);
                        seen.lock().unwrap().push(s);
                        std::thread::sleep(reply.delay);
                        let mut resp = tiny_http::Response::from_string(reply.body)
                            .with_status_code(reply.status)
                            .with_header(
                                "Content-Type: application/json"
                                    .parse::<tiny_http::Header>()
                                    .unwrap(),
                            );
                        for (k, v) in reply.headers {
                            resp = resp.with_header(
                                tiny_http::Header::from_bytes(k.as_bytes(), v.as_bytes()).unwrap(),
                            );
                        }
                        let _ = req.respond(resp);
                    }
                })
            })
            .collect();
        Mock {
            url: format!("http://127.0.0.1:{port}"),
            seen,
            server,
            threads,
        }
    }

    /// An OpenAI-compatible mock that answers each sentence with `translate(sentence)`,
    /// the sentence being the last line of the user message.
    pub fn openai(translate: impl Fn(&str) -> String + Send + Sync + 'static) -> Mock {
        Mock::openai_at("127.0.0.1:0", translate)
    }

    /// The same on a given address.
    pub fn openai_at(
        addr: &str,
        translate: impl Fn(&str) -> String + Send + Sync + 'static,
    ) -> Mock {
        Mock::start_at(addr, move |_, s| {
            Reply::chat(&translate(&sentence_of(&s.body)))
        })
    }

    /// The requests seen so far.
    pub fn requests(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        for _ in 0..self.threads.len() {
            self.server.unblock();
        }
        for t in self.threads.drain(..) {
            let _ = t.join();
        }
    }
}

/// The user message of a chat request.
pub fn user_message(body: &Value) -> String {
    body["messages"]
        .as_array()
        .and_then(|m| m.iter().rev().find(|m| m["role"] == "user"))
        .and_then(|m| m["content"].as_str())
        .unwrap_or("")
        .to_string()
}

/// The sentence of a chat request: the last line of its user message.
pub fn sentence_of(body: &Value) -> String {
    user_message(body).lines().last().unwrap_or("").to_string()
}
