//! The case row's projection: what the queue reads (state, stage, handler, next deadline), worked out by
//! the domain from the case's events under the policy and calendar in force. Written with every event, and
//! again at start-up for any case whose projection was worked out under another policy or calendar.

use super::{Deps, Error};
use crate::db::models::case::{self as cases, Projection};
use crate::db::models::event;
use crate::db::DbError;
use crate::domain::case::Case;
use crate::domain::deadlines;
use crate::policy::calendar::Calendar;
use crate::policy::Policy;

/// The projection of a case.
pub fn projection_of(case: &Case, policy: &Policy, calendar: &Calendar, key: &str) -> Projection {
    let state = case.state();
    let next = deadlines::next_owed(case, policy, calendar);
    Projection {
        state: state.name(),
        stage: case.stage_reached().map(|stage| i32::from(stage.number())),
        is_open: state.is_open(),
        handler_id: case.current_handler().map(|handler| handler.0.clone()),
        next_deadline_kind: next.map(|deadline| deadline.kind.as_str()),
        next_deadline_on: next.map(|deadline| deadline.due),
        projection_key: key.to_string(),
    }
}

/// How many cases are worked out again in one write transaction.
const BATCH: i64 = 200;

/// Works out again the projection of every case whose projection is stale: after the policy or the
/// calendar changed, or for cases recorded before projections existed. Returns how many were updated. Runs
/// at start-up, before the server takes requests. A case changed meanwhile keeps the projection its own
/// change wrote; a case whose events cannot be replayed is logged (by id) and left as it is.
pub fn reproject_stale(deps: &Deps) -> Result<usize, Error> {
    let mut conn = deps.db.pool().get().map_err(DbError::from)?;
    let conn = &mut *conn;
    let key = &deps.projection_key;
    let (policy, calendar) = (&deps.settings.policy, &deps.calendar);
    let now = deps.clock.now_naive();
    let mut updated = 0;
    let mut after = 0;
    loop {
        let stale = cases::stale_projections(conn, key, after, BATCH)?;
        updated += crate::db::write(conn, |conn| {
            let mut done = 0;
            for &(case_id, version) in &stale {
                let case = match event::history(conn, case_id).map(|events| Case::replay(&events)) {
                    Ok(Ok(case)) => case,
                    Ok(Err(e)) => {
                        tracing::error!(case = case_id, error = %e, "a case's events break a rule");
                        continue;
                    }
                    Err(e) => {
                        tracing::error!(case = case_id, error = %e, "a case's events cannot be read");
                        continue;
                    }
                };
                let projection = projection_of(&case, policy, calendar, key);
                match cases::project(conn, case_id, version, version, &projection, now) {
                    Ok(()) => done += 1,
                    Err(DbError::Conflict) => {}
                    Err(e) => return Err(e),
                }
            }
            Ok::<_, DbError>(done)
        })?;
        match stale.last() {
            Some(&(id, _)) if stale.len() as i64 == BATCH => after = id,
            _ => return Ok(updated),
        }
    }
}
