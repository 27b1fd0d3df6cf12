//! The work the service does on its own, started by `Application` beside the web server: email delivery
//! and deleting old answers in progress.

use std::sync::Arc;

use super::Deps;

/// Answers in progress are kept at least 20 hours after the last change (WCAG 2.2.1 needs that much) and
/// deleted after 7 days.
pub const DRAFTS_KEPT_DAYS: i64 = 7;

/// Starts the background tasks on the running async runtime.
pub fn start(deps: Arc<Deps>) -> Result<(), String> {
    if deps.settings.mail.worker {
        let worker = crate::mail::worker::Worker::new(&deps.settings, deps.db.clone(), deps.clock.clone())?;
        actix_web::rt::spawn(worker.run(deps.mail_wake.clone()));
    }
    actix_web::rt::spawn(async move {
        let mut interval = actix_web::rt::time::interval(std::time::Duration::from_secs(3600));
        loop {
            interval.tick().await;
            match purge_old_drafts(&deps).await {
                Ok(n) if n > 0 => tracing::info!(deleted = n, "purged old answers in progress"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not purge old answers in progress"),
            }
        }
    });
    Ok(())
}

/// Deletes answers in progress untouched for [`DRAFTS_KEPT_DAYS`]. Returns how many went.
pub async fn purge_old_drafts(deps: &Deps) -> Result<usize, super::Error> {
    let before = deps.clock.now_naive() - chrono::Duration::days(DRAFTS_KEPT_DAYS);
    Ok(deps.db.run(move |conn| Ok(crate::db::models::draft::purge(conn, before)?)).await?)
}
