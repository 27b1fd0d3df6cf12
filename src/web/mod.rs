//! HTTP: the server, its middleware (security headers, session cookie, compression) and the routes.
//!
//! Handlers are thin: they read the request through extractors, call a use case in `crate::app` (or read
//! what a page shows), and render through `views`. Background work is started by `Application`, not here.

pub mod assets;
pub mod compress;
pub mod cross_site;
pub mod error;
pub mod extract;
pub mod form;
pub mod page;
pub mod public;
pub mod rate_limit;
pub mod routes;
pub mod session;
pub mod staff;

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::middleware::{from_fn, DefaultHeaders};
use actix_web::{web, App, HttpServer};

use crate::app::Deps;

/// What every handler can reach: the use cases' dependencies, and what only the web layer needs.
pub struct AppState {
    pub deps: Arc<Deps>,
    pub secret: [u8; 32],
    pub assets: assets::Assets,
    pub post_limiter: rate_limit::PostLimiter,
}

impl AppState {
    pub fn new(deps: Arc<Deps>) -> Result<Arc<AppState>, String> {
        let secret = deps.secret;
        let assets = assets::Assets::new();
        let post_limiter = rate_limit::PostLimiter::new(deps.settings.server.posts_per_minute);
        Ok(Arc::new(AppState { deps, secret, assets, post_limiter }))
    }

    pub fn settings(&self) -> &crate::settings::Settings {
        &self.deps.settings
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
    let data = web::Data::from(state);
    let server = HttpServer::new(move || {
        // Outermost last: security headers on everything, problem pages for every error, then the
        // cross-site refusal and the post limit before any handler or session.
        App::new()
            .app_data(data.clone())
            .wrap(from_fn(rate_limit::limit_posts))
            .wrap(from_fn(cross_site::refuse_cross_site_posts))
            .wrap(from_fn(error::problem_pages))
            .wrap(security_headers())
            .service(staff::scope())
            .service(public::scope())
    })
    .listen(listener)
    .map_err(|e| format!("The server cannot listen: {e}."))?
    .run();
    Ok(server)
}
