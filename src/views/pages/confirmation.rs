//! The confirmation: the reference, what happens next with real dates, and for complaints the Housing Ombudsman.

use chrono::NaiveDate;
use maud::{html, Markup};

use crate::domain::deadlines::Promise;
use crate::domain::Kind;
use crate::i18n::{Arg, Lang};
use crate::journeys::Journey;
use crate::landlord::Landlord;
use crate::policy::Policy;
use crate::views::components::{ombudsman_contact, panel, paragraphs, reference};

/// What the confirmation page says happens next, with real dates.
pub struct NextSteps {
    pub kind: Kind,
    pub reference: String,
    pub received_on: NaiveDate,
    /// The landlord's next step and when it is due; `None` if nothing more is owed.
    pub promise: Option<Promise>,
    /// The addresses a copy is being emailed to.
    pub emailed_to: Vec<String>,
}

pub fn confirmation(lang: Lang, journey: Journey, next: &NextSteps, policy: &Policy, landlord: &Landlord) -> Markup {
    let kind = next.kind.as_str();
    let mut args = vec![
        ("received", Arg::Text(lang.date(next.received_on))),
        ("landlord", Arg::Text(landlord.name.clone())),
        ("phone", Arg::Text(landlord.telephone.clone())),
    ];
    if let Some(promise) = next.promise {
        args.push(("date", Arg::Text(lang.date(promise.due))));
        args.push(("days", Arg::Number(promise.working_days as i64)));
        args.push(("later", Arg::Number(promise.later_days as i64)));
    }
    html! {
        (panel(
            &lang.t(&confirmation_title_key(next.kind)),
            html! { (lang.t("confirmation-reference")) br; (reference(&next.reference)) },
        ))
        p { (lang.t_args("confirmation-received", &args)) }
        p { (lang.t("confirmation-keep-reference")) }
        @for email in &next.emailed_to {
            p { (lang.t_args("confirmation-emailing", &[("email", Arg::Text(email.clone()))])) }
        }
        @if next.promise.is_some() {
            h2.heading-m { (lang.t("confirmation-next-title")) }
            (paragraphs(&lang.t_args(&format!("confirmation-next-{kind}"), &args)))
        }
        (paragraphs(&lang.t_args("confirmation-questions", &args)))
        @if next.kind.tells_of_the_ombudsman() {
            h2.heading-m { (lang.t("ombudsman-title")) }
            (ombudsman_contact(lang, policy))
        }
        h2.heading-m { (lang.t("confirmation-record-title")) }
        p {
            a href=(format!("/{}/{}/record", lang.tag(), journey.slug())) { (lang.t("confirmation-record-link")) }
        }
        p { a href=(format!("/{}/", lang.tag())) { (lang.t("confirmation-home-link")) } }
    }
}

/// The message key of the confirmation page's title, which is also its panel's heading.
pub fn confirmation_title_key(kind: Kind) -> String {
    format!("confirmation-title-{}", kind.as_str())
}
