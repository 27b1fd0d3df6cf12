//! The staff cookie: every request under `/staff` has one (a signed random token, made on the first visit),
//! so the sign-in form has a CSRF token before anyone signs in. Signing in replaces it with the token of a
//! new session stored on the server (no fixation); until then the token opens nothing.

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::{web, HttpMessage};

use crate::web::session::{staff_cookie, staff_cookie_name, Session};
use crate::web::AppState;

pub async fn staff_session(
    req: ServiceRequest,
    next: actix_web::middleware::Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else { return next.call(req).await };
    let secure = state.settings().secure_cookies();
    let name = staff_cookie_name(secure);
    let existing = req.cookie(&name).and_then(|c| Session::from_cookie(&state.secret, c.value()));
    let is_new = existing.is_none();
    let session = existing.unwrap_or_default();
    req.extensions_mut().insert(session.clone());
    let mut response = next.call(req).await?;
    // A handler that signed someone in or out has set the cookie itself.
    let set_by_handler = response.response().cookies().any(|c| c.name() == name);
    if is_new && !set_by_handler {
        response.response_mut().add_cookie(&staff_cookie(session.cookie_value(&state.secret), secure))?;
    }
    Ok(response)
}
