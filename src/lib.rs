//! Talk to Us: complaints, enquiries and compliments for a UK social landlord.
//!
//! The library holds everything; `main.rs` only reads the command line. [`Application`] builds the server
//! from [`settings::Settings`] and binds its listener, so tests can start a real server on port 0.

pub mod cli;
pub mod db;
pub mod domain;
pub mod i18n;
pub mod journeys;
pub mod mail;
pub mod policy;
pub mod settings;
pub mod views;
pub mod web;

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
        let address = settings.bind_address().map_err(|e| e.0)?;
        let listener =
            TcpListener::bind(address).map_err(|e| format!("TTU_BIND (server.bind) {address} cannot be used: {e}."))?;
        Self::build_with_listener(settings, listener)
    }

    pub fn build_with_listener(settings: Settings, listener: TcpListener) -> Result<Application, String> {
        let port = listener.local_addr().map_err(|e| e.to_string())?.port();
        let state = web::AppState::new(settings)?;
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
