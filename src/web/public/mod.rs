//! The public site: the routes customers and their representatives use.

pub mod home;
pub mod journey;
pub mod pages;

use actix_web::web;

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home::root))
        .route("/health", web::get().to(home::health))
        .route("/static/{name}", web::get().to(home::asset))
        .route("/favicon.ico", web::get().to(home::favicon))
        .route("/{lang}", web::get().to(home::lang_root))
        .route("/{lang}/", web::get().to(home::start))
        .route("/{lang}/policy", web::get().to(pages::policy))
        .route("/{lang}/accessibility", web::get().to(pages::accessibility))
        .route("/{lang}/privacy", web::get().to(pages::privacy))
        .route("/{lang}/display", web::get().to(pages::display_get))
        .route("/{lang}/display", web::post().to(pages::display_post))
        .route("/{lang}/{journey}", web::get().to(journey::begin))
        .route("/{lang}/{journey}/check", web::get().to(journey::check_get))
        .route("/{lang}/{journey}/check", web::post().to(journey::check_post))
        .route("/{lang}/{journey}/confirmation", web::get().to(journey::confirmation))
        .route("/{lang}/{journey}/record", web::get().to(journey::record))
        .route("/{lang}/{journey}/{step}", web::get().to(journey::question_get))
        .route("/{lang}/{journey}/{step}", web::post().to(journey::question_post));
}
