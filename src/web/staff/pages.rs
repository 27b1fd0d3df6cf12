//! The back office's handlers: each reads its request, makes one call of a use case and renders the result.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use super::context::{safe_next, Staff, Visitor};
use crate::app::sign_in::{self, LinkState, PasswordSet, SignedIn};
use crate::i18n::Lang;
use crate::token::random_token;
use crate::views::staff::{self as views, PasswordPage, SignInPage};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, MaybeExpiredForm};
use crate::web::routes::see_other;

fn t(key: &str) -> String {
    Lang::En.t(key)
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::server(Lang::En, e)
}

/// The notices the sign-in page can open with, after a redirect.
fn notice(done: Option<String>) -> Option<&'static str> {
    match done.as_deref() {
        Some("signed-out") => Some("staff-signed-out"),
        Some("password-set") => Some("staff-password-was-set"),
        _ => None,
    }
}

pub async fn sign_in_get(v: Visitor) -> HttpResponse {
    let next = v.param("next").unwrap_or_default();
    let page = SignInPage {
        csrf: &v.csrf(),
        email: "",
        next: safe_next(&next),
        refused: false,
        notice: notice(v.param("done")),
    };
    v.render(StatusCode::OK, &t("staff-sign-in-title"), false, views::sign_in(&page))
}

pub async fn sign_in_post(v: Visitor, form: CsrfForm) -> Result<HttpResponse, AppError> {
    let next = safe_next(form.value("next")).to_string();
    let email = form.value("email").trim().to_string();
    let outcome =
        sign_in::sign_in(v.deps(), &email, form.value("password"), v.address.clone()).await.map_err(failed)?;
    Ok(match outcome {
        SignedIn::Signed { token } => {
            let mut response = see_other(&next);
            response.add_cookie(&v.cookie_for(token)).map_err(failed)?;
            response
        }
        SignedIn::Refused => {
            let page = SignInPage { csrf: &v.csrf(), email: &email, next: &next, refused: true, notice: None };
            v.render(StatusCode::OK, &t("staff-sign-in-title"), true, views::sign_in(&page))
        }
    })
}

/// The form is checked after the session, so someone signed out already is sent to sign in whatever the
/// token (extractors run side by side: a failing form must not win the race).
pub async fn sign_out(s: Staff, form: MaybeExpiredForm) -> Result<HttpResponse, AppError> {
    form.0?;
    sign_in::sign_out(s.visitor.deps(), &s.member, s.visitor.address.clone()).await.map_err(failed)?;
    let mut response = see_other("/staff/sign-in?done=signed-out");
    // A fresh anonymous token: nothing of the ended session stays in the browser.
    response.add_cookie(&s.visitor.cookie_for(random_token())).map_err(failed)?;
    Ok(response)
}

fn link_page(v: &Visitor, state: &LinkState) -> HttpResponse {
    let (status, key) = match state {
        LinkState::Expired => (StatusCode::GONE, "expired"),
        LinkState::Spent => (StatusCode::GONE, "spent"),
        _ => (StatusCode::NOT_FOUND, "unknown"),
    };
    v.render(status, &t(&format!("staff-link-{key}-title")), false, views::link_not_valid(key))
}

pub async fn password_get(v: Visitor, token: web::Path<String>) -> Result<HttpResponse, AppError> {
    let state = sign_in::open_link(v.deps(), &token).await.map_err(failed)?;
    Ok(match &state {
        LinkState::Valid { name, email } => {
            let action = format!("/staff/password/{}", token.as_str());
            let page = PasswordPage { csrf: &v.csrf(), action: &action, name, email, problem: None };
            v.render(StatusCode::OK, &t("staff-password-title"), false, views::set_password(&page))
        }
        other => link_page(&v, other),
    })
}

pub async fn password_post(v: Visitor, token: web::Path<String>, form: CsrfForm) -> Result<HttpResponse, AppError> {
    let outcome =
        sign_in::set_password(v.deps(), &token, form.value("password"), form.value("again"), v.address.clone())
            .await
            .map_err(failed)?;
    Ok(match outcome {
        PasswordSet::Set => see_other("/staff/sign-in?done=password-set"),
        PasswordSet::Problem(problem) => {
            let state = sign_in::open_link(v.deps(), &token).await.map_err(failed)?;
            let LinkState::Valid { name, email } = &state else { return Ok(link_page(&v, &state)) };
            let action = format!("/staff/password/{}", token.as_str());
            let page = PasswordPage { csrf: &v.csrf(), action: &action, name, email, problem: Some(problem.key()) };
            v.render(StatusCode::OK, &t("staff-password-title"), true, views::set_password(&page))
        }
        PasswordSet::Link(state) => link_page(&v, &state),
    })
}

pub async fn home(s: Staff) -> HttpResponse {
    let roles: Vec<&str> = s.member.roles.iter().map(|r| r.as_str()).collect();
    s.render(&t("staff-home-title"), views::home(&s.member.name, &s.member.email, &roles))
}

/// Any other staff path: sign in first; then, not found.
pub async fn not_found(_: Staff) -> Result<HttpResponse, AppError> {
    Err(AppError::not_found(Lang::En))
}
