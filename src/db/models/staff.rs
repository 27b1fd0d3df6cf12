//! Staff accounts, their one-time links to set a password, and the staff audit.
//!
//! An account's email is stored in lower case (the domain's `email_key`). A link's token is never stored,
//! only its hash; a link is spent when used or when a newer one for the same person replaces it. The audit
//! is only ever added to: the database refuses to change or delete a row (a trigger on both backends).

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{sign_in_throttle, staff, staff_audit, staff_links, staff_recovery_codes, staff_sessions};
use crate::db::DbConnection;

/// One account as stored.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = staff)]
pub struct StaffRow {
    pub id: i32,
    pub email: String,
    pub name: String,
    /// Role names separated by commas.
    pub roles: String,
    /// `invited`, `active` or `disabled`.
    pub state: String,
    /// The argon2id hash as a PHC string, once a password is set.
    pub password_hash: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// The TOTP secret, sealed with the server's key, once enrolled.
    pub totp_secret: Option<String>,
    /// The secret being enrolled, sealed.
    pub totp_pending: Option<String>,
    /// The time step of the last code used.
    pub totp_last_step: Option<i64>,
}

/// Adds an account; its id.
pub fn insert(
    conn: &mut DbConnection,
    email: &str,
    name: &str,
    roles: &str,
    state: &str,
    now: NaiveDateTime,
) -> QueryResult<i32> {
    diesel::insert_into(staff::table)
        .values((
            staff::email.eq(email),
            staff::name.eq(name),
            staff::roles.eq(roles),
            staff::state.eq(state),
            staff::created_at.eq(now),
            staff::updated_at.eq(now),
        ))
        .returning(staff::id)
        .get_result(conn)
}

pub fn by_email(conn: &mut DbConnection, email: &str) -> QueryResult<Option<StaffRow>> {
    staff::table.filter(staff::email.eq(email)).select(StaffRow::as_select()).first(conn).optional()
}

pub fn by_id(conn: &mut DbConnection, id: i32) -> QueryResult<Option<StaffRow>> {
    staff::table.find(id).select(StaffRow::as_select()).first(conn).optional()
}

/// Every account, by name.
pub fn all(conn: &mut DbConnection) -> QueryResult<Vec<StaffRow>> {
    staff::table.order((staff::name, staff::id)).select(StaffRow::as_select()).load(conn)
}

pub fn set_roles(conn: &mut DbConnection, id: i32, roles: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(staff::table.find(id)).set((staff::roles.eq(roles), staff::updated_at.eq(now))).execute(conn)
}

pub fn set_state(conn: &mut DbConnection, id: i32, state: &str, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(staff::table.find(id)).set((staff::state.eq(state), staff::updated_at.eq(now))).execute(conn)
}

/// Active accounts with the administrator role, other than `except`.
pub fn active_administrators(conn: &mut DbConnection, except: Option<i32>) -> QueryResult<i64> {
    let rows: Vec<(i32, String)> =
        staff::table.filter(staff::state.eq("active")).select((staff::id, staff::roles)).load(conn)?;
    Ok(rows.iter().filter(|(id, roles)| Some(*id) != except && roles.split(',').any(|r| r == "administrator")).count()
        as i64)
}

/// Whether any account with the administrator role has a link that is neither spent nor expired.
pub fn administrator_has_live_link(conn: &mut DbConnection, now: NaiveDateTime) -> QueryResult<bool> {
    let rows: Vec<String> = staff_links::table
        .inner_join(staff::table)
        .filter(staff_links::spent_at.is_null())
        .filter(staff_links::expires_at.gt(now))
        .select(staff::roles)
        .load(conn)?;
    Ok(rows.iter().any(|roles| roles.split(',').any(|r| r == "administrator")))
}

/// A new one-time link for an account, spending every earlier link of theirs.
pub fn new_link(
    conn: &mut DbConnection,
    staff_id: i32,
    token_hash: &str,
    now: NaiveDateTime,
    expires_at: NaiveDateTime,
) -> QueryResult<()> {
    spend_links(conn, staff_id, now)?;
    diesel::insert_into(staff_links::table)
        .values((
            staff_links::token_hash.eq(token_hash),
            staff_links::staff_id.eq(staff_id),
            staff_links::created_at.eq(now),
            staff_links::expires_at.eq(expires_at),
        ))
        .execute(conn)?;
    Ok(())
}

/// Spends every unspent link of an account (a new link, or the account disabled).
pub fn spend_links(conn: &mut DbConnection, staff_id: i32, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        staff_links::table.filter(staff_links::staff_id.eq(staff_id)).filter(staff_links::spent_at.is_null()),
    )
    .set(staff_links::spent_at.eq(now))
    .execute(conn)
}

/// A link as stored.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = staff_links)]
pub struct LinkRow {
    pub id: i32,
    pub token_hash: String,
    pub staff_id: i32,
    pub created_at: NaiveDateTime,
    pub expires_at: NaiveDateTime,
    pub spent_at: Option<NaiveDateTime>,
}

pub fn link_by_hash(conn: &mut DbConnection, token_hash: &str) -> QueryResult<Option<LinkRow>> {
    staff_links::table
        .filter(staff_links::token_hash.eq(token_hash))
        .select(LinkRow::as_select())
        .first(conn)
        .optional()
}

/// Stores a new password hash and the account's new state.
pub fn set_password(
    conn: &mut DbConnection,
    id: i32,
    hash: &str,
    state: &str,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(staff::table.find(id))
        .set((staff::password_hash.eq(hash), staff::state.eq(state), staff::updated_at.eq(now)))
        .execute(conn)
}

/// Replaces a password hash with one made with stronger parameters, at sign-in.
pub fn rehash(conn: &mut DbConnection, id: i32, hash: &str) -> QueryResult<usize> {
    diesel::update(staff::table.find(id)).set(staff::password_hash.eq(hash)).execute(conn)
}

/// A session as stored.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = staff_sessions)]
pub struct SessionRow {
    pub id: i32,
    pub token_hash: String,
    pub staff_id: i32,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
    pub ended_at: Option<NaiveDateTime>,
    pub address: Option<String>,
    /// `full`, or a step of signing in still to take: `second-factor` or `enrol`.
    pub stage: String,
}

pub fn start_session(
    conn: &mut DbConnection,
    staff_id: i32,
    token_hash: &str,
    address: Option<&str>,
    stage: &str,
    now: NaiveDateTime,
) -> QueryResult<()> {
    diesel::insert_into(staff_sessions::table)
        .values((
            staff_sessions::stage.eq(stage),
            staff_sessions::token_hash.eq(token_hash),
            staff_sessions::staff_id.eq(staff_id),
            staff_sessions::created_at.eq(now),
            staff_sessions::last_seen_at.eq(now),
            staff_sessions::address.eq(address),
        ))
        .execute(conn)?;
    Ok(())
}

/// A live session and its account, by the token's hash.
pub fn session_by_hash(conn: &mut DbConnection, token_hash: &str) -> QueryResult<Option<(SessionRow, StaffRow)>> {
    staff_sessions::table
        .inner_join(staff::table)
        .filter(staff_sessions::token_hash.eq(token_hash))
        .filter(staff_sessions::ended_at.is_null())
        .select((SessionRow::as_select(), StaffRow::as_select()))
        .first(conn)
        .optional()
}

/// An account's sessions not yet ended, newest first (some may be past a limit: the caller checks).
pub fn open_sessions_of(conn: &mut DbConnection, staff_id: i32) -> QueryResult<Vec<SessionRow>> {
    staff_sessions::table
        .filter(staff_sessions::staff_id.eq(staff_id))
        .filter(staff_sessions::ended_at.is_null())
        .order(staff_sessions::id.desc())
        .select(SessionRow::as_select())
        .load(conn)
}

/// Ends one of an account's sessions: 1 if it was theirs and open.
pub fn end_own_session(conn: &mut DbConnection, staff_id: i32, id: i32, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(
        staff_sessions::table
            .find(id)
            .filter(staff_sessions::staff_id.eq(staff_id))
            .filter(staff_sessions::ended_at.is_null()),
    )
    .set(staff_sessions::ended_at.eq(now))
    .execute(conn)
}

/// When a session began.
pub fn session_started(conn: &mut DbConnection, id: i32) -> QueryResult<Option<NaiveDateTime>> {
    staff_sessions::table.find(id).select(staff_sessions::created_at).first(conn).optional()
}

pub fn touch_session(conn: &mut DbConnection, id: i32, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(staff_sessions::table.find(id)).set(staff_sessions::last_seen_at.eq(now)).execute(conn)
}

pub fn end_session(conn: &mut DbConnection, id: i32, now: NaiveDateTime) -> QueryResult<usize> {
    diesel::update(staff_sessions::table.find(id).filter(staff_sessions::ended_at.is_null()))
        .set(staff_sessions::ended_at.eq(now))
        .execute(conn)
}

/// Ends every live session of an account but `except` (the one making the change, if any).
pub fn end_sessions_of(
    conn: &mut DbConnection,
    staff_id: i32,
    except: Option<i32>,
    now: NaiveDateTime,
) -> QueryResult<usize> {
    diesel::update(
        staff_sessions::table
            .filter(staff_sessions::staff_id.eq(staff_id))
            .filter(staff_sessions::ended_at.is_null())
            .filter(staff_sessions::id.ne(except.unwrap_or(-1))),
    )
    .set(staff_sessions::ended_at.eq(now))
    .execute(conn)
}

/// Moves a session to a stage of signing in under a new token (its hash): a session that gains rights gets a
/// new token, so a token seen before cannot ride on them.
pub fn set_session_stage(conn: &mut DbConnection, id: i32, stage: &str, token_hash: &str) -> QueryResult<usize> {
    diesel::update(staff_sessions::table.find(id))
        .set((staff_sessions::stage.eq(stage), staff_sessions::token_hash.eq(token_hash)))
        .execute(conn)
}

/// Keeps a newly drawn secret (sealed) while the person enrols it.
pub fn set_totp_pending(conn: &mut DbConnection, id: i32, sealed: &str) -> QueryResult<usize> {
    diesel::update(staff::table.find(id)).set(staff::totp_pending.eq(sealed)).execute(conn)
}

/// Makes the pending secret the account's second factor, with the step of the code that proved it.
pub fn enrol_totp(conn: &mut DbConnection, id: i32, sealed: &str, step: i64) -> QueryResult<usize> {
    diesel::update(staff::table.find(id))
        .set((staff::totp_secret.eq(sealed), staff::totp_pending.eq(None::<String>), staff::totp_last_step.eq(step)))
        .execute(conn)
}

/// Records the step of a code just used, only if it is later than the last: 1 if it was, 0 if another
/// request used this code or a later one first.
pub fn use_totp_step(conn: &mut DbConnection, id: i32, step: i64) -> QueryResult<usize> {
    diesel::update(staff::table.find(id).filter(staff::totp_last_step.is_null().or(staff::totp_last_step.lt(step))))
        .set(staff::totp_last_step.eq(step))
        .execute(conn)
}

/// Removes the second factor and its recovery codes (an administrator's reset): the person enrols again.
pub fn clear_two_factor(conn: &mut DbConnection, id: i32) -> QueryResult<()> {
    diesel::update(staff::table.find(id))
        .set((
            staff::totp_secret.eq(None::<String>),
            staff::totp_pending.eq(None::<String>),
            staff::totp_last_step.eq(None::<i64>),
        ))
        .execute(conn)?;
    diesel::delete(staff_recovery_codes::table.filter(staff_recovery_codes::staff_id.eq(id))).execute(conn)?;
    Ok(())
}

/// Replaces an account's recovery codes with new ones (their keyed hashes).
pub fn replace_recovery_codes(conn: &mut DbConnection, id: i32, hashes: &[String]) -> QueryResult<()> {
    diesel::delete(staff_recovery_codes::table.filter(staff_recovery_codes::staff_id.eq(id))).execute(conn)?;
    for hash in hashes {
        diesel::insert_into(staff_recovery_codes::table)
            .values((staff_recovery_codes::staff_id.eq(id), staff_recovery_codes::code_hash.eq(hash)))
            .execute(conn)?;
    }
    Ok(())
}

/// Spends a recovery code: true if it was one of the account's unused codes.
pub fn use_recovery_code(conn: &mut DbConnection, id: i32, hash: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let used = diesel::update(
        staff_recovery_codes::table
            .filter(staff_recovery_codes::staff_id.eq(id))
            .filter(staff_recovery_codes::code_hash.eq(hash))
            .filter(staff_recovery_codes::used_at.is_null()),
    )
    .set(staff_recovery_codes::used_at.eq(now))
    .execute(conn)?;
    Ok(used == 1)
}

pub fn recovery_codes_left(conn: &mut DbConnection, id: i32) -> QueryResult<i64> {
    staff_recovery_codes::table
        .filter(staff_recovery_codes::staff_id.eq(id))
        .filter(staff_recovery_codes::used_at.is_null())
        .count()
        .get_result(conn)
}

/// Failed sign-ins under a key: how many, and when the last was.
pub fn failures(conn: &mut DbConnection, key: &str) -> QueryResult<Option<(i32, NaiveDateTime)>> {
    sign_in_throttle::table
        .find(key)
        .select((sign_in_throttle::failures, sign_in_throttle::last_failure_at))
        .first(conn)
        .optional()
}

/// Stores the count of failures under a key (after the caller has worked it out).
pub fn set_failures(conn: &mut DbConnection, key: &str, failures: i32, at: NaiveDateTime) -> QueryResult<()> {
    let updated = diesel::update(sign_in_throttle::table.find(key))
        .set((sign_in_throttle::failures.eq(failures), sign_in_throttle::last_failure_at.eq(at)))
        .execute(conn)?;
    if updated == 0 {
        diesel::insert_into(sign_in_throttle::table)
            .values((
                sign_in_throttle::key.eq(key),
                sign_in_throttle::failures.eq(failures),
                sign_in_throttle::last_failure_at.eq(at),
            ))
            .execute(conn)?;
    }
    Ok(())
}

/// Forgets the failures under a key (a successful sign-in).
pub fn clear_failures(conn: &mut DbConnection, key: &str) -> QueryResult<usize> {
    diesel::delete(sign_in_throttle::table.find(key)).execute(conn)
}

/// One line of the staff audit.
pub struct AuditEntry<'a> {
    /// `staff:ID`, `command-line` or `server`.
    pub actor: &'a str,
    /// What was done: `invited`, `disabled`, `enabled`, `link-sent`…
    pub action: &'a str,
    pub staff_id: Option<i32>,
    /// The client's IP address, for changes made in the browser.
    pub address: Option<&'a str>,
    /// What changed, without secrets: roles, the link's expiry.
    pub detail: &'a str,
}

pub fn audit(conn: &mut DbConnection, entry: &AuditEntry<'_>, at: NaiveDateTime) -> QueryResult<()> {
    diesel::insert_into(staff_audit::table)
        .values((
            staff_audit::at.eq(at),
            staff_audit::actor.eq(entry.actor),
            staff_audit::action.eq(entry.action),
            staff_audit::staff_id.eq(entry.staff_id),
            staff_audit::address.eq(entry.address),
            staff_audit::detail.eq(entry.detail),
        ))
        .execute(conn)?;
    Ok(())
}

/// One stored line of the staff audit.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = staff_audit)]
pub struct AuditRow {
    pub id: i32,
    pub at: NaiveDateTime,
    pub actor: String,
    pub action: String,
    pub staff_id: Option<i32>,
    pub address: Option<String>,
    pub detail: String,
}

/// The audit of one account, oldest first.
pub fn audit_for(conn: &mut DbConnection, staff_id: i32) -> QueryResult<Vec<AuditRow>> {
    staff_audit::table
        .filter(staff_audit::staff_id.eq(staff_id))
        .order(staff_audit::id)
        .select(AuditRow::as_select())
        .load(conn)
}
