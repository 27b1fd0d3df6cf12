//! Cases: the row of a complaint, service request, formal enquiry, compliment or format request, with its
//! customer, any representative, contact preferences and adjustments. The row's state, stage, handler and
//! next deadline are a projection of the case's events ([`crate::db::models::event`]), written with them.
//!
//! A draft's id is the case's `submission_key`, unique, so a second submission of the same draft (double
//! click, refresh, back and send again) finds the first case instead of making another.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use crate::db::schema::{adjustments, cases, contact_preferences, customers, drafts, representatives};
use crate::db::{DbConnection, DbError};
use crate::domain::{Channel, Kind};
use crate::journeys::submission::Submission;

#[derive(Clone, Debug, Queryable, Selectable)]
#[diesel(table_name = cases)]
pub struct Case {
    pub id: i32,
    pub reference: String,
    pub kind: String,
    pub state: String,
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
    pub is_open: bool,
    pub handler_id: Option<String>,
    pub next_deadline_kind: Option<String>,
    pub next_deadline_on: Option<NaiveDate>,
    pub version: i32,
    pub projection_key: Option<String>,
}

impl Case {
    /// The case's kind, as the domain knows it.
    pub fn kind(&self) -> Result<Kind, DbError> {
        Kind::parse(&self.kind)
            .ok_or_else(|| DbError::Corrupt(format!("case {} has unknown kind {}", self.id, self.kind)))
    }
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
pub struct Adjustment {
    pub id: i32,
    pub customer_id: i32,
    pub case_id: Option<i32>,
    pub kind: String,
    pub detail: String,
    pub status: String,
    pub review_on: Option<NaiveDate>,
    pub created_at: NaiveDateTime,
}

/// When and how a submission arrived.
#[derive(Clone, Debug)]
pub struct Arrival<'a> {
    pub draft_id: &'a str,
    pub received_at: NaiveDateTime,
    /// The date in England when it arrived: the day deadlines count from.
    pub received_on: NaiveDate,
    pub page_language: &'a str,
    pub channel: Channel,
}

/// What the queue reads from a case row, worked out from the case's events by the domain and written in the
/// same transaction as them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Projection {
    pub state: &'static str,
    pub stage: Option<i32>,
    pub is_open: bool,
    pub handler_id: Option<String>,
    pub next_deadline_kind: Option<&'static str>,
    pub next_deadline_on: Option<NaiveDate>,
    /// Names the policy and calendar the deadline was worked out under.
    pub projection_key: String,
}

/// Inserts a new case (with its customer, any representative, contact preferences and adjustments) at
/// version 0, with no events yet, and links the draft to it. Returns the case's id. The caller appends the
/// case's first events and writes its projection in the same transaction.
pub fn insert(conn: &mut DbConnection, s: &Submission, arrival: &Arrival<'_>, reference: &str) -> Result<i32, DbError> {
    let r = arrival;
    let c = &s.customer;
    let customer_id: i32 = diesel::insert_into(customers::table)
        .values((
            customers::name.eq(&c.name),
            customers::address.eq(&c.address),
            customers::postcode.eq(c.postcode.as_ref().map(|p| p.as_str())),
            customers::tenancy_reference.eq(&c.tenancy_reference),
            customers::tenure.eq(c.tenure.map(|t| t.as_str())),
            customers::email.eq(c.email.as_ref().map(|e| e.as_str())),
            customers::phone.eq(c.phone.as_ref().map(|p| p.as_str())),
            customers::correspondence_language.eq(c.correspondence_language.tag()),
            customers::correspondence_format.eq(c.correspondence_format.as_str()),
            customers::created_at.eq(r.received_at),
        ))
        .returning(customers::id)
        .get_result(conn)?;
    let case_id: i32 = diesel::insert_into(cases::table)
        .values((
            cases::reference.eq(reference),
            cases::kind.eq(s.kind.as_str()),
            // Overwritten by the projection in the same transaction.
            cases::state.eq("received"),
            cases::stage.eq(None::<i32>),
            cases::channel.eq(r.channel.as_str()),
            cases::submission_key.eq(r.draft_id),
            cases::customer_id.eq(customer_id),
            cases::made_by.eq(s.made_by.as_str()),
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
            cases::version.eq(0),
        ))
        .returning(cases::id)
        .get_result(conn)?;
    if let Some(rep) = &s.representative {
        diesel::insert_into(representatives::table)
            .values((
                representatives::case_id.eq(case_id),
                representatives::name.eq(&rep.name),
                representatives::role.eq(rep.role.as_str()),
                representatives::organisation.eq(&rep.organisation),
                representatives::email.eq(rep.email.as_ref().map(|e| e.as_str())),
                representatives::phone.eq(rep.phone.as_ref().map(|p| p.as_str())),
                representatives::consent.eq(rep.consent.as_str()),
                representatives::send_to.eq(rep.send_to.as_str()),
                representatives::created_at.eq(r.received_at),
            ))
            .execute(conn)?;
    }
    if let Some(contact) = &s.contact {
        diesel::insert_into(contact_preferences::table)
            .values((
                contact_preferences::case_id.eq(case_id),
                contact_preferences::methods.eq(contact.methods_text()),
                contact_preferences::frequency.eq(contact.frequency.map(|f| f.as_str())),
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
                adjustments::kind.eq(adjustment.kind.as_str()),
                adjustments::detail.eq(&adjustment.detail),
                adjustments::status.eq("requested"),
                adjustments::created_at.eq(r.received_at),
            ))
            .execute(conn)?;
    }
    // The draft keeps its answers for the confirmation and the printable record, until it is purged.
    diesel::update(drafts::table.filter(drafts::id.eq(r.draft_id)))
        .set((drafts::case_id.eq(Some(case_id)), drafts::updated_at.eq(r.received_at)))
        .execute(conn)?;
    Ok(case_id)
}

/// Writes the case's projection and its new version, if the case is still at `version` (the version its
/// events were appended after). Anyone who changed it in between makes this a [`DbError::Conflict`].
pub fn project(
    conn: &mut DbConnection,
    case_id: i32,
    version: i32,
    new_version: i32,
    projection: &Projection,
    at: NaiveDateTime,
) -> Result<(), DbError> {
    let updated = diesel::update(cases::table.filter(cases::id.eq(case_id)).filter(cases::version.eq(version)))
        .set((
            cases::state.eq(projection.state),
            cases::stage.eq(projection.stage),
            cases::is_open.eq(projection.is_open),
            cases::handler_id.eq(&projection.handler_id),
            cases::next_deadline_kind.eq(projection.next_deadline_kind),
            cases::next_deadline_on.eq(projection.next_deadline_on),
            cases::projection_key.eq(&projection.projection_key),
            cases::version.eq(new_version),
            cases::updated_at.eq(at),
        ))
        .execute(conn)?;
    if updated == 1 {
        Ok(())
    } else {
        Err(DbError::Conflict)
    }
}

/// Cases after id `after` whose projection was worked out under another policy or calendar (or never), as
/// (id, version), at most `limit` of them.
pub fn stale_projections(conn: &mut DbConnection, key: &str, after: i32, limit: i64) -> QueryResult<Vec<(i32, i32)>> {
    cases::table
        .filter(cases::id.gt(after))
        .filter(cases::projection_key.is_null().or(cases::projection_key.ne(key)))
        .order(cases::id)
        .limit(limit)
        .select((cases::id, cases::version))
        .load(conn)
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

pub fn adjustments_for(conn: &mut DbConnection, case_id: i32) -> QueryResult<Vec<Adjustment>> {
    adjustments::table
        .filter(adjustments::case_id.eq(case_id))
        .order(adjustments::id)
        .select(Adjustment::as_select())
        .load(conn)
}
