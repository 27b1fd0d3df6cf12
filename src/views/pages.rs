//! The pages that are not question pages: start, check answers, confirmation, the printable record, the
//! published pages (policy, accessibility, privacy), display settings, and the error pages. Each composes
//! components; the text is all Fluent messages.

use chrono::NaiveDate;
use maud::{html, Markup};

use super::components::{
    button, form, inset, notification_banner, panel, radios, summary_list, Button, Choice, FormParams, LabelStyle,
    NotificationBanner, Radios, SummaryRow,
};
use super::layout::{Display, TextSize};
use crate::domain::deadlines::Promise;
use crate::domain::Kind;
use crate::i18n::{Arg, Lang};
use crate::journeys::summary::answer_texts;
use crate::journeys::{Answers, Journey};
use crate::landlord::{tel_href, website_href, Landlord};
use crate::policy::Policy;

/// Splits a message into paragraphs, one per line.
pub fn paragraphs(text: &str) -> Markup {
    html! {
        @for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            p { (line) }
        }
    }
}

/// Each line of a message as a bulleted list item.
fn bullets(text: &str) -> Markup {
    html! {
        ul.list.list-bullet {
            @for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
                li { (line) }
            }
        }
    }
}

/// The Housing Ombudsman's contact details, from the policy settings.
pub fn ombudsman_block(lang: Lang, policy: &Policy) -> Markup {
    let o = &policy.ombudsman;
    html! {
        div.contact-block {
            p { (lang.t("ombudsman-intro")) }
            ul.list {
                li { (o.name) }
                li { (lang.t("contact-phone")) " " a href=(tel_href(&o.telephone)) { (o.telephone) } }
                @if !o.email.is_empty() {
                    li { (lang.t("contact-email")) " " a href=(format!("mailto:{}", o.email)) { (o.email) } }
                }
                li { (lang.t("contact-website")) " " a href=(website_href(&o.website)) { (o.website) } }
                li { (lang.t("contact-post")) " " (o.address) }
            }
        }
    }
}

/// The landlord's other ways in: telephone, in person, letter, email.
fn landlord_contact(lang: Lang, landlord: &Landlord) -> Markup {
    html! {
        ul.list {
            li { (lang.t("contact-phone")) " " a href=(tel_href(&landlord.telephone)) { (landlord.telephone) } " (" (landlord.opening_hours) ")" }
            li { (lang.t("contact-email")) " " a href=(format!("mailto:{}", landlord.email)) { (landlord.email) } }
            li { (lang.t("contact-post")) " " (landlord.address) }
            li { (lang.t("contact-in-person")) }
        }
    }
}

/// The start page: what Talk to Us is, the four choices, other ways in, representation and the Ombudsman.
pub fn start(lang: Lang, landlord: &Landlord, policy: &Policy) -> Markup {
    let args = [("landlord", Arg::Text(landlord.name.clone()))];
    html! {
        h1.heading-xl { (lang.t("start-title")) }
        (paragraphs(&lang.t_args("start-intro", &args)))
        h2.heading-m { (lang.t("start-promise-title")) }
        (bullets(&lang.t("start-promises")))
        h2.heading-m { (lang.t("start-choose-title")) }
        ul.choice-list {
            @for journey in Journey::ALL {
                li {
                    a.choice-link href=(format!("/{}/{}/{}", lang.tag(), journey.slug(), journey.first_step().slug)) {
                        (lang.t(&format!("start-{}-link", journey.slug())))
                    }
                    p.choice-description { (lang.t(&format!("start-{}-description", journey.slug()))) }
                }
            }
        }
        h2.heading-m { (lang.t("start-behalf-title")) }
        (paragraphs(&lang.t("start-behalf")))
        h2.heading-m { (lang.t("start-other-ways-title")) }
        (landlord_contact(lang, landlord))
        h2.heading-m { (lang.t("start-formats-title")) }
        (paragraphs(&lang.t("start-formats")))
        h2.heading-m { (lang.t("ombudsman-title")) }
        (ombudsman_block(lang, policy))
        h2.heading-m { (lang.t("start-more-title")) }
        ul.list {
            li { a href=(format!("/{}/policy", lang.tag())) { (lang.t("footer-policy")) } }
            li { a href=(format!("/{}/accessibility", lang.tag())) { (lang.t("footer-accessibility")) } }
            li { a href=(format!("/{}/privacy", lang.tag())) { (lang.t("footer-privacy")) } }
        }
    }
}

/// The rows of "check your answers", with or without "Change" links.
pub fn answer_rows(lang: Lang, journey: Journey, answers: &Answers, with_change: bool) -> Vec<SummaryRow> {
    answer_texts(lang, journey, answers)
        .into_iter()
        .map(|a| {
            let value = if a.text.is_empty() {
                html! { span.secondary-text { (lang.t("answer-not-given")) } }
            } else {
                html! { span.answer dir="auto" { (a.text) } }
            };
            let change = with_change.then(|| {
                (
                    format!("/{}/{}/{}?change=1", lang.tag(), journey.slug(), a.step),
                    lang.t("change-link"),
                    a.question.to_lowercase(),
                )
            });
            SummaryRow { key: a.question, value, change }
        })
        .collect()
}

pub fn check_answers(lang: Lang, journey: Journey, answers: &Answers, csrf: &str, draft_id: &str) -> Markup {
    html! {
        h1.heading-l { (lang.t("check-title")) }
        (summary_list(&answer_rows(lang, journey, answers, true)))
        h2.heading-m { (lang.t(&format!("check-send-title-{}", journey.slug()))) }
        (paragraphs(&lang.t(&format!("check-declaration-{}", journey.slug()))))
        (form(
            FormParams {
                action: &format!("/{}/{}/check", lang.tag(), journey.slug()),
                csrf,
                hidden: &[("draft", draft_id)],
            },
            button(Button { text: &lang.t("button-send"), secondary: false }),
        ))
    }
}

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
            html! { (lang.t("confirmation-reference")) br; strong.reference { (next.reference) } },
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
            (ombudsman_block(lang, policy))
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

/// A printable record of what was sent.
pub fn record(lang: Lang, journey: Journey, answers: &Answers, reference: &str, received_on: NaiveDate) -> Markup {
    html! {
        h1.heading-l { (lang.t("record-title")) }
        (summary_list(&[
            SummaryRow { key: lang.t("confirmation-reference"), value: html! { strong.reference { (reference) } }, change: None },
            SummaryRow { key: lang.t("record-received"), value: html! { (lang.date(received_on)) }, change: None },
        ]))
        (summary_list(&answer_rows(lang, journey, answers, false)))
        p.no-print { (lang.t("record-print-hint")) }
    }
}

/// The Talk to Us policy in plain language, every number from the policy settings.
pub fn policy_page(lang: Lang, policy: &Policy, landlord: &Landlord) -> Markup {
    let n = |v: u32| Arg::Number(v as i64);
    let args = [
        ("landlord", Arg::Text(landlord.name.clone())),
        ("ack", n(policy.stage_one_acknowledgement_days)),
        ("stage1", n(policy.stage_one_response_days)),
        ("stage1ext", n(policy.stage_one_max_extension_days)),
        ("window", n(policy.escalation_window_days)),
        ("ack2", n(policy.stage_two_acknowledgement_days)),
        ("stage2", n(policy.stage_two_response_days)),
        ("stage2ext", n(policy.stage_two_max_extension_days)),
        ("enquiry", n(policy.formal_enquiry_response_days)),
        ("compliment", n(policy.compliment_passed_on_days)),
        ("months", n(policy.complaint_time_limit_months)),
    ];
    let section = |id: &str| {
        html! {
            h2.heading-m { (lang.t(&format!("policy-{id}-title"))) }
            (paragraphs(&lang.t_args(&format!("policy-{id}"), &args)))
        }
    };
    html! {
        h1.heading-xl { (lang.t("policy-title")) }
        (paragraphs(&lang.t_args("policy-intro", &args)))
        (section("what"))
        (section("stage-one"))
        (section("stage-two"))
        (section("other"))
        h2.heading-m { (lang.t("policy-not-accepted-title")) }
        p { (lang.t_args("policy-not-accepted-intro", &args)) }
        ul.list.list-bullet {
            @for reason in &policy.exclusion_reasons {
                li { (lang.t(&format!("exclusion-{reason}"))) }
            }
        }
        p { (lang.t("policy-not-accepted-rights")) }
        (section("help"))
        h2.heading-m { (lang.t("ombudsman-title")) }
        (ombudsman_block(lang, policy))
        (paragraphs(&lang.t("policy-ombudsman-when")))
    }
}

pub fn accessibility_page(lang: Lang, landlord: &Landlord) -> Markup {
    let args = [
        ("landlord", Arg::Text(landlord.name.clone())),
        ("phone", Arg::Text(landlord.telephone.clone())),
        ("email", Arg::Text(landlord.email.clone())),
    ];
    html! {
        h1.heading-xl { (lang.t("accessibility-title")) }
        @for id in ["intro", "how", "formats", "compliance", "problems", "enforcement"] {
            @if id != "intro" { h2.heading-m { (lang.t(&format!("accessibility-{id}-title"))) } }
            (paragraphs(&lang.t_args(&format!("accessibility-{id}"), &args)))
        }
    }
}

pub fn privacy_page(lang: Lang, landlord: &Landlord) -> Markup {
    let args = [("landlord", Arg::Text(landlord.name.clone())), ("email", Arg::Text(landlord.email.clone()))];
    html! {
        h1.heading-xl { (lang.t("privacy-title")) }
        @for id in ["intro", "what", "why", "sharing", "keeping", "cookies", "rights"] {
            @if id != "intro" { h2.heading-m { (lang.t(&format!("privacy-{id}-title"))) } }
            (paragraphs(&lang.t_args(&format!("privacy-{id}"), &args)))
        }
    }
}

pub fn display_settings(lang: Lang, current: Display, csrf: &str, return_to: &str, saved: bool) -> Markup {
    let sizes: Vec<Choice> = TextSize::ALL
        .iter()
        .map(|s| Choice {
            value: s.as_str().into(),
            label: lang.t(&format!("option-text-size-{}", s.as_str())),
            hint: None,
            lang: None,
        })
        .collect();
    let contrasts: Vec<Choice> = ["standard", "high"]
        .iter()
        .map(|c| Choice {
            value: c.to_string(),
            label: lang.t(&format!("option-contrast-{c}")),
            hint: None,
            lang: None,
        })
        .collect();
    html! {
        @if saved {
            (notification_banner(NotificationBanner {
                title: &lang.t("notification-success-title"),
                heading: &lang.t("display-saved"),
                body: None,
                success: true,
            }))
        }
        h1.heading-l { (lang.t("display-title")) }
        (paragraphs(&lang.t("display-intro")))
        (form(FormParams { action: &format!("/{}/display", lang.tag()), csrf, hidden: &[("return", return_to)] }, html! {
            (radios(Radios {
                name: "text-size",
                legend: &lang.t("field-text-size-label"),
                legend_style: LabelStyle::Label,
                hint: None,
                choices: &sizes,
                selected: current.size.as_str(),
                error: None,
            }))
            (radios(Radios {
                name: "contrast",
                legend: &lang.t("field-contrast-label"),
                legend_style: LabelStyle::Label,
                hint: None,
                choices: &contrasts,
                selected: if current.high_contrast { "high" } else { "standard" },
                error: None,
            }))
            (button(Button { text: &lang.t("button-save"), secondary: false }))
        }))
        p { a href=(format!("/{}{}", lang.tag(), return_to)) { (lang.t("display-return")) } }
    }
}

/// A page that explains a problem: not found, server error, refused, too large…
pub fn problem(lang: Lang, id: &str, landlord: &Landlord) -> Markup {
    let args = [("phone", Arg::Text(landlord.telephone.clone())), ("email", Arg::Text(landlord.email.clone()))];
    html! {
        h1.heading-l { (lang.t(&format!("problem-{id}-title"))) }
        (paragraphs(&lang.t_args(&format!("problem-{id}"), &args)))
        (inset(html! { p { (lang.t_args("problem-contact", &args)) } }))
        p { a href=(format!("/{}/", lang.tag())) { (lang.t("problem-home-link")) } }
    }
}
