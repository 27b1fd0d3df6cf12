//! Answers in progress: the open draft of a journey for a session, and saving a page of answers to it.
//! Answers are saved even when they have problems, so nothing typed is lost; the problems are returned to
//! be shown beside the fields.

use super::{Deps, Error};
use crate::db::models::draft;
use crate::journeys::validate::{self, FieldError};
use crate::journeys::{Answers, Journey, Step};

/// This session's open answers for a journey, with the draft's id (none yet if nothing was saved).
pub async fn open(deps: &Deps, session_hash: String, journey: Journey) -> Result<(Option<String>, Answers), Error> {
    let found = deps.db.run(move |conn| Ok(draft::open(conn, &session_hash, journey.slug())?)).await?;
    Ok(match found {
        Some(d) => (Some(d.id), Answers::from_json(&d.answers)),
        None => (None, Answers::default()),
    })
}

/// One page of answers, as cleaned from the form.
pub struct PageAnswers {
    pub journey: Journey,
    pub step: &'static Step,
    pub session_hash: String,
    pub submitted: Answers,
}

/// Merges a page's answers into the draft, works out the answers that follow from them, saves, and checks
/// the page. Returns every answer so far and the page's problems.
pub async fn save(deps: &Deps, page: PageAnswers) -> Result<(Answers, Vec<FieldError>), Error> {
    let today = deps.clock.today();
    let (_, mut answers) = open(deps, page.session_hash.clone(), page.journey).await?;
    answers.merge(page.submitted);
    page.journey.after_answer(&mut answers, today, &deps.settings.policy);
    let json = answers.to_json();
    let now = deps.clock.now_naive();
    let new_id = crate::token::random_token();
    let (session, journey) = (page.session_hash, page.journey);
    deps.db.run(move |conn| Ok(draft::save(conn, &session, journey.slug(), &json, &new_id, now)?)).await?;
    let errors = validate::check_stored(page.step, &answers, today);
    Ok((answers, errors))
}
