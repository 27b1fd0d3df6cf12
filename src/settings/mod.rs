//! The application's settings: defaults that run with no file, an optional TOML file named by `TTU_CONFIG`,
//! and `TTU_*` environment variables that override both.
//!
//! Every problem is reported as one sentence naming the setting, so a person starting the server knows what
//! to fix. This module reads and checks settings; it does not open databases or sockets.

use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};

use serde::Deserialize;

mod transport;

pub use crate::landlord::Landlord;
use crate::policy::calendar::CalendarConfig;
use crate::policy::Policy;
pub use transport::{TlsMode, TransportConfig};

/// Everything the server needs to start.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub landlord: Landlord,
    pub policy: Policy,
    pub calendar: CalendarConfig,
    pub mail: MailSettings,
}

/// Email: where it goes, who it is from, and how hard the outbox tries.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MailSettings {
    /// `smtp://[user:pass@]host[:port][?tls=starttls|tls|none]` or `file://DIR`. Empty means
    /// `file://DATA_DIR/mail`: `.eml` files, so the site runs with no mail server.
    pub url: String,
    /// SMTP user name and password; `TTU_MAIL_USERNAME` and `TTU_MAIL_PASSWORD` override the URL's.
    pub username: Option<String>,
    pub password: Option<Secret>,
    /// The `From` address. Empty means the landlord's name and email address.
    pub from: String,
    /// Where replies go. Empty means the landlord's email address.
    pub reply_to: String,
    /// The complaints team, told of every new case. Empty means the landlord's email address.
    pub staff_to: String,
    /// The language of staff notices.
    pub staff_language: String,
    /// The longest one delivery may take, in seconds, connecting included.
    pub send_timeout_seconds: u64,
    /// How long a worker holds a message it has claimed, in seconds. Longer than the send timeout.
    pub lease_seconds: u64,
    /// Seconds to wait after each failed try; the last repeats. The default retries within a minute, then
    /// 30 minutes, 1, 2 and 4 hours apart (RFC 5321 section 4.5.4.1).
    pub retry_seconds: Vec<u64>,
    /// A message still undelivered after this many hours is given up as failed (at least 4 days).
    pub give_up_hours: u64,
    /// A message still undelivered after this many minutes raises an alert for staff.
    pub alert_after_minutes: u64,
    /// How often the worker in the server looks for due messages, in seconds; a new message wakes it at once.
    pub poll_seconds: f64,
    /// Whether the server runs the delivery worker (`talk-to-us outbox deliver` can run it instead).
    pub worker: bool,
}

impl std::fmt::Debug for MailSettings {
    /// As derived, but the URL's password is hidden.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MailSettings")
            .field("url", &crate::db::redact(&self.url))
            .field("username", &self.username)
            .field("password", &self.password)
            .field("from", &self.from)
            .field("reply_to", &self.reply_to)
            .field("staff_to", &self.staff_to)
            .field("staff_language", &self.staff_language)
            .field("send_timeout_seconds", &self.send_timeout_seconds)
            .field("lease_seconds", &self.lease_seconds)
            .field("retry_seconds", &self.retry_seconds)
            .field("give_up_hours", &self.give_up_hours)
            .field("alert_after_minutes", &self.alert_after_minutes)
            .field("poll_seconds", &self.poll_seconds)
            .field("worker", &self.worker)
            .finish()
    }
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            url: String::new(),
            username: None,
            password: None,
            from: String::new(),
            reply_to: String::new(),
            staff_to: String::new(),
            staff_language: "en".into(),
            send_timeout_seconds: 60,
            lease_seconds: 300,
            retry_seconds: vec![20, 60, 1800, 3600, 7200, 14400],
            give_up_hours: 120,
            alert_after_minutes: 60,
            poll_seconds: 5.0,
            worker: true,
        }
    }
}

/// A value that is never shown in logs or debug output.
#[derive(Clone, Deserialize, PartialEq, Eq)]
#[serde(transparent)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("****")
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ServerSettings {
    /// Address and port to listen on.
    pub bind: String,
    /// The base URL people use to reach the site, used in links and to decide whether cookies are `Secure`.
    pub public_url: String,
    /// Folder for the SQLite database, generated secrets and (later) mail files.
    pub data_dir: PathBuf,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Form posts allowed per client address per minute; 0 turns the limit off.
    pub posts_per_minute: u32,
    /// The reverse proxies in front of the site, whose `X-Forwarded-For` is believed. None by default: the
    /// client is the address that connected.
    pub trusted_proxies: Vec<IpAddr>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseSettings {
    /// `sqlite://PATH` or `postgres://…`. Empty means `sqlite://DATA_DIR/talk-to-us.sqlite`.
    pub url: String,
    pub pool_size: u32,
}

impl Default for ServerSettings {
    fn default() -> Self {
        ServerSettings {
            bind: "127.0.0.1:8080".into(),
            public_url: "http://127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./data"),
            // Four times the largest page of answers in the costliest script: an answer over its limit
            // still reaches the page that says so, and is shown back.
            max_body_bytes: 1024 * 1024,
            posts_per_minute: 300,
            trusted_proxies: Vec::new(),
        }
    }
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        DatabaseSettings { url: String::new(), pool_size: 8 }
    }
}

/// A setting that cannot be used, described in one sentence.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SettingsError(pub String);

impl Settings {
    /// Reads the settings from `TTU_CONFIG` (if set) and the `TTU_*` environment variables.
    pub fn load() -> Result<Settings, SettingsError> {
        Self::load_from(|name| std::env::var(name).ok())
    }

    /// As [`Settings::load`], with the environment given as a function (for tests).
    pub fn load_from(env: impl Fn(&str) -> Option<String>) -> Result<Settings, SettingsError> {
        let mut settings = match env("TTU_CONFIG").filter(|p| !p.is_empty()) {
            Some(path) => Self::from_file(Path::new(&path))?,
            None => Settings::default(),
        };
        if let Some(bind) = env("TTU_BIND") {
            settings.server.bind = bind;
        }
        if let Some(url) = env("TTU_PUBLIC_URL") {
            settings.server.public_url = url;
        }
        if let Some(dir) = env("TTU_DATA_DIR") {
            settings.server.data_dir = PathBuf::from(dir);
        }
        if let Some(limit) = env("TTU_POSTS_PER_MINUTE") {
            settings.server.posts_per_minute = limit
                .parse()
                .map_err(|_| SettingsError(format!("TTU_POSTS_PER_MINUTE must be a whole number, not \"{limit}\".")))?;
        }
        if let Some(list) = env("TTU_TRUSTED_PROXIES") {
            settings.server.trusted_proxies = list
                .split(',')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(|p| {
                    p.parse().map_err(|_| {
                        SettingsError(format!("TTU_TRUSTED_PROXIES must list IP addresses, and \"{p}\" is not one."))
                    })
                })
                .collect::<Result<_, _>>()?;
        }
        if let Some(url) = env("TTU_DATABASE_URL") {
            settings.database.url = url;
        }
        settings.read_mail_env(&env)?;
        settings.fill_defaults();
        settings.check()?;
        Ok(settings)
    }

    /// Fills in the settings whose defaults depend on others (the database and mail folder in the data
    /// folder, mail addresses from the landlord's). Settings already given are kept.
    pub fn fill_defaults(&mut self) {
        if self.database.url.is_empty() {
            self.database.url = format!("sqlite://{}", self.server.data_dir.join("talk-to-us.sqlite").display());
        }
        if self.mail.url.is_empty() {
            self.mail.url = format!("file://{}", self.server.data_dir.join("mail").display());
        }
        let landlord = &self.landlord;
        if self.mail.from.is_empty() {
            self.mail.from = format!("{} <{}>", landlord.name, landlord.email);
        }
        if self.mail.reply_to.is_empty() {
            self.mail.reply_to = landlord.email.clone();
        }
        if self.mail.staff_to.is_empty() {
            self.mail.staff_to = landlord.email.clone();
        }
    }

    fn read_mail_env(&mut self, env: &impl Fn(&str) -> Option<String>) -> Result<(), SettingsError> {
        let mail = &mut self.mail;
        for (name, target) in [
            ("TTU_MAIL_URL", &mut mail.url),
            ("TTU_MAIL_FROM", &mut mail.from),
            ("TTU_MAIL_REPLY_TO", &mut mail.reply_to),
            ("TTU_MAIL_STAFF_TO", &mut mail.staff_to),
        ] {
            if let Some(value) = env(name) {
                *target = value;
            }
        }
        if let Some(user) = env("TTU_MAIL_USERNAME") {
            mail.username = Some(user);
        }
        if let Some(password) = env("TTU_MAIL_PASSWORD") {
            mail.password = Some(Secret(password));
        }
        let number = |name: &str, value: &str| -> Result<u64, SettingsError> {
            value.trim().parse().map_err(|_| SettingsError(format!("{name} must be a whole number, not \"{value}\".")))
        };
        if let Some(v) = env("TTU_MAIL_SEND_TIMEOUT") {
            mail.send_timeout_seconds = number("TTU_MAIL_SEND_TIMEOUT", &v)?;
        }
        if let Some(v) = env("TTU_MAIL_LEASE_SECONDS") {
            mail.lease_seconds = number("TTU_MAIL_LEASE_SECONDS", &v)?;
        }
        if let Some(v) = env("TTU_MAIL_ALERT_AFTER_MINUTES") {
            mail.alert_after_minutes = number("TTU_MAIL_ALERT_AFTER_MINUTES", &v)?;
        }
        if let Some(v) = env("TTU_MAIL_RETRY_SECONDS") {
            mail.retry_seconds =
                v.split(',').map(|part| number("TTU_MAIL_RETRY_SECONDS", part)).collect::<Result<_, _>>()?;
        }
        if let Some(v) = env("TTU_MAIL_POLL_SECONDS") {
            mail.poll_seconds = v.trim().parse().map_err(|_| {
                SettingsError(format!("TTU_MAIL_POLL_SECONDS must be a number of seconds, not \"{v}\"."))
            })?;
        }
        if let Some(v) = env("TTU_MAIL_WORKER") {
            mail.worker = match v.as_str() {
                "on" | "true" | "1" => true,
                "off" | "false" | "0" => false,
                _ => return Err(SettingsError(format!("TTU_MAIL_WORKER must be on or off, not \"{v}\"."))),
            };
        }
        Ok(())
    }

    fn from_file(path: &Path) -> Result<Settings, SettingsError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| SettingsError(format!("TTU_CONFIG names {}, which cannot be read: {e}.", path.display())))?;
        Self::from_toml(&text).map_err(|e| SettingsError(format!("{} {}", path.display(), e.0)))
    }

    /// Parses a configuration file's text.
    pub fn from_toml(text: &str) -> Result<Settings, SettingsError> {
        toml::from_str(text).map_err(|e| {
            let message = e.message().trim_end_matches('.').to_string();
            SettingsError(format!("has a setting that cannot be used: {message}."))
        })
    }

    fn check(&self) -> Result<(), SettingsError> {
        self.bind_address()?;
        let public = url::Url::parse(&self.server.public_url).map_err(|_| {
            SettingsError(format!(
                "TTU_PUBLIC_URL (server.public_url) must be a web address such as https://talk.example.org, not \"{}\".",
                self.server.public_url
            ))
        })?;
        if !matches!(public.scheme(), "http" | "https") {
            return Err(SettingsError(
                "TTU_PUBLIC_URL (server.public_url) must start with http:// or https://.".into(),
            ));
        }
        crate::db::DatabaseUrl::parse(&self.database.url).map_err(SettingsError)?;
        let prefix = &self.landlord.reference_prefix;
        if prefix.is_empty()
            || prefix.len() > 6
            || !prefix.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            return Err(SettingsError(
                "landlord.reference_prefix must be 1 to 6 capital letters or digits, such as HH.".into(),
            ));
        }
        let needed = crate::journeys::largest_page_body();
        if self.server.max_body_bytes < needed {
            return Err(SettingsError(format!(
                "server.max_body_bytes must be at least {needed}, so the longest page of answers fits in any script."
            )));
        }
        self.check_mail()?;
        let breaches = self.policy.check();
        if !breaches.is_empty() {
            let lines: Vec<String> = breaches.iter().map(|b| b.to_string()).collect();
            return Err(SettingsError(format!(
                "The policy settings break the Complaint Handling Code:\n{}",
                lines.join("\n")
            )));
        }
        Ok(())
    }

    fn check_mail(&self) -> Result<(), SettingsError> {
        let mail = &self.mail;
        TransportConfig::parse(&mail.url).map_err(SettingsError)?;
        for (name, value) in [
            ("TTU_MAIL_FROM (mail.from)", &mail.from),
            ("TTU_MAIL_REPLY_TO (mail.reply_to)", &mail.reply_to),
            ("TTU_MAIL_STAFF_TO (mail.staff_to)", &mail.staff_to),
        ] {
            if value.parse::<lettre::message::Mailbox>().is_err() {
                return Err(SettingsError(format!(
                    "{name} must be an email address such as Complaints <complaints@example.org>, not \"{value}\"."
                )));
            }
        }
        if crate::i18n::Lang::from_tag(&mail.staff_language).is_none() {
            return Err(SettingsError(format!(
                "mail.staff_language must be one of the site's languages, not \"{}\".",
                mail.staff_language
            )));
        }
        if mail.retry_seconds.is_empty() || mail.retry_seconds.contains(&0) {
            return Err(SettingsError(
                "TTU_MAIL_RETRY_SECONDS (mail.retry_seconds) must list waits of at least 1 second.".into(),
            ));
        }
        if mail.send_timeout_seconds == 0 || mail.lease_seconds <= mail.send_timeout_seconds {
            return Err(SettingsError(
                "TTU_MAIL_LEASE_SECONDS (mail.lease_seconds) must be longer than TTU_MAIL_SEND_TIMEOUT (mail.send_timeout_seconds), which must be at least 1.".into(),
            ));
        }
        if mail.give_up_hours < 96 {
            return Err(SettingsError(
                "mail.give_up_hours must be at least 96: RFC 5321 asks for 4 to 5 days of retries.".into(),
            ));
        }
        if !(mail.poll_seconds > 0.0 && mail.poll_seconds <= 3600.0) {
            return Err(SettingsError("TTU_MAIL_POLL_SECONDS (mail.poll_seconds) must be between 0 and 3600.".into()));
        }
        Ok(())
    }

    pub fn bind_address(&self) -> Result<SocketAddr, SettingsError> {
        self.server.bind.parse().map_err(|_| {
            SettingsError(format!(
                "TTU_BIND (server.bind) must be an address and port such as 127.0.0.1:8080, not \"{}\".",
                self.server.bind
            ))
        })
    }

    /// Whether cookies must carry the `Secure` flag.
    pub fn secure_cookies(&self) -> bool {
        self.server.public_url.starts_with("https://")
    }

    /// The public base URL without a trailing slash.
    pub fn public_base(&self) -> &str {
        self.server.public_url.trim_end_matches('/')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string())
    }

    #[test]
    fn defaults_run_with_no_file() {
        let settings = Settings::load_from(env_of(&[])).expect("defaults are valid");
        assert_eq!(settings.server.bind, "127.0.0.1:8080");
        assert_eq!(settings.database.url, "sqlite://./data/talk-to-us.sqlite");
    }

    #[test]
    fn environment_overrides_defaults() {
        let settings =
            Settings::load_from(env_of(&[("TTU_BIND", "0.0.0.0:9000"), ("TTU_DATA_DIR", "/tmp/x")])).expect("valid");
        assert_eq!(settings.server.bind, "0.0.0.0:9000");
        assert_eq!(settings.database.url, "sqlite:///tmp/x/talk-to-us.sqlite");
    }

    #[test]
    fn unknown_key_is_named() {
        let err = Settings::from_toml("[server]\nbnid = \"x\"\n").unwrap_err();
        assert!(err.0.contains("bnid"), "{}", err.0);
    }

    #[test]
    fn mistyped_database_url_is_refused() {
        let err = Settings::load_from(env_of(&[("TTU_DATABASE_URL", "sqlit://data/x.db")])).unwrap_err();
        assert!(err.0.contains("TTU_DATABASE_URL"), "{}", err.0);
    }

    #[test]
    fn every_shipped_preset_is_a_whole_valid_configuration() {
        for preset in crate::policy::PRESETS {
            let settings = Settings::from_toml(preset.toml).unwrap_or_else(|e| panic!("{}: {}", preset.name, e.0));
            assert!(settings.policy.check().is_empty(), "{} meets the Code", preset.name);
            assert!(!settings.landlord.name.is_empty());
        }
    }

    #[test]
    fn mail_defaults_to_files_in_the_data_folder_from_the_landlord() {
        let settings = Settings::load_from(env_of(&[("TTU_DATA_DIR", "/tmp/x")])).expect("valid");
        assert_eq!(settings.mail.url, "file:///tmp/x/mail");
        assert_eq!(settings.mail.from, "Halton Housing <info@haltonhousing.org>");
        assert_eq!(settings.mail.reply_to, "info@haltonhousing.org");
        assert_eq!(settings.mail.staff_to, "info@haltonhousing.org");
        assert_eq!(settings.mail.alert_after_minutes, 60);
    }

    #[test]
    fn mail_settings_come_from_the_environment_and_secrets_are_never_shown() {
        let settings = Settings::load_from(env_of(&[
            ("TTU_MAIL_URL", "smtp://ttu:sekrit@relay.example.org:2525?tls=none"),
            ("TTU_MAIL_FROM", "Complaints <complaints@example.org>"),
            ("TTU_MAIL_USERNAME", "ttu"),
            ("TTU_MAIL_PASSWORD", "hunter2"),
            ("TTU_MAIL_RETRY_SECONDS", "5, 60,1800"),
        ]))
        .expect("valid");
        assert_eq!(settings.mail.from, "Complaints <complaints@example.org>");
        assert_eq!(settings.mail.retry_seconds, vec![5, 60, 1800]);
        let shown = format!("{settings:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("sekrit"), "{shown}");
    }

    #[test]
    fn bad_mail_settings_are_named() {
        for (name, value) in [
            ("TTU_MAIL_URL", "smtps://relay.example.org"),
            ("TTU_MAIL_FROM", "not an address"),
            ("TTU_MAIL_STAFF_TO", "team@"),
            ("TTU_MAIL_RETRY_SECONDS", "10,soon"),
            ("TTU_MAIL_LEASE_SECONDS", "1"),
            ("TTU_MAIL_WORKER", "maybe"),
        ] {
            let pairs: &'static [(&'static str, &'static str)] = Box::leak(Box::new([(name, value)]));
            let err = Settings::load_from(env_of(pairs)).unwrap_err();
            assert!(err.0.contains(name), "{name}: {}", err.0);
        }
    }

    #[test]
    fn bad_bind_address_is_named() {
        let err = Settings::load_from(env_of(&[("TTU_BIND", "localhost")])).unwrap_err();
        assert!(err.0.contains("TTU_BIND"), "{}", err.0);
    }
}
