//! The application's settings, parsed once: [`RawSettings`] reads defaults, an optional TOML file named by
//! `TTU_CONFIG` and the `TTU_*` environment variables; [`Settings::from_raw`] checks every value and turns
//! it into its type (socket address, URL, database URL, mail transport, mailboxes, language, calendar).
//! Nothing later parses a setting again, and the service only takes a checked [`Settings`].
//!
//! Every problem is reported as one sentence naming the setting, so a person starting the server knows what
//! to fix. This module reads and checks settings; it does not open databases or sockets.

use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;

use lettre::message::Mailbox;

mod raw;
mod transport;

use crate::db::DatabaseUrl;
use crate::i18n::Lang;
pub use crate::landlord::Landlord;
use crate::policy::calendar::{Calendar, CalendarConfig};
use crate::policy::Policy;
pub use raw::{RawDatabase, RawMail, RawServer, RawSettings, Secret};
pub use transport::{TlsMode, TransportConfig};

/// A setting that cannot be used, described in one sentence.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct SettingsError(pub String);

/// Everything the service needs to start, checked.
#[derive(Clone, Debug)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub landlord: Landlord,
    pub policy: Policy,
    /// The calendar's configured changes, as written (they name the calendar in force).
    pub calendar_config: CalendarConfig,
    /// The working-day calendar with those changes.
    pub calendar: Calendar,
    pub mail: MailSettings,
}

#[derive(Clone, Debug)]
pub struct ServerSettings {
    pub bind: SocketAddr,
    /// The address people use; `https://` makes cookies `Secure` with the `__Host-` prefix.
    pub public_url: url::Url,
    /// Folder for the SQLite database, the generated secret and mail files.
    pub data_dir: PathBuf,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Form posts allowed per client address per minute; 0 turns the limit off.
    pub posts_per_minute: u32,
    /// The reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpAddr>,
    /// A staff session ends after this long without a request.
    pub staff_idle: chrono::Duration,
    /// A staff session ends this long after signing in.
    pub staff_session: chrono::Duration,
}

#[derive(Clone, Debug)]
pub struct DatabaseSettings {
    pub url: DatabaseUrl,
    pub pool_size: u32,
}

/// Email: where it goes, who it is from, and how hard the outbox tries.
#[derive(Clone, Debug)]
pub struct MailSettings {
    /// With any user name and password from `TTU_MAIL_USERNAME` and `TTU_MAIL_PASSWORD` in place.
    pub transport: TransportConfig,
    pub from: Mailbox,
    pub reply_to: Mailbox,
    /// The complaints team, told of every new case.
    pub staff_to: Mailbox,
    /// The language of staff notices.
    pub staff_language: Lang,
    pub send_timeout_seconds: u64,
    pub lease_seconds: u64,
    pub retry_seconds: Vec<u64>,
    pub give_up_hours: u64,
    pub alert_after_minutes: u64,
    pub poll_seconds: f64,
    pub worker: bool,
}

impl Default for Settings {
    /// The defaults, which run with no file.
    fn default() -> Self {
        Settings::from_raw(RawSettings::default()).expect("the default settings are valid")
    }
}

impl Settings {
    /// Reads the settings from `TTU_CONFIG` (if set) and the `TTU_*` environment variables, and checks them.
    pub fn load() -> Result<Settings, SettingsError> {
        Self::load_from(|name| std::env::var(name).ok())
    }

    /// As [`Settings::load`], with the environment given as a function (for tests).
    pub fn load_from(env: impl Fn(&str) -> Option<String>) -> Result<Settings, SettingsError> {
        Settings::from_raw(RawSettings::load_from(env)?)
    }

    /// Parses and checks a configuration file's text (with no environment).
    pub fn from_toml(text: &str) -> Result<Settings, SettingsError> {
        let mut raw = RawSettings::from_toml(text)?;
        raw.fill_defaults();
        Settings::from_raw(raw)
    }

    /// Checks every value and parses it into its type.
    pub fn from_raw(mut raw: RawSettings) -> Result<Settings, SettingsError> {
        raw.fill_defaults();
        let server = &raw.server;
        let bind = server.bind.parse().map_err(|_| {
            SettingsError(format!(
                "TTU_BIND (server.bind) must be an address and port such as 127.0.0.1:8080, not \"{}\".",
                server.bind
            ))
        })?;
        let public_url = url::Url::parse(&server.public_url)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https"))
            .ok_or_else(|| {
                SettingsError(format!(
                    "TTU_PUBLIC_URL (server.public_url) must be a web address starting with http:// or https://, such as https://talk.example.org, not \"{}\".",
                    server.public_url
                ))
            })?;
        let needed = crate::journeys::largest_page_body();
        if server.max_body_bytes < needed {
            return Err(SettingsError(format!(
                "server.max_body_bytes must be at least {needed}, so the longest page of answers fits in any script."
            )));
        }
        let database = DatabaseSettings {
            url: DatabaseUrl::parse(&raw.database.url).map_err(SettingsError)?,
            pool_size: raw.database.pool_size,
        };
        let prefix = &raw.landlord.reference_prefix;
        if prefix.is_empty()
            || prefix.len() > 6
            || !prefix.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            return Err(SettingsError(
                "landlord.reference_prefix must be 1 to 6 capital letters or digits, such as HH.".into(),
            ));
        }
        // OWASP ASVS 7.3: a staff session must end when idle, and after at most a working day however busy.
        if !(1..=60).contains(&raw.server.staff_idle_minutes) || !(1..=24).contains(&raw.server.staff_session_hours) {
            return Err(SettingsError(
                "server.staff_idle_minutes must be 1 to 60 and server.staff_session_hours 1 to 24.".into(),
            ));
        }
        if let Some(tag) =
            raw.landlord.opening_hours_translations.keys().find(|t| Lang::from_tag(t).is_none_or(|l| l.tag() != *t))
        {
            return Err(SettingsError(format!(
                "landlord.opening_hours_translations has \"{tag}\", which is not one of the site's languages: bn, hi, ur, zh-hant, pl."
            )));
        }
        let mail = mail_settings(&raw.mail)?;
        let breaches = raw.policy.check();
        if !breaches.is_empty() {
            let lines: Vec<String> = breaches.iter().map(|b| b.to_string()).collect();
            return Err(SettingsError(format!(
                "The policy settings break the Complaint Handling Code:\n{}",
                lines.join("\n")
            )));
        }
        let calendar = Calendar::from_config(&raw.calendar).map_err(|e| SettingsError(format!("calendar: {e}")))?;
        Ok(Settings {
            server: ServerSettings {
                bind,
                public_url,
                data_dir: raw.server.data_dir.clone(),
                max_body_bytes: raw.server.max_body_bytes,
                posts_per_minute: raw.server.posts_per_minute,
                trusted_proxies: raw.server.trusted_proxies.clone(),
                staff_idle: chrono::Duration::minutes(raw.server.staff_idle_minutes.into()),
                staff_session: chrono::Duration::hours(raw.server.staff_session_hours.into()),
            },
            database,
            landlord: raw.landlord,
            policy: raw.policy,
            calendar_config: raw.calendar,
            calendar,
            mail,
        })
    }

    /// Whether cookies must carry the `Secure` flag (and the `__Host-` prefix).
    pub fn secure_cookies(&self) -> bool {
        self.server.public_url.scheme() == "https"
    }

    /// The public base URL without a trailing slash.
    pub fn public_base(&self) -> &str {
        self.server.public_url.as_str().trim_end_matches('/')
    }
}

fn mail_settings(mail: &RawMail) -> Result<MailSettings, SettingsError> {
    let mut transport = TransportConfig::parse(&mail.url).map_err(SettingsError)?;
    if let TransportConfig::Smtp { username, password, .. } = &mut transport {
        if let Some(user) = &mail.username {
            *username = Some(user.clone());
        }
        if let Some(secret) = &mail.password {
            *password = Some(secret.0.clone());
        }
    }
    let mailbox = |name: &str, value: &str| -> Result<Mailbox, SettingsError> {
        value.parse().map_err(|_| {
            SettingsError(format!(
                "{name} must be an email address such as Complaints <complaints@example.org>, not \"{value}\"."
            ))
        })
    };
    let staff_language = Lang::from_tag(&mail.staff_language).ok_or_else(|| {
        SettingsError(format!(
            "mail.staff_language must be one of the site's languages, not \"{}\".",
            mail.staff_language
        ))
    })?;
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
    Ok(MailSettings {
        transport,
        from: mailbox("TTU_MAIL_FROM (mail.from)", &mail.from)?,
        reply_to: mailbox("TTU_MAIL_REPLY_TO (mail.reply_to)", &mail.reply_to)?,
        staff_to: mailbox("TTU_MAIL_STAFF_TO (mail.staff_to)", &mail.staff_to)?,
        staff_language,
        send_timeout_seconds: mail.send_timeout_seconds,
        lease_seconds: mail.lease_seconds,
        retry_seconds: mail.retry_seconds.clone(),
        give_up_hours: mail.give_up_hours,
        alert_after_minutes: mail.alert_after_minutes,
        poll_seconds: mail.poll_seconds,
        worker: mail.worker,
    })
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
        assert_eq!(settings.server.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(settings.database.url, DatabaseUrl::Sqlite("./data/talk-to-us.sqlite".into()));
    }

    #[test]
    fn environment_overrides_defaults() {
        let settings =
            Settings::load_from(env_of(&[("TTU_BIND", "0.0.0.0:9000"), ("TTU_DATA_DIR", "/tmp/x")])).expect("valid");
        assert_eq!(settings.server.bind.to_string(), "0.0.0.0:9000");
        assert_eq!(settings.database.url, DatabaseUrl::Sqlite("/tmp/x/talk-to-us.sqlite".into()));
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
        assert_eq!(settings.mail.transport, TransportConfig::File("/tmp/x/mail".into()));
        assert_eq!(settings.mail.from.to_string(), "Halton Housing <info@haltonhousing.org>");
        assert_eq!(settings.mail.reply_to.to_string(), "info@haltonhousing.org");
        assert_eq!(settings.mail.staff_to.to_string(), "info@haltonhousing.org");
        assert_eq!(settings.mail.staff_language, Lang::En);
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
            ("TTU_DATABASE_URL", "postgres://ttu:pa55word@db.example/ttu"),
        ]))
        .expect("valid");
        assert_eq!(settings.mail.from.to_string(), "Complaints <complaints@example.org>");
        assert!(matches!(
            &settings.mail.transport,
            TransportConfig::Smtp { username: Some(user), password: Some(password), port: 2525, .. }
                if user == "ttu" && password == "hunter2"
        ));
        assert_eq!(settings.mail.retry_seconds, vec![5, 60, 1800]);
        let shown = format!("{settings:?}");
        assert!(!shown.contains("hunter2") && !shown.contains("sekrit") && !shown.contains("pa55word"), "{shown}");
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
    fn a_body_limit_too_small_for_the_longest_page_is_refused() {
        let err = Settings::from_toml("[server]\nmax_body_bytes = 65536\n").unwrap_err();
        assert!(err.0.contains("server.max_body_bytes"), "{}", err.0);
        assert!(crate::journeys::largest_page_body() > 200_000, "two 10,000-character answers at 12 bytes each");
        assert!(Settings::default().server.max_body_bytes >= crate::journeys::largest_page_body());
    }

    #[test]
    fn trusted_proxies_are_addresses() {
        let settings = Settings::load_from(env_of(&[("TTU_TRUSTED_PROXIES", "10.0.0.1, ::1")])).expect("valid");
        assert_eq!(settings.server.trusted_proxies.len(), 2);
        let err = Settings::load_from(env_of(&[("TTU_TRUSTED_PROXIES", "proxy.local")])).unwrap_err();
        assert!(err.0.contains("TTU_TRUSTED_PROXIES"), "{}", err.0);
    }

    #[test]
    fn bad_bind_address_is_named() {
        let err = Settings::load_from(env_of(&[("TTU_BIND", "localhost")])).unwrap_err();
        assert!(err.0.contains("TTU_BIND"), "{}", err.0);
    }
}
