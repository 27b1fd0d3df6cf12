//! Sessions and CSRF tokens, shared by the public site and (next) the back office.
//!
//! A public session is a random 256-bit token in an `HttpOnly`, `SameSite=Lax` cookie, signed with the
//! server's secret: a cookie the server did not make is never adopted. Only the token's hash is stored, as
//! the key of the answers in progress. Every form carries a synchronizer token, an HMAC of the session token
//! under the secret, checked by the `CsrfForm` extractor. Over https every cookie has the `__Host-` prefix
//! (Secure, path `/`, no domain), so no other site on the domain can set it.

use actix_web::cookie::{Cookie, SameSite};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::token::{hash_token, is_well_formed, random_token};

const SESSION_COOKIE: &str = "ttu_session";
const LANG_COOKIE: &str = "ttu_lang";
pub const DISPLAY_COOKIE: &str = "ttu_display";
const STAFF_COOKIE: &str = "ttu_staff";

/// The session of the current request.
#[derive(Clone, Debug)]
pub struct Session {
    pub token: String,
}

fn mac(secret: &[u8; 32], purpose: &[u8], token: &str) -> Hmac<Sha256> {
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(purpose);
    mac.update(token.as_bytes());
    mac
}

impl Session {
    /// A new session.
    pub fn new() -> Session {
        Session { token: random_token() }
    }

    /// The key under which this session's answers are stored.
    pub fn hash(&self) -> String {
        hash_token(&self.token)
    }

    pub fn csrf_token(&self, secret: &[u8; 32]) -> String {
        hex::encode(mac(secret, b"csrf:", &self.token).finalize().into_bytes())
    }

    pub fn csrf_ok(&self, secret: &[u8; 32], submitted: &str) -> bool {
        match hex::decode(submitted) {
            Ok(bytes) => mac(secret, b"csrf:", &self.token).verify_slice(&bytes).is_ok(),
            Err(_) => false,
        }
    }

    /// The cookie value: the token and its signature.
    pub fn cookie_value(&self, secret: &[u8; 32]) -> String {
        format!("{}.{}", self.token, hex::encode(mac(secret, b"session:", &self.token).finalize().into_bytes()))
    }

    /// The session a cookie value names, if the server made it.
    pub fn from_cookie(secret: &[u8; 32], value: &str) -> Option<Session> {
        let (token, signature) = value.split_once('.')?;
        let signature = hex::decode(signature).ok()?;
        (is_well_formed(token) && mac(secret, b"session:", token).verify_slice(&signature).is_ok())
            .then(|| Session { token: token.to_string() })
    }
}

impl Default for Session {
    fn default() -> Self {
        Session::new()
    }
}

/// A cookie's name: with the `__Host-` prefix over https.
pub fn cookie_name(name: &str, secure: bool) -> String {
    if secure {
        format!("__Host-{name}")
    } else {
        name.to_string()
    }
}

pub fn session_cookie_name(secure: bool) -> String {
    cookie_name(SESSION_COOKIE, secure)
}

pub fn lang_cookie_name(secure: bool) -> String {
    cookie_name(LANG_COOKIE, secure)
}

pub fn display_cookie_name(secure: bool) -> String {
    cookie_name(DISPLAY_COOKIE, secure)
}

/// A cookie of this site: `HttpOnly`, `SameSite=Lax`, path `/`, `Secure` (and `__Host-`) over https.
pub fn site_cookie(name: &str, value: String, max_age_days: i64, secure: bool) -> Cookie<'static> {
    Cookie::build(cookie_name(name, secure), value)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(max_age_days))
        .finish()
}

pub fn session_cookie(value: String, secure: bool) -> Cookie<'static> {
    site_cookie(SESSION_COOKIE, value, 7, secure)
}

pub fn lang_cookie(lang: &str, secure: bool) -> Cookie<'static> {
    site_cookie(LANG_COOKIE, lang.to_string(), 365, secure)
}

pub fn display_cookie(value: String, secure: bool) -> Cookie<'static> {
    site_cookie(DISPLAY_COOKIE, value, 365, secure)
}

pub fn staff_cookie_name(secure: bool) -> String {
    cookie_name(STAFF_COOKIE, secure)
}

/// The back office's cookie: its session token, signed. `SameSite=Strict`, so no other site can make a
/// signed-in request, and no `Max-Age`: it ends with the browser, and the server ends the session itself.
pub fn staff_cookie(value: String, secure: bool) -> Cookie<'static> {
    Cookie::build(cookie_name(STAFF_COOKIE, secure), value)
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Strict)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csrf_token_is_tied_to_its_session() {
        let secret = [7u8; 32];
        let a = Session::new();
        let b = Session::new();
        assert!(a.csrf_ok(&secret, &a.csrf_token(&secret)));
        assert!(!b.csrf_ok(&secret, &a.csrf_token(&secret)));
        assert!(!a.csrf_ok(&secret, "not hex"));
        assert!(!a.csrf_ok(&secret, ""));
    }

    #[test]
    fn only_a_session_cookie_the_server_made_is_adopted() {
        let secret = [7u8; 32];
        let session = Session::new();
        let value = session.cookie_value(&secret);
        assert_eq!(Session::from_cookie(&secret, &value).map(|s| s.token), Some(session.token.clone()));
        // A well-formed token the server never signed, a signature under another key, or a bare token.
        assert!(Session::from_cookie(&secret, &format!("{}.{}", random_token(), "00".repeat(32))).is_none());
        assert!(Session::from_cookie(&[8u8; 32], &value).is_none());
        assert!(Session::from_cookie(&secret, &session.token).is_none());
    }

    #[test]
    fn cookies_over_https_have_the_host_prefix() {
        let cookie = session_cookie("x".into(), true);
        assert_eq!(cookie.name(), "__Host-ttu_session");
        assert_eq!((cookie.secure(), cookie.path(), cookie.domain()), (Some(true), Some("/"), None));
        assert_eq!(session_cookie("x".into(), false).name(), "ttu_session");
        let staff = staff_cookie("x".into(), true);
        assert_eq!(staff.name(), "__Host-ttu_staff");
        assert_eq!((staff.secure(), staff.path(), staff.domain()), (Some(true), Some("/"), None));
        assert_eq!((staff.http_only(), staff.same_site()), (Some(true), Some(SameSite::Strict)));
        assert_eq!(staff.max_age(), None, "it ends with the browser; the server ends the session itself");
    }
}
