//! The extractors both audiences share: the language in the path, a form checked for its CSRF token, and
//! the client's address. A handler that takes a [`CsrfForm`] cannot see a field of a form whose token is
//! wrong: the check is made here, once, for every form.

use std::future::{ready, Future, Ready};
use std::net::IpAddr;
use std::pin::Pin;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest};

use super::error::AppError;
use super::form::{self, Fields, FormError};
use super::session::Session;
use super::AppState;
use crate::i18n::Lang;

/// The language named by the first part of a path, if any.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::ALL.into_iter().find(|l| l.tag() == first)
}

/// The page's language, from the first part of its path: `/ur/complaint/who` is Urdu. A path that names
/// no language of the site is not found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PathLang(pub Lang);

impl FromRequest for PathLang {
    type Error = AppError;
    type Future = Ready<Result<PathLang, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(lang_of_path(req.path()).map(PathLang).ok_or(AppError::not_found(Lang::En)))
    }
}

/// A posted form whose CSRF token matches the session, read within the size limit and refused if it is not
/// UTF-8.
#[derive(Debug)]
pub struct CsrfForm {
    pub fields: Fields,
}

impl CsrfForm {
    /// The first value of a field, or "".
    pub fn value(&self, name: &str) -> &str {
        form::value(&self.fields, name)
    }
}

/// Why a form was not taken.
#[derive(Debug)]
pub enum FormRejected {
    /// Too large, not UTF-8, or unreadable: the page says which.
    Unreadable(AppError),
    /// The token did not match (the session ran out, or the form came from elsewhere). The fields are
    /// given back, so a page can show what was typed again rather than lose it.
    Expired { lang: Lang, fields: Fields },
}

impl std::fmt::Display for FormRejected {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FormRejected::Unreadable(e) => e.fmt(f),
            FormRejected::Expired { .. } => f.write_str("expired form"),
        }
    }
}

impl From<FormRejected> for AppError {
    fn from(rejected: FormRejected) -> AppError {
        match rejected {
            FormRejected::Unreadable(e) => e,
            FormRejected::Expired { lang, .. } => AppError::expired(lang),
        }
    }
}

impl FromRequest for CsrfForm {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<CsrfForm, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let checked = checked_form(req, payload);
        Box::pin(async move { checked.await.map_err(AppError::from) })
    }
}

fn checked_form(req: &HttpRequest, payload: &mut Payload) -> impl Future<Output = Result<CsrfForm, FormRejected>> {
    let lang = lang_of_path(req.path()).unwrap_or(Lang::En);
    let state = req.app_data::<web::Data<AppState>>().cloned();
    let session = req.extensions().get::<Session>().cloned();
    let body = web::Payload::from_request(req, payload).into_inner();
    async move {
        let unreadable = |status, id| FormRejected::Unreadable(AppError::new(lang, status, id));
        let (Some(state), Some(session)) = (state, session) else {
            return Err(FormRejected::Unreadable(AppError::server(lang, "no application state or session")));
        };
        let body = body.map_err(|_| unreadable(StatusCode::BAD_REQUEST, "bad-encoding"))?;
        let fields = form::read(body, state.settings().server.max_body_bytes).await.map_err(|e| match e {
            FormError::TooLarge => unreadable(StatusCode::PAYLOAD_TOO_LARGE, "too-large"),
            FormError::BadEncoding | FormError::Unreadable => unreadable(StatusCode::BAD_REQUEST, "bad-encoding"),
        })?;
        if session.csrf_ok(&state.secret, form::value(&fields, "csrf")) {
            Ok(CsrfForm { fields })
        } else {
            Err(FormRejected::Expired { lang, fields })
        }
    }
}

/// A form that may have an expired token: a handler that takes it decides what to show.
pub struct MaybeExpiredForm(pub Result<CsrfForm, FormRejected>);

impl FromRequest for MaybeExpiredForm {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<MaybeExpiredForm, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let checked = checked_form(req, payload);
        Box::pin(async move {
            match checked.await {
                Err(FormRejected::Unreadable(e)) => Err(e),
                other => Ok(MaybeExpiredForm(other)),
            }
        })
    }
}

/// The client's address: the connection's, or, when the connection comes from a proxy named in
/// `server.trusted_proxies`, the last address in `X-Forwarded-For` that is not one of those proxies. A
/// header from anyone else is ignored, so nobody can choose their own address.
pub fn client_addr(req: &HttpRequest, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = req.peer_addr()?.ip();
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded = req.headers().get_all("x-forwarded-for").filter_map(|v| v.to_str().ok()).collect::<Vec<_>>();
    let hops: Vec<IpAddr> =
        forwarded.iter().flat_map(|v| v.split(',')).filter_map(|hop| hop.trim().parse().ok()).collect();
    Some(hops.into_iter().rev().find(|hop| !trusted.contains(hop)).unwrap_or(peer))
}
