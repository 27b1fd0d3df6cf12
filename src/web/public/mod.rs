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
use actix_web::web;

use crate::web::routes::{form_page, page};

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
