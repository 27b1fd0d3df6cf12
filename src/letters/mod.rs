//! The letters: what each says, from Fluent messages in the recipient's language. Pure: each builder takes
//! the facts it needs and returns a [`Letter`] (the [`document`] model); [`render`] writes a letter out as
//! text and HTML, and [`compose`] decides which letters a new case sends and to whom, under the rules of
//! [`crate::domain::correspondence`]. Nothing here reads the database or sends anything: email is one way a
//! letter leaves (`crate::mail`); the back office's preview, print and other formats are others.
//!
//! Every letter about a complaint ends with the Housing Ombudsman's contact details (Code 1.3, 6.4, 6.9,
//! 6.18). Subjects give the reference and the kind of message, never what the complaint is about.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;

pub mod compose;
pub mod document;
pub mod render;

pub use document::{Block, Letter, Link, PrintSize};

use crate::domain::deadlines::Promise;
use crate::domain::response::ComplaintDefinition;
use crate::domain::response::{Decision, Response};
use crate::domain::{Channel, Kind, MadeBy, Stage};
use crate::i18n::{Arg, Lang};
use crate::landlord::{tel_href, website_href, Landlord};
use crate::policy::Policy;

/// Who the letters come from, and the Ombudsman they point to.
#[derive(Clone, Copy)]
pub struct Sender<'a> {
    pub landlord: &'a Landlord,
    pub policy: &'a Policy,
}

fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

impl Sender<'_> {
    fn greeting(&self, lang: Lang, name: &str) -> Block {
        Block::Para(lang.t_args("mail-greeting", &[("name", text(name))]))
    }

    /// How to reach the landlord, and the reference to quote.
    fn contact(&self, lang: Lang, reference: &str) -> Vec<Block> {
        let l = self.landlord;
        vec![
            Block::Heading(lang.t("mail-contact-title")),
            Block::Para(lang.t_args("mail-reference-quote", &[("reference", text(reference))])),
            Block::Para(lang.t("mail-contact-reply")),
            Block::Links(contact_links(lang, &l.telephone, Some(&l.opening_hours), &l.email, &l.website, &l.address)),
            Block::Para(lang.t("mail-formats")),
        ]
    }

    /// The Housing Ombudsman's contact details, after a sentence saying when to use them.
    fn ombudsman(&self, lang: Lang, when_key: &str) -> Vec<Block> {
        let o = &self.policy.ombudsman;
        vec![
            Block::Heading(lang.t("ombudsman-title")),
            Block::Para(lang.t(when_key)),
            Block::Para(o.name.clone()),
            Block::Links(contact_links(lang, &o.telephone, None, &o.email, &o.website, &o.address)),
        ]
    }

    /// The sign-off: the complaints team for complaints, the landlord for anything else.
    fn sign_off(&self, lang: Lang, complaint: bool) -> Block {
        let key = if complaint { "mail-sign-off" } else { "mail-sign-off-general" };
        Block::Para(lang.t_args(key, &[("landlord", text(&self.landlord.name))]))
    }

    fn reference(&self, lang: Lang, reference: &str) -> Block {
        Block::Facts(vec![(lang.t("mail-reference"), reference.to_string())])
    }

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

/// Telephone, email, website and post, each with its label, as links where they can be.
fn contact_links(lang: Lang, phone: &str, hours: Option<&str>, email: &str, website: &str, address: &str) -> Vec<Link> {
    let mut links = vec![Link {
        label: lang.t("contact-phone"),
        value: match hours {
            Some(hours) if !hours.is_empty() => format!("{phone} ({hours})"),
            _ => phone.to_string(),
        },
        href: Some(tel_href(phone)),
    }];
    if !email.is_empty() {
        links.push(Link { label: lang.t("contact-email"), value: email.into(), href: Some(format!("mailto:{email}")) });
    }
    if !website.is_empty() {
        links.push(Link { label: lang.t("contact-website"), value: website.into(), href: Some(website_href(website)) });
    }
    links.push(Link { label: lang.t("contact-post"), value: address.into(), href: None });
    links
}

/// What a receipt or a compliment's thanks needs to know.
#[derive(Clone, Debug)]
pub struct ReceiptFacts<'a> {
    pub kind: Kind,
    pub reference: &'a str,
    pub received_on: NaiveDate,
    pub promise: Promise,
    /// Who the letter is addressed to.
    pub recipient_name: &'a str,
    /// The customer, named when the letter goes to their representative.
    pub customer_name: &'a str,
    pub to_representative: bool,
    /// The answers given, as question and answer, in the letter's language.
    pub answers: Vec<(String, String)>,
    /// Whether answers about health were left out of `answers`.
    pub left_out_private: bool,
    /// For compliments: whether the person is happy to be named.
    pub happy_to_be_named: Option<bool>,
}

/// The receipt sent on every complaint, request or enquiry: what we got, the reference, what happens next with
/// real dates, how to add to it, and for complaints, representation and the Ombudsman.
pub fn receipt(lang: Lang, from: Sender<'_>, f: &ReceiptFacts<'_>) -> Letter {
    let kind = f.kind.as_str();
    let args = [
        ("reference", text(f.reference)),
        ("date", text(lang.date(f.promise.due))),
        ("days", Arg::Number(f.promise.working_days.into())),
        ("later", Arg::Number(f.promise.later_days.into())),
        ("customer", text(f.customer_name)),
    ];
    let received = lang.date(f.received_on);
    let mut blocks = vec![from.greeting(lang, f.recipient_name)];
    blocks.push(Block::Para(if f.to_representative {
        lang.t_args("mail-receipt-received-for", &[("date", text(&received)), ("customer", text(f.customer_name))])
    } else {
        lang.t_args("mail-receipt-received", &[("date", text(&received))])
    }));
    blocks.push(from.reference(lang, f.reference));
    blocks.push(Block::Heading(lang.t("confirmation-next-title")));
    blocks.extend(Block::paras(&lang.t_args(&format!("mail-receipt-next-{kind}"), &args)));
    blocks.push(Block::Heading(lang.t("mail-receipt-add-title")));
    blocks.push(Block::Para(lang.t("mail-receipt-add")));
    answers(lang, f, &mut blocks);
    if f.kind == Kind::Complaint {
        blocks.push(Block::Heading(lang.t("mail-receipt-help-title")));
        blocks.push(Block::Para(lang.t("mail-receipt-help")));
    }
    blocks.extend(from.contact(lang, f.reference));
    if f.kind.tells_of_the_ombudsman() {
        blocks.extend(from.ombudsman(lang, "mail-ombudsman-anytime"));
    }
    blocks.push(from.sign_off(lang, f.kind == Kind::Complaint));
    Letter {
        kind: "receipt".into(),
        lang,
        subject: lang.t_args(&format!("mail-subject-receipt-{kind}"), &args),
        title: lang.t(&format!("mail-receipt-title-{kind}")),
        blocks,
    }
}

fn answers(lang: Lang, f: &ReceiptFacts<'_>, blocks: &mut Vec<Block>) {
    blocks.push(Block::Heading(lang.t("mail-receipt-answers-title")));
    blocks.push(Block::Facts(f.answers.clone()));
    if f.left_out_private {
        blocks.push(Block::Para(lang.t("mail-receipt-answers-private")));
    }
}

/// Thanks for a compliment, with what we received and when it will be passed on.
pub fn compliment_thanks(lang: Lang, from: Sender<'_>, f: &ReceiptFacts<'_>) -> Letter {
    let mut blocks = vec![
        from.greeting(lang, f.recipient_name),
        Block::Para(lang.t_args(
            "mail-thanks-body",
            &[("date", text(lang.date(f.received_on))), ("due", text(lang.date(f.promise.due)))],
        )),
        from.reference(lang, f.reference),
    ];
    match f.happy_to_be_named {
        Some(true) => blocks.push(Block::Para(lang.t("mail-thanks-named"))),
        Some(false) => blocks.push(Block::Para(lang.t("mail-thanks-not-named"))),
        None => {}
    }
    answers(lang, f, &mut blocks);
    blocks.extend(from.contact(lang, f.reference));
    blocks.push(from.sign_off(lang, false));
    Letter {
        kind: "compliment-thanks".into(),
        lang,
        subject: lang.t_args("mail-subject-compliment-thanks", &[("reference", text(f.reference))]),
        title: lang.t("mail-thanks-title"),
        blocks,
    }
}

/// What the complaints team is told of a new case: no complaint text, no health information.
#[derive(Clone, Debug)]
pub struct StaffFacts<'a> {
    pub kind: Kind,
    pub reference: &'a str,
    pub received_at: DateTime<Tz>,
    pub channel: Channel,
    /// Who made it, with the role given when someone acted for the customer.
    pub made_by: MadeBy,
    pub role: Option<String>,
    pub page_language: Lang,
    pub letter_language: Lang,
    /// The letter format's label, already in the staff language.
    pub letter_format: String,
    /// Kinds of request: `format`, `language`, `adjustment`.
    pub requests: Vec<&'a str>,
    /// Who the receipt was emailed to: `customer`, `representative`.
    pub emailed: Vec<&'a str>,
    pub due: NaiveDate,
    pub link: String,
}

pub fn staff_new_case(lang: Lang, f: &StaffFacts<'_>) -> Letter {
    let kind_name = lang.t(&format!("mail-kind-{}", f.kind.as_str()));
    let kind_args = [("kind", text(&kind_name)), ("reference", text(f.reference))];
    let role = text(f.role.clone().unwrap_or_default());
    let made_by = match f.made_by {
        MadeBy::Representative => lang.t_args("mail-staff-made-by-representative", &[("role", role)]),
        MadeBy::Official => lang.t_args("mail-staff-made-by-official", &[("role", role)]),
        MadeBy::Customer => lang.t("mail-staff-made-by-customer"),
    };
    let requests = if f.requests.is_empty() {
        lang.t("mail-staff-requests-none")
    } else {
        f.requests.iter().map(|r| lang.t(&format!("mail-request-{r}"))).collect::<Vec<_>>().join(", ")
    };
    let emailed = if f.emailed.is_empty() {
        lang.t("mail-staff-emailed-none")
    } else {
        f.emailed.iter().map(|r| lang.t(&format!("mail-role-{r}"))).collect::<Vec<_>>().join(", ")
    };
    let received = format!("{} {}", lang.date(f.received_at.date_naive()), f.received_at.format("%H:%M"));
    let channel = lang.t(&format!("mail-staff-channel-{}", f.channel.as_str()));
    let blocks = vec![
        Block::Para(lang.t("mail-staff-intro")),
        Block::Facts(vec![
            (lang.t("mail-staff-reference"), f.reference.to_string()),
            (lang.t("mail-staff-kind"), kind_name.clone()),
            (lang.t("mail-staff-received"), received),
            (lang.t("mail-staff-channel"), channel),
            (lang.t("mail-staff-made-by"), made_by),
            (lang.t("mail-staff-page-language"), f.page_language.native_name().to_string()),
            (lang.t("mail-staff-letter-language"), f.letter_language.native_name().to_string()),
            (lang.t("mail-staff-letter-format"), f.letter_format.clone()),
            (lang.t("mail-staff-requests"), requests),
            (lang.t("mail-staff-emailed"), emailed),
            (lang.t("mail-staff-due"), lang.date(f.due)),
        ]),
        Block::Links(vec![Link {
            label: lang.t("mail-staff-link"),
            value: f.link.clone(),
            href: Some(f.link.clone()),
        }]),
    ];
    Letter {
        kind: "staff-new-case".into(),
        lang,
        subject: lang.t_args("mail-subject-staff-new-case", &kind_args),
        title: lang.t_args("mail-staff-title", &[("kind", text(&kind_name))]),
        blocks,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deadlines::DeadlineKind;
    use crate::domain::response::tests::{complete, date, definition};
    use crate::letters::render::render;

    fn landlord() -> Landlord {
        Landlord::default()
    }

    fn facts<'a>(kind: Kind, answers: Vec<(String, String)>) -> ReceiptFacts<'a> {
        ReceiptFacts {
            kind,
            reference: "HH-7K3F-9QX2",
            received_on: date("2026-11-20"),
            promise: Promise {
                kind: DeadlineKind::StageOneAcknowledgement,
                due: date("2026-11-27"),
                working_days: 5,
                later_days: 10,
            },
            recipient_name: "Ayesha Rahman",
            customer_name: "Ayesha Rahman",
            to_representative: false,
            answers,
            left_out_private: true,
            happy_to_be_named: Some(true),
        }
    }

    /// Every letter the service writes, with example data, in `lang`.
    fn every_letter(lang: Lang) -> Vec<Letter> {
        let (l, policy) = (landlord(), Policy::default());
        let from = Sender { landlord: &l, policy: &policy };
        let answers = vec![("What went wrong?".to_string(), "The boiler leaks onto the floor".to_string())];
        let stage_one = complete(Stage::One).build().unwrap();
        let stage_two = complete(Stage::Two).build().unwrap();
        let definition = definition();
        let staff = StaffFacts {
            kind: Kind::Complaint,
            reference: "HH-7K3F-9QX2",
            received_at: chrono::Utc::now().with_timezone(&chrono_tz::Europe::London),
            channel: Channel::Online,
            made_by: MadeBy::Representative,
            role: Some("Advocate".into()),
            page_language: Lang::Bn,
            letter_language: Lang::Ur,
            letter_format: "Large print".into(),
            requests: vec!["format", "language"],
            emailed: vec!["customer", "representative"],
            due: date("2026-11-27"),
            link: "https://talk.example.org/staff/cases/HH-7K3F-9QX2".into(),
        };
        let mut letters: Vec<Letter> =
            [Kind::Complaint, Kind::ServiceRequest, Kind::FormalEnquiry, Kind::FormatRequest]
                .into_iter()
                .map(|kind| receipt(lang, from, &facts(kind, answers.clone())))
                .collect();
        letters.push(compliment_thanks(lang, from, &facts(Kind::Compliment, answers.clone())));
        letters.push(staff_new_case(lang, &staff));
        for stage in [Stage::One, Stage::Two] {
            let ack = AcknowledgementFacts {
                stage,
                reference: "HH-7K3F-9QX2",
                name: "Ayesha Rahman",
                definition: &definition,
                answer_by: date("2026-12-11"),
                handler: Some("Sam Jones"),
            };
            letters.push(acknowledgement(lang, from, &ack));
            let ext = ExtensionFacts {
                stage,
                reference: "HH-7K3F-9QX2",
                name: "Ayesha Rahman",
                old_date: date("2026-12-11"),
                new_date: date("2026-12-29"),
                reason: "We are waiting for a surveyor's report.",
            };
            letters.push(extension(lang, from, &ext));
            let refused = RefusalFacts {
                stage,
                reference: "HH-7K3F-9QX2",
                name: "Ayesha Rahman",
                reasons: "This is already with a court.",
            };
            letters.push(refusal(lang, from, &refused));
        }
        for response_to in [&stage_one, &stage_two] {
            let f = ResponseFacts {
                reference: "HH-7K3F-9QX2",
                name: "Ayesha Rahman",
                response: response_to,
                escalate_by: date("2027-01-08"),
            };
            letters.push(response(lang, from, &f));
        }
        letters
    }

    #[test]
    fn every_letter_is_complete_in_every_language() {
        for lang in Lang::ALL {
            for letter in every_letter(lang) {
                let r = render(&letter, PrintSize::Standard);
                assert!(
                    !r.text.contains('⟦') && !r.html.contains('⟦'),
                    "{lang:?} {}: a message is missing\n{}",
                    letter.kind,
                    r.text
                );
                assert!(r.subject.contains("HH-7K3F-9QX2"), "{lang:?} {}: {}", letter.kind, r.subject);
                assert!(r.html.contains(&format!(r#"lang="{}""#, lang.bcp47())), "{lang:?}");
                assert!(r.html.contains(&format!(r#"dir="{}""#, lang.dir())), "{lang:?}");
            }
        }
    }

    #[test]
    fn subjects_never_say_what_the_complaint_is_about() {
        for lang in Lang::ALL {
            for letter in every_letter(lang) {
                for private in ["boiler", "Boiler", "leaks", "surveyor", "court"] {
                    assert!(!letter.subject.contains(private), "{lang:?} {}: {}", letter.kind, letter.subject);
                }
            }
        }
    }

    #[test]
    fn every_complaint_letter_gives_the_ombudsmans_contact_details() {
        let o = crate::policy::Ombudsman::default();
        for lang in Lang::ALL {
            for letter in every_letter(lang) {
                let complaint = letter.kind.starts_with("stage-")
                    || (letter.kind == "receipt"
                        && letter.subject.contains(&lang.t_args(
                            "mail-subject-receipt-complaint",
                            &[("reference", Arg::Text("HH-7K3F-9QX2".into()))],
                        )));
                if !complaint {
                    continue;
                }
                let text = render(&letter, PrintSize::Standard).text;
                for detail in [&o.telephone, &o.website, &o.email] {
                    assert!(text.contains(detail.as_str()), "{lang:?} {} lacks {detail}", letter.kind);
                }
            }
        }
    }

    #[test]
    fn stage_one_answer_gives_escalation_rights_with_a_real_date_and_no_reasons_needed() {
        let letters = every_letter(Lang::En);
        let answer = letters.iter().find(|l| l.kind == "stage-1-response").unwrap();
        let text = render(answer, PrintSize::Standard).text;
        assert!(text.contains("Friday, 8 January 2027"), "{text}");
        assert!(text.contains("You do not have to give reasons"), "{text}");
        assert!(text.contains("This is stage 2"), "{text}");
        assert!(text.contains("Upheld: we agree something went wrong."), "{text}");
        assert!(text.contains("The boiler will be repaired"), "{text}");
        let final_answer = letters.iter().find(|l| l.kind == "stage-2-response").unwrap();
        let text = render(final_answer, PrintSize::Standard).text;
        assert_eq!(text.matches("This is our final answer").count(), 1, "{text}");
        assert!(!text.contains("You do not have to give reasons"), "{text}");
    }

    #[test]
    fn the_receipt_gives_real_dates_the_reference_and_what_happens_next() {
        let letters = every_letter(Lang::En);
        let text = render(&letters[0], PrintSize::Standard).text;
        for expected in [
            "We have your complaint",
            "Dear Ayesha Rahman,",
            "Your reference: HH-7K3F-9QX2",
            "Friday, 20 November 2026",
            "Friday, 27 November 2026",
            "within 10 working days",
            "The boiler leaks onto the floor",
            "We have left out anything about health",
            "Someone can act for you",
            "0303 333 0101",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
    }

    #[test]
    fn the_staff_notice_has_the_facts_but_no_complaint_text() {
        let letters = every_letter(Lang::En);
        let notice = letters.iter().find(|l| l.kind == "staff-new-case").unwrap();
        let text = render(notice, PrintSize::Standard).text;
        for expected in [
            "HH-7K3F-9QX2",
            "Online form",
            "বাংলা",
            "اردو",
            "Large print",
            "A different format",
            "https://talk.example.org/staff/cases/HH-7K3F-9QX2",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        assert!(!text.contains("boiler"));
    }

    #[test]
    fn bengali_letters_use_bengali_dates() {
        let letters = every_letter(Lang::Bn);
        let text = render(&letters[0], PrintSize::Standard).text;
        assert!(text.contains("২০২৬"), "{text}");
    }
}
