//! The session cookie and CSRF protection.
//!
//! A session is a random 256-bit token in an `HttpOnly`, `SameSite=Lax` cookie; only its hash is stored, as
//! the key of the answers in progress. Every form carries a synchronizer token, an HMAC of the session token
//! under the server's secret, checked on every POST, and cross-site POSTs are refused from the
//! `Sec-Fetch-Site` and `Origin` headers before any handler runs. The remembered language and display
//! settings are separate, non-personal cookies.

use std::path::Path;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::cookie::{Cookie, SameSite};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, Method};
use actix_web::middleware::Next;
use actix_web::{web, HttpMessage};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::AppState;
use crate::i18n::Lang;
use crate::token::{hash_token, random_token};

pub const SESSION_COOKIE: &str = "ttu_session";
pub const LANG_COOKIE: &str = "ttu_lang";
pub const DISPLAY_COOKIE: &str = "ttu_display";

/// The session of the current request.
#[derive(Clone, Debug)]
pub struct Session {
    pub token: String,
}

impl Session {
    /// The key under which this session's answers are stored.
    pub fn hash(&self) -> String {
        hash_token(&self.token)
    }

    pub fn csrf_token(&self, secret: &[u8; 32]) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
        mac.update(b"csrf:");
        mac.update(self.token.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    pub fn csrf_ok(&self, secret: &[u8; 32], submitted: &str) -> bool {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
        mac.update(b"csrf:");
        mac.update(self.token.as_bytes());
        match hex::decode(submitted) {
            Ok(bytes) => mac.verify_slice(&bytes).is_ok(),
            Err(_) => false,
        }
    }
}

/// The server's secret for CSRF tokens: from `TTU_SECRET_KEY` (64 hex digits) if set, else generated once
/// into the data folder, readable only by its owner.
pub fn load_or_create_secret(data_dir: &Path) -> Result<[u8; 32], String> {
    let from_hex = |text: &str| -> Option<[u8; 32]> { hex::decode(text.trim()).ok()?.try_into().ok() };
    if let Ok(value) = std::env::var("TTU_SECRET_KEY") {
        return from_hex(&value).ok_or_else(|| "TTU_SECRET_KEY must be 64 hexadecimal digits.".to_string());
    }
    let path = data_dir.join("secret.key");
    if let Ok(text) = std::fs::read_to_string(&path) {
        return from_hex(&text).ok_or_else(|| format!("{} is damaged: delete it to make a new one.", path.display()));
    }
    let token = random_token();
    write_private(&path, &token).map_err(|e| format!("{} cannot be written: {e}.", path.display()))?;
    from_hex(&token).ok_or_else(|| "the new secret could not be read back".to_string())
}

fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(text.as_bytes())?;
    file.sync_all()
}

/// Ensures every page request has a session, remembers the language of `/{lang}/…` pages, and refuses
/// cross-site form posts.
pub async fn session_middleware(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if req.method() == Method::POST {
        let lang = super::context::lang_of_path(req.path()).unwrap_or(Lang::En);
        if is_cross_site(&req) {
            let response = super::error::forbidden_page(lang);
            return Ok(req.into_response(response).map_into_right_body());
        }
        let client = req.peer_addr().map(|a| a.ip());
        let limited = match (req.app_data::<web::Data<AppState>>(), client) {
            (Some(state), Some(ip)) => !state.post_limiter.allow(ip, std::time::Instant::now()),
            _ => false,
        };
        if limited {
            tracing::warn!("form posts over the per-address limit");
            let response =
                super::error::problem_response(lang, actix_web::http::StatusCode::TOO_MANY_REQUESTS, "too-many");
            return Ok(req.into_response(response).map_into_right_body());
        }
    }
    let is_page = !req.path().starts_with("/static/");
    let existing =
        req.cookie(SESSION_COOKIE).map(|c| c.value().to_string()).filter(|v| crate::token::is_well_formed(v));
    let is_new = existing.is_none();
    let token = existing.unwrap_or_else(random_token);
    req.extensions_mut().insert(Session { token: token.clone() });
    let path_lang = super::context::lang_of_path(req.path());
    let remembered = req.cookie(LANG_COOKIE).map(|c| c.value().to_string());
    let secure = req.app_data::<web::Data<AppState>>().map(|s| s.settings().secure_cookies()).unwrap_or(false);

    let mut response = next.call(req).await?;
    if is_page && is_new {
        let cookie = Cookie::build(SESSION_COOKIE, token)
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .max_age(actix_web::cookie::time::Duration::days(7))
            .finish();
        response.response_mut().add_cookie(&cookie)?;
    }
    if let Some(lang) = path_lang {
        if remembered.as_deref() != Some(lang.tag()) {
            let cookie = Cookie::build(LANG_COOKIE, lang.tag())
                .path("/")
                .http_only(true)
                .secure(secure)
                .same_site(SameSite::Lax)
                .max_age(actix_web::cookie::time::Duration::days(365))
                .finish();
            response.response_mut().add_cookie(&cookie)?;
        }
    }
    Ok(response.map_into_left_body())
}

fn is_cross_site(req: &ServiceRequest) -> bool {
    let headers = req.headers();
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) {
        if site == "cross-site" || site == "same-site" {
            return true;
        }
    }
    match (
        headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
        headers.get(header::HOST).and_then(|v| v.to_str().ok()),
    ) {
        (Some("null"), _) => true,
        (Some(origin), Some(host)) => url::Url::parse(origin)
            .ok()
            .map(|o| {
                let origin_host = match o.port() {
                    Some(port) => format!("{}:{port}", o.host_str().unwrap_or("")),
                    None => o.host_str().unwrap_or("").to_string(),
                };
                origin_host != host
            })
            .unwrap_or(true),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csrf_token_is_tied_to_its_session() {
        let secret = [7u8; 32];
        let a = Session { token: random_token() };
        let b = Session { token: random_token() };
        assert!(a.csrf_ok(&secret, &a.csrf_token(&secret)));
        assert!(!b.csrf_ok(&secret, &a.csrf_token(&secret)));
        assert!(!a.csrf_ok(&secret, "not hex"));
        assert!(!a.csrf_ok(&secret, ""));
    }
}
