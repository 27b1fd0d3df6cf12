//! Answers in progress, kept server-side and keyed by the hash of a random session cookie.
//!
//! A person's open draft for a journey is the newest one not yet submitted. Once submitted, a draft points to
//! its case, which is how a second press of "Send" finds the case the first press made.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::schema::drafts;
use crate::db::DbConnection;

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = drafts)]
pub struct Draft {
    pub id: String,
    pub session_hash: String,
    pub journey: String,
    pub answers: String,
    pub case_id: Option<i32>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Insertable)]
#[diesel(table_name = drafts)]
struct NewDraft<'a> {
    id: &'a str,
    session_hash: &'a str,
    journey: &'a str,
    answers: &'a str,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

/// The newest unsubmitted draft of this session for this journey.
pub fn open(conn: &mut DbConnection, session_hash: &str, journey: &str) -> QueryResult<Option<Draft>> {
    drafts::table
        .filter(drafts::session_hash.eq(session_hash))
        .filter(drafts::journey.eq(journey))
        .filter(drafts::case_id.is_null())
        .order(drafts::updated_at.desc())
        .select(Draft::as_select())
        .first(conn)
        .optional()
}

/// The newest submitted draft of this session for this journey.
pub fn latest_submitted(conn: &mut DbConnection, session_hash: &str, journey: &str) -> QueryResult<Option<Draft>> {
    drafts::table
        .filter(drafts::session_hash.eq(session_hash))
        .filter(drafts::journey.eq(journey))
        .filter(drafts::case_id.is_not_null())
        .order(drafts::updated_at.desc())
        .select(Draft::as_select())
        .first(conn)
        .optional()
}

/// A draft by id, only if it belongs to this session.
pub fn find(conn: &mut DbConnection, id: &str, session_hash: &str) -> QueryResult<Option<Draft>> {
    drafts::table
        .filter(drafts::id.eq(id))
        .filter(drafts::session_hash.eq(session_hash))
        .select(Draft::as_select())
        .first(conn)
        .optional()
}

/// Stores answers on the open draft, creating it if there is none. Returns the draft's id.
pub fn save(
    conn: &mut DbConnection,
    session_hash: &str,
    journey: &str,
    answers_json: &str,
    new_id: &str,
    now: NaiveDateTime,
) -> QueryResult<String> {
    crate::db::write(conn, |conn| {
        if let Some(existing) = open(conn, session_hash, journey)? {
            diesel::update(drafts::table.filter(drafts::id.eq(&existing.id)))
                .set((drafts::answers.eq(answers_json), drafts::updated_at.eq(now)))
                .execute(conn)?;
            return Ok(existing.id);
        }
        diesel::insert_into(drafts::table)
            .values(NewDraft {
                id: new_id,
                session_hash,
                journey,
                answers: answers_json,
                created_at: now,
                updated_at: now,
            })
            .execute(conn)?;
        Ok(new_id.to_string())
    })
}

/// Deletes drafts untouched since `before`. Returns how many went.
pub fn purge(conn: &mut DbConnection, before: NaiveDateTime) -> QueryResult<usize> {
    crate::db::write(conn, |conn| diesel::delete(drafts::table.filter(drafts::updated_at.lt(before))).execute(conn))
}
