//! Talk to Us: complaints, enquiries and compliments for a UK social landlord.
//!
//! The library holds everything; `main.rs` only reads the command line. [`Application`] builds the service
//! from [`settings::Settings`]: the use cases' dependencies, the background tasks and the web server, bound
//! to its listener, so tests can start a real server on port 0.

pub mod app;
pub mod cli;
pub mod clock;
pub mod db;
pub mod domain;
pub mod i18n;
pub mod journeys;
pub(crate) mod landlord;
pub(crate) mod letters;
pub mod mail;
pub mod policy;
pub mod settings;
pub(crate) mod text;
pub mod token;
pub(crate) mod views;
pub(crate) mod web;

use std::net::TcpListener;

use actix_web::dev::Server;

use crate::settings::Settings;

/// A built server, bound to its port and ready to run.
pub struct Application {
    port: u16,
    server: Server,
}

impl Application {
    /// Opens the database (migrating it), binds the listener and builds the server.
    pub fn build(settings: Settings) -> Result<Application, String> {
        let address = settings.server.bind;
        let listener =
            TcpListener::bind(address).map_err(|e| format!("TTU_BIND (server.bind) {address} cannot be used: {e}."))?;
        Self::build_with_listener(settings, listener)
    }

    pub fn build_with_listener(settings: Settings, listener: TcpListener) -> Result<Application, String> {
        Self::build_with_clock(settings, listener, clock::Clock::system())
    }

    /// As [`Application::build_with_listener`], with the clock given (tests move it).
    pub fn build_with_clock(
        settings: Settings,
        listener: TcpListener,
        clock: clock::Clock,
    ) -> Result<Application, String> {
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        let deps = std::sync::Arc::new(app::Deps::new(settings, clock)?);
        let reprojected = app::project::reproject_stale(&deps).map_err(|e| e.to_string())?;
        if reprojected > 0 {
            tracing::info!(cases = reprojected, "worked out deadlines again under the policy in force");
        }
        match app::staff::first_administrator(&deps).map_err(|e| e.to_string())? {
            app::staff::FirstAdministrator::Link { email, link } => tracing::warn!(
                "No administrator can sign in yet: to set the password of the first administrator, {email}, open {} before {} UTC (it works once).",
                link.url,
                link.expires_at.format("%Y-%m-%d %H:%M")
            ),
            app::staff::FirstAdministrator::UseTheCommandLine => tracing::warn!(
                "No administrator can sign in yet: make one with talk-to-us staff add --role administrator."
            ),
            _ => {}
        }
        app::background::start(deps.clone())?;
        let state = web::AppState::new(deps)?;
        let server = web::server(state, listener)?;
        Ok(Application { port, server })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Logs to standard error. Nothing personal is logged: no answers, names, emails or cookies.
pub fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("TTU_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let colour = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_ansi(colour)
        .with_writer(std::io::stderr)
        .try_init();
}
