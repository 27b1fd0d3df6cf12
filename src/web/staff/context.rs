//! What a back-office handler gets: a [`Visitor`] (anyone, for signing in and setting a password) or a
//! [`Staff`] (a live session, checked on the server for every request: without one, the person is sent to
//! sign in and brought back to where they were going, only ever to a `/staff/` path).

use std::future::Future;
use std::pin::Pin;

use actix_web::cookie::Cookie;
use actix_web::dev::Payload;
use actix_web::http::{header, StatusCode};
use actix_web::{web, FromRequest, HttpMessage, HttpRequest, HttpResponse, ResponseError};
use maud::Markup;

use crate::app::sign_in::{member, Member, Stage};
use crate::app::Deps;
use crate::domain::staff::{allows, Permission};
use crate::i18n::Lang;
use crate::views::staff::SignedIn;
use crate::web::error::AppError;
use crate::web::extract::client_addr;
use crate::web::page::{render_staff_page, PageRequest};
use crate::web::session::{staff_cookie, Session};
use crate::web::AppState;

pub struct Visitor {
    pub state: web::Data<AppState>,
    pub session: Session,
    pub page: PageRequest,
    /// The client's address, for the audit.
    pub address: Option<String>,
    /// The path and query asked for.
    pub target: String,
    pub query: String,
}

impl Visitor {
    fn of(req: &HttpRequest) -> Result<Visitor, AppError> {
        let state =
            req.app_data::<web::Data<AppState>>().cloned().ok_or_else(|| AppError::server(Lang::En, "no state"))?;
        let session =
            req.extensions().get::<Session>().cloned().ok_or_else(|| AppError::server(Lang::En, "no staff session"))?;
        let address = client_addr(req, &state.settings().server.trusted_proxies).map(|a| a.to_string());
        let target = match req.query_string() {
            "" => req.path().to_string(),
            query => format!("{}?{query}", req.path()),
        };
        Ok(Visitor {
            page: PageRequest::of(req, Lang::En),
            state,
            session,
            address,
            target,
            query: req.query_string().to_string(),
        })
    }

    pub fn deps(&self) -> &Deps {
        &self.state.deps
    }

    pub fn csrf(&self) -> String {
        self.session.csrf_token(&self.state.secret)
    }

    /// A query parameter's value, decoded.
    pub fn param(&self, name: &str) -> Option<String> {
        url::form_urlencoded::parse(self.query.as_bytes()).find(|(k, _)| k == name).map(|(_, v)| v.into_owned())
    }

    pub fn render(&self, status: StatusCode, title: &str, error: bool, main: Markup) -> HttpResponse {
        render_staff_page(&self.state, &self.page, status, title, error, None, main)
    }

    /// The cookie for a session token (a new session at sign-in, or a fresh anonymous one at sign-out).
    pub fn cookie_for(&self, token: String) -> Cookie<'static> {
        let session = Session { token };
        staff_cookie(session.cookie_value(&self.state.secret), self.state.settings().secure_cookies())
    }
}

impl FromRequest for Visitor {
    type Error = AppError;
    type Future = std::future::Ready<Result<Visitor, AppError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        std::future::ready(Visitor::of(req))
    }
}

/// A signed-in member of staff.
pub struct Staff {
    pub visitor: Visitor,
    pub member: Member,
}

impl Staff {
    /// Refuses the request (403) unless the person's roles allow this: checked on the server every time.
    pub fn require(&self, permission: Permission) -> Result<(), AppError> {
        if allows(&self.member.roles, permission) {
            Ok(())
        } else {
            Err(AppError::forbidden(Lang::En))
        }
    }

    pub fn render(&self, title: &str, main: Markup) -> HttpResponse {
        self.render_page(title, false, main)
    }

    /// A page showing a problem: "Error:" before its title.
    pub fn render_error(&self, title: &str, main: Markup) -> HttpResponse {
        self.render_page(title, true, main)
    }

    fn render_page(&self, title: &str, error: bool, main: Markup) -> HttpResponse {
        let v = &self.visitor;
        let csrf = v.csrf();
        let ends = self.member.signs_out_at.with_timezone(&chrono_tz::Europe::London).format("%H:%M").to_string();
        let utc = self.member.signs_out_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let signed_in = SignedIn {
            name: &self.member.name,
            csrf: &csrf,
            signs_out_at: &ends,
            signs_out_at_utc: &utc,
            path: &v.target,
        };
        render_staff_page(&v.state, &v.page, StatusCode::OK, title, error, Some(signed_in), main)
    }
}

/// Sent to sign in first, or to the step of signing in still to take, then back to `next`.
#[derive(Debug)]
pub enum StaffRefused {
    SignInFirst { next: String },
    Step { step: Stage, next: String },
    Failed(AppError),
}

impl std::fmt::Display for StaffRefused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StaffRefused::SignInFirst { .. } => f.write_str("not signed in"),
            StaffRefused::Step { .. } => f.write_str("a step of signing in to take"),
            StaffRefused::Failed(e) => e.fmt(f),
        }
    }
}

impl ResponseError for StaffRefused {
    fn status_code(&self) -> StatusCode {
        match self {
            StaffRefused::SignInFirst { .. } | StaffRefused::Step { .. } => StatusCode::SEE_OTHER,
            StaffRefused::Failed(e) => e.status_code(),
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            StaffRefused::SignInFirst { next } => {
                let query: String =
                    url::form_urlencoded::Serializer::new(String::new()).append_pair("next", next).finish();
                HttpResponse::SeeOther().insert_header((header::LOCATION, format!("/staff/sign-in?{query}"))).finish()
            }
            StaffRefused::Step { step, next } => {
                HttpResponse::SeeOther().insert_header((header::LOCATION, step_path(*step, next))).finish()
            }
            StaffRefused::Failed(e) => e.error_response(),
        }
    }
}

/// The member of a live session at any stage, or the way to sign in.
async fn live(req: &HttpRequest) -> Result<(Visitor, Member), actix_web::Error> {
    let visitor = Visitor::of(req)?;
    let found = member(visitor.deps(), &visitor.session.token)
        .await
        .map_err(|e| StaffRefused::Failed(AppError::server(Lang::En, e)))?;
    match found {
        Some(member) => Ok((visitor, member)),
        None => Err(StaffRefused::SignInFirst { next: safe_next(&visitor.target).to_string() }.into()),
    }
}

impl FromRequest for Staff {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Staff, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let (visitor, member) = live(&req).await?;
            match member.stage {
                Stage::Full => Ok(Staff { visitor, member }),
                // Half signed in: the second step first, then back here.
                step => Err(StaffRefused::Step { step, next: safe_next(&visitor.target).to_string() }.into()),
            }
        })
    }
}

/// Someone half signed in: the password was right, the second step is still to take.
pub struct Signing {
    pub visitor: Visitor,
    pub member: Member,
}

impl FromRequest for Signing {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Signing, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let req = req.clone();
        Box::pin(async move {
            let (visitor, member) = live(&req).await?;
            let next = safe_next(&visitor.param("next").unwrap_or_default()).to_string();
            match member.stage {
                Stage::Full => Err(StaffRefused::Step { step: Stage::Full, next }.into()),
                _ => Ok(Signing { visitor, member }),
            }
        })
    }
}

/// The page for a stage of signing in, with where to go after it.
pub fn step_path(step: Stage, next: &str) -> String {
    let query: String = url::form_urlencoded::Serializer::new(String::new()).append_pair("next", next).finish();
    match step {
        Stage::Full => next.to_string(),
        Stage::SecondFactor => format!("/staff/two-factor?{query}"),
        Stage::Enrol => format!("/staff/two-factor/set-up?{query}"),
    }
}

/// Where to go after signing in: a `/staff/` path of this site, or the staff home. Never another site
/// (`//evil.example`, `/staff/\evil`), so the sign-in page is no open redirect.
pub fn safe_next(next: &str) -> &str {
    let ok = next.starts_with("/staff/")
        && !next.contains("//")
        && !next.contains('\\')
        && !next.starts_with("/staff/sign-in")
        && !next.starts_with("/staff/sign-out")
        && next.chars().all(|c| c.is_ascii_graphic());
    if ok {
        next
    } else {
        "/staff/"
    }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn after_signing_in_only_a_staff_path_of_this_site() {
        assert_eq!(safe_next("/staff/cases/HH-1?tab=letters"), "/staff/cases/HH-1?tab=letters");
        for bad in [
            "https://evil.example/staff/",
            "//evil.example",
            "/staff//evil.example",
            "/staff/\\evil",
            "/en/",
            "",
            "/staff/sign-in",
            "/staff/a b",
        ] {
            assert_eq!(safe_next(bad), "/staff/", "{bad}");
        }
    }
}
