//! The back office's handlers: each reads its request, makes one call of a use case and renders the result.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};

use super::context::{safe_next, step_path, Signing, Staff, Visitor};
use crate::app::sign_in::{self, LinkState, PasswordChanged, PasswordSet, SignedIn, Stage};
use crate::app::two_factor::{self, Enrolled, Passed};
use crate::domain::two_factor::CodeProblem;
use crate::i18n::Lang;
use crate::token::random_token;
use crate::views::staff::{self as views, EnrolPage, PasswordPage, SessionRowView, SignInPage};
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
        SignedIn::Signed { token, next: step } => {
            let mut response = see_other(&step_path(step, &next));
            response.add_cookie(&v.cookie_for(token)).map_err(failed)?;
            response
        }
        SignedIn::Locked { until } => locked_page(&v, until),
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
            let page = PasswordPage { csrf: &v.csrf(), action: &action, name, email, problem: None, change: false };
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
            let page = PasswordPage {
                csrf: &v.csrf(),
                action: &action,
                name,
                email,
                problem: Some(problem.key()),
                change: false,
            };
            v.render(StatusCode::OK, &t("staff-password-title"), true, views::set_password(&page))
        }
        PasswordSet::Link(state) => link_page(&v, &state),
    })
}

/// Too many tries: 429, with when to try again, in words and in `Retry-After`.
fn locked_page(v: &Visitor, until: chrono::DateTime<chrono::Utc>) -> HttpResponse {
    let time = until.with_timezone(&chrono_tz::Europe::London).format("%H:%M").to_string();
    let mut page = v.render(StatusCode::TOO_MANY_REQUESTS, &t("staff-locked-title"), false, views::locked(&time));
    // Whole seconds, rounded up: never an invitation to try a moment too soon.
    let seconds = ((until - v.deps().clock.now()).num_milliseconds() + 999).div_euclid(1000).max(1);
    if let Ok(value) = actix_web::http::header::HeaderValue::from_str(&seconds.to_string()) {
        page.headers_mut().insert(actix_web::http::header::RETRY_AFTER, value);
    }
    page
}

/// A response that carries the cookie of a session's new token.
fn with_session(mut response: HttpResponse, v: &Visitor, token: String) -> Result<HttpResponse, AppError> {
    response.add_cookie(&v.cookie_for(token)).map_err(failed)?;
    Ok(response)
}

fn code_problem(problem: CodeProblem) -> &'static str {
    match problem {
        CodeProblem::Malformed => "staff-code-error-malformed",
        CodeProblem::Wrong => "staff-code-error-wrong",
        CodeProblem::Reused => "staff-code-error-reused",
    }
}

/// Where a half-signed-in person goes: their own step's page, or on.
fn wrong_step(s: &Signing, want: Stage) -> Option<HttpResponse> {
    let next = safe_next(&s.visitor.param("next").unwrap_or_default()).to_string();
    (s.member.stage != want).then(|| see_other(&step_path(s.member.stage, &next)))
}

pub async fn second_factor_get(s: Signing) -> HttpResponse {
    if let Some(elsewhere) = wrong_step(&s, Stage::SecondFactor) {
        return elsewhere;
    }
    let next = safe_next(&s.visitor.param("next").unwrap_or_default()).to_string();
    let main = views::second_factor(&s.visitor.csrf(), &next, None);
    s.visitor.render(StatusCode::OK, &t("staff-second-factor-title"), false, main)
}

pub async fn second_factor_post(s: Signing, form: CsrfForm) -> Result<HttpResponse, AppError> {
    if let Some(elsewhere) = wrong_step(&s, Stage::SecondFactor) {
        return Ok(elsewhere);
    }
    let next = safe_next(form.value("next")).to_string();
    let v = &s.visitor;
    Ok(
        match two_factor::second_factor(v.deps(), &s.member, form.value("code"), v.address.clone())
            .await
            .map_err(failed)?
        {
            Passed::Code { token } => with_session(see_other(&next), v, token)?,
            Passed::RecoveryCode { left, token } => {
                let page =
                    v.render(StatusCode::OK, &t("staff-recovery-used-title"), false, views::recovery_used(left, &next));
                with_session(page, v, token)?
            }
            Passed::Locked { until } => locked_page(v, until),
            Passed::Problem(problem) => {
                let main = views::second_factor(&v.csrf(), &next, Some(code_problem(problem)));
                v.render(StatusCode::OK, &t("staff-second-factor-title"), true, main)
            }
        },
    )
}

async fn enrol_page(s: &Signing, next: &str, problem: Option<&str>) -> Result<HttpResponse, AppError> {
    let enrolment = two_factor::enrolment(s.visitor.deps(), &s.member).await.map_err(failed)?;
    let csrf = s.visitor.csrf();
    let page = EnrolPage { csrf: &csrf, next, secret: &enrolment.secret, qr_svg: &enrolment.qr_svg, problem };
    Ok(s.visitor.render(StatusCode::OK, &t("staff-enrol-title"), problem.is_some(), views::enrol(&page)))
}

pub async fn enrol_get(s: Signing) -> Result<HttpResponse, AppError> {
    if let Some(elsewhere) = wrong_step(&s, Stage::Enrol) {
        return Ok(elsewhere);
    }
    let next = safe_next(&s.visitor.param("next").unwrap_or_default()).to_string();
    enrol_page(&s, &next, None).await
}

pub async fn enrol_post(s: Signing, form: CsrfForm) -> Result<HttpResponse, AppError> {
    if let Some(elsewhere) = wrong_step(&s, Stage::Enrol) {
        return Ok(elsewhere);
    }
    let next = safe_next(form.value("next")).to_string();
    let v = &s.visitor;
    match two_factor::enrol(v.deps(), &s.member, form.value("code"), v.address.clone()).await.map_err(failed)? {
        Enrolled::Done { recovery_codes, token } => {
            let page = v.render(
                StatusCode::OK,
                &t("staff-recovery-title"),
                false,
                views::recovery_codes(&recovery_codes, &next),
            );
            with_session(page, v, token)
        }
        Enrolled::Problem(problem) => enrol_page(&s, &next, Some(code_problem(problem))).await,
    }
}

/// The time of day in England, as staff pages show it.
fn clock_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono_tz::Europe::London).format("%-d %b %Y, %H:%M").to_string()
}

pub async fn sessions(s: Staff) -> Result<HttpResponse, AppError> {
    let list = sign_in::sessions(s.visitor.deps(), &s.member).await.map_err(failed)?;
    let times: Vec<(String, String)> = list.iter().map(|r| (clock_time(r.started), clock_time(r.last_seen))).collect();
    let rows: Vec<SessionRowView<'_>> = list
        .iter()
        .zip(&times)
        .map(|(r, (started, seen))| SessionRowView {
            id: r.id.to_string(),
            started,
            last_seen: seen,
            address: r.address.as_deref().unwrap_or(""),
            current: r.current,
        })
        .collect();
    let ended = s.visitor.param("ended").and_then(|n| n.parse().ok());
    Ok(s.render(&t("staff-sessions-title"), views::sessions(&s.visitor.csrf(), &rows, ended)))
}

pub async fn end_sessions(s: Staff, form: MaybeExpiredForm) -> Result<HttpResponse, AppError> {
    let form = form.0?;
    let which = match form.value("session") {
        "others" => None,
        id => Some(id.parse().map_err(|_| AppError::new(Lang::En, StatusCode::BAD_REQUEST, "bad-encoding"))?),
    };
    let v = &s.visitor;
    let ended = sign_in::end_other_sessions(v.deps(), &s.member, which, v.address.clone()).await.map_err(failed)?;
    Ok(see_other(&format!("/staff/sessions?ended={ended}")))
}

/// "Stay signed in": from the page's button, back to the page; from the timeout warning's script (which
/// says so in `X-Requested-With`), 204 with the new time of sign-out, so nothing typed on the page is lost.
pub async fn stay_signed_in(
    s: Staff,
    form: MaybeExpiredForm,
    req: actix_web::HttpRequest,
) -> Result<HttpResponse, AppError> {
    let form = form.0?;
    let ends = sign_in::stay_signed_in(s.visitor.deps(), &s.member).await.map_err(failed)?;
    if req.headers().get("x-requested-with").is_some_and(|v| v == "fetch") {
        return Ok(HttpResponse::NoContent()
            .insert_header(("X-Signs-Out-At", ends.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)))
            .finish());
    }
    Ok(see_other(safe_next(form.value("return"))))
}

fn change_page(s: &Staff, problem: Option<&str>, done: bool) -> HttpResponse {
    let csrf = s.visitor.csrf();
    let page = PasswordPage {
        csrf: &csrf,
        action: "/staff/password",
        name: &s.member.name,
        email: &s.member.email,
        problem,
        change: true,
    };
    let mut main = views::set_password(&page);
    if done {
        main = maud::html! { (views::done_banner("staff-password-changed")) (main) };
    }
    let title = t("staff-change-password-title");
    if problem.is_some() {
        s.render_error(&title, main)
    } else {
        s.render(&title, main)
    }
}

pub async fn change_password_get(s: Staff) -> HttpResponse {
    let done = s.visitor.param("done").as_deref() == Some("changed");
    change_page(&s, None, done)
}

pub async fn change_password_post(s: Staff, form: MaybeExpiredForm) -> Result<HttpResponse, AppError> {
    let form = form.0?;
    let v = &s.visitor;
    let outcome = sign_in::change_password(
        v.deps(),
        &s.member,
        form.value("current"),
        form.value("password"),
        form.value("again"),
        v.address.clone(),
    )
    .await
    .map_err(failed)?;
    Ok(match outcome {
        PasswordChanged::Changed => see_other("/staff/password?done=changed"),
        PasswordChanged::WrongCurrent => change_page(&s, Some("staff-password-error-current"), false),
        PasswordChanged::Problem(problem) => change_page(&s, Some(problem.key()), false),
        PasswordChanged::Locked { until } => locked_page(v, until),
    })
}

pub async fn home(s: Staff) -> HttpResponse {
    let roles: Vec<&str> = s.member.roles.iter().map(|r| r.as_str()).collect();
    let manages = crate::domain::staff::allows(&s.member.roles, crate::domain::staff::Permission::ManageAccounts);
    s.render(&t("staff-home-title"), views::home(&s.member.name, &s.member.email, &roles, manages))
}

/// Any other staff path: sign in first; then, not found.
pub async fn not_found(_: Staff) -> Result<HttpResponse, AppError> {
    Err(AppError::not_found(Lang::En))
}
