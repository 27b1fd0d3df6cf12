//! Setting a password from a one-time link, signing in and out, and finding who a session belongs to.
//!
//! A session is a random 256-bit token in the staff cookie; only its hash is stored. Signing in always starts
//! a new session (no fixation), which opens only the second step (a code, or setting up an authenticator)
//! until that is done, for at most 10 minutes. A session ends at sign-out, after the idle limit, at the absolute limit, or
//! when the account is disabled or its password set again. Every sign-in, failure and sign-out is audited.
//! An unknown email, a wrong password and an account that may not sign in get the same answer, after the
//! same work (one argon2 verification each).

use chrono::{DateTime, Duration, Utc};

use crate::app::password;
use crate::app::{Deps, Error};
use crate::db::models::staff::{self as accounts, AuditEntry, LinkRow, StaffRow};
use crate::db::{self, DbConnection, DbError};
use crate::domain::password::{acceptable_password, normalise, Owner, PasswordProblem};
use crate::domain::staff::{
    email_key, one_more_failure, refused_until, wait_after_failures, AccountState, Roles, FREE_TRIES_PER_ACCOUNT,
    FREE_TRIES_PER_ADDRESS, LOCK_MINUTES,
};
use crate::token::{hash_token, is_well_formed, random_token};

/// Where a link to set a password stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkState {
    /// Usable: for this person.
    Valid { name: String, email: String },
    /// Older than 24 hours.
    Expired,
    /// Used already, or replaced by a newer link, or the account was disabled.
    Spent,
    /// Not a link this service made.
    Unknown,
}

fn link_state(link: Option<&LinkRow>, account: Option<&StaffRow>, now: DateTime<Utc>) -> LinkState {
    match (link, account) {
        (Some(link), Some(account)) if link.spent_at.is_some() || account.state == AccountState::Disabled.as_str() => {
            LinkState::Spent
        }
        (Some(link), Some(_)) if link.expires_at <= now.naive_utc() => LinkState::Expired,
        (Some(_), Some(account)) => LinkState::Valid { name: account.name.clone(), email: account.email.clone() },
        _ => LinkState::Unknown,
    }
}

fn load_link(conn: &mut DbConnection, token: &str) -> Result<(Option<LinkRow>, Option<StaffRow>), DbError> {
    if !is_well_formed(token) {
        return Ok((None, None));
    }
    let link = accounts::link_by_hash(conn, &hash_token(token))?;
    let account = match &link {
        Some(link) => accounts::by_id(conn, link.staff_id)?,
        None => None,
    };
    Ok((link, account))
}

/// What a link is good for, without using it.
pub async fn open_link(deps: &Deps, token: &str) -> Result<LinkState, Error> {
    let token = token.to_string();
    let now = deps.clock.now();
    let (link, account) = deps.db.run(move |conn| load_link(conn, &token)).await?;
    Ok(link_state(link.as_ref(), account.as_ref(), now))
}

/// The outcome of setting a password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasswordSet {
    Set,
    /// The password is not acceptable: the page says why.
    Problem(PasswordProblem),
    /// The link cannot be used.
    Link(LinkState),
}

/// Sets the password of the link's account, spends the link and ends the account's sessions.
pub async fn set_password(
    deps: &Deps,
    token: &str,
    new: &str,
    again: &str,
    address: Option<String>,
) -> Result<PasswordSet, Error> {
    let state = open_link(deps, token).await?;
    let LinkState::Valid { name, email } = &state else { return Ok(PasswordSet::Link(state)) };
    let landlord = deps.settings.landlord.name.clone();
    let owner = Owner { name, email, service_names: &["Talk to Us", &landlord] };
    let password = match acceptable_password(new, again, &owner) {
        Ok(password) => password,
        Err(problem) => return Ok(PasswordSet::Problem(problem)),
    };
    let hash = password::hash(deps, password).await?;
    let token = token.to_string();
    let now = deps.clock.now();
    let outcome = deps
        .db
        .run(move |conn| {
            db::write(conn, |conn| {
                let (link, account) = load_link(conn, &token)?;
                let (Some(link), Some(account)) = (link, account) else {
                    return Ok(PasswordSet::Link(LinkState::Unknown));
                };
                // Another tab may have used it in the meantime.
                let state = link_state(Some(&link), Some(&account), now);
                if !matches!(state, LinkState::Valid { .. }) {
                    return Ok(PasswordSet::Link(state));
                }
                let at = now.naive_utc();
                accounts::set_password(conn, account.id, &hash, AccountState::Active.as_str(), at)?;
                accounts::spend_links(conn, account.id, at)?;
                let ended = accounts::end_sessions_of(conn, account.id, None, at)?;
                let detail = format!("sessions ended: {ended}");
                audit(conn, "password-set", Some(account.id), address.as_deref(), &detail, now)?;
                Ok::<_, DbError>(PasswordSet::Set)
            })
        })
        .await?;
    Ok(outcome)
}

/// How far a session has got: both factors given, or a step still to take.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Signed in.
    Full,
    /// The password was right; a code from the authenticator (or a recovery code) is asked for next.
    SecondFactor,
    /// The password was right, and the account has no authenticator yet: set one up first.
    Enrol,
}

impl Stage {
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Full => "full",
            Stage::SecondFactor => "second-factor",
            Stage::Enrol => "enrol",
        }
    }

    fn parse(text: &str) -> Stage {
        match text {
            "full" => Stage::Full,
            "enrol" => Stage::Enrol,
            _ => Stage::SecondFactor,
        }
    }
}

/// How long the second step of signing in may take.
const SECOND_STEP_MINUTES: i64 = 10;

/// The outcome of changing one's own password.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PasswordChanged {
    Changed,
    /// The current password typed is not right (counted like a failed sign-in).
    WrongCurrent,
    Problem(PasswordProblem),
    Locked {
        until: DateTime<Utc>,
    },
}

/// A signed-in person changes their password: the current one first (OWASP ASVS 6.2.3), then the new one
/// under the same rules as a first password. Their other sessions end; this one stays.
pub async fn change_password(
    deps: &Deps,
    member: &Member,
    current: &str,
    new: &str,
    again: &str,
    address: Option<String>,
) -> Result<PasswordChanged, Error> {
    let (id, session, now) = (member.id, member.session_id, deps.clock.now());
    let keys = throttle_keys(&member.email, address.as_deref());
    let (stored, locked) = {
        let keys = keys.clone();
        deps.db
            .run(move |conn| {
                let stored = accounts::by_id(conn, id)?.and_then(|a| a.password_hash);
                Ok((stored, locked_until(conn, &keys, now)?))
            })
            .await?
    };
    if let Some(until) = locked {
        return Ok(PasswordChanged::Locked { until });
    }
    let checked = password::verify(deps, normalise(current), stored).await?;
    if !checked.matches {
        let address = address.clone();
        deps.db
            .run(move |conn| {
                db::write(conn, |conn| {
                    audit(conn, "password-change-failed", Some(id), address.as_deref(), "current password wrong", now)?;
                    if count_failure(conn, &keys, now)? {
                        audit(conn, "locked", Some(id), address.as_deref(), "15 minutes", now)?;
                    }
                    Ok(())
                })
            })
            .await?;
        return Ok(PasswordChanged::WrongCurrent);
    }
    let landlord = deps.settings.landlord.name.clone();
    let owner = Owner { name: &member.name, email: &member.email, service_names: &["Talk to Us", &landlord] };
    let password = match acceptable_password(new, again, &owner) {
        Ok(password) => password,
        Err(problem) => return Ok(PasswordChanged::Problem(problem)),
    };
    let hash = password::hash(deps, password).await?;
    deps.db
        .run(move |conn| {
            db::write(conn, |conn| {
                let at = now.naive_utc();
                accounts::set_password(conn, id, &hash, AccountState::Active.as_str(), at)?;
                accounts::spend_links(conn, id, at)?;
                let ended = accounts::end_sessions_of(conn, id, Some(session), at)?;
                audit(
                    conn,
                    "password-changed",
                    Some(id),
                    address.as_deref(),
                    &format!("other sessions ended: {ended}"),
                    now,
                )
            })
        })
        .await?;
    Ok(PasswordChanged::Changed)
}

/// The outcome of a sign-in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignedIn {
    /// A new session, with the second step still to take: this token goes in the cookie, and nowhere else.
    Signed { token: String, next: Stage },
    /// The same answer, whatever was wrong.
    Refused,
    /// Too many failed tries for this email address or from this address: no try is made until then.
    Locked { until: DateTime<Utc> },
}

/// The keys failed tries are counted under: the email typed (hashed, whether or not it has an account) and
/// the client's address.
pub(crate) fn throttle_keys(email: &str, address: Option<&str>) -> Vec<(String, i32)> {
    let mut keys = vec![(format!("email:{}", hash_token(&email_key(email))), FREE_TRIES_PER_ACCOUNT)];
    if let Some(address) = address {
        keys.push((format!("address:{address}"), FREE_TRIES_PER_ADDRESS));
    }
    keys
}

/// The latest time any of the keys is refused until, if one is.
pub(crate) fn locked_until(
    conn: &mut DbConnection,
    keys: &[(String, i32)],
    now: DateTime<Utc>,
) -> Result<Option<DateTime<Utc>>, DbError> {
    let mut until = None;
    for (key, free) in keys {
        if let Some(t) = refused_until(accounts::failures(conn, key)?, *free, now.naive_utc()) {
            until = until.max(Some(t.and_utc()));
        }
    }
    Ok(until)
}

/// Counts one more failure under each key; true if the email's count has just reached the lock.
pub(crate) fn count_failure(
    conn: &mut DbConnection,
    keys: &[(String, i32)],
    now: DateTime<Utc>,
) -> Result<bool, DbError> {
    let mut locked = false;
    for (i, (key, free)) in keys.iter().enumerate() {
        let count = one_more_failure(accounts::failures(conn, key)?, now.naive_utc());
        accounts::set_failures(conn, key, count, now.naive_utc())?;
        if i == 0 && wait_after_failures(count, *free).is_some_and(|w| w.num_minutes() >= LOCK_MINUTES) {
            locked = true;
        }
    }
    Ok(locked)
}

/// Signs in with an email address and password.
pub async fn sign_in(deps: &Deps, email: &str, password: &str, address: Option<String>) -> Result<SignedIn, Error> {
    let key = email_key(email);
    let keys = throttle_keys(email, address.as_deref());
    let now = deps.clock.now();
    let (account, locked) = {
        let keys = keys.clone();
        deps.db.run(move |conn| Ok((accounts::by_email(conn, &key)?, locked_until(conn, &keys, now)?))).await?
    };
    if let Some(until) = locked {
        let id = account.as_ref().map(|a| a.id);
        let address = address.clone();
        deps.db.run(move |conn| audit(conn, "sign-in-refused-while-locked", id, address.as_deref(), "", now)).await?;
        return Ok(SignedIn::Locked { until });
    }
    let checked =
        password::verify(deps, normalise(password), account.as_ref().and_then(|a| a.password_hash.clone())).await?;
    let now = deps.clock.now();
    let active = account.as_ref().is_some_and(|a| a.state == AccountState::Active.as_str());
    let signed = deps
        .db
        .run(move |conn| {
            db::write(conn, |conn| {
                let id = account.as_ref().map(|a| a.id);
                if !(checked.matches && active) {
                    let why = match &account {
                        None => "no such account",
                        Some(_) if !checked.matches => "wrong password",
                        Some(a) => {
                            if a.state == AccountState::Disabled.as_str() {
                                "account disabled"
                            } else {
                                "no password set yet"
                            }
                        }
                    };
                    audit(conn, "sign-in-failed", id, address.as_deref(), why, now)?;
                    if count_failure(conn, &keys, now)? {
                        audit(conn, "locked", id, address.as_deref(), "15 minutes", now)?;
                    }
                    return Ok(SignedIn::Refused);
                }
                let id = id.ok_or_else(|| DbError::Corrupt("a matching password without an account".into()))?;
                accounts::clear_failures(conn, &keys[0].0)?;
                let token = random_token();
                let next = if account.as_ref().is_some_and(|a| a.totp_secret.is_some()) {
                    Stage::SecondFactor
                } else {
                    Stage::Enrol
                };
                accounts::start_session(
                    conn,
                    id,
                    &hash_token(&token),
                    address.as_deref(),
                    next.as_str(),
                    now.naive_utc(),
                )?;
                if let Some(stronger) = &checked.rehashed {
                    accounts::rehash(conn, id, stronger)?;
                }
                audit(conn, "password-accepted", Some(id), address.as_deref(), next.as_str(), now)?;
                Ok::<_, DbError>(SignedIn::Signed { token, next })
            })
        })
        .await?;
    Ok(signed)
}

/// A signed-in member of staff.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub id: i32,
    pub session_id: i32,
    pub name: String,
    pub email: String,
    pub roles: Roles,
    /// When the session will end if the person does nothing more.
    pub signs_out_at: DateTime<Utc>,
    /// Signed in, or a step of signing in still to take.
    pub stage: Stage,
}

/// How often a session's last-seen time is written: often enough for the idle limit, seldom enough that
/// every page is not a write.
const TOUCH_EVERY: i64 = 30;

/// The member of staff whose session this token is, if it is live; a session past a limit is ended.
pub async fn member(deps: &Deps, token: &str) -> Result<Option<Member>, Error> {
    if !is_well_formed(token) {
        return Ok(None);
    }
    let hash = hash_token(token);
    let now = deps.clock.now();
    let (idle, absolute) = (deps.settings.server.staff_idle, deps.settings.server.staff_session);
    let member = deps
        .db
        .run(move |conn| {
            let Some((session, account)) = accounts::session_by_hash(conn, &hash)? else { return Ok(None) };
            let at = now.naive_utc();
            let stage = Stage::parse(&session.stage);
            let idle_ends = session.last_seen_at + idle;
            let absolute_ends = if stage == Stage::Full {
                session.created_at + absolute
            } else {
                session.created_at + Duration::minutes(SECOND_STEP_MINUTES)
            };
            if account.state != AccountState::Active.as_str() || at >= idle_ends || at >= absolute_ends {
                db::write(conn, |conn| {
                    accounts::end_session(conn, session.id, at)?;
                    audit(conn, "session-expired", Some(account.id), None, "", now)
                })?;
                return Ok(None);
            }
            let seen = if at - session.last_seen_at >= Duration::seconds(TOUCH_EVERY) {
                accounts::touch_session(conn, session.id, at)?;
                at
            } else {
                session.last_seen_at
            };
            let roles = Roles::from_stored(&account.roles)
                .map_err(|e| DbError::Corrupt(format!("staff account {} roles: {e}", account.id)))?;
            let ends = (seen + idle).min(absolute_ends).and_utc();
            Ok(Some(Member {
                id: account.id,
                session_id: session.id,
                name: account.name,
                email: account.email,
                roles,
                signs_out_at: ends,
                stage,
            }))
        })
        .await?;
    Ok(member)
}

/// One of a person's live sessions, as they see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionView {
    pub id: i32,
    pub started: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
    pub address: Option<String>,
    /// The session of this request.
    pub current: bool,
}

/// A person's live sessions (signed in fully, within both limits), newest first.
pub async fn sessions(deps: &Deps, member: &Member) -> Result<Vec<SessionView>, Error> {
    let (id, current) = (member.id, member.session_id);
    let now = deps.clock.now().naive_utc();
    let (idle, absolute) = (deps.settings.server.staff_idle, deps.settings.server.staff_session);
    let rows = deps.db.run(move |conn| Ok(accounts::open_sessions_of(conn, id)?)).await?;
    Ok(rows
        .into_iter()
        .filter(|s| s.stage == Stage::Full.as_str() && now < s.last_seen_at + idle && now < s.created_at + absolute)
        .map(|s| SessionView {
            id: s.id,
            started: s.created_at.and_utc(),
            last_seen: s.last_seen_at.and_utc(),
            address: s.address,
            current: s.id == current,
        })
        .collect())
}

/// Ends one of the person's other sessions (a browser left signed in elsewhere), or all of them.
pub async fn end_other_sessions(
    deps: &Deps,
    member: &Member,
    which: Option<i32>,
    address: Option<String>,
) -> Result<usize, Error> {
    let (id, current) = (member.id, member.session_id);
    let now = deps.clock.now();
    let ended = deps
        .db
        .run(move |conn| {
            db::write(conn, |conn| {
                let ended = match which {
                    Some(session) if session != current => {
                        accounts::end_own_session(conn, id, session, now.naive_utc())?
                    }
                    Some(_) => 0,
                    None => accounts::end_sessions_of(conn, id, Some(current), now.naive_utc())?,
                };
                if ended > 0 {
                    audit(conn, "sessions-ended", Some(id), address.as_deref(), &format!("{ended} ended"), now)?;
                }
                Ok::<_, DbError>(ended)
            })
        })
        .await?;
    Ok(ended)
}

/// "Stay signed in": the idle limit starts again now (the absolute limit does not move). Returns the new
/// time of sign-out.
pub async fn stay_signed_in(deps: &Deps, member: &Member) -> Result<DateTime<Utc>, Error> {
    let session = member.session_id;
    let now = deps.clock.now().naive_utc();
    let (idle, absolute) = (deps.settings.server.staff_idle, deps.settings.server.staff_session);
    let started = deps
        .db
        .run(move |conn| {
            accounts::touch_session(conn, session, now)?;
            Ok(accounts::session_started(conn, session)?)
        })
        .await?;
    Ok((now + idle).min(started.unwrap_or(now) + absolute).and_utc())
}

/// Ends a session.
pub async fn sign_out(deps: &Deps, member: &Member, address: Option<String>) -> Result<(), Error> {
    let (session, id) = (member.session_id, member.id);
    let now = deps.clock.now();
    deps.db
        .run(move |conn| {
            db::write(conn, |conn| {
                accounts::end_session(conn, session, now.naive_utc())?;
                audit(conn, "signed-out", Some(id), address.as_deref(), "", now)
            })
        })
        .await?;
    Ok(())
}

fn audit(
    conn: &mut DbConnection,
    action: &str,
    staff_id: Option<i32>,
    address: Option<&str>,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<(), DbError> {
    let actor = staff_id.map_or("anonymous".to_string(), |id| format!("staff:{id}"));
    let entry = AuditEntry { actor: &actor, action, staff_id, address, detail };
    Ok(accounts::audit(conn, &entry, now.naive_utc())?)
}
