//! HTTP: the server, its middleware (security headers, session cookie, compression) and the routes.
//!
//! Handlers are thin: they read the request through extractors, ask the journeys and policy modules what to
//! do, record through `db`, and render through `views`. They decide nothing themselves.

pub mod assets;
pub mod compress;
pub mod context;
pub mod error;
pub mod form;
pub mod public;
pub mod rate_limit;
pub mod session;

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::DefaultHeaders;
use actix_web::{web, App, HttpServer};

use crate::db::Database;
use crate::policy::calendar::Calendar;
use crate::settings::Settings;

/// What every handler can reach.
pub struct AppState {
    pub settings: Settings,
    pub db: Database,
    pub calendar: Calendar,
    pub secret: [u8; 32],
    pub assets: assets::Assets,
    pub post_limiter: rate_limit::PostLimiter,
    /// Wakes the delivery worker when a message is added to the outbox.
    pub mail_wake: Arc<tokio::sync::Notify>,
    /// The right-hand side of every Message-ID: the domain of the From address.
    pub mail_domain: String,
}

impl AppState {
    pub fn new(mut settings: Settings) -> Result<Arc<AppState>, String> {
        settings.fill_defaults();
        std::fs::create_dir_all(&settings.server.data_dir)
            .map_err(|e| format!("TTU_DATA_DIR {} cannot be created: {e}.", settings.server.data_dir.display()))?;
        let calendar = Calendar::from_config(&settings.calendar).map_err(|e| format!("calendar: {e}"))?;
        let pool = crate::db::connect(&settings.database.url, settings.database.pool_size)?;
        let secret = session::load_or_create_secret(&settings.server.data_dir)?;
        let assets = assets::Assets::new();
        error::set_chrome(settings.landlord.clone(), assets.stylesheet_url());
        let post_limiter = rate_limit::PostLimiter::new(settings.server.posts_per_minute);
        let mail_wake = Arc::new(tokio::sync::Notify::new());
        let mail_domain =
            crate::mail::transport::Addresses::parse(&settings.mail.from, &settings.mail.reply_to)?.domain();
        let db = Database::new(pool);
        Ok(Arc::new(AppState { db, calendar, secret, assets, post_limiter, settings, mail_wake, mail_domain }))
    }

    /// Today's date in England, where every deadline is counted.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now_local().date_naive()
    }

    pub fn now_local(&self) -> chrono::DateTime<chrono_tz::Tz> {
        chrono::Utc::now().with_timezone(&chrono_tz::Europe::London)
    }
}

/// The security headers on every response. Pages set their own `Cache-Control`; everything else may not be
/// stored, since most pages hold personal data.
pub fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"))
        .add(("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
        .add(("Cache-Control", "no-store"))
}

pub fn server(state: Arc<AppState>, listener: TcpListener) -> Result<Server, String> {
    let data = web::Data::from(state.clone());
    if state.settings.mail.worker {
        let worker = crate::mail::worker::Worker::new(&state.settings, state.db.clone())?;
        actix_web::rt::spawn(worker.run(state.mail_wake.clone()));
    }
    spawn_draft_purge(state);
    let server = HttpServer::new(move || {
        App::new()
            .app_data(data.clone())
            .wrap(actix_web::middleware::from_fn(session::session_middleware))
            .wrap(security_headers())
            .configure(public::routes)
            .default_service(web::to(public::pages::not_found))
    })
    .listen(listener)
    .map_err(|e| format!("The server cannot listen: {e}."))?
    .run();
    Ok(server)
}

/// Answers in progress are kept at least 20 hours after the last change (WCAG 2.2.1 needs that much) and
/// deleted after 7 days.
fn spawn_draft_purge(state: Arc<AppState>) {
    actix_web::rt::spawn(async move {
        let mut interval = actix_web::rt::time::interval(std::time::Duration::from_secs(3600));
        loop {
            interval.tick().await;
            let before = chrono::Utc::now().naive_utc() - chrono::Duration::days(7);
            match state.db.run(move |conn| Ok(crate::db::models::draft::purge(conn, before)?)).await {
                Ok(n) if n > 0 => tracing::info!(deleted = n, "purged old answers in progress"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "could not purge old answers in progress"),
            }
        }
    });
}

/// Logs to standard error. Nothing personal is logged: no answers, names, emails or cookies.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("TTU_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_target(false).try_init();
}
