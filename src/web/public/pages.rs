//! The published pages (policy, accessibility statement, privacy notice), display settings and not found.

use actix_web::cookie::{Cookie, SameSite};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

use crate::views::layout::{Display, TextSize};
use crate::views::pages;
use crate::web::context::{lang_of_path, see_other, Ctx};
use crate::web::error::AppError;
use crate::web::form;
use crate::web::session::DISPLAY_COOKIE;

fn require_lang(req: &HttpRequest) -> Result<(), AppError> {
    lang_of_path(req.path()).map(|_| ()).ok_or(AppError::not_found(crate::i18n::Lang::En))
}

pub async fn policy(ctx: Ctx, req: HttpRequest) -> Result<HttpResponse, AppError> {
    require_lang(&req)?;
    let main = pages::policy_page(ctx.lang, &ctx.state.settings().policy, &ctx.state.settings().landlord);
    Ok(ctx.render(&ctx.lang.t("policy-title"), false, None, main))
}

pub async fn accessibility(ctx: Ctx, req: HttpRequest) -> Result<HttpResponse, AppError> {
    require_lang(&req)?;
    let main = pages::accessibility_page(ctx.lang, &ctx.state.settings().landlord);
    Ok(ctx.render(&ctx.lang.t("accessibility-title"), false, None, main))
}

pub async fn privacy(ctx: Ctx, req: HttpRequest) -> Result<HttpResponse, AppError> {
    require_lang(&req)?;
    let main = pages::privacy_page(ctx.lang, &ctx.state.settings().landlord);
    Ok(ctx.render(&ctx.lang.t("privacy-title"), false, None, main))
}

/// Only paths on this site, without the language, may be returned to: never another host.
fn safe_return(value: &str) -> String {
    let ok = value.starts_with('/')
        && !value.starts_with("//")
        && value.len() < 200
        && value.chars().all(|c| c.is_ascii_alphanumeric() || "/-_".contains(c));
    if ok {
        value.to_string()
    } else {
        "/".to_string()
    }
}

fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query.split('&').find_map(|p| p.strip_prefix(name).and_then(|r| r.strip_prefix('=')))
}

pub async fn display_get(ctx: Ctx, req: HttpRequest) -> Result<HttpResponse, AppError> {
    require_lang(&req)?;
    let raw = query_value(&ctx.query, "return").unwrap_or("/");
    let decoded = percent_encoding::percent_decode_str(raw).decode_utf8_lossy().into_owned();
    let return_to = safe_return(&decoded);
    let saved = query_value(&ctx.query, "saved").is_some();
    let main = pages::display_settings(ctx.lang, ctx.display, &ctx.csrf(), &return_to, saved);
    Ok(ctx.render(&ctx.lang.t("display-title"), false, Some(&format!("/{}{}", ctx.lang.tag(), return_to)), main))
}

pub async fn display_post(ctx: Ctx, req: HttpRequest, payload: web::Payload) -> Result<HttpResponse, AppError> {
    require_lang(&req)?;
    let fields = match form::read(payload, ctx.state.settings().server.max_body_bytes).await {
        Ok(fields) => fields,
        Err(e) => return Ok(form_problem(&ctx, e)),
    };
    if !ctx.csrf_ok(&fields) {
        return Ok(ctx.problem(StatusCode::FORBIDDEN, "expired"));
    }
    let display = Display {
        size: TextSize::parse(form::value(&fields, "text-size")).unwrap_or_default(),
        high_contrast: form::value(&fields, "contrast") == "high",
    };
    let return_to = safe_return(form::value(&fields, "return"));
    let cookie = Cookie::build(DISPLAY_COOKIE, display.cookie_value())
        .path("/")
        .http_only(true)
        .secure(ctx.state.settings().secure_cookies())
        .same_site(SameSite::Lax)
        .max_age(actix_web::cookie::time::Duration::days(365))
        .finish();
    let mut response = see_other(&format!("/{}/display?saved=1&return={}", ctx.lang.tag(), return_to));
    response.add_cookie(&cookie).map_err(|e| AppError::server(ctx.lang, e))?;
    Ok(response)
}

/// The page for a form that could not be read: too large, or not text.
pub fn form_problem(ctx: &Ctx, error: form::FormError) -> HttpResponse {
    match error {
        form::FormError::TooLarge => ctx.problem(StatusCode::PAYLOAD_TOO_LARGE, "too-large"),
        form::FormError::BadEncoding | form::FormError::Unreadable => {
            ctx.problem(StatusCode::BAD_REQUEST, "bad-encoding")
        }
    }
}

pub async fn not_found(ctx: Ctx) -> HttpResponse {
    ctx.problem(StatusCode::NOT_FOUND, "not-found")
}
