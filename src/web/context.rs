//! The per-request context every page needs: its language, the session, the display settings and the app.

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::{header, StatusCode};
use actix_web::{web, FromRequest, HttpMessage, HttpRequest, HttpResponse};
use maud::Markup;

use super::session::{Session, DISPLAY_COOKIE};
use super::AppState;
use crate::i18n::Lang;
use crate::views::layout::{layout, Chrome, Display, Page};

pub struct Ctx {
    pub lang: Lang,
    pub session: Session,
    pub display: Display,
    pub state: web::Data<AppState>,
    /// The request path, for the language navigation and the display settings' return link.
    pub path: String,
    pub query: String,
    pub encoding: super::compress::Encoding,
}

impl Ctx {
    pub fn csrf(&self) -> String {
        self.session.csrf_token(&self.state.secret)
    }

    pub fn csrf_ok(&self, fields: &super::form::Fields) -> bool {
        self.session.csrf_ok(&self.state.secret, super::form::value(fields, "csrf"))
    }

    /// The current path without its language prefix: `/complaint/who`.
    pub fn path_after_lang(&self) -> &str {
        let rest = self.path.strip_prefix(&format!("/{}", self.lang.tag())).unwrap_or(&self.path);
        if rest.is_empty() {
            "/"
        } else {
            rest
        }
    }

    /// A page in the layout. Pages are never stored by browsers or proxies (they hold personal data).
    pub fn render(&self, title: &str, error: bool, back: Option<&str>, main: Markup) -> HttpResponse {
        self.render_status(StatusCode::OK, title, error, back, main)
    }

    pub fn render_status(
        &self,
        status: StatusCode,
        title: &str,
        error: bool,
        back: Option<&str>,
        main: Markup,
    ) -> HttpResponse {
        let stylesheet = self.state.assets.stylesheet_url();
        let chrome = Chrome {
            lang: self.lang,
            display: self.display,
            stylesheet: &stylesheet,
            landlord: &self.state.settings().landlord,
            path_after_lang: self.path_after_lang(),
        };
        let markup = layout(&chrome, Page { title, error, back, main });
        let mut response = HttpResponse::build(status);
        response
            .content_type("text/html; charset=utf-8")
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .insert_header((header::VARY, "Accept-Encoding"));
        if let Some(coding) = self.encoding.header_value() {
            response.insert_header((header::CONTENT_ENCODING, coding));
        }
        response.body(self.encoding.encode(markup.into_string().as_bytes()))
    }

    /// A problem page (not found, refused…) in this request's language.
    pub fn problem(&self, status: StatusCode, id: &str) -> HttpResponse {
        let title = self.lang.t(&format!("problem-{id}-title"));
        let main = crate::views::pages::problem(self.lang, id, &self.state.settings().landlord);
        self.render_status(status, &title, false, None, main)
    }

    /// Whether the query string asks to return to "check your answers".
    pub fn changing(&self) -> bool {
        self.query.split('&').any(|p| p == "change=1")
    }
}

/// A redirect after a form post (303, so the browser fetches the next page with GET).
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish()
}

/// The language named by the first part of a path, if any.
pub fn lang_of_path(path: &str) -> Option<Lang> {
    let first = path.trim_start_matches('/').split('/').next()?;
    Lang::ALL.into_iter().find(|l| l.tag() == first)
}

impl FromRequest for Ctx {
    type Error = actix_web::Error;
    type Future = Ready<Result<Ctx, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = match req.app_data::<web::Data<AppState>>() {
            Some(state) => state.clone(),
            None => return ready(Err(actix_web::error::ErrorInternalServerError("no application state"))),
        };
        let session = req
            .extensions()
            .get::<Session>()
            .cloned()
            .unwrap_or_else(|| Session { token: crate::token::random_token() });
        let display = req.cookie(DISPLAY_COOKIE).map(|c| Display::parse(c.value())).unwrap_or_default();
        ready(Ok(Ctx {
            lang: lang_of_path(req.path()).unwrap_or(Lang::En),
            session,
            display,
            state,
            path: req.path().to_string(),
            query: req.query_string().to_string(),
            encoding: super::compress::Encoding::choose(
                req.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or(""),
            ),
        }))
    }
}
