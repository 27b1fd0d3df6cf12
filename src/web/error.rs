//! Errors as pages: every failure a person can meet is a page in their language that says what happened and
//! how else to reach the landlord. Handlers, extractors and middleware return an [`AppError`]; the
//! [`problem_pages`] middleware renders it with the request's own state (the landlord, the stylesheet, the
//! display settings), so no process-wide state is needed. Details go to the log, never anything personal.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::{header, StatusCode};
use actix_web::middleware::Next;
use actix_web::{web, HttpResponse, ResponseError};

use super::page::{render_page, PageRequest};
use super::AppState;
use crate::i18n::Lang;
use crate::views::pages::problem;

/// A failure while handling a request, carrying the language to explain it in.
#[derive(Clone, Debug)]
pub struct AppError {
    pub lang: Lang,
    pub status: StatusCode,
    /// Which problem page: `server`, `not-found`, `forbidden`, `too-large`, `bad-encoding`, `expired`,
    /// `too-many`, `method`.
    pub id: &'static str,
    /// For 405: the methods the page takes (`Allow`).
    pub allow: Option<&'static str>,
    /// For 429: seconds until posts are taken again (`Retry-After`).
    pub retry_after: Option<u64>,
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.id, self.status)
    }
}

impl AppError {
    pub fn new(lang: Lang, status: StatusCode, id: &'static str) -> AppError {
        AppError { lang, status, id, allow: None, retry_after: None }
    }

    pub fn server(lang: Lang, cause: impl std::fmt::Display) -> AppError {
        tracing::error!(error = %cause, "request failed");
        AppError::new(lang, StatusCode::INTERNAL_SERVER_ERROR, "server")
    }

    pub fn not_found(lang: Lang) -> AppError {
        AppError::new(lang, StatusCode::NOT_FOUND, "not-found")
    }

    pub fn forbidden(lang: Lang) -> AppError {
        AppError::new(lang, StatusCode::FORBIDDEN, "forbidden")
    }

    pub fn expired(lang: Lang) -> AppError {
        AppError::new(lang, StatusCode::FORBIDDEN, "expired")
    }

    pub fn method_not_allowed(lang: Lang, allow: &'static str) -> AppError {
        AppError { allow: Some(allow), ..AppError::new(lang, StatusCode::METHOD_NOT_ALLOWED, "method") }
    }

    pub fn too_many(lang: Lang, retry_after: u64) -> AppError {
        AppError { retry_after: Some(retry_after), ..AppError::new(lang, StatusCode::TOO_MANY_REQUESTS, "too-many") }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    /// A bare response; [`problem_pages`] gives it its page.
    fn error_response(&self) -> HttpResponse {
        let mut response = HttpResponse::build(self.status);
        if let Some(allow) = self.allow {
            response.insert_header((header::ALLOW, allow));
        }
        if let Some(seconds) = self.retry_after {
            response.insert_header((header::RETRY_AFTER, seconds.to_string()));
        }
        response.content_type("text/plain; charset=utf-8").body(self.id)
    }
}

/// Renders every [`AppError`] response as a problem page in the person's language and display settings.
pub async fn problem_pages(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let response = next.call(req).await?;
    let Some(error) = response.response().error().and_then(|e| e.as_error::<AppError>()).cloned() else {
        return Ok(response.map_into_left_body());
    };
    let (req, old) = response.into_parts();
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(ServiceResponse::new(req, old).map_into_left_body());
    };
    let page = PageRequest::of(&req, error.lang);
    let title = error.lang.t(&format!("problem-{}-title", error.id));
    let main = problem(error.lang, error.id, &state.settings().landlord);
    let mut rendered = render_page(&state, &page, error.status, &title, false, None, main);
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = old.headers().get(&name) {
            rendered.headers_mut().insert(name, value.clone());
        }
    }
    // Keep the cookies a middleware inside set (a new session, for one).
    for cookie in old.cookies() {
        let _ = rendered.add_cookie(&cookie);
    }
    Ok(ServiceResponse::new(req, rendered).map_into_right_body())
}
