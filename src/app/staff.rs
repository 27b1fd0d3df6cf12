//! Staff accounts: invite, list, disable, enable, and send a new link to set a password. The command line
//! (`talk-to-us staff …`) and, next, the administrators' pages call these; each change is written with its
//! audit line in one transaction.
//!
//! A link to set a password is a random 256-bit token, valid for [`LINK_HOURS`] hours and usable once; only
//! its hash is stored, and the link itself is returned once, to be handed to the person.

use chrono::{DateTime, Duration, Utc};

use crate::app::{Deps, Error};
use crate::db::models::staff::{self as accounts, AuditEntry, StaffRow};
use crate::db::{self, DbConnection, DbError};
use crate::domain::staff::{self as rules, email_key, AccountState, NewAccount, Roles, StaffError};
use crate::token::{hash_token, random_token};

/// How long a link to set a password stays valid.
pub const LINK_HOURS: i64 = 24;

/// Who makes a change to an account, for the audit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum By {
    /// Someone with the server's command line.
    CommandLine,
    /// The server itself (the first administrator's link at start-up).
    Server,
    /// A signed-in member of staff, from a client address.
    Staff { id: i32, address: String },
}

impl By {
    fn actor(&self) -> String {
        match self {
            By::CommandLine => "command-line".into(),
            By::Server => "server".into(),
            By::Staff { id, .. } => format!("staff:{id}"),
        }
    }

    fn address(&self) -> Option<&str> {
        match self {
            By::Staff { address, .. } => Some(address),
            _ => None,
        }
    }
}

/// A change done, or refused by a rule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Done<T> {
    Done(T),
    Refused(StaffError),
}

impl<T> Done<T> {
    /// The same outcome with the value done made into another.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Done<U> {
        match self {
            Done::Done(value) => Done::Done(f(value)),
            Done::Refused(refusal) => Done::Refused(refusal),
        }
    }
}

/// A one-time link to set a password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub url: String,
    pub expires_at: DateTime<Utc>,
}

/// An account as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Account {
    pub id: i32,
    pub email: String,
    pub name: String,
    pub roles: Roles,
    pub state: AccountState,
}

impl TryFrom<StaffRow> for Account {
    type Error = DbError;

    fn try_from(row: StaffRow) -> Result<Account, DbError> {
        let roles = Roles::from_stored(&row.roles)
            .map_err(|e| DbError::Corrupt(format!("staff account {} has roles that cannot be read: {e}", row.id)))?;
        let state = AccountState::parse(&row.state)
            .ok_or_else(|| DbError::Corrupt(format!("staff account {} has the unknown state {}", row.id, row.state)))?;
        Ok(Account { id: row.id, email: row.email, name: row.name, roles, state })
    }
}

/// Makes an invited account and a link for the person to set their password.
pub async fn invite(deps: &Deps, email: &str, name: &str, roles: Roles, by: By) -> Result<Done<Link>, Error> {
    let account = match NewAccount::new(email, name, roles) {
        Ok(account) => account,
        Err(refusal) => return Ok(Done::Refused(refusal)),
    };
    let (token, link) = new_link(deps);
    let expires_at = link.expires_at;
    let now = deps.clock.now();
    let done = deps
        .db
        .run(move |conn| {
            db::write(conn, |conn| {
                if accounts::by_email(conn, &account.email)?.is_some() {
                    return Ok(Done::Refused(StaffError::EmailTaken));
                }
                let id = accounts::insert(
                    conn,
                    &account.email,
                    &account.name,
                    &account.roles.stored(),
                    AccountState::Invited.as_str(),
                    now.naive_utc(),
                )?;
                accounts::new_link(conn, id, &hash_token(&token), now.naive_utc(), expires_at.naive_utc())?;
                let detail = format!("roles {}; link valid until {}", account.roles.stored(), expires_at.to_rfc3339());
                audit(conn, &by, "invited", id, &detail, now)?;
                Ok::<_, DbError>(Done::Done(()))
            })
        })
        .await?;
    Ok(done.map(|()| link))
}

/// Every account, by name.
pub async fn list(deps: &Deps) -> Result<Vec<Account>, Error> {
    let rows = deps.db.run(|conn| Ok(accounts::all(conn)?)).await?;
    Ok(rows.into_iter().map(Account::try_from).collect::<Result<_, _>>()?)
}

/// Disables an account: it can no longer sign in, any link it had is spent and its sessions end.
pub async fn disable(deps: &Deps, email: &str, by: By) -> Result<Done<()>, Error> {
    change(deps, email, by, |conn, account, now| {
        let others = accounts::active_administrators(conn, Some(account.id))?;
        let state = match rules::disable(account.state, &account.roles, others) {
            Ok(state) => state,
            Err(refusal) => return Ok(Done::Refused(refusal)),
        };
        accounts::set_state(conn, account.id, state.as_str(), now)?;
        accounts::spend_links(conn, account.id, now)?;
        let ended = accounts::end_sessions_of(conn, account.id, None, now)?;
        Ok(Done::Done(("disabled", format!("sessions ended: {ended}"))))
    })
    .await
}

/// Enables a disabled account again, as it was before (active, or invited if it never set a password).
pub async fn enable(deps: &Deps, email: &str, by: By) -> Result<Done<()>, Error> {
    change(deps, email, by, |conn, account, now| {
        let has_password = accounts::by_id(conn, account.id)?.is_some_and(|row| row.password_hash.is_some());
        let state = match rules::enable(account.state, has_password) {
            Ok(state) => state,
            Err(refusal) => return Ok(Done::Refused(refusal)),
        };
        accounts::set_state(conn, account.id, state.as_str(), now)?;
        Ok(Done::Done(("enabled", format!("now {}", state.as_str()))))
    })
    .await
}

/// A new link to set a password, replacing any earlier one, and the end of the person's sessions: a reset
/// is for a lost password or a lost device.
pub async fn reset(deps: &Deps, email: &str, by: By) -> Result<Done<Link>, Error> {
    let (token, link) = new_link(deps);
    let expires_at = link.expires_at;
    let done = change(deps, email, by, move |conn, account, now| {
        if let Err(refusal) = rules::new_password_link(account.state) {
            return Ok(Done::Refused(refusal));
        }
        accounts::new_link(conn, account.id, &hash_token(&token), now, expires_at.naive_utc())?;
        let ended = accounts::end_sessions_of(conn, account.id, None, now)?;
        Ok(Done::Done(("link-sent", format!("link valid until {}; sessions ended: {ended}", expires_at.to_rfc3339()))))
    })
    .await?;
    Ok(done.map(|()| link))
}

/// One account, by id.
pub async fn account(deps: &Deps, id: i32) -> Result<Option<Account>, Error> {
    let row = deps.db.run(move |conn| Ok(accounts::by_id(conn, id)?)).await?;
    Ok(row.map(Account::try_from).transpose()?)
}

/// Gives a person new roles (at least one; the last active administrator keeps that role).
pub async fn change_roles(deps: &Deps, email: &str, roles: Roles, by: By) -> Result<Done<()>, Error> {
    change(deps, email, by, move |conn, account, now| {
        let others = accounts::active_administrators(conn, Some(account.id))?;
        let roles = match rules::change_roles(account.state, &account.roles, roles, others) {
            Ok(roles) => roles,
            Err(refusal) => return Ok(Done::Refused(refusal)),
        };
        accounts::set_roles(conn, account.id, &roles.stored(), now)?;
        Ok(Done::Done(("roles-changed", format!("from {} to {}", account.roles.stored(), roles.stored()))))
    })
    .await
}

/// Ends every session of a person (a lost laptop, someone leaving in a hurry): they must sign in again.
pub async fn end_sessions(deps: &Deps, email: &str, by: By) -> Result<Done<()>, Error> {
    change(deps, email, by, |conn, account, now| {
        let ended = accounts::end_sessions_of(conn, account.id, None, now)?;
        Ok(Done::Done(("sessions-ended", format!("{ended} ended"))))
    })
    .await
}

/// Removes a person's authenticator and recovery codes and ends their sessions: they set up a new one at
/// their next sign-in (a lost or replaced phone).
pub async fn reset_two_factor(deps: &Deps, email: &str, by: By) -> Result<Done<()>, Error> {
    change(deps, email, by, |conn, account, now| {
        accounts::clear_two_factor(conn, account.id)?;
        let ended = accounts::end_sessions_of(conn, account.id, None, now)?;
        Ok(Done::Done(("two-factor-reset", format!("sessions ended: {ended}"))))
    })
    .await
}

/// What start-up found about administrators.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FirstAdministrator {
    /// Someone can manage accounts: nothing to do.
    Present,
    /// A link for the first administrator was made just now; it is logged once.
    Link { email: String, link: Link },
    /// A link made earlier is still live: not logged again.
    LinkAlreadyGiven,
    /// The landlord's email belongs to an account that is not an administrator: the command line must do it.
    UseTheCommandLine,
}

/// At start-up with no active administrator: an invited administrator account under the landlord's email
/// address, and a link to set its password, made once (while one link is live, no other is made). Run
/// before the server takes requests, on a connection of its own.
pub fn first_administrator(deps: &Deps) -> Result<FirstAdministrator, Error> {
    let mut conn = deps.db.pool().get().map_err(DbError::from)?;
    let now = deps.clock.now();
    let email = email_key(&deps.settings.landlord.email);
    let (token, link) = new_link(deps);
    let expires_at = link.expires_at;
    let found = db::write(&mut conn, |conn| {
        if accounts::active_administrators(conn, None)? > 0 {
            return Ok(FirstAdministrator::Present);
        }
        if accounts::administrator_has_live_link(conn, now.naive_utc())? {
            return Ok(FirstAdministrator::LinkAlreadyGiven);
        }
        let id = match accounts::by_email(conn, &email)? {
            Some(row)
                if row.state == AccountState::Invited.as_str()
                    && row.roles.split(',').any(|r| r == "administrator") =>
            {
                row.id
            }
            Some(_) => return Ok(FirstAdministrator::UseTheCommandLine),
            None => {
                let roles = Roles::new(vec![crate::domain::staff::Role::Administrator])
                    .map_err(|e| DbError::Corrupt(e.to_string()))?;
                let account =
                    NewAccount::new(&email, "Administrator", roles).map_err(|e| DbError::Corrupt(e.to_string()))?;
                accounts::insert(
                    conn,
                    &account.email,
                    &account.name,
                    &account.roles.stored(),
                    AccountState::Invited.as_str(),
                    now.naive_utc(),
                )?
            }
        };
        accounts::new_link(conn, id, &hash_token(&token), now.naive_utc(), expires_at.naive_utc())?;
        audit(
            conn,
            &By::Server,
            "first-administrator-link",
            id,
            &format!("link valid until {}", expires_at.to_rfc3339()),
            now,
        )?;
        Ok::<_, DbError>(FirstAdministrator::Link { email: email.clone(), link: link.clone() })
    })?;
    Ok(found)
}

/// A fresh token and the link that carries it.
fn new_link(deps: &Deps) -> (String, Link) {
    let token = random_token();
    let mut url = deps.settings.server.public_url.clone();
    url.set_path(&format!("/staff/password/{token}"));
    let link = Link { url: url.to_string(), expires_at: deps.clock.now() + Duration::hours(LINK_HOURS) };
    (token, link)
}

/// What a change did, for the audit: the action and its detail.
type Change = (&'static str, String);

/// Loads the account by email, applies `step` and writes its audit line, all in one transaction.
async fn change<F>(deps: &Deps, email: &str, by: By, step: F) -> Result<Done<()>, Error>
where
    F: FnOnce(&mut DbConnection, &Account, chrono::NaiveDateTime) -> Result<Done<Change>, DbError> + Send + 'static,
{
    let email = email_key(email);
    let now = deps.clock.now();
    let done = deps
        .db
        .run(move |conn| {
            db::write(conn, |conn| {
                let Some(row) = accounts::by_email(conn, &email)? else {
                    return Ok(Done::Refused(StaffError::NoSuchAccount));
                };
                let account = Account::try_from(row)?;
                match step(conn, &account, now.naive_utc())? {
                    Done::Done((action, detail)) => {
                        audit(conn, &by, action, account.id, &detail, now)?;
                        Ok(Done::Done(()))
                    }
                    Done::Refused(refusal) => Ok(Done::Refused(refusal)),
                }
            })
        })
        .await?;
    Ok(done)
}

fn audit(
    conn: &mut DbConnection,
    by: &By,
    action: &str,
    id: i32,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let actor = by.actor();
    let entry = AuditEntry { actor: &actor, action, staff_id: Some(id), address: by.address(), detail };
    Ok(accounts::audit(conn, &entry, now.naive_utc())?)
}
