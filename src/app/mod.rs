//! The use cases: what the service does, each as one function that takes typed input and the [`Deps`], and
//! runs in the same order: load (db), decide (domain), write letters (letters), then record everything in
//! one write transaction (db). The web layer calls these and renders what they return; the command line and
//! background tasks call them too. Nothing here knows HTTP or HTML.
//!
//! Every change to a case is a domain step that returns events or an error naming the rule; its events, the
//! case's projection and its letters are written in one transaction, so a case is never saved without the
//! letters it owes, and a letter never queued for a change that was not recorded.

pub mod answers;
pub mod background;
pub mod password;
pub mod project;
pub mod sign_in;
pub mod staff;
pub mod submit;
pub mod two_factor;

use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::clock::Clock;
use crate::db::{Database, DbError};
use crate::domain::case::CaseError;
use crate::policy::calendar::Calendar;
use crate::settings::Settings;

/// What every use case may reach.
pub struct Deps {
    pub settings: Settings,
    pub db: Database,
    pub calendar: Calendar,
    pub clock: Clock,
    /// The right-hand side of every Message-ID: the domain of the From address.
    pub mail_domain: String,
    /// Wakes the delivery worker when a message is added to the outbox.
    pub mail_wake: Arc<tokio::sync::Notify>,
    /// Names the policy and calendar in force; stored with each case's projection, so a change to either
    /// is noticed at start-up and every deadline worked out again.
    pub projection_key: String,
    /// The server's secret (`TTU_SECRET_KEY`, or generated into the data folder): the root of the keys for
    /// cookies, CSRF tokens and the staff's second-factor secrets.
    pub secret: [u8; 32],
    /// Permits for password hashing, which is bounded (each hash holds 19 MiB).
    pub hashing: Arc<tokio::sync::Semaphore>,
}

impl Deps {
    /// Opens the database (migrating it).
    pub fn new(settings: Settings, clock: Clock) -> Result<Deps, String> {
        std::fs::create_dir_all(&settings.server.data_dir)
            .map_err(|e| format!("TTU_DATA_DIR {} cannot be created: {e}.", settings.server.data_dir.display()))?;
        let secret = crate::token::load_or_create_secret(&settings.server.data_dir)?;
        let calendar = settings.calendar.clone();
        let pool = crate::db::connect_to(&settings.database.url, settings.database.pool_size)?;
        let mail_domain = settings.mail.from.email.domain().to_string();
        let projection_key = projection_key(&settings);
        Ok(Deps {
            settings,
            db: Database::new(pool),
            calendar,
            clock,
            mail_domain,
            mail_wake: Arc::new(tokio::sync::Notify::new()),
            projection_key,
            secret,
            hashing: Arc::new(tokio::sync::Semaphore::new(password::AT_ONCE)),
        })
    }
}

/// A short hash of the policy and calendar settings.
pub fn projection_key(settings: &Settings) -> String {
    let text = serde_json::json!({ "policy": &settings.policy, "calendar": &settings.calendar_config }).to_string();
    hex::encode(&Sha256::digest(text.as_bytes())[..8])
}

/// Why a use case could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Db(#[from] DbError),
    /// A rule of the Code or of the case's life would be broken.
    #[error(transparent)]
    Rule(#[from] CaseError),
    /// A new case with no deadline: the policy gives it none.
    #[error("a new case has nothing owed on it")]
    NothingOwed,
    #[error("no unique reference could be drawn after {0} attempts")]
    NoUniqueReference(u32),
}

impl From<diesel::result::Error> for Error {
    fn from(e: diesel::result::Error) -> Error {
        Error::Db(DbError::Query(e))
    }
}
