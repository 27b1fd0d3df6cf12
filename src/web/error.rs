//! Errors as pages: every failure a person can meet is a page in their language that says what happened and
//! how else to reach the landlord. Details go to the log, never anything personal.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use crate::i18n::Lang;
use crate::landlord::Landlord;
use crate::views::layout::{layout, Chrome, Display, Page};
use crate::views::pages::problem;

/// A failure while handling a request, carrying the language to explain it in.
#[derive(Debug)]
pub struct AppError {
    pub lang: Lang,
    pub status: StatusCode,
    /// Which problem page: `server`, `not-found`, `forbidden`, `too-large`, `bad-encoding`, `expired`.
    pub id: &'static str,
}

impl std::fmt::Display for AppError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.id, self.status)
    }
}

impl AppError {
    pub fn server(lang: Lang, cause: impl std::fmt::Display) -> AppError {
        tracing::error!(error = %cause, "request failed");
        AppError { lang, status: StatusCode::INTERNAL_SERVER_ERROR, id: "server" }
    }

    pub fn not_found(lang: Lang) -> AppError {
        AppError { lang, status: StatusCode::NOT_FOUND, id: "not-found" }
    }
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        problem_response(self.lang, self.status, self.id)
    }
}

/// The landlord and stylesheet for problem pages, which are rendered where no request state is at hand
/// (errors raised with `?`, middleware). Set once when the server starts; a process serves one landlord.
static CHROME: std::sync::OnceLock<(Landlord, String)> = std::sync::OnceLock::new();

pub fn set_chrome(landlord: Landlord, stylesheet: String) {
    let _ = CHROME.set((landlord, stylesheet));
}

/// A problem page in the person's language.
pub fn problem_response(lang: Lang, status: StatusCode, id: &'static str) -> HttpResponse {
    let (landlord, stylesheet) =
        CHROME.get_or_init(|| (Landlord::default(), super::assets::Assets::new().stylesheet_url()));
    let chrome = Chrome { lang, display: Display::default(), stylesheet, landlord, path_after_lang: "/" };
    let title = lang.t(&format!("problem-{id}-title"));
    let markup = layout(&chrome, Page { title: &title, error: false, back: None, main: problem(lang, id, landlord) });
    HttpResponse::build(status).content_type("text/html; charset=utf-8").body(markup.into_string())
}

pub fn forbidden_page(lang: Lang) -> HttpResponse {
    problem_response(lang, StatusCode::FORBIDDEN, "forbidden")
}
