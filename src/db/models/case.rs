//! Cases: the record of a complaint, enquiry, compliment or format request, with its customer, any
//! representative, contact preferences, adjustments and first event.
//!
//! A submission is written in one transaction. Its draft's id is the case's `submission_key`, unique, so a
//! second submission of the same draft (double click, refresh, back and send again) finds the first case
//! instead of making another.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::models::outbox::{self, NewMessage};
use crate::db::schema::{adjustments, case_events, cases, contact_preferences, customers, drafts, representatives};
use crate::db::{is_unique_violation, DbConnection, DbError};
use crate::journeys::submission::Submission;

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = cases)]
pub struct Case {
    pub id: i32,
    pub reference: String,
    pub kind: String,
    pub status: String,
    pub stage: Option<i32>,
    pub channel: String,
    pub submission_key: Option<String>,
    pub customer_id: i32,
    pub made_by: String,
    pub page_language: String,
    pub received_at: NaiveDateTime,
    pub received_on: NaiveDate,
    pub summary: String,
    pub outcome_wanted: Option<String>,
    pub occurred_on: Option<NaiveDate>,
    pub first_request: Option<bool>,
    pub about: Option<String>,
    pub happy_to_be_named: Option<bool>,
    pub document: Option<String>,
    pub document_reference: Option<String>,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = customers)]
pub struct Customer {
    pub id: i32,
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub tenancy_reference: Option<String>,
    pub tenure: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub correspondence_language: String,
    pub correspondence_format: String,
    pub created_at: NaiveDateTime,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = representatives)]
pub struct Representative {
    pub id: i32,
    pub case_id: i32,
    pub name: String,
    pub role: String,
    pub organisation: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub consent: String,
    pub send_to: String,
    pub created_at: NaiveDateTime,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = adjustments)]
pub struct AdjustmentRow {
    pub id: i32,
    pub customer_id: i32,
    pub case_id: Option<i32>,
    pub kind: String,
    pub detail: String,
    pub status: String,
    pub review_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = case_events)]
pub struct CaseEvent {
    pub id: i32,
    pub case_id: i32,
    pub at: NaiveDateTime,
    pub kind: String,
    pub actor: String,
    pub detail: String,
}

/// When and how a submission arrived.
#[derive(Clone, Debug)]
pub struct Receipt<'a> {
    pub draft_id: &'a str,
    pub received_at: NaiveDateTime,
    /// The date in England when it arrived: the day deadlines count from.
    pub received_on: NaiveDate,
    pub page_language: &'a str,
    pub channel: &'a str,
}

/// Records a submission, or returns the case an earlier submission of the same draft made.
/// `new_reference` is called for each attempt at a unique reference. `letters` gives the messages the new
/// case sends; they are put in the outbox in the same transaction, so a case is never saved without them.
pub fn record(
    conn: &mut DbConnection,
    submission: &Submission,
    receipt: &Receipt<'_>,
    mut new_reference: impl FnMut() -> String,
    letters: &Letters<'_>,
) -> Result<Case, DbError> {
    for _ in 0..8 {
        if let Some(existing) = by_submission_key(conn, receipt.draft_id)? {
            return Ok(existing);
        }
        let reference = new_reference();
        // Written out before the write lock is taken, so the lock is held only for the inserts.
        let messages = (letters.compose)(&reference);
        match crate::db::write(conn, |conn| {
            let (case, new) = insert(conn, submission, receipt, &reference)?;
            if new {
                outbox::enqueue(conn, Some(case.id), &messages, receipt.received_at, letters.domain)?;
            }
            Ok(case)
        }) {
            Ok(case) => return Ok(case),
            // Either the same draft was submitted at the same moment (found on the next turn) or the
            // reference was taken (a new one is drawn).
            Err(DbError::Query(e)) if is_unique_violation(&e) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(DbError::Blocking("no unique reference after 8 attempts".into()))
}

/// The messages a new case sends (given its reference), and the domain of their Message-IDs.
pub struct Letters<'a> {
    pub compose: &'a dyn Fn(&str) -> Vec<NewMessage>,
    pub domain: &'a str,
}

/// Inserts the case, or finds the one an earlier submission of the draft made; says which.
fn insert(conn: &mut DbConnection, s: &Submission, r: &Receipt<'_>, reference: &str) -> Result<(Case, bool), DbError> {
    // An earlier submission of this draft may have committed while this one waited for the write lock.
    if let Some(existing) = by_submission_key(conn, r.draft_id)? {
        return Ok((existing, false));
    }
    let c = &s.customer;
    let customer_id: i32 = diesel::insert_into(customers::table)
        .values((
            customers::name.eq(&c.name),
            customers::address.eq(&c.address),
            customers::postcode.eq(&c.postcode),
            customers::tenancy_reference.eq(&c.tenancy_reference),
            customers::tenure.eq(&c.tenure),
            customers::email.eq(&c.email),
            customers::phone.eq(&c.phone),
            customers::correspondence_language.eq(&c.correspondence_language),
            customers::correspondence_format.eq(&c.correspondence_format),
            customers::created_at.eq(r.received_at),
        ))
        .returning(customers::id)
        .get_result(conn)?;
    let stage = (s.kind == crate::journeys::submission::CaseKind::Complaint).then_some(1);
    let case_id: i32 = diesel::insert_into(cases::table)
        .values((
            cases::reference.eq(reference),
            cases::kind.eq(s.kind.as_str()),
            cases::status.eq("received"),
            cases::stage.eq(stage),
            cases::channel.eq(r.channel),
            cases::submission_key.eq(r.draft_id),
            cases::customer_id.eq(customer_id),
            cases::made_by.eq(s.made_by),
            cases::page_language.eq(r.page_language),
            cases::received_at.eq(r.received_at),
            cases::received_on.eq(r.received_on),
            cases::summary.eq(&s.summary),
            cases::outcome_wanted.eq(&s.outcome_wanted),
            cases::occurred_on.eq(s.occurred_on),
            cases::first_request.eq(s.first_request),
            cases::about.eq(&s.about),
            cases::happy_to_be_named.eq(s.happy_to_be_named),
            cases::document.eq(&s.document),
            cases::document_reference.eq(&s.document_reference),
            cases::created_at.eq(r.received_at),
            cases::updated_at.eq(r.received_at),
        ))
        .returning(cases::id)
        .get_result(conn)?;
    if let Some(rep) = &s.representative {
        diesel::insert_into(representatives::table)
            .values((
                representatives::case_id.eq(case_id),
                representatives::name.eq(&rep.name),
                representatives::role.eq(&rep.role),
                representatives::organisation.eq(&rep.organisation),
                representatives::email.eq(&rep.email),
                representatives::phone.eq(&rep.phone),
                representatives::consent.eq(&rep.consent),
                representatives::send_to.eq(&rep.send_to),
                representatives::created_at.eq(r.received_at),
            ))
            .execute(conn)?;
    }
    if let Some(contact) = &s.contact {
        diesel::insert_into(contact_preferences::table)
            .values((
                contact_preferences::case_id.eq(case_id),
                contact_preferences::methods.eq(&contact.methods),
                contact_preferences::frequency.eq(&contact.frequency),
                contact_preferences::avoid_times.eq(&contact.avoid_times),
                contact_preferences::created_at.eq(r.received_at),
            ))
            .execute(conn)?;
    }
    for adjustment in &s.adjustments {
        diesel::insert_into(adjustments::table)
            .values((
                adjustments::customer_id.eq(customer_id),
                adjustments::case_id.eq(Some(case_id)),
                adjustments::kind.eq(adjustment.kind),
                adjustments::detail.eq(&adjustment.detail),
                adjustments::status.eq("requested"),
                adjustments::created_at.eq(r.received_at),
            ))
            .execute(conn)?;
    }
    let detail = serde_json::json!({ "kind": s.kind.as_str(), "made_by": s.made_by, "language": r.page_language });
    diesel::insert_into(case_events::table)
        .values((
            case_events::case_id.eq(case_id),
            case_events::at.eq(r.received_at),
            case_events::kind.eq("received"),
            case_events::actor.eq(if s.made_by == "customer" { "customer" } else { "representative" }),
            case_events::detail.eq(detail.to_string()),
        ))
        .execute(conn)?;
    // The draft keeps its answers for the confirmation and the printable record, until it is purged.
    diesel::update(drafts::table.filter(drafts::id.eq(r.draft_id)))
        .set((drafts::case_id.eq(Some(case_id)), drafts::updated_at.eq(r.received_at)))
        .execute(conn)?;
    Ok((by_id(conn, case_id)?, true))
}

pub fn by_id(conn: &mut DbConnection, id: i32) -> QueryResult<Case> {
    cases::table.find(id).select(Case::as_select()).first(conn)
}

pub fn by_submission_key(conn: &mut DbConnection, key: &str) -> QueryResult<Option<Case>> {
    cases::table.filter(cases::submission_key.eq(key)).select(Case::as_select()).first(conn).optional()
}

pub fn by_reference(conn: &mut DbConnection, reference: &str) -> QueryResult<Option<Case>> {
    cases::table.filter(cases::reference.eq(reference)).select(Case::as_select()).first(conn).optional()
}

pub fn customer(conn: &mut DbConnection, id: i32) -> QueryResult<Customer> {
    customers::table.find(id).select(Customer::as_select()).first(conn)
}

pub fn representative(conn: &mut DbConnection, case_id: i32) -> QueryResult<Option<Representative>> {
    representatives::table
        .filter(representatives::case_id.eq(case_id))
        .select(Representative::as_select())
        .first(conn)
        .optional()
}

pub fn adjustments_for(conn: &mut DbConnection, case_id: i32) -> QueryResult<Vec<AdjustmentRow>> {
    adjustments::table
        .filter(adjustments::case_id.eq(case_id))
        .order(adjustments::id)
        .select(AdjustmentRow::as_select())
        .load(conn)
}

pub fn events_for(conn: &mut DbConnection, case_id: i32) -> QueryResult<Vec<CaseEvent>> {
    case_events::table
        .filter(case_events::case_id.eq(case_id))
        .order(case_events::id)
        .select(CaseEvent::as_select())
        .load(conn)
}
