//! The settings as written: defaults that run with no file, an optional TOML file named by `TTU_CONFIG`,
//! and `TTU_*` environment variables that override both. Nothing here is used by the service directly:
//! [`super::Settings::from_raw`] checks every value and parses it into its type, once.

use std::net::IpAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::SettingsError;
use crate::landlord::Landlord;
use crate::policy::calendar::CalendarConfig;
use crate::policy::Policy;

/// The settings as written: every value as text, defaults filled in, nothing checked yet.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawSettings {
    pub server: RawServer,
    pub database: RawDatabase,
    pub landlord: Landlord,
    pub policy: Policy,
    pub calendar: CalendarConfig,
    pub mail: RawMail,
}

/// Email: where it goes, who it is from, and how hard the outbox tries.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawMail {
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

impl std::fmt::Debug for RawMail {
    /// As derived, but the URL's password is hidden.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RawMail")
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

impl Default for RawMail {
    fn default() -> Self {
        RawMail {
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
pub struct RawServer {
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
    /// A staff session ends after this many minutes without a request (OWASP ASVS 7.3.1).
    pub staff_idle_minutes: u32,
    /// A staff session ends this many hours after signing in, however busy (OWASP ASVS 7.3.2).
    pub staff_session_hours: u32,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RawDatabase {
    /// `sqlite://PATH` or `postgres://…`. Empty means `sqlite://DATA_DIR/talk-to-us.sqlite`.
    pub url: String,
    pub pool_size: u32,
}

impl Default for RawServer {
    fn default() -> Self {
        RawServer {
            bind: "127.0.0.1:8080".into(),
            public_url: "http://127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./data"),
            // Four times the largest page of answers in the costliest script: an answer over its limit
            // still reaches the page that says so, and is shown back.
            max_body_bytes: 1024 * 1024,
            posts_per_minute: 300,
            trusted_proxies: Vec::new(),
            staff_idle_minutes: 30,
            staff_session_hours: 12,
        }
    }
}

impl Default for RawDatabase {
    fn default() -> Self {
        RawDatabase { url: String::new(), pool_size: 8 }
    }
}

impl RawSettings {
    /// Reads `TTU_CONFIG` (if set) and the `TTU_*` variables through `env`.
    pub fn load_from(env: impl Fn(&str) -> Option<String>) -> Result<RawSettings, SettingsError> {
        let mut settings = match env("TTU_CONFIG").filter(|p| !p.is_empty()) {
            Some(path) => Self::from_file(Path::new(&path))?,
            None => RawSettings::default(),
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

    fn from_file(path: &Path) -> Result<RawSettings, SettingsError> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| SettingsError(format!("TTU_CONFIG names {}, which cannot be read: {e}.", path.display())))?;
        Self::from_toml(&text).map_err(|e| SettingsError(format!("{} {}", path.display(), e.0)))
    }

    /// Parses a configuration file's text.
    pub fn from_toml(text: &str) -> Result<RawSettings, SettingsError> {
        toml::from_str(text).map_err(|e| {
            let message = e.message().trim_end_matches('.').to_string();
            SettingsError(format!("has a setting that cannot be used: {message}."))
        })
    }
}
