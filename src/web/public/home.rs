//! The root redirect, the start page and the static assets.

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

use crate::i18n::{negotiate, Lang};
use crate::web::compress::Encoding;
use crate::web::error::AppError;
use crate::web::extract::PathLang;
use crate::web::public::context::Ctx;
use crate::web::session::lang_cookie_name;
use crate::web::AppState;

/// `/` goes to the remembered language, else the best of `Accept-Language`, else English.
pub async fn root(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let remembered =
        req.cookie(&lang_cookie_name(state.settings().secure_cookies())).and_then(|c| Lang::from_tag(c.value()));
    let lang = remembered.unwrap_or_else(|| {
        negotiate(req.headers().get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).unwrap_or(""))
    });
    HttpResponse::Found()
        .insert_header((header::LOCATION, format!("/{}/", lang.tag())))
        .insert_header((header::VARY, "Accept-Language, Cookie"))
        .finish()
}

/// `/ur` goes to `/ur/`.
pub async fn lang_root(PathLang(lang): PathLang) -> HttpResponse {
    HttpResponse::MovedPermanently().insert_header((header::LOCATION, format!("/{}/", lang.tag()))).finish()
}

pub async fn start(_: PathLang, ctx: Ctx) -> Result<HttpResponse, AppError> {
    let main = crate::views::pages::start(ctx.lang, &ctx.state.settings().landlord, &ctx.state.settings().policy);
    Ok(ctx.render(&ctx.lang.t("start-title"), false, None, main))
}

pub async fn health() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// Assets have content-hashed names, so they can be cached for a year.
pub async fn asset(
    state: web::Data<AppState>,
    name: web::Path<String>,
    req: HttpRequest,
) -> Result<HttpResponse, AppError> {
    let asset = state.assets.find(&name).ok_or(AppError::not_found(Lang::En))?;
    let accept = req.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or("");
    let encoding = if asset.compressible { Encoding::choose(accept) } else { Encoding::Identity };
    let mut response = HttpResponse::Ok();
    response
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .insert_header((header::VARY, "Accept-Encoding"));
    if let Some(coding) = encoding.header_value() {
        response.insert_header((header::CONTENT_ENCODING, coding));
    }
    Ok(response.body(asset.body.get(encoding).to_vec()))
}

/// Browsers that ignore the inline icon ask for `/favicon.ico`; answer quickly with nothing.
pub async fn favicon() -> HttpResponse {
    HttpResponse::NoContent().insert_header((header::CACHE_CONTROL, "public, max-age=86400")).finish()
}
