//! The administrators' pages at `/staff/people`: everyone's accounts, inviting someone, and one person's
//! account with what can be done to it. Built from the shared components; every word from `staff.ftl`.

use maud::{html, Markup};

use super::components::{
    button, checkboxes, error_summary, form, notification_banner, summary_list, table, tag, text_input, Button,
    Checkboxes, Choice, Column, ErrorLink, FormParams, LabelStyle, NotificationBanner, SummaryRow, Table, Tag,
    TagColour, TextInput,
};
use crate::i18n::{Arg, Lang};

const LANG: Lang = Lang::En;

fn t(key: &str) -> String {
    LANG.t(key)
}

/// One account as the pages show it.
pub struct PersonView<'a> {
    pub id: i32,
    pub name: &'a str,
    pub email: &'a str,
    /// Role names: `handler`, `administrator`…
    pub roles: Vec<&'static str>,
    /// `invited`, `active` or `disabled`.
    pub state: &'static str,
}

/// The state as a tag whose words say it (the colour only echoes them).
fn state_tag(state: &str) -> Markup {
    let colour = match state {
        "active" => TagColour::Green,
        "invited" => TagColour::Blue,
        _ => TagColour::Grey,
    };
    tag(Tag { text: &t(&format!("staff-state-{state}")), colour })
}

fn role_names(roles: &[&str]) -> String {
    LANG.list(&roles.iter().map(|r| t(&format!("staff-role-name-{r}"))).collect::<Vec<_>>())
}

pub fn people(list: &[PersonView<'_>]) -> Markup {
    let columns = [
        Column { heading: &t("staff-people-name"), numeric: false },
        Column { heading: &t("staff-people-email"), numeric: false },
        Column { heading: &t("staff-people-roles"), numeric: false },
        Column { heading: &t("staff-people-state"), numeric: false },
    ];
    let rows: Vec<Vec<Markup>> = list
        .iter()
        .map(|p| {
            vec![
                html! { a href=(format!("/staff/people/{}", p.id)) { (p.name) } },
                html! { span dir="ltr" { (p.email) } },
                html! { (role_names(&p.roles)) },
                state_tag(p.state),
            ]
        })
        .collect();
    html! {
        h1.heading-l { (t("staff-people-title")) }
        p { a.button href="/staff/people/invite" { (t("staff-people-invite")) } }
        (table(Table { caption: &t("staff-people-caption"), columns: &columns, rows: &rows, row_headers: true }))
    }
}

fn role_choices() -> Vec<Choice> {
    crate::domain::staff::Role::ALL
        .iter()
        .map(|r| Choice {
            value: r.as_str().into(),
            label: t(&format!("staff-role-name-{}", r.as_str())),
            hint: Some(t(&format!("staff-role-{}", r.as_str()))),
            lang: None,
        })
        .collect()
}

/// What the invitation form shows back.
pub struct InviteForm<'a> {
    pub csrf: &'a str,
    pub email: &'a str,
    pub name: &'a str,
    pub roles: &'a [&'a str],
    /// The problem, as a message key, and the field it is about.
    pub problem: Option<(&'a str, &'a str)>,
}

pub fn invite(f: &InviteForm<'_>) -> Markup {
    let prefix = t("error-prefix");
    let message = f.problem.map(|(key, _)| t(key));
    let on = |field: &str| {
        message.as_deref().filter(|_| f.problem.is_some_and(|(_, at)| at == field)).map(|m| (m, prefix.as_str()))
    };
    html! {
        @if let (Some(message), Some((_, field))) = (&message, f.problem) {
            (error_summary(&t("error-summary-title"), &[ErrorLink { href: format!("#{field}"), message: message.clone() }]))
        }
        h1.heading-l { (t("staff-invite-title")) }
        (form(FormParams { action: "/staff/people/invite", csrf: f.csrf, hidden: &[] }, html! {
            (text_input(TextInput { name: "name", label: &t("staff-invite-name"), label_style: LabelStyle::Label, hint: None,
                value: f.name, error: on("name"), input_type: "text", autocomplete: Some("off"), width: "input-full", spellcheck: false }))
            (text_input(TextInput { name: "email", label: &t("staff-email-label"), label_style: LabelStyle::Label, hint: None,
                value: f.email, error: on("email"), input_type: "email", autocomplete: Some("off"), width: "input-full", spellcheck: false }))
            (checkboxes(Checkboxes { name: "roles", legend: &t("staff-invite-roles"), legend_style: LabelStyle::Label,
                hint: Some(&t("staff-invite-roles-hint")), choices: &role_choices(), selected: f.roles, error: on("roles") }))
            (button(Button { text: &t("staff-invite-button"), secondary: false }))
        }))
    }
}

/// The link for the person, shown once to the administrator who asked for it.
pub fn link_made(name: &str, url: &str, until: &str) -> Markup {
    html! {
        (notification_banner(NotificationBanner { title: &t("notification-success-title"),
            heading: &LANG.t_args("staff-link-made", &[("name", Arg::Text(name.into()))]), body: None, success: true }))
        h1.heading-l { (t("staff-link-made-title")) }
        p { (LANG.t_args("staff-link-made-how", &[("until", Arg::Text(until.into()))])) }
        p.secret-key dir="ltr" { code { (url) } }
        p { a href="/staff/people" { (t("staff-people-back")) } }
    }
}

/// One person's account, and what an administrator can do to it.
pub fn person(csrf: &str, p: &PersonView<'_>, done: Option<&str>, problem: Option<&str>) -> Markup {
    let action = |what: &str| format!("/staff/people/{}/{what}", p.id);
    let summary = [
        SummaryRow { key: t("staff-people-name"), value: html! { (p.name) }, change: None },
        SummaryRow { key: t("staff-people-email"), value: html! { span dir="ltr" { (p.email) } }, change: None },
        SummaryRow { key: t("staff-people-state"), value: state_tag(p.state), change: None },
    ];
    let problem = problem.map(t);
    html! {
        @if let Some(message) = &problem {
            (error_summary(&t("error-summary-title"), &[ErrorLink { href: "#roles".into(), message: message.clone() }]))
        }
        @if let Some(key) = done {
            (notification_banner(NotificationBanner { title: &t("notification-success-title"), heading: &t(key), body: None, success: true }))
        }
        h1.heading-l { (p.name) }
        (summary_list(&summary))
        (form(FormParams { action: &action("roles"), csrf, hidden: &[] }, html! {
            (checkboxes(Checkboxes { name: "roles", legend: &t("staff-invite-roles"), legend_style: LabelStyle::Label,
                hint: None, choices: &role_choices(), selected: &p.roles, error: problem.as_deref().map(|m| (m, "Error:")) }))
            (button(Button { text: &t("staff-person-save-roles"), secondary: false }))
        }))
        h2.heading-m { (t("staff-person-access")) }
        @if p.state == "disabled" {
            (form(FormParams { action: &action("enable"), csrf, hidden: &[] }, html! { (button(Button { text: &t("staff-person-enable"), secondary: true })) }))
        } @else {
            (form(FormParams { action: &action("new-link"), csrf, hidden: &[] }, html! { (button(Button { text: &t("staff-person-new-link"), secondary: true })) }))
            p { (t("staff-person-new-link-hint")) }
            (form(FormParams { action: &action("sign-out"), csrf, hidden: &[] }, html! { (button(Button { text: &t("staff-person-sign-out"), secondary: true })) }))
            (form(FormParams { action: &action("reset-two-factor"), csrf, hidden: &[] }, html! { (button(Button { text: &t("staff-person-reset-two-factor"), secondary: true })) }))
            (form(FormParams { action: &action("disable"), csrf, hidden: &[] }, html! { (button(Button { text: &t("staff-person-disable"), secondary: true })) }))
        }
        p { a href="/staff/people" { (t("staff-people-back")) } }
    }
}
