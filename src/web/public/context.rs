//! The public pages' context: the language from the path, the session, the display settings and the app.
//! Staff pages will have a context of their own (a signed-in member of staff, the staff layout).

use std::future::{ready, Ready};

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest, HttpResponse};
use maud::Markup;

use crate::i18n::Lang;
use crate::web::extract::lang_of_path;
use crate::web::page::{render_page, PageRequest};
use crate::web::session::Session;
use crate::web::AppState;

pub struct Ctx {
    pub lang: Lang,
    pub session: Session,
    pub state: web::Data<AppState>,
    pub page: PageRequest,
    pub query: String,
}

impl Ctx {
    pub fn csrf(&self) -> String {
        self.session.csrf_token(&self.state.secret)
    }

    /// A page in the layout. Pages are never stored by browsers or proxies (they hold personal data).
    pub fn render(&self, title: &str, error: bool, back: Option<&str>, main: Markup) -> HttpResponse {
        render_page(&self.state, &self.page, StatusCode::OK, title, error, back, main)
    }

    /// Whether the query string asks to return to "check your answers".
    pub fn changing(&self) -> bool {
        self.query.split('&').any(|p| p == "change=1")
    }
}

pub use crate::web::routes::see_other;

impl FromRequest for Ctx {
    type Error = actix_web::Error;
    type Future = Ready<Result<Ctx, actix_web::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = match req.app_data::<web::Data<AppState>>() {
            Some(state) => state.clone(),
            None => return ready(Err(actix_web::error::ErrorInternalServerError("no application state"))),
        };
        let session = req.extensions().get::<Session>().cloned().unwrap_or_default();
        let lang = lang_of_path(req.path()).unwrap_or(Lang::En);
        ready(Ok(Ctx { lang, session, state, page: PageRequest::of(req, lang), query: req.query_string().to_string() }))
    }
}
