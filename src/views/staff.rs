//! The back office's pages: its layout (no language navigation or public footer; who is signed in, when
//! they will be signed out, and a sign-out button) and its pages, built from the same components as the
//! public site. English only for now, but every word is a Fluent message in `locales/en-GB/staff.ftl`, so a
//! landlord can add a language later.

use maud::{html, Markup, PreEscaped, DOCTYPE};

use super::components::{
    button, error_summary, form, notification_banner, table, text_input, Button, Column, ErrorLink, FormParams,
    LabelStyle, NotificationBanner, Table, TextInput,
};
use super::layout::{Display, FAVICON};
use crate::i18n::{Arg, Lang};

const LANG: Lang = Lang::En;

fn t(key: &str) -> String {
    LANG.t(key)
}

/// Who is signed in, for the header.
pub struct SignedIn<'a> {
    pub name: &'a str,
    pub csrf: &'a str,
    /// "14:35": when the session ends if the person does nothing more.
    pub signs_out_at: &'a str,
    /// The same moment as an RFC 3339 time, for the timeout warning's script.
    pub signs_out_at_utc: &'a str,
    /// The page's own path and query, to come back to after "Stay signed in".
    pub path: &'a str,
}

pub struct StaffChrome<'a> {
    pub display: Display,
    pub stylesheet: &'a str,
    /// The timeout warning's script.
    pub script: &'a str,
    pub landlord: &'a str,
    pub signed_in: Option<SignedIn<'a>>,
}

pub fn staff_layout(chrome: &StaffChrome<'_>, title: &str, error: bool, main: Markup) -> Markup {
    let service = t("staff-service-name");
    let prefix = if error { format!("{} ", t("error-title-prefix")) } else { String::new() };
    html! {
        (DOCTYPE)
        html lang=(LANG.bcp47()) dir=(LANG.dir()) class=(chrome.display.classes()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="robots" content="noindex, nofollow";
                title { (prefix) (title) " – " (service) " – " (chrome.landlord) }
                link rel="stylesheet" href=(chrome.stylesheet);
                link rel="icon" href=(PreEscaped(FAVICON));
            }
            body {
                a.skip-link href="#main" { (t("skip-link")) }
                header.header {
                    div.width.header-inner {
                        a.header-service href="/staff/" {
                            span.header-landlord { (chrome.landlord) }
                            " "
                            span.header-name { (service) }
                        }
                        @if let Some(who) = &chrome.signed_in {
                            div.staff-account {
                                p.staff-who { (LANG.t_args("staff-signed-in-as", &[("name", Arg::Text(who.name.into()))])) }
                                (form(FormParams { action: "/staff/sign-out", csrf: who.csrf, hidden: &[] }, html! {
                                    (button(Button { text: &t("staff-sign-out"), secondary: true }))
                                }))
                            }
                        }
                    }
                }
                div.width.page {
                    main #main.main tabindex="-1" {
                        @if let Some(who) = &chrome.signed_in {
                            (timeout(who, chrome.script))
                        }
                        (main)
                    }
                }
            }
        }
    }
}

/// When the person will be signed out, and a button to stay signed in: without script, on every page; with
/// it, `staff-timeout.js` also opens a dialog two minutes before (GOV.UK's timeout warning, WCAG 2.2.1).
fn timeout(who: &SignedIn<'_>, script: &str) -> Markup {
    let time = Arg::Text(who.signs_out_at.into());
    html! {
        div.staff-timeout data-signs-out-at=(who.signs_out_at_utc) {
            p { (LANG.t_args("staff-signs-out-at", &[("time", time.clone())])) }
            (form(FormParams { action: "/staff/stay-signed-in", csrf: who.csrf, hidden: &[("return", who.path)] }, html! {
                (button(Button { text: &t("staff-stay-signed-in"), secondary: true }))
            }))
        }
        dialog.timeout-dialog aria-labelledby="timeout-title" aria-describedby="timeout-text" {
            h2.heading-m #timeout-title { (t("staff-timeout-title")) }
            p #timeout-text { (LANG.t_args("staff-timeout-text", &[("time", time)])) }
            (form(FormParams { action: "/staff/stay-signed-in", csrf: who.csrf, hidden: &[("return", who.path)] }, html! {
                (button(Button { text: &t("staff-stay-signed-in"), secondary: false }))
            }))
            p { a href="#" data-sign-out { (t("staff-sign-out")) } }
        }
        script src=(script) defer {}
    }
}

/// The person's live sessions, each but this one with a button to end it.
pub fn sessions(csrf: &str, rows: &[SessionRowView<'_>], ended: Option<i64>) -> Markup {
    let columns = [
        Column { heading: &t("staff-sessions-started"), numeric: false },
        Column { heading: &t("staff-sessions-last-seen"), numeric: false },
        Column { heading: &t("staff-sessions-address"), numeric: false },
        Column { heading: &t("staff-sessions-action"), numeric: false },
    ];
    let ended_banner = ended.map(|count| LANG.t_args("staff-sessions-ended", &[("count", Arg::Number(count))]));
    let cells: Vec<Vec<Markup>> = rows
        .iter()
        .map(|r| {
            vec![
                html! { (r.started) },
                html! { (r.last_seen) },
                html! { span dir="ltr" { (r.address) } },
                html! {
                    @if r.current { (t("staff-sessions-this-one")) }
                    @else {
                        (form(FormParams { action: "/staff/sessions/end", csrf, hidden: &[("session", r.id.as_str())] }, html! {
                            button.button.button-secondary.button-small type="submit" {
                                (t("staff-sessions-end")) span.visually-hidden { " " (LANG.t_args("staff-sessions-end-which", &[("started", Arg::Text(r.started.into()))])) }
                            }
                        }))
                    }
                },
            ]
        })
        .collect();
    html! {
        @if let Some(message) = &ended_banner {
            (notification_banner(NotificationBanner { title: &t("notification-success-title"), heading: message, body: None, success: true }))
        }
        h1.heading-l { (t("staff-sessions-title")) }
        p { (t("staff-sessions-intro")) }
        (table(Table { caption: &t("staff-sessions-caption"), columns: &columns, rows: &cells, row_headers: false }))
        @if rows.len() > 1 {
            (form(FormParams { action: "/staff/sessions/end", csrf, hidden: &[("session", "others")] }, html! {
                (button(Button { text: &t("staff-sessions-end-others"), secondary: true }))
            }))
        }
    }
}

/// One session as the sessions page lists it.
pub struct SessionRowView<'a> {
    pub id: String,
    pub started: &'a str,
    pub last_seen: &'a str,
    pub address: &'a str,
    pub current: bool,
}

/// A field's error, as the components take it.
fn field_error<'a>(message: &'a Option<String>, prefix: &'a str) -> Option<(&'a str, &'a str)> {
    message.as_deref().map(|m| (m, prefix))
}

/// What the sign-in page shows.
pub struct SignInPage<'a> {
    pub csrf: &'a str,
    /// The email as typed, shown back after a refusal; never the password.
    pub email: &'a str,
    /// Where to go after signing in (a `/staff/` path).
    pub next: &'a str,
    /// The refusal, the same whatever was wrong.
    pub refused: bool,
    /// A message at the top: `staff-signed-out`, `staff-password-was-set`, `staff-session-ended`.
    pub notice: Option<&'a str>,
}

pub fn sign_in(p: &SignInPage<'_>) -> Markup {
    let prefix = t("error-prefix");
    let refused = p.refused.then(|| t("staff-sign-in-refused"));
    html! {
        @if let Some(key) = p.notice {
            (notification_banner(NotificationBanner { title: &t("notification-success-title"), heading: &t(key), body: None, success: true }))
        }
        @if let Some(message) = &refused {
            (error_summary(&t("error-summary-title"), &[ErrorLink { href: "#email".into(), message: message.clone() }]))
        }
        h1.heading-l { (t("staff-sign-in-title")) }
        (form(FormParams { action: "/staff/sign-in", csrf: p.csrf, hidden: &[("next", p.next)] }, html! {
            (text_input(TextInput {
                name: "email", label: &t("staff-email-label"), label_style: LabelStyle::Label, hint: None,
                value: p.email, error: field_error(&refused, &prefix), input_type: "email",
                autocomplete: Some("username"), width: "input-full", spellcheck: false,
            }))
            (text_input(TextInput {
                name: "password", label: &t("staff-password-label"), label_style: LabelStyle::Label, hint: None,
                value: "", error: None, input_type: "password", autocomplete: Some("current-password"),
                width: "input-full", spellcheck: false,
            }))
            (button(Button { text: &t("staff-sign-in-button"), secondary: false }))
        }))
        p { (t("staff-sign-in-help")) }
    }
}

/// What the page to set a password shows.
pub struct PasswordPage<'a> {
    pub csrf: &'a str,
    pub action: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    /// The key of the problem with the password typed, if any.
    pub problem: Option<&'a str>,
    /// Changing one's own password while signed in: the current one is asked for first.
    pub change: bool,
}

pub fn set_password(p: &PasswordPage<'_>) -> Markup {
    let prefix = t("error-prefix");
    let problem = p.problem.map(t);
    let wrong_current = p.problem == Some("staff-password-error-current");
    let new_error = if wrong_current { None } else { field_error(&problem, &prefix) };
    html! {
        @if let Some(message) = &problem {
            (error_summary(&t("error-summary-title"), &[ErrorLink { href: (if wrong_current { "#current" } else { "#password" }).into(), message: message.clone() }]))
        }
        h1.heading-l { (t(if p.change { "staff-change-password-title" } else { "staff-password-title" })) }
        p { (LANG.t_args("staff-password-for", &[("name", Arg::Text(p.name.into())), ("email", Arg::Text(p.email.into()))])) }
        (form(FormParams { action: p.action, csrf: p.csrf, hidden: &[] }, html! {
            // The account's email, for password managers to save with the password (it is not a field to change).
            input type="hidden" name="username" autocomplete="username" value=(p.email);
            @if p.change {
                (text_input(TextInput {
                    name: "current", label: &t("staff-current-password-label"), label_style: LabelStyle::Label, hint: None,
                    value: "", error: if wrong_current { field_error(&problem, &prefix) } else { None },
                    input_type: "password", autocomplete: Some("current-password"), width: "input-full", spellcheck: false,
                }))
            }
            (text_input(TextInput {
                name: "password", label: &t("staff-new-password-label"), label_style: LabelStyle::Label,
                hint: Some(&t("staff-new-password-hint")), value: "", error: new_error,
                input_type: "password", autocomplete: Some("new-password"), width: "input-full", spellcheck: false,
            }))
            (text_input(TextInput {
                name: "again", label: &t("staff-password-again-label"), label_style: LabelStyle::Label, hint: None,
                value: "", error: None, input_type: "password", autocomplete: Some("new-password"),
                width: "input-full", spellcheck: false,
            }))
            (button(Button { text: &t("staff-password-button"), secondary: false }))
        }))
    }
}

/// A link that cannot be used: expired, used, or unknown. `key` is `expired`, `spent` or `unknown`.
pub fn link_not_valid(key: &str) -> Markup {
    html! {
        h1.heading-l { (t(&format!("staff-link-{key}-title"))) }
        p { (t(&format!("staff-link-{key}"))) }
        p { (t("staff-link-ask")) }
    }
}

/// The staff home page: who you are and your roles (the case queue comes with the case work).
pub fn home(name: &str, email: &str, roles: &[&str], manages_accounts: bool) -> Markup {
    html! {
        h1.heading-l { (t("staff-home-title")) }
        p { (LANG.t_args("staff-home-who", &[("name", Arg::Text(name.into())), ("email", Arg::Text(email.into()))])) }
        h2.heading-m { (t("staff-home-roles")) }
        ul.list.list-bullet {
            @for role in roles { li { (t(&format!("staff-role-{role}"))) } }
        }
        h2.heading-m { (t("staff-home-security")) }
        ul.list {
            li { a href="/staff/sessions" { (t("staff-sessions-link")) } }
            li { a href="/staff/password" { (t("staff-change-password-link")) } }
            @if manages_accounts { li { a href="/staff/people" { (t("staff-people-link")) } } }
        }
    }
}

/// The code field of both second-factor pages.
fn code_field(error: &Option<String>, prefix: &str, hint: &str) -> Markup {
    text_input(TextInput {
        name: "code",
        label: &t("staff-code-label"),
        label_style: LabelStyle::Label,
        hint: Some(hint),
        value: "",
        error: field_error(error, prefix),
        input_type: "text",
        autocomplete: Some("one-time-code"),
        width: "input-medium",
        spellcheck: false,
    })
}

/// The code problems' messages: `staff-code-error-malformed`, `…-wrong`, `…-reused`.
fn code_error_summary(problem: &Option<String>) -> Markup {
    html! {
        @if let Some(message) = problem {
            (error_summary(&t("error-summary-title"), &[ErrorLink { href: "#code".into(), message: message.clone() }]))
        }
    }
}

/// The second step of signing in: a code from the app, or a recovery code.
pub fn second_factor(csrf: &str, next: &str, problem: Option<&str>) -> Markup {
    let problem = problem.map(t);
    html! {
        (code_error_summary(&problem))
        h1.heading-l { (t("staff-second-factor-title")) }
        (form(FormParams { action: "/staff/two-factor", csrf, hidden: &[("next", next)] }, html! {
            (code_field(&problem, &t("error-prefix"), &t("staff-code-hint")))
            (button(Button { text: &t("staff-code-button"), secondary: false }))
        }))
        p { (t("staff-second-factor-lost")) }
    }
}

/// What the set-up page shows.
pub struct EnrolPage<'a> {
    pub csrf: &'a str,
    pub next: &'a str,
    /// The secret in groups of four, for typing.
    pub secret: &'a str,
    /// The QR code as an SVG document.
    pub qr_svg: &'a str,
    pub problem: Option<&'a str>,
}

pub fn enrol(p: &EnrolPage<'_>) -> Markup {
    let problem = p.problem.map(t);
    // The QR code inline: no image request, no script. Its XML prologue is dropped, and it is named as an image.
    let svg = p.qr_svg.find("<svg").map_or("", |i| &p.qr_svg[i..]);
    let svg = svg.replacen(
        "<svg ",
        &format!("<svg role=\"img\" aria-label=\"{}\" class=\"qr-code\" ", t("staff-enrol-qr-label")),
        1,
    );
    html! {
        (code_error_summary(&problem))
        h1.heading-l { (t("staff-enrol-title")) }
        p { (t("staff-enrol-intro")) }
        ol.list.list-number {
            li { (t("staff-enrol-step-app")) }
            li {
                (t("staff-enrol-step-scan"))
                div.qr { (PreEscaped(svg)) }
                p { (t("staff-enrol-step-type")) }
                p.secret-key dir="ltr" { code { (p.secret) } }
            }
            li { (t("staff-enrol-step-code")) }
        }
        (form(FormParams { action: "/staff/two-factor/set-up", csrf: p.csrf, hidden: &[("next", p.next)] }, html! {
            (code_field(&problem, &t("error-prefix"), &t("staff-enrol-code-hint")))
            (button(Button { text: &t("staff-enrol-button"), secondary: false }))
        }))
    }
}

/// The recovery codes, shown once, after setting up.
pub fn recovery_codes(codes: &[String], next: &str) -> Markup {
    html! {
        (notification_banner(NotificationBanner { title: &t("notification-success-title"), heading: &t("staff-enrolled"), body: None, success: true }))
        h1.heading-l { (t("staff-recovery-title")) }
        p { (t("staff-recovery-intro")) }
        ul.list.recovery-codes dir="ltr" {
            @for code in codes { li { code { (code) } } }
        }
        p { (t("staff-recovery-once")) }
        p { a.button href=(next) { (t("staff-continue")) } }
    }
}

/// After signing in with a recovery code: how many are left.
pub fn recovery_used(left: i64, next: &str) -> Markup {
    html! {
        h1.heading-l { (t("staff-recovery-used-title")) }
        p { (LANG.t_args("staff-recovery-left", &[("left", Arg::Number(left))])) }
        p { (t("staff-recovery-used-advice")) }
        p { a.button href=(next) { (t("staff-continue")) } }
    }
}

/// Too many failed tries: when the person can try again, and how to get help.
pub fn locked(until: &str) -> Markup {
    html! {
        h1.heading-l { (t("staff-locked-title")) }
        p { (LANG.t_args("staff-locked", &[("time", Arg::Text(until.into()))])) }
        p { (t("staff-locked-help")) }
    }
}

/// A "done" banner at the top of a page, focused when it loads.
pub fn done_banner(key: &str) -> Markup {
    notification_banner(NotificationBanner {
        title: &t("notification-success-title"),
        heading: &t(key),
        body: None,
        success: true,
    })
}
