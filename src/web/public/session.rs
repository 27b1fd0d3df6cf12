//! The public session: every page request has one (a signed random cookie, made on the first visit), and
//! the language of `/{lang}/…` pages is remembered in a cookie of its own.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{web, HttpMessage};

use crate::web::extract::lang_of_path;
use crate::web::session::{lang_cookie, lang_cookie_name, session_cookie, session_cookie_name, Session};
use crate::web::AppState;

pub async fn public_session(
    req: ServiceRequest,
    next: actix_web::middleware::Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else { return next.call(req).await };
    let secure = state.settings().secure_cookies();
    let is_page = !req.path().starts_with("/static/");
    let existing =
        req.cookie(&session_cookie_name(secure)).and_then(|c| Session::from_cookie(&state.secret, c.value()));
    let is_new = existing.is_none();
    let session = existing.unwrap_or_default();
    req.extensions_mut().insert(session.clone());
    let path_lang = lang_of_path(req.path());
    let remembered = req.cookie(&lang_cookie_name(secure)).map(|c| c.value().to_string());

    let mut response = next.call(req).await?;
    if is_page && is_new {
        response.response_mut().add_cookie(&session_cookie(session.cookie_value(&state.secret), secure))?;
    }
    if let Some(lang) = path_lang {
        if remembered.as_deref() != Some(lang.tag()) {
            response.response_mut().add_cookie(&lang_cookie(lang.tag(), secure))?;
        }
    }
    Ok(response)
}
