//! How external programs and endpoints are named in outputs and messages: a command by its
//! program's name, an endpoint by its host and port. Never a command's arguments or its
//! `KEY=value` settings, never a URL's path, query or credentials: they may hold secrets.

/// How a program is named in outputs and messages: the program's name (the first word
/// that is not a `NAME=value` setting, without its folder), never its arguments or settings,
/// which may hold secrets.
pub fn command_name(command: &str) -> String {
    command
        .split_whitespace()
        .find(|w| !is_setting(w))
        .map(|w| w.rsplit('/').next().unwrap_or(w))
        .map(|w| w.trim_matches(['\'', '"', '(', ')', ';', '&', '|']))
        .filter(|w| !w.is_empty())
        .unwrap_or("command")
        .to_string()
}

/// Whether a shell word is a `NAME=value` setting.
fn is_setting(word: &str) -> bool {
    word.split_once('=').is_some_and(|(name, _)| {
        name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// How an endpoint is named in outputs and messages: its host and port, never its path,
/// query or credentials.
pub fn endpoint_name(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit('@').next().unwrap_or("");
    if host.is_empty() {
        "endpoint".into()
    } else {
        host.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_hold_no_secrets() {
        assert_eq!(command_name("API_KEY=sk-1 tr a-z A-Z"), "tr");
        assert_eq!(command_name("/opt/mt/bin/my-mt --key sk-1"), "my-mt");
        assert_eq!(command_name("sed 's/^/EN: /'"), "sed");
        assert_eq!(command_name("TOKEN=a/b/sk-2 env X=1 mt"), "env");
        assert_eq!(
            endpoint_name("http://u:pw@localhost:5000/translate?key=sk-1"),
            "localhost:5000"
        );
        assert_eq!(endpoint_name("http://127.0.0.1:5000"), "127.0.0.1:5000");
    }
}
