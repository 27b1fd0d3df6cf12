//! The back office, under `/staff`. Registered before the public routes, so no public pattern such as
//! `/{lang}/{journey}` can take a staff path. Every response says `noindex` and is never stored; every form
//! has a CSRF token tied to the staff cookie; every page but signing in and setting a password needs a live
//! session, and a request without one is sent to sign in and brought back afterwards.

mod context;
mod pages;
mod people;
mod session;

use actix_web::middleware::{from_fn, DefaultHeaders};
use actix_web::web;

use crate::web::routes::{action, form_page, page};

pub fn scope() -> impl actix_web::dev::HttpServiceFactory {
    web::scope("/staff")
        .wrap(DefaultHeaders::new().add(("X-Robots-Tag", "noindex, nofollow")).add(("Cache-Control", "no-store")))
        .wrap(from_fn(session::staff_session))
        .service(form_page("/sign-in", pages::sign_in_get, pages::sign_in_post))
        .service(action("/sign-out", pages::sign_out))
        .service(form_page("/password", pages::change_password_get, pages::change_password_post))
        .service(form_page("/password/{token}", pages::password_get, pages::password_post))
        .service(form_page("/two-factor", pages::second_factor_get, pages::second_factor_post))
        .service(form_page("/two-factor/set-up", pages::enrol_get, pages::enrol_post))
        .service(page("/", pages::home))
        .service(page("/sessions", pages::sessions))
        .service(page("/people", people::list))
        .service(form_page("/people/invite", people::invite_get, people::invite_post))
        .service(page("/people/{id}", people::person))
        .service(action("/people/{id}/{action}", people::act))
        .service(action("/sessions/end", pages::end_sessions))
        .service(action("/stay-signed-in", pages::stay_signed_in))
        .default_service(web::to(pages::not_found))
}
