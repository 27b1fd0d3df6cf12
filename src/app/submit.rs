//! The first use case: a customer (or someone for them) sends a finished journey, and it becomes a case.
//!
//! Load the draft; parse its answers into a submission; let the domain receive the case; take the promise
//! (the next deadline) from the domain's deadlines; write the letters; then, in one write transaction,
//! insert the case, append its events, write its projection and queue its letters. A draft sent twice finds
//! the case the first sending made.

use chrono::{DateTime, NaiveDateTime};
use chrono_tz::Tz;

use super::project::projection_of;
use super::{Deps, Error};
use crate::db::models::case::{self as cases, Arrival};
use crate::db::models::{draft, event, outbox};
use crate::db::{is_unique_violation, DbError};
use crate::domain::case::{Case, Receipt};
use crate::domain::{deadlines, Actor, Channel};
use crate::i18n::Lang;
use crate::journeys::submission::{self, Submission};
use crate::journeys::{Answers, Journey, Step};
use crate::letters::compose::NewCase;

/// A press of "Send" on "check your answers".
pub struct SubmitRequest {
    pub journey: Journey,
    /// The draft's id, from the form.
    pub draft_id: String,
    /// The hash of the session that owns the draft.
    pub session_hash: String,
    /// The language of the pages it was sent from.
    pub page_language: Lang,
}

/// What happened.
#[derive(Debug)]
pub enum Submitted {
    /// A new case was recorded.
    Recorded { case_id: i32, reference: String },
    /// This draft was sent before; its case stands.
    AlreadyRecorded,
    /// No such draft in this session for this journey.
    NoDraft,
    /// The answers are not finished: this step still needs one.
    Incomplete(&'static Step),
}

/// How many references are drawn before giving up: with 30^8 possible, a second collision means the
/// generator is broken.
const REFERENCE_ATTEMPTS: u32 = 8;

pub async fn submit(deps: &Deps, request: SubmitRequest) -> Result<Submitted, Error> {
    let (draft_id, session) = (request.draft_id.clone(), request.session_hash.clone());
    let found = deps.db.run(move |conn| Ok(draft::find(conn, &draft_id, &session)?)).await?;
    let Some(found) = found.filter(|d| d.journey == request.journey.slug()) else { return Ok(Submitted::NoDraft) };
    if found.case_id.is_some() {
        return Ok(Submitted::AlreadyRecorded);
    }
    let now = deps.clock.now_local();
    let answers = Answers::from_json(&found.answers);
    let journey = request.journey;
    let submission = match submission::parse(journey, &answers, now.date_naive(), request.page_language) {
        Ok(submission) => submission,
        Err(errors) => {
            let step = errors
                .first()
                .and_then(|error| {
                    journey.applicable(&answers).find(|step| step.fields.iter().any(|f| f.name == error.field))
                })
                .unwrap_or(journey.first_step());
            return Ok(Submitted::Incomplete(step));
        }
    };
    let channel = Channel::Online;
    let transition = Case::receive(Receipt {
        kind: submission.kind,
        received_on: now.date_naive(),
        channel,
        made_by: submission.made_by,
        issue_occurred_on: submission.occurred_on,
        became_aware_on: None,
    })?;
    let settings = &deps.settings;
    let promise = deadlines::promise(&transition.case, &settings.policy, &deps.calendar).ok_or(Error::NothingOwed)?;
    let projection = projection_of(&transition.case, &settings.policy, &deps.calendar, &deps.projection_key);
    let written = Written {
        journey: request.journey,
        answers,
        submission,
        now,
        channel,
        promise,
        page_language: request.page_language,
    };
    let recorded = record(deps, written, found.id, transition.events, projection).await?;
    if matches!(recorded, Submitted::Recorded { .. }) {
        deps.mail_wake.notify_one();
    }
    Ok(recorded)
}

/// What the letters are written from.
struct Written {
    journey: Journey,
    answers: Answers,
    submission: Submission,
    now: DateTime<Tz>,
    channel: Channel,
    promise: deadlines::Promise,
    page_language: Lang,
}

async fn record(
    deps: &Deps,
    w: Written,
    draft_id: String,
    events: Vec<crate::domain::case::Event>,
    projection: cases::Projection,
) -> Result<Submitted, Error> {
    let prefix = deps.settings.landlord.reference_prefix.clone();
    let settings = deps.settings.clone();
    let domain = deps.mail_domain.clone();
    deps.db
        .run(move |conn| {
            let at: NaiveDateTime = w.now.naive_utc();
            let arrival = Arrival {
                draft_id: &draft_id,
                received_at: at,
                received_on: w.now.date_naive(),
                page_language: w.page_language.tag(),
                channel: w.channel,
            };
            let actor = Actor::Public(w.submission.made_by);
            let mut rng = rand::thread_rng();
            for _ in 0..REFERENCE_ATTEMPTS {
                if cases::by_submission_key(conn, &draft_id)?.is_some() {
                    return Ok(Ok(Submitted::AlreadyRecorded));
                }
                let reference = crate::journeys::reference::generate(&prefix, &mut rng);
                // Written out before the write lock is taken, so the lock is held only for the inserts.
                let letters = NewCase {
                    settings: &settings,
                    journey: w.journey,
                    answers: &w.answers,
                    submission: &w.submission,
                    reference: &reference,
                    received_at: w.now,
                    channel: w.channel,
                    page_language: w.page_language,
                    promise: w.promise,
                }
                .letters();
                let messages: Vec<_> = letters.iter().map(crate::mail::queued).collect();
                let written = crate::db::write(conn, |conn| {
                    // An earlier sending of this draft may have committed while this one waited for the lock.
                    if cases::by_submission_key(conn, &draft_id)?.is_some() {
                        return Ok(None);
                    }
                    let case_id = cases::insert(conn, &w.submission, &arrival, &reference)?;
                    let version = event::append(conn, case_id, 0, &events, &actor, at)?;
                    cases::project(conn, case_id, 0, version, &projection, at)?;
                    outbox::enqueue(conn, Some(case_id), &messages, at, &domain)?;
                    Ok::<_, DbError>(Some(case_id))
                });
                match written {
                    Ok(Some(case_id)) => {
                        tracing::info!(case = case_id, kind = w.submission.kind.as_str(), "case received");
                        return Ok(Ok(Submitted::Recorded { case_id, reference }));
                    }
                    Ok(None) => return Ok(Ok(Submitted::AlreadyRecorded)),
                    // Either the same draft was sent at the same moment (found on the next turn) or the
                    // reference was taken (a new one is drawn).
                    Err(DbError::Query(e)) if is_unique_violation(&e) => continue,
                    Err(e) => return Err(e),
                }
            }
            Ok(Err(Error::NoUniqueReference(REFERENCE_ATTEMPTS)))
        })
        .await?
}

/// A case as its confirmation page and printable record show it.
pub struct Confirmation {
    pub answers: Answers,
    pub reference: String,
    pub kind: crate::domain::Kind,
    pub received_on: chrono::NaiveDate,
    /// What happens next, from the same deadlines as the receipt and the queue; `None` once nothing more is
    /// owed.
    pub promise: Option<deadlines::Promise>,
    /// The addresses the customer's letters are emailed to.
    pub emailed_to: Vec<String>,
}

/// The case this session's latest sending of a journey made, if any.
pub async fn submitted(deps: &Deps, session_hash: String, journey: Journey) -> Result<Option<Confirmation>, Error> {
    let found = deps
        .db
        .run(move |conn| {
            let Some(d) = draft::latest_submitted(conn, &session_hash, journey.slug())? else { return Ok(None) };
            let Some(case_id) = d.case_id else { return Ok(None) };
            let emailed: Vec<String> = outbox::for_case(conn, case_id)?
                .into_iter()
                .filter(|m| m.letter.recipient_role != crate::domain::correspondence::Role::Staff.as_str())
                .map(|m| m.letter.to_address)
                .collect();
            let case = cases::by_id(conn, case_id)?;
            let events = event::history(conn, case_id)?;
            Ok(Some((d.answers, case, events, emailed)))
        })
        .await?;
    let Some((answers, row, events, emailed_to)) = found else { return Ok(None) };
    let case = Case::replay(&events)?;
    let promise = deadlines::promise(&case, &deps.settings.policy, &deps.calendar);
    Ok(Some(Confirmation {
        answers: Answers::from_json(&answers),
        reference: row.reference,
        kind: case.kind(),
        received_on: case.received_on(),
        promise,
        emailed_to,
    }))
}
