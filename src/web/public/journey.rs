//! The question pages, "check your answers", the confirmation and the printable record of every journey.
//!
//! Answers are saved on every post, even when they have problems, so nothing typed is lost; problems are then
//! shown beside the fields. The final "Send" carries the draft's id, so sending twice finds the same case.

use actix_web::http::StatusCode;
use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::db::models::{case, draft, outbox};
use crate::i18n::{Arg, Lang};
use crate::journeys::submission::{self, CaseKind};
use crate::journeys::validate::{self, FieldError};
use crate::journeys::{promise, Answers, Journey, Step};
use crate::mail::compose::SubmissionMail;
use crate::views::pages::{self, NextSteps};
use crate::views::question::{question_main, Question};
use crate::web::context::{see_other, Ctx};
use crate::web::error::AppError;
use crate::web::form;
use crate::web::public::pages::form_problem;

#[derive(Deserialize)]
pub struct JourneyPath {
    lang: String,
    journey: String,
}

#[derive(Deserialize)]
pub struct StepPath {
    lang: String,
    journey: String,
    step: String,
}

fn journey_of(ctx: &Ctx, lang: &str, slug: &str) -> Result<Journey, AppError> {
    match (Lang::from_tag(lang).filter(|l| l.tag() == lang), Journey::from_slug(slug)) {
        (Some(_), Some(journey)) => Ok(journey),
        _ => Err(AppError::not_found(ctx.lang)),
    }
}

fn step_url(lang: Lang, journey: Journey, step: &Step, change: bool) -> String {
    let suffix = if change { "?change=1" } else { "" };
    format!("/{}/{}/{}{suffix}", lang.tag(), journey.slug(), step.slug)
}

fn check_url(lang: Lang, journey: Journey) -> String {
    format!("/{}/{}/check", lang.tag(), journey.slug())
}

/// Loads this session's open answers for a journey (empty if none).
async fn open_answers(ctx: &Ctx, journey: Journey) -> Result<(Option<String>, Answers), AppError> {
    let session = ctx.session.hash();
    let found = ctx
        .state
        .db
        .run(move |conn| Ok(draft::open(conn, &session, journey.slug())?))
        .await
        .map_err(|e| AppError::server(ctx.lang, e))?;
    Ok(match found {
        Some(d) => (Some(d.id), Answers::from_json(&d.answers)),
        None => (None, Answers::default()),
    })
}

fn intro_args(ctx: &Ctx) -> Vec<(&'static str, Arg)> {
    vec![
        ("months", Arg::Number(ctx.state.settings.policy.complaint_time_limit_months as i64)),
        ("landlord", Arg::Text(ctx.state.settings.landlord.name.clone())),
    ]
}

fn render_question(
    ctx: &Ctx,
    journey: Journey,
    step: &'static Step,
    answers: &Answers,
    errors: &[FieldError],
    change: bool,
) -> HttpResponse {
    let back = if change {
        check_url(ctx.lang, journey)
    } else {
        match journey.previous_before(step.slug, answers) {
            Some(previous) => step_url(ctx.lang, journey, previous, false),
            None => format!("/{}/", ctx.lang.tag()),
        }
    };
    let args = intro_args(ctx);
    let csrf = ctx.csrf();
    let q = Question { lang: ctx.lang, journey, step, answers, errors, csrf: &csrf, change, args: &args };
    let title = q.title();
    ctx.render(&title, !errors.is_empty(), Some(&back), question_main(&q))
}

/// `/{lang}/{journey}` starts at the journey's first question.
pub async fn begin(ctx: Ctx, path: web::Path<JourneyPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(&ctx, &path.lang, &path.journey)?;
    Ok(see_other(&step_url(ctx.lang, journey, journey.first_step(), false)))
}

pub async fn question_get(ctx: Ctx, path: web::Path<StepPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(&ctx, &path.lang, &path.journey)?;
    let step = journey.step(&path.step).ok_or(AppError::not_found(ctx.lang))?;
    let (_, answers) = open_answers(&ctx, journey).await?;
    if !(step.applies)(&answers) {
        return Ok(see_other(&step_url(ctx.lang, journey, journey.first_step(), false)));
    }
    Ok(render_question(&ctx, journey, step, &answers, &[], ctx.changing()))
}

pub async fn question_post(
    ctx: Ctx,
    path: web::Path<StepPath>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let journey = journey_of(&ctx, &path.lang, &path.journey)?;
    let step = journey.step(&path.step).ok_or(AppError::not_found(ctx.lang))?;
    let fields = match form::read(payload, ctx.state.settings.server.max_body_bytes).await {
        Ok(fields) => fields,
        Err(e) => return Ok(form_problem(&ctx, e)),
    };
    let change = form::value(&fields, "change") == "1";
    let submitted = validate::collect(step, &fields);
    let today = ctx.state.today();
    if !ctx.csrf_ok(&fields) {
        // The session ran out or the form came from elsewhere: show what was typed again, unsaved, with a
        // fresh token, and ask the person to press Continue once more.
        let (_, mut answers) = open_answers(&ctx, journey).await?;
        answers.merge(submitted);
        let first = step.fields.first().map(|f| f.name).unwrap_or("main");
        let errors = [FieldError { field: first, key: "error-session-expired".into(), max: None }];
        return Ok(render_question(&ctx, journey, step, &answers, &errors, change));
    }
    let (_, mut answers) = open_answers(&ctx, journey).await?;
    answers.merge(submitted);
    validate::derive(&mut answers, today, ctx.state.settings.policy.complaint_time_limit_months);
    let json = answers.to_json();
    let session = ctx.session.hash();
    let now = chrono::Utc::now().naive_utc();
    let new_id = crate::web::session::random_token();
    ctx.state
        .db
        .run(move |conn| Ok(draft::save(conn, &session, journey.slug(), &json, &new_id, now)?))
        .await
        .map_err(|e| AppError::server(ctx.lang, e))?;
    let errors = validate::check_stored(step, &answers, today);
    if !errors.is_empty() {
        return Ok(render_question(&ctx, journey, step, &answers, &errors, change));
    }
    let next = if change {
        journey.first_incomplete(&answers, today).map(|s| step_url(ctx.lang, journey, s, true))
    } else {
        journey.next_after(step.slug, &answers).map(|s| step_url(ctx.lang, journey, s, false))
    };
    Ok(see_other(&next.unwrap_or_else(|| check_url(ctx.lang, journey))))
}

pub async fn check_get(ctx: Ctx, path: web::Path<JourneyPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(&ctx, &path.lang, &path.journey)?;
    let (id, answers) = open_answers(&ctx, journey).await?;
    let Some(id) = id else {
        return Ok(see_other(&step_url(ctx.lang, journey, journey.first_step(), false)));
    };
    if let Some(step) = journey.first_incomplete(&answers, ctx.state.today()) {
        return Ok(see_other(&step_url(ctx.lang, journey, step, false)));
    }
    let main = pages::check_answers(ctx.lang, journey, &answers, &ctx.csrf(), &id);
    let last = journey.applicable(&answers).last().map(|s| step_url(ctx.lang, journey, s, false));
    Ok(ctx.render(&ctx.lang.t("check-title"), false, last.as_deref(), main))
}

pub async fn check_post(
    ctx: Ctx,
    path: web::Path<JourneyPath>,
    payload: web::Payload,
) -> Result<HttpResponse, AppError> {
    let journey = journey_of(&ctx, &path.lang, &path.journey)?;
    let fields = match form::read(payload, ctx.state.settings.server.max_body_bytes).await {
        Ok(fields) => fields,
        Err(e) => return Ok(form_problem(&ctx, e)),
    };
    if !ctx.csrf_ok(&fields) {
        return Ok(ctx.problem(StatusCode::FORBIDDEN, "expired"));
    }
    let draft_id = form::value(&fields, "draft").to_string();
    let session = ctx.session.hash();
    let lookup_id = draft_id.clone();
    let found = ctx
        .state
        .db
        .run(move |conn| Ok(draft::find(conn, &lookup_id, &session)?))
        .await
        .map_err(|e| AppError::server(ctx.lang, e))?;
    let confirmation = format!("/{}/{}/confirmation", ctx.lang.tag(), journey.slug());
    let Some(found) = found.filter(|d| d.journey == journey.slug()) else {
        return Ok(see_other(&check_url(ctx.lang, journey)));
    };
    if found.case_id.is_some() {
        return Ok(see_other(&confirmation));
    }
    let answers = Answers::from_json(&found.answers);
    let now = ctx.state.now_local();
    if let Some(step) = journey.first_incomplete(&answers, now.date_naive()) {
        return Ok(see_other(&step_url(ctx.lang, journey, step, false)));
    }
    let submission = submission::build(journey, &answers, ctx.lang.tag());
    let (lang, page_language) = (ctx.lang, ctx.lang.tag());
    let state = ctx.state.clone();
    let recorded = ctx
        .state
        .db
        .run(move |conn| {
            let receipt = case::Receipt {
                draft_id: &draft_id,
                received_at: now.naive_utc(),
                received_on: now.date_naive(),
                page_language,
                channel: "online",
            };
            let mail = SubmissionMail {
                settings: &state.settings,
                calendar: &state.calendar,
                journey,
                answers: &answers,
                submission: &submission,
                received_at: now,
                channel: receipt.channel,
                page_language: lang,
            };
            let letters = case::Letters { compose: &|reference| mail.messages(reference), domain: &state.mail_domain };
            let prefix = &state.settings.landlord.reference_prefix;
            let mut rng = rand::thread_rng();
            case::record(
                conn,
                &submission,
                &receipt,
                || crate::journeys::reference::generate(prefix, &mut rng),
                &letters,
            )
        })
        .await
        .map_err(|e| AppError::server(ctx.lang, e))?;
    ctx.state.mail_wake.notify_one();
    tracing::info!(case = recorded.id, kind = %recorded.kind, "case received");
    Ok(see_other(&confirmation))
}

/// The submitted draft and its case, for the confirmation and the record, with the addresses the customer's
/// letters are emailed to.
async fn submitted(ctx: &Ctx, journey: Journey) -> Result<Option<(Answers, case::Case, Vec<String>)>, AppError> {
    let session = ctx.session.hash();
    ctx.state
        .db
        .run(move |conn| {
            let Some(d) = draft::latest_submitted(conn, &session, journey.slug())? else { return Ok(None) };
            let Some(case_id) = d.case_id else { return Ok(None) };
            let emailed = outbox::for_case(conn, case_id)?
                .into_iter()
                .filter(|m| m.letter.recipient_role != "staff")
                .map(|m| m.letter.to_address)
                .collect();
            Ok(Some((Answers::from_json(&d.answers), case::by_id(conn, case_id)?, emailed)))
        })
        .await
        .map_err(|e| AppError::server(ctx.lang, e))
}

pub async fn confirmation(ctx: Ctx, path: web::Path<JourneyPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(&ctx, &path.lang, &path.journey)?;
    let Some((_, case, emailed_to)) = submitted(&ctx, journey).await? else {
        return Ok(see_other(&step_url(ctx.lang, journey, journey.first_step(), false)));
    };
    let kind = CaseKind::parse(&case.kind).unwrap_or(CaseKind::Complaint);
    let settings = &ctx.state.settings;
    let promise = promise::next_promise(kind, case.received_on, &settings.policy, &ctx.state.calendar);
    let next = NextSteps {
        kind: case.kind.clone(),
        reference: case.reference.clone(),
        received_on: case.received_on,
        due: promise.due,
        working_days: promise.working_days,
        later_days: promise.later_days,
        emailed_to,
    };
    let main = pages::confirmation(ctx.lang, journey, &next, &settings.policy, &settings.landlord);
    Ok(ctx.render(&ctx.lang.t(&format!("confirmation-title-{}", case.kind)), false, None, main))
}

pub async fn record(ctx: Ctx, path: web::Path<JourneyPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(&ctx, &path.lang, &path.journey)?;
    let Some((answers, case, _)) = submitted(&ctx, journey).await? else {
        return Err(AppError::not_found(ctx.lang));
    };
    let main = pages::record(ctx.lang, journey, &answers, &case.reference, case.received_on);
    let back = format!("/{}/{}/confirmation", ctx.lang.tag(), journey.slug());
    Ok(ctx.render(&ctx.lang.t("record-title"), false, Some(&back), main))
}
