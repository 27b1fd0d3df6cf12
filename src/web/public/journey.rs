//! The question pages, "check your answers", the confirmation and the printable record of every journey.
//!
//! Answers are saved on every post, even when they have problems, so nothing typed is lost; problems are then
//! shown beside the fields. The final "Send" carries the draft's id, so sending twice finds the same case.

use actix_web::{web, HttpResponse};
use serde::Deserialize;

use crate::app::answers::{self as drafts, PageAnswers};
use crate::app::submit::{self, SubmitRequest, Submitted};
use crate::i18n::{Arg, Lang};
use crate::journeys::validate::{self, FieldError};
use crate::journeys::{Answers, Journey, Step};
use crate::views::pages::{self, NextSteps};
use crate::views::question::{question_main, Question};
use crate::web::error::AppError;
use crate::web::extract::{CsrfForm, FormRejected, MaybeExpiredForm, PathLang};
use crate::web::form;
use crate::web::public::context::{see_other, Ctx};

#[derive(Deserialize)]
pub struct JourneyPath {
    journey: String,
}

#[derive(Deserialize)]
pub struct StepPath {
    journey: String,
    step: String,
}

fn journey_of(PathLang(lang): PathLang, slug: &str) -> Result<Journey, AppError> {
    Journey::from_slug(slug).ok_or(AppError::not_found(lang))
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
    drafts::open(&ctx.state.deps, ctx.session.hash(), journey).await.map_err(|e| AppError::server(ctx.lang, e))
}

fn intro_args(ctx: &Ctx) -> Vec<(&'static str, Arg)> {
    vec![
        ("months", Arg::Number(ctx.state.settings().policy.complaint_time_limit_months as i64)),
        ("landlord", Arg::Text(ctx.state.settings().landlord.name.clone())),
        ("reference-example", Arg::Text(format!("{}-7K3F-9QX2", ctx.state.settings().landlord.reference_prefix))),
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
pub async fn begin(lang: PathLang, ctx: Ctx, path: web::Path<JourneyPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(lang, &path.journey)?;
    Ok(see_other(&step_url(ctx.lang, journey, journey.first_step(), false)))
}

pub async fn question_get(lang: PathLang, ctx: Ctx, path: web::Path<StepPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(lang, &path.journey)?;
    let step = journey.step(&path.step).ok_or(AppError::not_found(ctx.lang))?;
    let (_, answers) = open_answers(&ctx, journey).await?;
    if !(step.applies)(&answers) {
        return Ok(see_other(&step_url(ctx.lang, journey, journey.first_step(), false)));
    }
    Ok(render_question(&ctx, journey, step, &answers, &[], ctx.changing()))
}

pub async fn question_post(
    lang: PathLang,
    ctx: Ctx,
    path: web::Path<StepPath>,
    MaybeExpiredForm(form): MaybeExpiredForm,
) -> Result<HttpResponse, AppError> {
    let journey = journey_of(lang, &path.journey)?;
    let step = journey.step(&path.step).ok_or(AppError::not_found(ctx.lang))?;
    let form = match form {
        Ok(form) => form,
        Err(FormRejected::Expired { fields, .. }) => {
            // The session ran out or the form came from elsewhere: show what was typed again, unsaved, with
            // a fresh token, and ask the person to press Continue once more.
            let change = form::value(&fields, "change") == "1";
            let (_, mut answers) = open_answers(&ctx, journey).await?;
            answers.merge(validate::collect(step, &fields));
            let first = step.fields.first().map(|f| f.name).unwrap_or("main");
            let errors = [FieldError::new(first, "error-session-expired")];
            return Ok(render_question(&ctx, journey, step, &answers, &errors, change));
        }
        Err(rejected) => return Err(rejected.into()),
    };
    let change = form.value("change") == "1";
    let submitted = validate::collect(step, &form.fields);
    let page = PageAnswers { journey, step, session_hash: ctx.session.hash(), submitted };
    let (answers, errors) = drafts::save(&ctx.state.deps, page).await.map_err(|e| AppError::server(ctx.lang, e))?;
    if !errors.is_empty() {
        return Ok(render_question(&ctx, journey, step, &answers, &errors, change));
    }
    let next = if change {
        journey.first_incomplete(&answers, ctx.state.deps.clock.today()).map(|s| step_url(ctx.lang, journey, s, true))
    } else {
        journey.next_after(step.slug, &answers).map(|s| step_url(ctx.lang, journey, s, false))
    };
    Ok(see_other(&next.unwrap_or_else(|| check_url(ctx.lang, journey))))
}

pub async fn check_get(lang: PathLang, ctx: Ctx, path: web::Path<JourneyPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(lang, &path.journey)?;
    let (id, answers) = open_answers(&ctx, journey).await?;
    let Some(id) = id else {
        return Ok(see_other(&step_url(ctx.lang, journey, journey.first_step(), false)));
    };
    if let Some(step) = journey.first_incomplete(&answers, ctx.state.deps.clock.today()) {
        return Ok(see_other(&step_url(ctx.lang, journey, step, false)));
    }
    let main = pages::check_answers(ctx.lang, journey, &answers, &ctx.csrf(), &id);
    let last = journey.applicable(&answers).last().map(|s| step_url(ctx.lang, journey, s, false));
    Ok(ctx.render(&ctx.lang.t("check-title"), false, last.as_deref(), main))
}

pub async fn check_post(
    lang: PathLang,
    ctx: Ctx,
    path: web::Path<JourneyPath>,
    form: CsrfForm,
) -> Result<HttpResponse, AppError> {
    let journey = journey_of(lang, &path.journey)?;
    let request = SubmitRequest {
        journey,
        draft_id: form.value("draft").to_string(),
        session_hash: ctx.session.hash(),
        page_language: ctx.lang,
    };
    let outcome = submit::submit(&ctx.state.deps, request).await.map_err(|e| AppError::server(ctx.lang, e))?;
    Ok(see_other(&match outcome {
        Submitted::Recorded { .. } | Submitted::AlreadyRecorded => confirmation_url(ctx.lang, journey),
        Submitted::NoDraft => check_url(ctx.lang, journey),
        Submitted::Incomplete(step) => step_url(ctx.lang, journey, step, false),
    }))
}

fn confirmation_url(lang: Lang, journey: Journey) -> String {
    format!("/{}/{}/confirmation", lang.tag(), journey.slug())
}

async fn submitted(ctx: &Ctx, journey: Journey) -> Result<Option<submit::Confirmation>, AppError> {
    submit::submitted(&ctx.state.deps, ctx.session.hash(), journey).await.map_err(|e| AppError::server(ctx.lang, e))
}

pub async fn confirmation(lang: PathLang, ctx: Ctx, path: web::Path<JourneyPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(lang, &path.journey)?;
    let Some(done) = submitted(&ctx, journey).await? else {
        return Ok(see_other(&step_url(ctx.lang, journey, journey.first_step(), false)));
    };
    let settings = ctx.state.settings();
    let next = NextSteps {
        kind: done.kind,
        reference: done.reference,
        received_on: done.received_on,
        promise: done.promise,
        emailed_to: done.emailed_to,
    };
    let main = pages::confirmation(ctx.lang, journey, &next, &settings.policy, &settings.landlord);
    Ok(ctx.render(&ctx.lang.t(&pages::confirmation_title_key(done.kind)), false, None, main))
}

pub async fn record(lang: PathLang, ctx: Ctx, path: web::Path<JourneyPath>) -> Result<HttpResponse, AppError> {
    let journey = journey_of(lang, &path.journey)?;
    let Some(done) = submitted(&ctx, journey).await? else {
        return Err(AppError::not_found(ctx.lang));
    };
    let main = pages::record(ctx.lang, journey, &done.answers, &done.reference, done.received_on);
    let back = confirmation_url(ctx.lang, journey);
    Ok(ctx.render(&ctx.lang.t("record-title"), false, Some(&back), main))
}
