//! The mail setting, `TTU_MAIL_URL`, parsed: an SMTP server or a folder of `.eml` files. Parsed here, where
//! settings are checked, and used as it is by `crate::mail`.

use std::path::PathBuf;

/// How the SMTP connection is secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TlsMode {
    /// STARTTLS, required (the default; port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Tls,
    /// No encryption: only for a relay on the same machine or a test server.
    None,
}

/// A parsed `TTU_MAIL_URL`.
#[derive(Clone, PartialEq, Eq)]
pub enum TransportConfig {
    Smtp { host: String, port: u16, tls: TlsMode, username: Option<String>, password: Option<String> },
    File(PathBuf),
}

impl std::fmt::Debug for TransportConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

impl TransportConfig {
    pub fn parse(url: &str) -> Result<TransportConfig, String> {
        let problem = |why: &str| {
            format!(
                "TTU_MAIL_URL (mail.url) {why}. Use smtp://user:password@host:port?tls=starttls (or tls, or none), \
                 or file://FOLDER."
            )
        };
        if let Some(path) = url.strip_prefix("file://") {
            if path.is_empty() {
                return Err(problem("names no folder"));
            }
            return Ok(TransportConfig::File(PathBuf::from(path)));
        }
        let parsed = url::Url::parse(url).map_err(|_| problem("is not a mail address the site understands"))?;
        if parsed.scheme() != "smtp" {
            return Err(problem(&format!("starts with {}://, which is not smtp:// or file://", parsed.scheme())));
        }
        let host = parsed.host_str().filter(|h| !h.is_empty()).ok_or_else(|| problem("names no host"))?;
        let mut tls = TlsMode::StartTls;
        for (key, value) in parsed.query_pairs() {
            match (key.as_ref(), value.as_ref()) {
                ("tls", "starttls") => tls = TlsMode::StartTls,
                ("tls", "tls") => tls = TlsMode::Tls,
                ("tls", "none") => tls = TlsMode::None,
                _ => return Err(problem(&format!("has a setting it does not know: {key}={value}"))),
            }
        }
        let default_port = match tls {
            TlsMode::StartTls => 587,
            TlsMode::Tls => 465,
            TlsMode::None => 25,
        };
        let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
        Ok(TransportConfig::Smtp {
            host: host.trim_start_matches('[').trim_end_matches(']').to_string(),
            port: parsed.port().unwrap_or(default_port),
            tls,
            username: Some(decode(parsed.username())).filter(|u| !u.is_empty()),
            password: parsed.password().map(decode),
        })
    }

    /// The transport with any credentials hidden, for logs.
    pub fn describe(&self) -> String {
        match self {
            TransportConfig::File(dir) => format!("file://{}", dir.display()),
            TransportConfig::Smtp { host, port, tls, username, .. } => {
                let user = if username.is_some() { "****@" } else { "" };
                format!("smtp://{user}{host}:{port} ({tls:?})")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_understood() {
        assert_eq!(TransportConfig::parse("file://./data/mail"), Ok(TransportConfig::File("./data/mail".into())));
        let smtp = TransportConfig::parse("smtp://me%40x.org:s%3Acret@mail.example.org:2525?tls=none").unwrap();
        assert_eq!(
            smtp,
            TransportConfig::Smtp {
                host: "mail.example.org".into(),
                port: 2525,
                tls: TlsMode::None,
                username: Some("me@x.org".into()),
                password: Some("s:cret".into()),
            }
        );
        assert!(matches!(
            TransportConfig::parse("smtp://mail.example.org").unwrap(),
            TransportConfig::Smtp { port: 587, tls: TlsMode::StartTls, .. }
        ));
    }

    #[test]
    fn bad_urls_are_named_and_passwords_never_shown() {
        for url in ["smtps://x", "http://x", "file://", "smtp://x?tls=maybe", "mail.example.org"] {
            let e = TransportConfig::parse(url).unwrap_err();
            assert!(e.contains("TTU_MAIL_URL"), "{e}");
        }
        let shown = TransportConfig::parse("smtp://u:hunter2@h:25?tls=none").unwrap().describe();
        assert!(!shown.contains("hunter2") && !shown.contains("u:"), "{shown}");
        assert!(!format!("{:?}", TransportConfig::parse("smtp://u:hunter2@h").unwrap()).contains("hunter2"));
    }
}
