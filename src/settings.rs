//! The application's settings: defaults that run with no file, an optional TOML file named by `TTU_CONFIG`,
//! and `TTU_*` environment variables that override both.
//!
//! Every problem is reported as one sentence naming the setting, so a person starting the server knows what
//! to fix. This module reads and checks settings; it does not open databases or sockets.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::policy::calendar::CalendarConfig;
use crate::policy::Policy;

/// Everything the server needs to start.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub landlord: Landlord,
    pub policy: Policy,
    pub calendar: CalendarConfig,
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
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct DatabaseSettings {
    /// `sqlite://PATH` or `postgres://…`. Empty means `sqlite://DATA_DIR/talk-to-us.sqlite`.
    pub url: String,
    pub pool_size: u32,
}

/// The landlord the site belongs to. Shown on every page and in every letter.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Landlord {
    pub name: String,
    pub telephone: String,
    pub email: String,
    pub address: String,
    pub website: String,
    pub opening_hours: String,
    /// Letters and digits put before every reference, for example `HH` in `HH-7K3F-9QX2`.
    pub reference_prefix: String,
}

impl Default for ServerSettings {
    fn default() -> Self {
        ServerSettings {
            bind: "127.0.0.1:8080".into(),
            public_url: "http://127.0.0.1:8080".into(),
            data_dir: PathBuf::from("./data"),
            max_body_bytes: 64 * 1024,
            posts_per_minute: 300,
        }
    }
}

impl Default for DatabaseSettings {
    fn default() -> Self {
        DatabaseSettings { url: String::new(), pool_size: 8 }
    }
}

impl Default for Landlord {
    fn default() -> Self {
        Landlord {
            name: "Halton Housing".into(),
            telephone: "0303 333 0101".into(),
            email: "info@haltonhousing.org".into(),
            address: "Halton Housing, Widnes, Cheshire".into(),
            website: "https://www.haltonhousing.co.uk".into(),
            opening_hours: "Monday to Friday, 8am to 6pm".into(),
            reference_prefix: "HH".into(),
        }
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
        if let Some(url) = env("TTU_DATABASE_URL") {
            settings.database.url = url;
        }
        if settings.database.url.is_empty() {
            settings.database.url =
                format!("sqlite://{}", settings.server.data_dir.join("talk-to-us.sqlite").display());
        }
        settings.check()?;
        Ok(settings)
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
        if self.server.max_body_bytes < 16 * 1024 {
            return Err(SettingsError("server.max_body_bytes must be at least 16384.".into()));
        }
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
    fn bad_bind_address_is_named() {
        let err = Settings::load_from(env_of(&[("TTU_BIND", "localhost")])).unwrap_err();
        assert!(err.0.contains("TTU_BIND"), "{}", err.0);
    }
}
