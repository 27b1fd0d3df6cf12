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
use actix_web::{guard, web, HttpRequest, Route};

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

/// The public site, in one scope with its own session.
pub fn scope() -> impl HttpServiceFactory {
    web::scope("")
        .wrap(actix_web::middleware::from_fn(session::public_session))
        .service(web::resource("/").route(read().to(home::root)).default_service(refuse_other_methods(READ)))
        .service(web::resource("/health").route(read().to(home::health)).default_service(refuse_other_methods(READ)))
        .service(
            web::resource("/static/{name}").route(read().to(home::asset)).default_service(refuse_other_methods(READ)),
        )
        .service(
            web::resource("/favicon.ico").route(read().to(home::favicon)).default_service(refuse_other_methods(READ)),
        )
        .service(web::resource("/{lang}").route(read().to(home::lang_root)).default_service(refuse_other_methods(READ)))
        .service(web::resource("/{lang}/").route(read().to(home::start)).default_service(refuse_other_methods(READ)))
        .service(
            web::resource("/{lang}/policy").route(read().to(pages::policy)).default_service(refuse_other_methods(READ)),
        )
        .service(
            web::resource("/{lang}/accessibility")
                .route(read().to(pages::accessibility))
                .default_service(refuse_other_methods(READ)),
        )
        .service(
            web::resource("/{lang}/privacy")
                .route(read().to(pages::privacy))
                .default_service(refuse_other_methods(READ)),
        )
        .service(
            web::resource("/{lang}/display")
                .route(read().to(pages::display_get))
                .route(web::post().to(pages::display_post))
                .default_service(refuse_other_methods(READ_AND_POST)),
        )
        .service(
            web::resource("/{lang}/{journey}")
                .route(read().to(journey::begin))
                .default_service(refuse_other_methods(READ)),
        )
        .service(
            web::resource("/{lang}/{journey}/check")
                .route(read().to(journey::check_get))
                .route(web::post().to(journey::check_post))
                .default_service(refuse_other_methods(READ_AND_POST)),
        )
        .service(
            web::resource("/{lang}/{journey}/confirmation")
                .route(read().to(journey::confirmation))
                .default_service(refuse_other_methods(READ)),
        )
        .service(
            web::resource("/{lang}/{journey}/record")
                .route(read().to(journey::record))
                .default_service(refuse_other_methods(READ)),
        )
        .service(
            web::resource("/{lang}/{journey}/{step}")
                .route(read().to(journey::question_get))
                .route(web::post().to(journey::question_post))
                .default_service(refuse_other_methods(READ_AND_POST)),
        )
        .default_service(web::to(pages::not_found))
}
