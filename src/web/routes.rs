//! Routes for both audiences: every page answers `GET` and `HEAD` (monitors and load balancers use `HEAD`);
//! a form page answers `POST` too. Any other method gets 405 with `Allow`, in the page's language. And the
//! redirect after a form post.

use actix_web::http::header;
use actix_web::{guard, web, FromRequest, Handler, HttpRequest, HttpResponse, Resource, Responder, Route};

use crate::i18n::Lang;
use crate::web::error::AppError;
use crate::web::extract::lang_of_path;

const READ: &str = "GET, HEAD";
const READ_AND_POST: &str = "GET, HEAD, POST";

/// `GET` and `HEAD`.
fn read() -> Route {
    web::route().guard(guard::Any(guard::Get()).or(guard::Head()))
}

/// 405 for any other method, naming those the resource takes.
fn refuse_other_methods(allow: &'static str) -> Route {
    web::route().to(move |req: HttpRequest| async move {
        let lang = lang_of_path(req.path()).unwrap_or(Lang::En);
        Err::<actix_web::HttpResponse, _>(AppError::method_not_allowed(lang, allow))
    })
}

/// A page: `GET` and `HEAD`, 405 otherwise.
pub fn page<F, Args>(path: &str, get: F) -> Resource
where
    F: Handler<Args>,
    Args: FromRequest + 'static,
    F::Output: Responder + 'static,
{
    web::resource(path).route(read().to(get)).default_service(refuse_other_methods(READ))
}

/// A page with a form: `GET`, `HEAD` and `POST`, 405 otherwise.
pub fn form_page<G, GArgs, P, PArgs>(path: &str, get: G, post: P) -> Resource
where
    G: Handler<GArgs>,
    GArgs: FromRequest + 'static,
    G::Output: Responder + 'static,
    P: Handler<PArgs>,
    PArgs: FromRequest + 'static,
    P::Output: Responder + 'static,
{
    web::resource(path)
        .route(read().to(get))
        .route(web::post().to(post))
        .default_service(refuse_other_methods(READ_AND_POST))
}

/// An action: `POST` only (signing out), 405 otherwise.
pub fn action<P, PArgs>(path: &str, post: P) -> Resource
where
    P: Handler<PArgs>,
    PArgs: FromRequest + 'static,
    P::Output: Responder + 'static,
{
    web::resource(path).route(web::post().to(post)).default_service(refuse_other_methods("POST"))
}

/// A redirect after a form post (303, so the browser fetches the next page with GET).
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish()
}
