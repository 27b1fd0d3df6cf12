//! The back office, under `/staff`. Registered before the public routes, so no public pattern such as
//! `/{lang}/{journey}` can take a staff path. Signing in and the staff pages come with the staff issues;
//! until then every staff path is not found.

use actix_web::web;

use crate::i18n::Lang;
use crate::web::error::AppError;

pub fn scope() -> actix_web::Scope {
    web::scope("/staff").default_service(web::to(not_found))
}

async fn not_found() -> Result<actix_web::HttpResponse, AppError> {
    Err(AppError::not_found(Lang::En))
}
