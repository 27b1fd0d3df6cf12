//! The published pages (policy, accessibility statement, privacy notice), display settings and not found.

use actix_web::HttpResponse;

use crate::views::layout::{Display, TextSize};
use crate::views::pages;
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, PathLang};
use crate::web::public::context::{see_other, Ctx};
use crate::web::session::display_cookie;

pub async fn policy(_: PathLang, ctx: Ctx) -> Result<HttpResponse, AppError> {
    let main = pages::policy_page(ctx.lang, &ctx.state.settings().policy, &ctx.state.settings().landlord);
    Ok(ctx.render(&ctx.lang.t("policy-title"), false, None, main))
}

pub async fn accessibility(_: PathLang, ctx: Ctx) -> Result<HttpResponse, AppError> {
    let main = pages::accessibility_page(ctx.lang, &ctx.state.settings().landlord);
    Ok(ctx.render(&ctx.lang.t("accessibility-title"), false, None, main))
}

pub async fn privacy(_: PathLang, ctx: Ctx) -> Result<HttpResponse, AppError> {
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

pub async fn display_get(_: PathLang, ctx: Ctx) -> Result<HttpResponse, AppError> {
    let raw = query_value(&ctx.query, "return").unwrap_or("/");
    let decoded = percent_encoding::percent_decode_str(raw).decode_utf8_lossy().into_owned();
    let return_to = safe_return(&decoded);
    let saved = query_value(&ctx.query, "saved").is_some();
    let main = pages::display_settings(ctx.lang, ctx.page.display, &ctx.csrf(), &return_to, saved);
    Ok(ctx.render(&ctx.lang.t("display-title"), false, Some(&format!("/{}{}", ctx.lang.tag(), return_to)), main))
}

pub async fn display_post(_: PathLang, ctx: Ctx, form: CsrfForm) -> Result<HttpResponse, AppError> {
    let display = Display {
        size: TextSize::parse(form.value("text-size")).unwrap_or_default(),
        high_contrast: form.value("contrast") == "high",
    };
    let return_to = safe_return(form.value("return"));
    let cookie = display_cookie(display.cookie_value(), ctx.state.settings().secure_cookies());
    let mut response = see_other(&format!("/{}/display?saved=1&return={}", ctx.lang.tag(), return_to));
    response.add_cookie(&cookie).map_err(|e| AppError::server(ctx.lang, e))?;
    Ok(response)
}

pub async fn not_found(ctx: Ctx) -> Result<HttpResponse, AppError> {
    Err(AppError::not_found(ctx.lang))
}
