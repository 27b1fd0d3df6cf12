//! The public site: the routes customers and their representatives use.
//!
//! Every page answers `GET` and `HEAD` (monitors and load balancers use `HEAD`); a form page answers `POST`
//! too. Any other method gets 405 with `Allow`, in the page's language.

pub mod context;
pub mod home;
pub mod journey;
pub mod pages;
pub mod session;

use actix_web::dev::HttpServiceFactory;
use actix_web::{guard, web, FromRequest, Handler, HttpRequest, Resource, Responder, Route};

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
fn page<F, Args>(path: &str, get: F) -> Resource
where
    F: Handler<Args>,
    Args: FromRequest + 'static,
    F::Output: Responder + 'static,
{
    web::resource(path).route(read().to(get)).default_service(refuse_other_methods(READ))
}

/// A page with a form: `GET`, `HEAD` and `POST`, 405 otherwise.
fn form_page<G, GArgs, P, PArgs>(path: &str, get: G, post: P) -> Resource
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

/// The public site, in one scope with its own session.
pub fn scope() -> impl HttpServiceFactory {
    web::scope("")
        .wrap(actix_web::middleware::from_fn(session::public_session))
        .service(page("/", home::root))
        .service(page("/health", home::health))
        .service(page("/static/{name}", home::asset))
        .service(page("/favicon.ico", home::favicon))
        .service(page("/{lang}", home::lang_root))
        .service(page("/{lang}/", home::start))
        .service(page("/{lang}/policy", pages::policy))
        .service(page("/{lang}/accessibility", pages::accessibility))
        .service(page("/{lang}/privacy", pages::privacy))
        .service(form_page("/{lang}/display", pages::display_get, pages::display_post))
        .service(page("/{lang}/{journey}", journey::begin))
        .service(form_page("/{lang}/{journey}/check", journey::check_get, journey::check_post))
        .service(page("/{lang}/{journey}/confirmation", journey::confirmation))
        .service(page("/{lang}/{journey}/record", journey::record))
        .service(form_page("/{lang}/{journey}/{step}", journey::question_get, journey::question_post))
        .default_service(web::to(pages::not_found))
}
