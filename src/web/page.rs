//! Writing a page out: the layout around its main content, compressed in place, never stored by browsers
//! or proxies (pages hold personal data). Used by the public context, the problem pages and the back office.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use maud::Markup;

use super::compress::Encoding;
use super::session::display_cookie_name;
use super::AppState;
use crate::i18n::Lang;
use crate::views::layout::{layout, Chrome, Display, Page};
use crate::views::staff::{staff_layout, SignedIn, StaffChrome};

/// What a page needs to know of its request.
#[derive(Clone, Debug)]
pub struct PageRequest {
    pub lang: Lang,
    pub display: Display,
    /// The request path, for the language navigation and the display settings' return link.
    pub path: String,
    pub encoding: Encoding,
}

impl PageRequest {
    pub fn of(req: &HttpRequest, lang: Lang) -> PageRequest {
        let secure = req.app_data::<web::Data<AppState>>().is_some_and(|state| state.settings().secure_cookies());
        PageRequest {
            lang,
            display: req.cookie(&display_cookie_name(secure)).map(|c| Display::parse(c.value())).unwrap_or_default(),
            path: req.path().to_string(),
            encoding: Encoding::choose(
                req.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or(""),
            ),
        }
    }

    /// The current path without its language prefix: `/complaint/who`.
    pub fn path_after_lang(&self) -> &str {
        let rest = self.path.strip_prefix(&format!("/{}", self.lang.tag())).unwrap_or(&self.path);
        if rest.is_empty() || !rest.starts_with('/') {
            "/"
        } else {
            rest
        }
    }
}

/// A page in the layout.
pub fn render_page(
    state: &AppState,
    page: &PageRequest,
    status: StatusCode,
    title: &str,
    error: bool,
    back: Option<&str>,
    main: Markup,
) -> HttpResponse {
    let stylesheet = state.assets.stylesheet_url();
    let chrome = Chrome {
        lang: page.lang,
        display: page.display,
        stylesheet: &stylesheet,
        landlord: &state.settings().landlord,
        path_after_lang: page.path_after_lang(),
    };
    respond(page, status, layout(&chrome, Page { title, error, back, main }))
}

/// A back-office page in the staff layout.
pub fn render_staff_page(
    state: &AppState,
    page: &PageRequest,
    status: StatusCode,
    title: &str,
    error: bool,
    signed_in: Option<SignedIn<'_>>,
    main: Markup,
) -> HttpResponse {
    let stylesheet = state.assets.stylesheet_url();
    let script = state.assets.staff_script_url();
    let chrome = StaffChrome {
        display: page.display,
        stylesheet: &stylesheet,
        script: &script,
        landlord: &state.settings().landlord.name,
        signed_in,
    };
    respond(page, status, staff_layout(&chrome, title, error, main))
}

/// The page as HTML, compressed as the browser asks, never stored.
fn respond(page: &PageRequest, status: StatusCode, markup: Markup) -> HttpResponse {
    let mut response = HttpResponse::build(status);
    response
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::VARY, "Accept-Encoding"));
    if let Some(coding) = page.encoding.header_value() {
        response.insert_header((header::CONTENT_ENCODING, coding));
    }
    response.body(page.encoding.encode(markup.into_string().as_bytes()))
}
