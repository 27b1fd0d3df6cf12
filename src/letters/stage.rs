//! The letters of the two stages: acknowledgement, extension, answer and refusal, each ending with the
//! Housing Ombudsman's details. The back office sends them (the staff issues); until then only the tests
//! write them.
#![allow(dead_code)]

use chrono::NaiveDate;

use super::{text, Block, Letter, Sender};
use crate::domain::response::ComplaintDefinition;
use crate::domain::response::{Decision, Response};
use crate::domain::Stage;
use crate::i18n::{Arg, Lang};

/// What frames a letter about a complaint.
struct Frame<'a> {
    kind: String,
    subject: String,
    title: String,
    name: &'a str,
    reference: &'a str,
    opening: String,
    /// The message saying when to go to the Ombudsman.
    ombudsman_when: &'static str,
}

impl Sender<'_> {
    /// A letter about a complaint: the greeting, the opening sentence, the reference, `body`, how to contact
    /// us, the Housing Ombudsman and the sign-off.
    fn complaint_letter(&self, lang: Lang, frame: Frame<'_>, body: Vec<Block>) -> Letter {
        let mut blocks =
            vec![self.greeting(lang, frame.name), Block::Para(frame.opening), self.reference(lang, frame.reference)];
        blocks.extend(body);
        blocks.extend(self.contact(lang, frame.reference));
        blocks.extend(self.ombudsman(lang, frame.ombudsman_when));
        blocks.push(self.sign_off(lang, true));
        Letter { kind: frame.kind, lang, subject: frame.subject, title: frame.title, blocks }
    }
}

/// A stage 1 or stage 2 acknowledgement: the complaint as understood, and the date of the answer.
#[derive(Clone, Debug)]
pub struct AcknowledgementFacts<'a> {
    pub stage: Stage,
    pub reference: &'a str,
    pub name: &'a str,
    pub definition: &'a ComplaintDefinition,
    pub answer_by: NaiveDate,
    pub handler: Option<&'a str>,
}

pub fn acknowledgement(lang: Lang, from: Sender<'_>, f: &AcknowledgementFacts<'_>) -> Letter {
    let stage = Arg::Number(f.stage.number().into());
    let mut body = vec![
        Block::Para(lang.t("mail-ack-understand")),
        Block::List(f.definition.points().to_vec()),
        Block::Para(lang.t("mail-ack-outcomes")),
        Block::List(f.definition.outcomes_wanted().to_vec()),
        Block::Para(lang.t("mail-ack-wrong")),
        Block::Para(lang.t_args("mail-ack-answer-by", &[("date", text(lang.date(f.answer_by)))])),
    ];
    if let Some(handler) = f.handler {
        body.push(Block::Para(lang.t_args("mail-ack-handler", &[("handler", text(handler))])));
    }
    let frame = Frame {
        kind: format!("stage-{}-acknowledgement", f.stage.number()),
        subject: lang
            .t_args("mail-subject-acknowledgement", &[("reference", text(f.reference)), ("stage", stage.clone())]),
        title: lang.t("mail-ack-title"),
        name: f.name,
        reference: f.reference,
        opening: lang.t_args("mail-ack-stage", &[("stage", stage)]),
        ombudsman_when: "mail-ombudsman-anytime",
    };
    from.complaint_letter(lang, frame, body)
}

/// A new date for the answer, with the reason and the right to contact the Ombudsman (Code 6.4, 6.15).
#[derive(Clone, Debug)]
pub struct ExtensionFacts<'a> {
    pub stage: Stage,
    pub reference: &'a str,
    pub name: &'a str,
    pub old_date: NaiveDate,
    pub new_date: NaiveDate,
    pub reason: &'a str,
}

pub fn extension(lang: Lang, from: Sender<'_>, f: &ExtensionFacts<'_>) -> Letter {
    let mut body = vec![Block::Para(lang.t("mail-extension-why"))];
    body.extend(Block::paras(f.reason));
    let frame = Frame {
        kind: format!("stage-{}-extension", f.stage.number()),
        subject: lang.t_args("mail-subject-extension", &[("reference", text(f.reference))]),
        title: lang.t("mail-extension-title"),
        name: f.name,
        reference: f.reference,
        opening: lang.t_args(
            "mail-extension-body",
            &[("old", text(lang.date(f.old_date))), ("new", text(lang.date(f.new_date)))],
        ),
        ombudsman_when: "mail-extension-ombudsman",
    };
    from.complaint_letter(lang, frame, body)
}

/// A stage 1 or stage 2 answer. At stage 1 `escalate_by` is the last day of the escalation window.
#[derive(Clone, Debug)]
pub struct ResponseFacts<'a> {
    pub reference: &'a str,
    pub name: &'a str,
    pub response: &'a Response,
    pub escalate_by: NaiveDate,
}

pub fn response(lang: Lang, from: Sender<'_>, f: &ResponseFacts<'_>) -> Letter {
    let r = f.response;
    let stage = Arg::Number(r.stage().number().into());
    let mut blocks = vec![
        Block::Heading(lang.t("mail-response-points")),
        Block::Facts(
            r.decisions()
                .iter()
                .map(|d| {
                    let key = match d.decision {
                        Decision::Upheld => "mail-response-decision-upheld",
                        Decision::PartlyUpheld => "mail-response-decision-partly-upheld",
                        Decision::NotUpheld => "mail-response-decision-not-upheld",
                    };
                    (d.point.clone(), lang.t(key))
                })
                .collect(),
        ),
        Block::Heading(lang.t("mail-response-reasons")),
    ];
    blocks.extend(Block::paras(r.reasons()));
    blocks.push(Block::Heading(lang.t("mail-response-remedies")));
    if r.remedies().is_empty() {
        blocks.push(Block::Para(lang.t("mail-response-no-remedy")));
    } else {
        blocks.push(Block::List(
            r.remedies()
                .iter()
                .map(|m| {
                    lang.t_args(
                        "mail-response-remedy",
                        &[("what", text(&m.what_will_happen)), ("date", text(lang.date(m.by)))],
                    )
                })
                .collect(),
        ));
    }
    blocks.push(Block::Heading(lang.t("mail-response-outstanding")));
    if r.outstanding_actions().is_empty() {
        blocks.push(Block::Para(lang.t("mail-response-nothing-outstanding")));
    } else {
        blocks.push(Block::List(
            r.outstanding_actions()
                .iter()
                .map(|a| {
                    lang.t_args("mail-response-remedy", &[("what", text(&a.what)), ("date", text(lang.date(a.by)))])
                })
                .collect(),
        ));
    }
    let final_answer = r.stage() == Stage::Two;
    if !final_answer {
        blocks.push(Block::Heading(lang.t("mail-escalate-title")));
        blocks.push(Block::Para(lang.t("mail-escalate-how")));
        blocks.push(Block::Para(lang.t_args("mail-escalate-by", &[("date", text(lang.date(f.escalate_by)))])));
        blocks.push(Block::Para(lang.t("mail-escalate-no-reasons")));
    }
    let frame = Frame {
        kind: format!("stage-{}-response", r.stage().number()),
        subject: lang.t_args("mail-subject-response", &[("reference", text(f.reference)), ("stage", stage.clone())]),
        title: lang.t("mail-response-title"),
        name: f.name,
        reference: f.reference,
        opening: lang.t_args("mail-response-stage", &[("stage", stage)]),
        // After a final answer, the Ombudsman is the next step; before it, advice is there at any time.
        ombudsman_when: if final_answer { "mail-final-body" } else { "mail-ombudsman-anytime" },
    };
    from.complaint_letter(lang, frame, blocks)
}

/// A refusal to take a complaint (or an escalation) into the process, with reasons and the Ombudsman route
/// (Code 5.11, 5.12).
#[derive(Clone, Debug)]
pub struct RefusalFacts<'a> {
    pub stage: Stage,
    pub reference: &'a str,
    pub name: &'a str,
    pub reasons: &'a str,
}

pub fn refusal(lang: Lang, from: Sender<'_>, f: &RefusalFacts<'_>) -> Letter {
    let mut body = vec![Block::Para(lang.t("mail-refusal-why"))];
    body.extend(Block::paras(f.reasons));
    let frame = Frame {
        kind: format!("stage-{}-refusal", f.stage.number()),
        subject: lang.t_args("mail-subject-refusal", &[("reference", text(f.reference))]),
        title: lang.t("mail-refusal-title"),
        name: f.name,
        reference: f.reference,
        opening: lang.t_args("mail-refusal-stage", &[("stage", Arg::Number(f.stage.number().into()))]),
        ombudsman_when: "mail-refusal-ombudsman",
    };
    from.complaint_letter(lang, frame, body)
}
