//! `/staff/people`: administrators manage staff accounts. Every handler checks the permission on the server
//! first, so a URL typed by hand is refused exactly as a missing button would be; every change is audited
//! with who made it and from which address.

use actix_web::{web, HttpResponse};

use super::context::Staff;
use crate::app::staff::{self, Account, By, Done};
use crate::domain::staff::{Permission, Roles, StaffError};
use crate::i18n::Lang;
use crate::views::people::{self as views, InviteForm, PersonView};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, MaybeExpiredForm};
use crate::web::form;
use crate::web::routes::see_other;

fn t(key: &str) -> String {
    Lang::En.t(key)
}

fn failed(e: impl std::fmt::Display) -> AppError {
    AppError::server(Lang::En, e)
}

fn view(a: &Account) -> PersonView<'_> {
    PersonView {
        id: a.id,
        name: &a.name,
        email: &a.email,
        roles: a.roles.iter().map(|r| r.as_str()).collect(),
        state: a.state.as_str(),
    }
}

fn by(s: &Staff) -> By {
    By::Staff { id: s.member.id, address: s.visitor.address.clone().unwrap_or_default() }
}

/// The message for a refusal, and the field it is about.
fn refusal(e: &StaffError) -> (&'static str, &'static str) {
    match e {
        StaffError::BadEmail(_) => ("staff-invite-error-email", "email"),
        StaffError::EmailTaken => ("staff-invite-error-taken", "email"),
        StaffError::NoName => ("staff-invite-error-name", "name"),
        StaffError::NameTooLong => ("staff-invite-error-name-long", "name"),
        StaffError::NoRole | StaffError::UnknownRole(_) => ("staff-invite-error-roles", "roles"),
        StaffError::LastAdministrator => ("staff-person-error-last-administrator", "roles"),
        StaffError::AlreadyDisabled => ("staff-person-error-already-disabled", "roles"),
        StaffError::NotDisabled => ("staff-person-error-not-disabled", "roles"),
        StaffError::LinkForDisabled => ("staff-person-error-link-disabled", "roles"),
        StaffError::NoSuchAccount => ("staff-invite-error-email", "email"),
    }
}

pub async fn list(s: Staff) -> Result<HttpResponse, AppError> {
    s.require(Permission::ManageAccounts)?;
    let accounts = staff::list(s.visitor.deps()).await.map_err(failed)?;
    let views: Vec<PersonView<'_>> = accounts.iter().map(view).collect();
    Ok(s.render(&t("staff-people-title"), views::people(&views)))
}

pub async fn invite_get(s: Staff) -> Result<HttpResponse, AppError> {
    s.require(Permission::ManageAccounts)?;
    let page = InviteForm { csrf: &s.visitor.csrf(), email: "", name: "", roles: &[], problem: None };
    Ok(s.render(&t("staff-invite-title"), views::invite(&page)))
}

pub async fn invite_post(s: Staff, f: CsrfForm) -> Result<HttpResponse, AppError> {
    s.require(Permission::ManageAccounts)?;
    let chosen: Vec<&str> = form::values(&f.fields, "roles");
    let (email, name) = (f.value("email").trim(), f.value("name").trim());
    let done = match Roles::parse(&chosen) {
        Ok(roles) => staff::invite(s.visitor.deps(), email, name, roles, by(&s)).await.map_err(failed)?,
        Err(e) => Done::Refused(e),
    };
    Ok(match done {
        Done::Done(link) => {
            let until =
                link.expires_at.with_timezone(&chrono_tz::Europe::London).format("%-d %B %Y, %H:%M").to_string();
            s.render(&t("staff-link-made-title"), views::link_made(name, &link.url, &until))
        }
        Done::Refused(e) => {
            let page = InviteForm { csrf: &s.visitor.csrf(), email, name, roles: &chosen, problem: Some(refusal(&e)) };
            s.render_error(&t("staff-invite-title"), views::invite(&page))
        }
    })
}

async fn load(s: &Staff, id: i32) -> Result<Account, AppError> {
    staff::account(s.visitor.deps(), id).await.map_err(failed)?.ok_or(AppError::not_found(Lang::En))
}

pub async fn person(s: Staff, id: web::Path<i32>) -> Result<HttpResponse, AppError> {
    s.require(Permission::ManageAccounts)?;
    let account = load(&s, *id).await?;
    let done = s.visitor.param("done").and_then(|d| DONE.iter().find(|k| k.ends_with(&d)).copied());
    Ok(s.render(&account.name, views::person(&s.visitor.csrf(), &view(&account), done, None)))
}

/// The messages a change can end with, by the last part of their key.
const DONE: [&str; 5] = [
    "staff-person-roles-saved",
    "staff-person-disabled",
    "staff-person-enabled",
    "staff-person-two-factor-reset",
    "staff-person-signed-out",
];

pub async fn act(s: Staff, path: web::Path<(i32, String)>, f: MaybeExpiredForm) -> Result<HttpResponse, AppError> {
    s.require(Permission::ManageAccounts)?;
    let f = f.0?;
    let (id, action) = path.into_inner();
    let account = load(&s, id).await?;
    let deps = s.visitor.deps();
    let (done, saved) = match action.as_str() {
        "roles" => match Roles::parse(&form::values(&f.fields, "roles")) {
            Ok(roles) => {
                (staff::change_roles(deps, &account.email, roles, by(&s)).await.map_err(failed)?, "roles-saved")
            }
            Err(e) => (Done::Refused(e), ""),
        },
        "disable" => (staff::disable(deps, &account.email, by(&s)).await.map_err(failed)?, "disabled"),
        "enable" => (staff::enable(deps, &account.email, by(&s)).await.map_err(failed)?, "enabled"),
        "sign-out" => (staff::end_sessions(deps, &account.email, by(&s)).await.map_err(failed)?, "signed-out"),
        "reset-two-factor" => {
            (staff::reset_two_factor(deps, &account.email, by(&s)).await.map_err(failed)?, "two-factor-reset")
        }
        "new-link" => {
            return Ok(match staff::reset(deps, &account.email, by(&s)).await.map_err(failed)? {
                Done::Done(link) => {
                    let until = link
                        .expires_at
                        .with_timezone(&chrono_tz::Europe::London)
                        .format("%-d %B %Y, %H:%M")
                        .to_string();
                    s.render(&t("staff-link-made-title"), views::link_made(&account.name, &link.url, &until))
                }
                Done::Refused(e) => person_refused(&s, &account, &e),
            })
        }
        _ => return Err(AppError::not_found(Lang::En)),
    };
    Ok(match done {
        Done::Done(()) => see_other(&format!("/staff/people/{id}?done={saved}")),
        Done::Refused(e) => person_refused(&s, &account, &e),
    })
}

fn person_refused(s: &Staff, account: &Account, e: &StaffError) -> HttpResponse {
    let main = views::person(&s.visitor.csrf(), &view(account), None, Some(refusal(e).0));
    s.render_error(&account.name, main)
}
