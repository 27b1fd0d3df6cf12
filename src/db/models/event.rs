//! A case's events: the record of everything that happened to it, one row a domain event, numbered from 1
//! within the case. Rows are only ever added: nothing here updates or deletes one, and the database refuses
//! to (a trigger on both backends). The `(case_id, seq)` key is unique, so two writers who both read
//! version N cannot both write event N + 1: the second fails and must read the case again.
//!
//! Correspondence and delivery records (a letter queued, sent, failed) are not events: they are kept in the
//! case audit ([`audit`]), written by the outbox.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::{case_audit, case_events};
use crate::db::{DbConnection, DbError};
use crate::domain::case::Event;
use crate::domain::Actor;

/// The version of the stored form of a domain event. Raised when an event's JSON changes shape, with a
/// conversion for the rows written before.
pub const SCHEMA_VERSION: i32 = 1;

/// One stored event.
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = case_events)]
pub struct StoredEvent {
    pub id: i32,
    pub case_id: i32,
    pub seq: i32,
    pub at: NaiveDateTime,
    /// The event's name, as in its JSON's `event` field: `received`, `acknowledged`…
    pub event_type: String,
    /// `customer`, `representative`, `official`, `staff` or `system`.
    pub actor_kind: String,
    /// The member of staff, for staff actions.
    pub actor_id: Option<String>,
    /// The domain event as JSON.
    pub payload: String,
    pub schema_version: i32,
}

impl StoredEvent {
    /// The domain event this row records.
    pub fn event(&self) -> Result<Event, DbError> {
        if self.schema_version != SCHEMA_VERSION {
            return Err(DbError::Corrupt(format!(
                "event {} of case {} has stored form {}, which this version does not read",
                self.seq, self.case_id, self.schema_version
            )));
        }
        serde_json::from_str(&self.payload)
            .map_err(|e| DbError::Corrupt(format!("event {} of case {} cannot be read: {e}", self.seq, self.case_id)))
    }
}

/// Adds `events` after the case's event number `version` (0 for a new case), all made by `actor` at `at`.
/// Returns the case's new version. Call it inside the transaction that writes the case's projection.
pub fn append(
    conn: &mut DbConnection,
    case_id: i32,
    version: i32,
    events: &[Event],
    actor: &Actor,
    at: NaiveDateTime,
) -> Result<i32, DbError> {
    let mut seq = version;
    for event in events {
        seq += 1;
        let payload = serde_json::to_value(event).map_err(|e| DbError::Corrupt(e.to_string()))?;
        let event_type = payload.get("event").and_then(|name| name.as_str()).unwrap_or_default().to_string();
        diesel::insert_into(case_events::table)
            .values((
                case_events::case_id.eq(case_id),
                case_events::seq.eq(seq),
                case_events::at.eq(at),
                case_events::event_type.eq(event_type),
                case_events::actor_kind.eq(actor.kind()),
                case_events::actor_id.eq(actor.id()),
                case_events::payload.eq(payload.to_string()),
                case_events::schema_version.eq(SCHEMA_VERSION),
            ))
            .execute(conn)?;
    }
    Ok(seq)
}

/// The case's stored events, in order.
pub fn for_case(conn: &mut DbConnection, case_id: i32) -> QueryResult<Vec<StoredEvent>> {
    case_events::table
        .filter(case_events::case_id.eq(case_id))
        .order(case_events::seq)
        .select(StoredEvent::as_select())
        .load(conn)
}

/// The case's domain events, in order, ready for `Case::replay`.
pub fn history(conn: &mut DbConnection, case_id: i32) -> Result<Vec<Event>, DbError> {
    for_case(conn, case_id)?.iter().map(StoredEvent::event).collect()
}

/// One record of the case audit: a letter queued, sent or failed (later: who viewed the case).
#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = case_audit)]
pub struct AuditRecord {
    pub id: i32,
    pub case_id: i32,
    pub at: NaiveDateTime,
    pub kind: String,
    pub actor: String,
    pub detail: String,
}

/// Adds a record to the case audit.
pub fn audit(
    conn: &mut DbConnection,
    case_id: i32,
    at: NaiveDateTime,
    kind: &str,
    actor: &str,
    detail: &serde_json::Value,
) -> QueryResult<usize> {
    diesel::insert_into(case_audit::table)
        .values((
            case_audit::case_id.eq(case_id),
            case_audit::at.eq(at),
            case_audit::kind.eq(kind),
            case_audit::actor.eq(actor),
            case_audit::detail.eq(detail.to_string()),
        ))
        .execute(conn)
}

/// The case audit, oldest first.
pub fn audit_for(conn: &mut DbConnection, case_id: i32) -> QueryResult<Vec<AuditRecord>> {
    case_audit::table
        .filter(case_audit::case_id.eq(case_id))
        .order(case_audit::id)
        .select(AuditRecord::as_select())
        .load(conn)
}
