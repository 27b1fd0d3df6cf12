//! The outbox: every email, written in the same transaction as the event that causes it, then claimed,
//! delivered and recorded by the delivery worker. Each row is also the case's record of the letter: what was
//! sent, to whom, when, and whether it arrived.
//!
//! Claiming takes a lease, so workers in one process or many never send one message at the same time: on
//! SQLite the claim runs in an immediate (write-locked) transaction; on PostgreSQL it selects with
//! `FOR UPDATE SKIP LOCKED`. A worker that dies leaves its lease to run out; the message is then claimed again
//! and sent with the same `Message-ID`.

use chrono::{Duration, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{alerts, outbox};
use crate::db::{DbConnection, DbError};

/// The states of a message.
pub const PENDING: &str = "pending";
pub const SENT: &str = "sent";
pub const FAILED: &str = "failed";

/// A message: what it says and to whom. Written to the outbox as it is; part of every outbox row.
#[derive(Clone, Debug, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct NewMessage {
    /// What the message is: `receipt`, `staff-new-case`, `stage-1-acknowledgement`…
    pub kind: String,
    /// Who it is for: `customer`, `representative` or `staff`.
    pub recipient_role: String,
    pub to_name: String,
    pub to_address: String,
    /// The language it is written in.
    pub language: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct Message {
    pub id: i32,
    pub case_id: Option<i32>,
    #[diesel(embed)]
    pub letter: NewMessage,
    pub message_id: String,
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: NaiveDateTime,
    pub lease_owner: Option<String>,
    pub lease_until: Option<NaiveDateTime>,
    pub last_error: Option<String>,
    pub delay_alerted: bool,
    pub created_at: NaiveDateTime,
    pub sent_at: Option<NaiveDateTime>,
    pub updated_at: NaiveDateTime,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = alerts)]
pub struct Alert {
    pub id: i32,
    pub kind: String,
    pub case_id: Option<i32>,
    pub outbox_id: Option<i32>,
    pub detail: String,
    pub created_at: NaiveDateTime,
    pub resolved_at: Option<NaiveDateTime>,
}

/// Adds messages to the outbox. Call it inside the transaction that records the event causing them.
/// `domain` is the right-hand side of every `Message-ID`.
pub fn enqueue(
    conn: &mut DbConnection,
    case_id: Option<i32>,
    messages: &[NewMessage],
    now: NaiveDateTime,
    domain: &str,
) -> QueryResult<Vec<i32>> {
    let mut ids = Vec::with_capacity(messages.len());
    for m in messages {
        // A placeholder that is unique until the row's id is known.
        let token = crate::token::random_token();
        let id: i32 = diesel::insert_into(outbox::table)
            .values((
                outbox::case_id.eq(case_id),
                outbox::kind.eq(&m.kind),
                outbox::recipient_role.eq(&m.recipient_role),
                outbox::to_name.eq(&m.to_name),
                outbox::to_address.eq(&m.to_address),
                outbox::language.eq(&m.language),
                outbox::subject.eq(&m.subject),
                outbox::body_text.eq(&m.body_text),
                outbox::body_html.eq(&m.body_html),
                outbox::message_id.eq(&token),
                outbox::state.eq(PENDING),
                outbox::attempts.eq(0),
                outbox::next_attempt_at.eq(now),
                outbox::delay_alerted.eq(false),
                outbox::created_at.eq(now),
                outbox::updated_at.eq(now),
            ))
            .returning(outbox::id)
            .get_result(conn)?;
        // Stable for the life of the row: a resend after a crash carries the same Message-ID.
        let message_id = format!("<ttu.{id}.{}@{domain}>", &token[..12]);
        diesel::update(outbox::table.find(id)).set(outbox::message_id.eq(message_id)).execute(conn)?;
        if let Some(case_id) = case_id {
            event(conn, case_id, now, "letter-queued", id, &m.kind, &m.recipient_role)?;
        }
        ids.push(id);
    }
    Ok(ids)
}

fn event(
    conn: &mut DbConnection,
    case_id: i32,
    at: NaiveDateTime,
    kind: &str,
    outbox_id: i32,
    letter: &str,
    to: &str,
) -> QueryResult<usize> {
    let detail = serde_json::json!({ "outbox": outbox_id, "letter": letter, "to": to });
    super::event::audit(conn, case_id, at, kind, "system", &detail)
}

/// The most times one message is claimed. A message that kills its worker every time it is tried would
/// otherwise be claimed again at the end of every lease until it was given up.
pub const MAX_TRIES: i32 = 60;

/// Claims the next due message for `owner` until `lease_until`, or `None` if nothing is due. Every claim
/// counts as a try. A message first queued before `give_up_before`, or tried [`MAX_TRIES`] times, is not sent:
/// it is marked failed with an alert, and returned in that state so the worker can report it.
pub fn claim(
    conn: &mut DbConnection,
    owner: &str,
    now: NaiveDateTime,
    lease_until: NaiveDateTime,
    give_up_before: NaiveDateTime,
) -> Result<Option<Message>, DbError> {
    crate::db::write(conn, |conn| {
        let due = outbox::table
            .filter(outbox::state.eq(PENDING))
            .filter(outbox::next_attempt_at.le(now))
            .filter(outbox::lease_until.is_null().or(outbox::lease_until.lt(now)))
            .order((outbox::next_attempt_at, outbox::id))
            .select(outbox::id);
        let id: Option<i32> = match conn {
            // Rows another worker has locked are skipped, not waited for.
            DbConnection::Postgres(pg) => due.for_update().skip_locked().first(pg).optional()?,
            // The immediate transaction already holds SQLite's write lock.
            DbConnection::Sqlite(lite) => due.first(lite).optional()?,
        };
        let Some(id) = id else { return Ok(None) };
        diesel::update(outbox::table.find(id))
            .set((
                outbox::lease_owner.eq(owner),
                outbox::lease_until.eq(lease_until),
                outbox::attempts.eq(outbox::attempts + 1),
                outbox::updated_at.eq(now),
            ))
            .execute(conn)?;
        let m = by_id(conn, id)?;
        if m.created_at <= give_up_before || m.attempts > MAX_TRIES {
            let why = m.last_error.clone().unwrap_or_else(|| "no reply".into());
            fail(conn, &m, &format!("given up after {} tries: {why}", m.attempts - 1), now)?;
            return Ok(Some(by_id(conn, id)?));
        }
        Ok(Some(m))
    })
}

/// Records a delivery. A delivery always counts, even if this worker's lease ran out meanwhile; a second
/// delivery of the same message (after a lease ran out) changes nothing. Any "late" alert is resolved.
pub fn mark_sent(conn: &mut DbConnection, m: &Message, now: NaiveDateTime) -> Result<(), DbError> {
    crate::db::write(conn, |conn| {
        let changed = diesel::update(outbox::table.find(m.id).filter(outbox::state.eq(PENDING)))
            .set((outbox::state.eq(SENT), outbox::sent_at.eq(now), released(now)))
            .execute(conn)?;
        if changed == 0 {
            return Ok(());
        }
        diesel::update(alerts::table.filter(alerts::outbox_id.eq(m.id)).filter(alerts::kind.eq("letter-late")))
            .set(alerts::resolved_at.eq(now))
            .execute(conn)?;
        if let Some(case_id) = m.case_id {
            event(conn, case_id, now, "letter-sent", m.id, &m.letter.kind, &m.letter.recipient_role)?;
        }
        Ok(())
    })
}

type Released = (
    diesel::dsl::Eq<outbox::lease_owner, Option<String>>,
    diesel::dsl::Eq<outbox::lease_until, Option<NaiveDateTime>>,
    diesel::dsl::Eq<outbox::updated_at, NaiveDateTime>,
);

/// The changes that end a worker's lease on a message.
fn released(now: NaiveDateTime) -> Released {
    (outbox::lease_owner.eq(None), outbox::lease_until.eq(None), outbox::updated_at.eq(now))
}

type StillOurs = diesel::dsl::Filter<diesel::dsl::Find<outbox::table, i32>, StillOursCondition>;
type StillOursCondition =
    diesel::dsl::And<diesel::dsl::Eq<outbox::state, &'static str>, diesel::dsl::Eq<outbox::lease_owner, String>>;

/// The message, if it is still undelivered and still leased to the worker that claimed it as `m`.
fn still_ours(m: &Message) -> StillOurs {
    outbox::table
        .find(m.id)
        .filter(outbox::state.eq(PENDING).and(outbox::lease_owner.eq(m.lease_owner.clone().unwrap_or_default())))
}

/// Records a failed try, to be tried again at `next`, unless another worker has taken the message over.
pub fn mark_retry(
    conn: &mut DbConnection,
    m: &Message,
    error: &str,
    now: NaiveDateTime,
    next: NaiveDateTime,
) -> Result<(), DbError> {
    crate::db::write(conn, |conn| {
        diesel::update(still_ours(m))
            .set((outbox::next_attempt_at.eq(next), outbox::last_error.eq(error), released(now)))
            .execute(conn)?;
        Ok(())
    })
}

/// Records a permanent failure and raises an alert for staff, in one transaction, unless another worker has
/// taken the message over (its outcome stands).
pub fn mark_failed(conn: &mut DbConnection, m: &Message, error: &str, now: NaiveDateTime) -> Result<(), DbError> {
    crate::db::write(conn, |conn| fail(conn, m, error, now))
}

fn fail(conn: &mut DbConnection, m: &Message, error: &str, now: NaiveDateTime) -> Result<(), DbError> {
    let changed = diesel::update(still_ours(m))
        .set((outbox::state.eq(FAILED), outbox::last_error.eq(error), released(now)))
        .execute(conn)?;
    if changed == 0 {
        return Ok(());
    }
    raise(conn, "letter-failed", m, error, now)?;
    if let Some(case_id) = m.case_id {
        event(conn, case_id, now, "letter-failed", m.id, &m.letter.kind, &m.letter.recipient_role)?;
    }
    Ok(())
}

/// Raises an alert once per message and kind. Returns whether a new alert was raised.
fn raise(conn: &mut DbConnection, kind: &str, m: &Message, detail: &str, now: NaiveDateTime) -> QueryResult<bool> {
    let exists = alerts::table
        .filter(alerts::kind.eq(kind))
        .filter(alerts::outbox_id.eq(m.id))
        .count()
        .get_result::<i64>(conn)?
        > 0;
    if exists {
        return Ok(false);
    }
    diesel::insert_into(alerts::table)
        .values((
            alerts::kind.eq(kind),
            alerts::case_id.eq(m.case_id),
            alerts::outbox_id.eq(m.id),
            alerts::detail.eq(detail),
            alerts::created_at.eq(now),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Raises a "late" alert for every message still undelivered `after` its creation. Returns the messages
/// newly alerted (their ids and cases, for the log).
pub fn alert_late(conn: &mut DbConnection, now: NaiveDateTime, after: Duration) -> Result<Vec<Message>, DbError> {
    crate::db::write(conn, |conn| {
        let late: Vec<Message> = outbox::table
            .filter(outbox::state.eq(PENDING))
            .filter(outbox::delay_alerted.eq(false))
            .filter(outbox::created_at.le(now - after))
            .select(Message::as_select())
            .load(conn)?;
        let mut alerted = Vec::new();
        for m in late {
            // Only the worker whose update changes the flag raises the alert, however many run at once.
            let changed = diesel::update(outbox::table.find(m.id).filter(outbox::delay_alerted.eq(false)))
                .set(outbox::delay_alerted.eq(true))
                .execute(conn)?;
            if changed == 1 {
                let detail = m.last_error.clone().unwrap_or_else(|| "not yet delivered".into());
                raise(conn, "letter-late", &m, &detail, now)?;
                alerted.push(m);
            }
        }
        Ok(alerted)
    })
}

/// Every message about a case, oldest first: its correspondence record.
pub fn for_case(conn: &mut DbConnection, case_id: i32) -> QueryResult<Vec<Message>> {
    outbox::table.filter(outbox::case_id.eq(case_id)).order(outbox::id).select(Message::as_select()).load(conn)
}

pub fn by_id(conn: &mut DbConnection, id: i32) -> QueryResult<Message> {
    outbox::table.find(id).select(Message::as_select()).first(conn)
}

/// Alerts not yet resolved, newest first.
pub fn open_alerts(conn: &mut DbConnection) -> QueryResult<Vec<Alert>> {
    alerts::table.filter(alerts::resolved_at.is_null()).order(alerts::id.desc()).select(Alert::as_select()).load(conn)
}

/// What `talk-to-us outbox status` reports.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Status {
    pub pending: i64,
    pub sent: i64,
    pub failed: i64,
    /// When the oldest undelivered message was created.
    pub oldest_pending: Option<NaiveDateTime>,
    /// Undelivered messages that have failed at least once.
    pub retrying: i64,
    pub open_alerts: i64,
    /// The latest permanent failures: id, case id, last error.
    pub failures: Vec<(i32, Option<i32>, String)>,
}

pub fn status(conn: &mut DbConnection) -> QueryResult<Status> {
    let count = |conn: &mut DbConnection, state: &str| -> QueryResult<i64> {
        outbox::table.filter(outbox::state.eq(state)).count().get_result(conn)
    };
    let oldest_pending = outbox::table
        .filter(outbox::state.eq(PENDING))
        .select(diesel::dsl::min(outbox::created_at))
        .first::<Option<NaiveDateTime>>(conn)?;
    let retrying =
        outbox::table.filter(outbox::state.eq(PENDING)).filter(outbox::attempts.gt(0)).count().get_result(conn)?;
    let open_alerts = alerts::table.filter(alerts::resolved_at.is_null()).count().get_result(conn)?;
    let failures = outbox::table
        .filter(outbox::state.eq(FAILED))
        .order(outbox::id.desc())
        .limit(10)
        .select((outbox::id, outbox::case_id, outbox::last_error))
        .load::<(i32, Option<i32>, Option<String>)>(conn)?
        .into_iter()
        .map(|(id, case, error)| (id, case, error.unwrap_or_default()))
        .collect();
    Ok(Status {
        pending: count(conn, PENDING)?,
        sent: count(conn, SENT)?,
        failed: count(conn, FAILED)?,
        oldest_pending,
        retrying,
        open_alerts,
        failures,
    })
}
