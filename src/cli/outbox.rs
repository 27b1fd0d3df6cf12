//! `talk-to-us outbox deliver|status`: run the delivery worker once, or report the outbox's state.
//!
//! `deliver` sends every message that is due, then exits; several can run at once, with each other and with
//! running servers, since every message is claimed under a lease. `status` counts messages by state, gives
//! the oldest undelivered one and lists recent permanent failures (ids, cases and server replies only).

use clap::Subcommand;

use crate::db::models::outbox;
use crate::db::Database;
use crate::mail::worker::Worker;
use crate::settings::Settings;

/// A mail server's reply with any email address in it hidden: this output may end up in a log.
fn without_addresses(reply: &str) -> String {
    reply.split(' ').map(|word| if word.contains('@') { "[address]" } else { word }).collect::<Vec<_>>().join(" ")
}

#[derive(Clone, Debug, PartialEq, Eq, Subcommand)]
pub enum OutboxCommand {
    /// Deliver every message that is due, then exit.
    Deliver,
    /// Count messages by state, and show the oldest undelivered one and recent failures.
    Status,
}

impl OutboxCommand {
    pub fn run(self, settings: Settings) -> Result<String, String> {
        let pool = crate::db::connect_to(&settings.database.url, 2)?;
        let db = Database::new(pool);
        match self {
            OutboxCommand::Deliver => actix_web::rt::System::new().block_on(async move {
                let worker = Worker::new(&settings, db, crate::clock::Clock::system())?;
                let report = worker.deliver_due().await.map_err(|e| e.to_string())?;
                Ok(format!(
                    "Sent {}. To try again later {}. Failed {}. New alerts for late messages {}.",
                    report.sent, report.retrying, report.failed, report.late_alerts
                ))
            }),
            OutboxCommand::Status => {
                let mut conn = db.pool().get().map_err(|e| e.to_string())?;
                let s = outbox::status(&mut conn).map_err(|e| e.to_string())?;
                let mut out = vec![
                    format!("Waiting to be sent: {} ({} of them after a failed try)", s.pending, s.retrying),
                    format!("Sent: {}", s.sent),
                    format!("Failed: {}", s.failed),
                    format!("Open alerts: {}", s.open_alerts),
                ];
                match s.oldest_pending {
                    Some(at) => out.push(format!("Oldest waiting since: {} UTC", at.format("%Y-%m-%d %H:%M:%S"))),
                    None => out.push("Oldest waiting since: nothing is waiting".into()),
                }
                for (id, case, error) in s.failures {
                    let case = case.map_or("none".to_string(), |c| c.to_string());
                    out.push(format!("Failed message {id} (case {case}): {}", without_addresses(&error)));
                }
                Ok(out.join("\n"))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn addresses_are_hidden_in_failures() {
        assert_eq!(
            super::without_addresses("550 5.1.1 <someone@example.org>: user unknown"),
            "550 5.1.1 [address] user unknown"
        );
    }
}
