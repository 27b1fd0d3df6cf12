//! The delivery worker: claims due messages from the outbox one at a time, sends them, and records what
//! happened. It runs inside the server and can run alone (`talk-to-us outbox deliver`); any number of workers
//! can share one database, since each message is claimed under a lease.
//!
//! Retries follow RFC 5321 section 4.5.4.1: a connection failure, timeout or 4xx reply is tried again after
//! growing waits (within about a minute at first, then at least 30 minutes apart) until the give-up time (at
//! least 4 days); a 5xx reply is a permanent failure. A permanent failure, a message given up, or one still
//! undelivered after the alert time raises an alert for staff. The log names only ids and reply codes.

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDateTime;
use tokio::sync::Notify;

use super::transport::{build_email, Addresses, Mailer};
use crate::clock::Clock;
use crate::db::models::outbox::{self, Message};
use crate::db::{Database, DbError};
use crate::settings::{MailSettings, Settings};

/// What one pass of the worker did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub retrying: usize,
    pub failed: usize,
    pub late_alerts: usize,
}

pub struct Worker {
    db: Database,
    mailer: Mailer,
    addresses: Addresses,
    settings: MailSettings,
    owner: String,
    clock: Clock,
}

impl Worker {
    /// Makes a worker. Call it inside the running async runtime.
    pub fn new(settings: &Settings, db: Database, clock: Clock) -> Result<Worker, String> {
        let mail = settings.mail.clone();
        let mailer = Mailer::new(&mail.transport, Duration::from_secs(mail.send_timeout_seconds))?;
        let addresses = Addresses { from: mail.from.clone(), reply_to: mail.reply_to.clone() };
        let owner = format!("{}-{}", std::process::id(), &crate::token::random_token()[..8]);
        tracing::info!(transport = %mail.transport.describe(), "email delivery ready");
        Ok(Worker { db, mailer, addresses, settings: mail, owner, clock })
    }

    /// Delivers every message due now, then raises alerts for late ones.
    pub async fn deliver_due(&self) -> Result<Report, DbError> {
        let mut report = Report::default();
        loop {
            let now = self.clock.now_naive();
            let lease_until = now + chrono::Duration::seconds(self.settings.lease_seconds as i64);
            let give_up_before = now - chrono::Duration::hours(self.settings.give_up_hours as i64);
            let owner = self.owner.clone();
            let claimed =
                self.db.run(move |conn| outbox::claim(conn, &owner, now, lease_until, give_up_before)).await?;
            let Some(message) = claimed else { break };
            if message.state == outbox::FAILED {
                tracing::error!(outbox = message.id, case = ?message.case_id, tries = message.attempts, "ALERT: email given up");
                report.failed += 1;
                continue;
            }
            match self.deliver(&message).await? {
                Outcome::Sent => report.sent += 1,
                Outcome::Retrying => report.retrying += 1,
                Outcome::Failed => report.failed += 1,
            }
        }
        let after = chrono::Duration::minutes(self.settings.alert_after_minutes as i64);
        let now = self.clock.now_naive();
        let late = self.db.run(move |conn| outbox::alert_late(conn, now, after)).await?;
        for m in &late {
            tracing::warn!(outbox = m.id, case = ?m.case_id, attempts = m.attempts, "ALERT: email still not delivered");
        }
        report.late_alerts = late.len();
        Ok(report)
    }

    async fn deliver(&self, m: &Message) -> Result<Outcome, DbError> {
        let timeout = Duration::from_secs(self.settings.send_timeout_seconds);
        let result = match build_email(m, &self.addresses) {
            Ok(email) => self.mailer.send(&email, timeout).await,
            Err(e) => Err(e),
        };
        let now = self.clock.now_naive();
        let message = m.clone();
        match result {
            Ok(()) => {
                self.record_sent(message, now).await?;
                tracing::info!(outbox = m.id, case = ?m.case_id, kind = %m.letter.kind, "email sent");
                Ok(Outcome::Sent)
            }
            Err(e) if e.permanent => {
                let detail = e.detail.clone();
                self.db.run(move |conn| outbox::mark_failed(conn, &message, &detail, now)).await?;
                tracing::error!(outbox = m.id, case = ?m.case_id, code = %e.code, "ALERT: email failed permanently");
                Ok(Outcome::Failed)
            }
            Err(e) => match next_attempt(&self.settings, m.attempts, m.created_at, now) {
                Some(next) => {
                    let detail = e.detail.clone();
                    self.db.run(move |conn| outbox::mark_retry(conn, &message, &detail, now, next)).await?;
                    tracing::warn!(outbox = m.id, case = ?m.case_id, code = %e.code, attempt = m.attempts, retry_at = %next, "email not delivered yet; will retry");
                    Ok(Outcome::Retrying)
                }
                None => {
                    let detail = format!("given up after {} tries: {}", m.attempts, e.detail);
                    self.db.run(move |conn| outbox::mark_failed(conn, &message, &detail, now)).await?;
                    tracing::error!(outbox = m.id, case = ?m.case_id, code = %e.code, "ALERT: email given up");
                    Ok(Outcome::Failed)
                }
            },
        }
    }

    /// Records a delivery, trying again if the database is briefly unavailable: the message has gone, and
    /// an unrecorded delivery would be sent again when its lease runs out.
    async fn record_sent(&self, message: Message, now: NaiveDateTime) -> Result<(), DbError> {
        let mut wait = Duration::from_millis(200);
        for _ in 0..5 {
            let m = message.clone();
            match self.db.run(move |conn| outbox::mark_sent(conn, &m, now)).await {
                Ok(()) => return Ok(()),
                Err(e) => {
                    tracing::warn!(outbox = message.id, error = %e, "could not record a delivery; trying again");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
            }
        }
        let m = message.clone();
        self.db.run(move |conn| outbox::mark_sent(conn, &m, now)).await
    }

    /// Runs until the process ends: delivers what is due, then waits for the next poll or a new message.
    pub async fn run(self, wake: Arc<Notify>) {
        let poll = Duration::from_secs_f64(self.settings.poll_seconds);
        loop {
            match self.deliver_due().await {
                Ok(report) if report != Report::default() => tracing::debug!(?report, "outbox pass"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "the outbox could not be read; trying again"),
            }
            tokio::select! {
                _ = tokio::time::sleep(poll) => {}
                _ = wake.notified() => {}
            }
        }
    }
}

enum Outcome {
    Sent,
    Retrying,
    Failed,
}

/// When to try again after `attempts` failed tries, or `None` once the give-up time has passed.
pub fn next_attempt(
    settings: &MailSettings,
    attempts: i32,
    created_at: NaiveDateTime,
    now: NaiveDateTime,
) -> Option<NaiveDateTime> {
    let waits = &settings.retry_seconds;
    let index = (attempts.max(1) as usize - 1).min(waits.len() - 1);
    let next = now + chrono::Duration::seconds(waits[index] as i64);
    let give_up = created_at + chrono::Duration::hours(settings.give_up_hours as i64);
    (now < give_up).then_some(next.min(give_up))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes: i64) -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(9, 0, 0).unwrap()
            + chrono::Duration::minutes(minutes)
    }

    #[test]
    fn retries_follow_rfc_5321_and_last_at_least_four_days() {
        let settings = Settings::default().mail;
        let created = at(0);
        // The first retries come within about a minute.
        assert!(next_attempt(&settings, 1, created, created).unwrap() <= created + chrono::Duration::seconds(60));
        assert!(next_attempt(&settings, 2, created, created).unwrap() <= created + chrono::Duration::seconds(60));
        // Then at least 30 minutes apart, growing.
        let mut now = created;
        let mut tries = 0;
        let mut gaps = Vec::new();
        while let Some(next) = next_attempt(&settings, tries + 1, created, now) {
            gaps.push((next - now).num_seconds());
            now = next;
            tries += 1;
            assert!(tries < 1000);
        }
        assert!(gaps[2..gaps.len() - 1].iter().all(|g| *g >= 1800), "{gaps:?}");
        assert!(gaps.windows(2).take(5).all(|w| w[0] <= w[1]), "{gaps:?}");
        // Tried for at least 4 days before giving up.
        assert!(now - created >= chrono::Duration::days(4), "{}", now - created);
        assert!(settings.give_up_hours >= 96);
    }
}
