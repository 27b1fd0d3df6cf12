//! Setting a password and signing in, over HTTP on both databases, with accounts made by the command line
//! beside the server (as an operator would) and a clock the test moves for the session limits.

use chrono::{Duration, Utc};
use diesel::prelude::*;
use talk_to_us::clock::Clock;
use talk_to_us::db::schema::{staff, staff_audit};

use talk_to_us::domain::two_factor::{code_at, step_of};

use crate::helpers::{spawn_app_with_clock, Backend, Page, TestApp};
use crate::on_both_databases;

pub(crate) const PASSWORD: &str = "copper kettle under the stairs";

/// `talk-to-us staff …` against the server's database; its printed link, if any.
pub(crate) fn staff_command(app: &TestApp, args: &[&str]) -> String {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_talk-to-us"))
        .arg("staff")
        .args(args)
        .env_remove("TTU_CONFIG")
        .env("TTU_DATABASE_URL", &app.database_url)
        .env("TTU_DATA_DIR", &app.data_dir)
        .env("TTU_PUBLIC_URL", &app.address)
        .output()
        .expect("the binary runs");
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

/// An invited account; the path of its link to set a password.
pub(crate) fn invite(app: &TestApp, email: &str, roles: &[&str]) -> String {
    let mut args = vec!["add", "--email", email, "--name", "Ann Lee"];
    for role in roles {
        args.extend(["--role", role]);
    }
    let out = staff_command(app, &args);
    let url = out.lines().last().unwrap();
    url.strip_prefix(&app.address).expect("a link to this server").to_string()
}

pub(crate) fn client() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_store(true).build().unwrap()
}

pub(crate) async fn get(app: &TestApp, client: &reqwest::Client, path: &str) -> Page {
    let response = client.get(format!("{}{path}", app.address)).send().await.unwrap();
    page(response).await
}

pub(crate) async fn post(app: &TestApp, client: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> Page {
    let response = client.post(format!("{}{path}", app.address)).form(fields).send().await.unwrap();
    page(response).await
}

async fn page(response: reqwest::Response) -> Page {
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let location = headers.get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
    Page { status, location, headers, body: response.text().await.unwrap() }
}

/// Opens a form page and posts it with its CSRF token.
pub(crate) async fn submit(app: &TestApp, client: &reqwest::Client, path: &str, fields: &[(&str, &str)]) -> Page {
    let form = get(app, client, path).await;
    assert_eq!(form.status, 200, "{path}: {}", form.body);
    let csrf = form.csrf();
    let mut all = vec![("csrf", csrf.as_str())];
    all.extend_from_slice(fields);
    post(app, client, path, &all).await
}

pub(crate) async fn set_password(app: &TestApp, link: &str) {
    let done = submit(app, &client(), link, &[("password", PASSWORD), ("again", PASSWORD)]).await;
    assert_eq!(done.location.as_deref(), Some("/staff/sign-in?done=password-set"), "{}", done.body);
}

pub(crate) async fn sign_in(app: &TestApp, client: &reqwest::Client, email: &str, password: &str) -> Page {
    submit(app, client, "/staff/sign-in", &[("email", email), ("password", password), ("next", "/staff/")]).await
}

/// A server whose clock the test moves; it starts now, so links the command line makes are in date.
pub(crate) async fn spawn_app(backend: Backend) -> (TestApp, Clock) {
    let clock = Clock::fixed(Utc::now());
    (spawn_app_with_clock(backend, |_| {}, clock.clone()).await, clock)
}

/// RFC 4648 base32, as the set-up page shows the secret.
pub(crate) fn from_base32(text: &str) -> Vec<u8> {
    let (mut out, mut buffer, mut bits) = (Vec::new(), 0u32, 0u32);
    for c in text.chars().filter(|c| !c.is_whitespace()) {
        let value = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".find(c).expect("a base32 letter") as u32;
        buffer = (buffer << 5) | value;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

/// The text between two markers.
pub(crate) fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("{start} in {text}")) + start.len();
    let to = text[from..].find(end).unwrap() + from;
    &text[from..to]
}

/// What a person keeps of their authenticator: the secret in the app, and their recovery codes.
#[derive(Default)]
pub(crate) struct Phone {
    pub(crate) secret: Vec<u8>,
    pub(crate) recovery: Vec<String>,
}

impl Phone {
    fn code(&self, clock: &Clock) -> String {
        format!("{:06}", code_at(&self.secret, step_of(clock.now().timestamp())))
    }
}

/// Signs in with the password and the second factor, setting up the phone on the first sign-in. Moves the
/// clock on a step first, so no code is used twice.
pub(crate) async fn sign_in_fully(
    app: &TestApp,
    browser: &reqwest::Client,
    clock: &Clock,
    email: &str,
    phone: &mut Phone,
) {
    clock.advance(Duration::seconds(30));
    let password = sign_in(app, browser, email, PASSWORD).await;
    let step = password.location.clone().expect("the second step");
    if step.starts_with("/staff/two-factor/set-up") {
        let page = get(app, browser, &step).await;
        assert_eq!(page.status, 200, "{}", page.body);
        phone.secret = from_base32(between(&page.body, r#"<p class="secret-key" dir="ltr"><code>"#, "</code>"));
        let done = submit(app, browser, &step, &[("code", &phone.code(clock))]).await;
        assert_eq!(done.status, 200, "{}", done.body);
        phone.recovery =
            done.body.match_indices("<li><code>").map(|(i, _)| done.body[i + 10..i + 21].to_string()).collect();
        assert_eq!(phone.recovery.len(), 10, "{}", done.body);
    } else {
        assert!(step.starts_with("/staff/two-factor?"), "{step}");
        let done = submit(app, browser, &step, &[("code", &phone.code(clock))]).await;
        assert_eq!(done.status, 303, "{}", done.body);
    }
}

/// The staff audit's actions, after the server's own line for the first administrator's link.
pub(crate) fn audit_actions(app: &TestApp) -> Vec<String> {
    let all: Vec<String> =
        staff_audit::table.order(staff_audit::id).select(staff_audit::action).load(&mut app.conn()).unwrap();
    assert_eq!(all.first().map(String::as_str), Some("first-administrator-link"), "{all:?}");
    all[1..].to_vec()
}

async fn an_invited_person_sets_a_password_signs_in_and_signs_out(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    let link = invite(&app, "ann@example.org", &["handler", "manager"]);
    let browser = client();
    let form = get(&app, &browser, &link).await;
    assert_eq!(form.status, 200);
    assert!(form.plain().contains("This is the password for Ann Lee (ann@example.org)."), "{}", form.body);
    assert!(form.body.contains(r#"autocomplete="new-password""#));
    let csrf = form.csrf();

    // Refusals say why, and never show the password back.
    for (password, again, says) in [
        ("short", "short", "Use at least 8 characters"),
        ("password1", "password1", "This password is one of the most common."),
        ("ann@example.org!", "ann@example.org!", "This password has your email address in it."),
        ("Ann Lee 2026", "Ann Lee 2026", "This password has your name in it."),
        (PASSWORD, "copper kettle", "The two passwords are not the same."),
    ] {
        let refused = post(&app, &browser, &link, &[("csrf", &csrf), ("password", password), ("again", again)]).await;
        assert_eq!(refused.status, 200);
        assert!(refused.body.contains(says), "{password}: {}", refused.body);
        assert!(refused.body.starts_with("<!DOCTYPE html>") && refused.body.contains("<title>Error: "));
        assert!(!refused.body.contains(&format!("value=\"{password}\"")), "the password is never shown back");
    }
    let set = post(&app, &browser, &link, &[("csrf", &csrf), ("password", PASSWORD), ("again", PASSWORD)]).await;
    assert_eq!(set.location.as_deref(), Some("/staff/sign-in?done=password-set"));
    let used = get(&app, &browser, &link).await;
    assert_eq!(used.status, 410);
    assert!(used.body.contains("This link has already been used"), "{}", used.body);

    // Stored as argon2id with OWASP's parameters, in PHC form.
    let (state, hash): (String, Option<String>) = staff::table
        .filter(staff::email.eq("ann@example.org"))
        .select((staff::state, staff::password_hash))
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(state, "active");
    let hash = hash.expect("a hash");
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{hash}");
    assert!(!hash.contains(PASSWORD));

    let signed_in = sign_in(&app, &browser, "ANN@example.org", PASSWORD).await;
    assert_eq!(signed_in.location.as_deref(), Some("/staff/two-factor/set-up?next=%2Fstaff%2F"), "{}", signed_in.body);
    let cookie = signed_in.headers.get("set-cookie").and_then(|v| v.to_str().ok()).expect("a session cookie");
    assert!(cookie.starts_with("ttu_staff="), "{cookie}");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Max-Age") && !cookie.contains("Expires"), "ends with the browser: {cookie}");
    let half = get(&app, &browser, "/staff/").await;
    assert_eq!(
        half.location.as_deref(),
        Some("/staff/two-factor/set-up?next=%2Fstaff%2F"),
        "the password alone opens nothing"
    );
    let mut phone = Phone::default();
    sign_in_fully(&app, &browser, &clock, "ann@example.org", &mut phone).await;

    let home = get(&app, &browser, "/staff/").await;
    assert_eq!(home.status, 200, "{}", home.body);
    assert!(home.plain().contains("You are signed in as Ann Lee (ann@example.org)."), "{}", home.body);
    assert!(home.plain().contains("Handler:") && home.plain().contains("Manager:"));
    assert!(home.plain().contains("we will sign you out at"), "the time of sign-out is on every staff page");
    assert_eq!(home.headers.get("cache-control").unwrap(), "no-store");
    assert_eq!(home.headers.get("x-robots-tag").unwrap(), "noindex, nofollow");
    assert!(home.body.contains(r#"<meta name="robots" content="noindex, nofollow">"#));
    assert!(home.headers.get("content-security-policy").is_some());

    let csrf = home.csrf();
    let out = post(&app, &browser, "/staff/sign-out", &[("csrf", &csrf)]).await;
    assert_eq!(out.location.as_deref(), Some("/staff/sign-in?done=signed-out"));
    let after = get(&app, &browser, "/staff/").await;
    assert_eq!(after.location.as_deref(), Some("/staff/sign-in?next=%2Fstaff%2F"));
    assert_eq!(
        audit_actions(&app),
        [
            "invited",
            "password-set",
            "password-accepted",
            "password-accepted",
            "two-factor-set-up",
            "signed-in",
            "signed-out"
        ]
    );
}

async fn a_link_works_for_24_hours_and_a_new_link_replaces_the_old(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    let first = invite(&app, "bo@example.org", &["handler"]);
    let second = staff_command(&app, &["reset", "--email", "bo@example.org"]);
    let second = second.lines().last().unwrap().strip_prefix(&app.address).unwrap().to_string();
    assert_eq!(get(&app, &client(), &first).await.status, 410, "replaced");
    assert_eq!(get(&app, &client(), &second).await.status, 200);
    clock.advance(Duration::hours(24) + Duration::minutes(1));
    let expired = get(&app, &client(), &second).await;
    assert_eq!(expired.status, 410);
    assert!(expired.body.contains("This link has expired"), "{}", expired.body);
    let unknown = get(&app, &client(), &format!("/staff/password/{}", "ab".repeat(32))).await;
    assert_eq!(unknown.status, 404);
    assert!(unknown.body.contains("This link is not right"));
}

/// The sign-in page as the person sees it, whatever they typed.
fn refusal_shape(page: &Page, email: &str) -> String {
    page.body.replace(email, "EMAIL").replace(&page.csrf(), "CSRF")
}

async fn an_unknown_email_a_wrong_password_and_a_disabled_account_get_the_same_answer(backend: Backend) {
    let (app, _clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    set_password(&app, &invite(&app, "cy@example.org", &["handler"])).await;
    staff_command(&app, &["disable", "--email", "cy@example.org"]);
    let _invited_only = invite(&app, "di@example.org", &["handler"]);
    let unknown = sign_in(&app, &client(), "nobody@example.org", PASSWORD).await;
    let wrong = sign_in(&app, &client(), "ann@example.org", "copper kettle on the stairs").await;
    let disabled = sign_in(&app, &client(), "cy@example.org", PASSWORD).await;
    let invited = sign_in(&app, &client(), "di@example.org", PASSWORD).await;
    assert_eq!(unknown.status, 200);
    assert!(unknown.body.contains("The email address or password is not right."), "{}", unknown.body);
    let shape = refusal_shape(&unknown, "nobody@example.org");
    assert_eq!(refusal_shape(&wrong, "ann@example.org"), shape);
    assert_eq!(refusal_shape(&disabled, "cy@example.org"), shape);
    assert_eq!(refusal_shape(&invited, "di@example.org"), shape);
    let failures = audit_actions(&app).iter().filter(|a| *a == "sign-in-failed").count();
    assert_eq!(failures, 4, "every failure is audited");
}

async fn sessions_end_after_30_idle_minutes_and_after_12_hours(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let browser = client();
    let mut phone = Phone::default();
    sign_in_fully(&app, &browser, &clock, "ann@example.org", &mut phone).await;
    clock.advance(Duration::minutes(29));
    assert_eq!(get(&app, &browser, "/staff/").await.status, 200, "29 minutes idle is fine");
    clock.advance(Duration::minutes(30) + Duration::seconds(1));
    assert_eq!(get(&app, &browser, "/staff/").await.status, 303, "30 minutes idle ends it");

    sign_in_fully(&app, &browser, &clock, "ann@example.org", &mut phone).await;
    for _ in 0..(12 * 3 - 1) {
        clock.advance(Duration::minutes(20));
        assert_eq!(get(&app, &browser, "/staff/").await.status, 200, "busy, within 12 hours");
    }
    clock.advance(Duration::minutes(20));
    assert_eq!(get(&app, &browser, "/staff/").await.status, 303, "12 hours ends it, however busy");
    assert!(audit_actions(&app).iter().filter(|a| *a == "session-expired").count() == 2);
}

async fn signing_in_starts_a_new_session_so_a_planted_cookie_opens_nothing(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let browser = client();
    let form = get(&app, &browser, "/staff/sign-in").await;
    let before =
        form.headers.get("set-cookie").and_then(|v| v.to_str().ok()).unwrap().split(';').next().unwrap().to_string();
    let csrf = form.csrf();
    let done = post(
        &app,
        &browser,
        "/staff/sign-in",
        &[("csrf", &csrf), ("email", "ann@example.org"), ("password", PASSWORD)],
    )
    .await;
    let after =
        done.headers.get("set-cookie").and_then(|v| v.to_str().ok()).unwrap().split(';').next().unwrap().to_string();
    assert_ne!(before, after, "a new token at sign-in");
    // Someone who planted or saw the cookie from before sign-in gets nothing.
    let planted = app.client.get(format!("{}/staff/", app.address)).header("cookie", &before).send().await.unwrap();
    assert_eq!(planted.status().as_u16(), 303);
    // The second step gives the session a new token again, so the half-signed-in one opens nothing either.
    let set_up = get(&app, &browser, done.location.as_deref().unwrap()).await;
    let key = between(&set_up.body, r#"<p class="secret-key" dir="ltr"><code>"#, "</code>").to_string();
    let phone_now = Phone { secret: from_base32(&key), recovery: vec![] };
    let enrolled =
        submit(&app, &browser, done.location.as_deref().unwrap(), &[("code", &phone_now.code(&clock))]).await;
    let full = enrolled.headers.get("set-cookie").and_then(|v| v.to_str().ok()).expect("a new token").to_string();
    assert!(!full.starts_with(&after), "a new token after the second step");
    let half = app.client.get(format!("{}/staff/", app.address)).header("cookie", &after).send().await.unwrap();
    assert_eq!(half.status().as_u16(), 303, "the token from before the second step opens nothing");
    assert_eq!(get(&app, &browser, "/staff/").await.status, 200);
    let planted = app.client.get(format!("{}/staff/", app.address)).header("cookie", &before).send().await.unwrap();
    assert_eq!(planted.status().as_u16(), 303, "still nothing once signed in fully");
}

async fn disabling_an_account_or_a_new_link_ends_its_sessions(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let browser = client();
    let mut phone = Phone::default();
    sign_in_fully(&app, &browser, &clock, "ann@example.org", &mut phone).await;
    assert_eq!(get(&app, &browser, "/staff/").await.status, 200);
    staff_command(&app, &["reset", "--email", "ann@example.org"]);
    assert_eq!(get(&app, &browser, "/staff/").await.status, 303, "a reset ends the sessions");
    sign_in_fully(&app, &browser, &clock, "ann@example.org", &mut phone).await;
    assert_eq!(get(&app, &browser, "/staff/").await.status, 200, "the password still works until a new one is set");
    staff_command(&app, &["disable", "--email", "ann@example.org"]);
    assert_eq!(get(&app, &browser, "/staff/").await.status, 303, "disabling ends the sessions");
}

async fn every_staff_path_without_a_session_goes_to_sign_in_and_back_but_never_elsewhere(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let browser = client();
    for (path, next) in [
        ("/staff/", "%2Fstaff%2F"),
        ("/staff/cases/HH-1234-5678?tab=letters", "%2Fstaff%2Fcases%2FHH-1234-5678%3Ftab%3Dletters"),
        ("/staff/people", "%2Fstaff%2Fpeople"),
    ] {
        let page = get(&app, &browser, path).await;
        assert_eq!(page.status, 303, "{path}");
        assert_eq!(page.location, Some(format!("/staff/sign-in?next={next}")), "{path}");
    }
    let out = post(&app, &browser, "/staff/sign-out", &[]).await;
    assert_eq!(out.status, 303, "signing out without a session");
    // Back to where they were going, once signed in; never to another site.
    let form = get(&app, &browser, "/staff/sign-in?next=%2Fstaff%2Fcases%2FHH-1").await;
    assert!(form.body.contains(r#"name="next" value="/staff/cases/HH-1""#), "{}", form.body);
    let csrf = form.csrf();
    let fields = |next: &'static str| {
        [
            ("csrf", csrf.clone()),
            ("email", "ann@example.org".into()),
            ("password", PASSWORD.into()),
            ("next", next.into()),
        ]
    };
    let back = client_post(&app, &browser, &fields("/staff/cases/HH-1")).await;
    assert_eq!(back.location.as_deref(), Some("/staff/two-factor/set-up?next=%2Fstaff%2Fcases%2FHH-1"));
    let mut phone = Phone::default();
    let set_up = get(&app, &browser, back.location.as_deref().unwrap()).await;
    phone.secret = from_base32(between(&set_up.body, r#"<p class="secret-key" dir="ltr"><code>"#, "</code>"));
    assert!(set_up.body.contains(r#"name="next" value="/staff/cases/HH-1""#));
    let fields = [("code", phone.code(&clock)), ("next", "/staff/cases/HH-1".to_string())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = submit(&app, &browser, back.location.as_deref().unwrap(), &fields).await;
    assert!(done.body.contains(r#"href="/staff/cases/HH-1""#), "on to where they were going: {}", done.body);
    for evil in ["//evil.example/", "https://evil.example/staff/", "/staff/\\evil.example", "/staff//evil.example"] {
        let other = client();
        let form = get(&app, &other, "/staff/sign-in").await;
        let csrf = form.csrf();
        let page = post(
            &app,
            &other,
            "/staff/sign-in",
            &[("csrf", &csrf), ("email", "ann@example.org"), ("password", PASSWORD), ("next", evil)],
        )
        .await;
        assert_eq!(page.location.as_deref(), Some("/staff/two-factor?next=%2Fstaff%2F"), "{evil}");
    }
    let signed_in = get(&app, &browser, "/staff/no-such-page").await;
    assert_eq!(signed_in.status, 404, "signed in, an unknown path is not found");
}

async fn client_post(app: &TestApp, browser: &reqwest::Client, fields: &[(&str, String)]) -> Page {
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    post(app, browser, "/staff/sign-in", &fields).await
}

async fn staff_forms_are_refused_without_their_csrf_token(backend: Backend) {
    let (app, _clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let browser = client();
    get(&app, &browser, "/staff/sign-in").await;
    for csrf in ["", "00", &"ab".repeat(32)] {
        let page = post(
            &app,
            &browser,
            "/staff/sign-in",
            &[("csrf", csrf), ("email", "ann@example.org"), ("password", PASSWORD)],
        )
        .await;
        assert_eq!(page.status, 403, "token {csrf:?}");
    }
    // Another browser's token is no good either.
    let other = get(&app, &client(), "/staff/sign-in").await.csrf();
    let page = post(
        &app,
        &browser,
        "/staff/sign-in",
        &[("csrf", &other), ("email", "ann@example.org"), ("password", PASSWORD)],
    )
    .await;
    assert_eq!(page.status, 403);
    assert!(!audit_actions(&app).contains(&"password-accepted".to_string()));
}

async fn any_characters_make_a_password_and_its_unicode_forms_are_one(backend: Backend) {
    let (app, _clock) = spawn_app(backend).await;
    let link = invite(&app, "ola@example.org", &["handler"]);
    // Polish in composed form (NFC); signed in with the same words in decomposed form (NFD).
    let composed = "Żółta żaba śpi w stawie";
    let decomposed = "Z\u{307}o\u{301}\u{142}ta z\u{307}aba s\u{301}pi w stawie";
    assert_ne!(composed, decomposed);
    let long = format!("{} {}", composed, "i niebieska ryba ".repeat(12));
    assert!(long.chars().count() > 128);
    let too_long = "słowo ".repeat(50);
    let refused = submit(&app, &client(), &link, &[("password", &too_long), ("again", &too_long)]).await;
    assert!(refused.body.contains("Use 256 characters or fewer"), "{}", refused.body);
    let done = submit(&app, &client(), &link, &[("password", composed), ("again", decomposed)]).await;
    assert_eq!(done.status, 303, "the same password, typed two ways: {}", done.body);
    assert_eq!(sign_in(&app, &client(), "ola@example.org", decomposed).await.status, 303);
    assert_eq!(sign_in(&app, &client(), "ola@example.org", composed).await.status, 303);
    staff_command(&app, &["reset", "--email", "ola@example.org"]);
}

async fn setting_up_an_authenticator_needs_a_right_code_and_gives_ten_recovery_codes(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let browser = client();
    let step = sign_in(&app, &browser, "ann@example.org", PASSWORD).await.location.unwrap();
    let page = get(&app, &browser, &step).await;
    assert!(page.body.contains(r#"<svg role="img" aria-label="QR code for your authenticator app""#), "{}", page.body);
    assert!(!page.body.contains("<img") && !page.body.contains("<script"), "inline, no request, no script");
    let key = between(&page.body, r#"<p class="secret-key" dir="ltr"><code>"#, "</code>").to_string();
    assert_eq!(key.split(' ').count(), 8, "160 bits as 8 groups of 4: {key}");
    assert!(get(&app, &browser, &step).await.body.contains(&key), "the same key on a second look");
    let phone = Phone { secret: from_base32(&key), recovery: vec![] };
    let stranger = Phone { secret: b"12345678901234567890".to_vec(), recovery: vec![] };
    for (code, says) in [
        ("12345", "Enter the 6 numbers from your authenticator app"),
        (&stranger.code(&clock) as &str, "This code is not right."),
    ] {
        let refused = submit(&app, &browser, &step, &[("code", code)]).await;
        assert_eq!(refused.status, 200);
        assert!(refused.body.contains(says), "{code}: {}", refused.body);
    }
    // Stored sealed: neither the key nor its bytes are in the database.
    let (sealed, pending): (Option<String>, Option<String>) = staff::table
        .filter(staff::email.eq("ann@example.org"))
        .select((staff::totp_secret, staff::totp_pending))
        .first(&mut app.conn())
        .unwrap();
    assert_eq!(sealed, None, "not set up until a right code is typed");
    let pending = pending.expect("the key being set up");
    assert!(pending.starts_with("v1.") && !pending.contains(&key.replace(' ', "")), "{pending}");
    let done = submit(&app, &browser, &step, &[("code", &phone.code(&clock))]).await;
    assert_eq!(done.status, 200);
    assert!(done.body.contains("Save your recovery codes") && done.body.contains("We will not show them again."));
    assert_eq!(done.body.matches("<li><code>").count(), 10);
    let codes: i64 = talk_to_us::db::schema::staff_recovery_codes::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(codes, 10);
    let first = between(&done.body, "<li><code>", "</code>").to_string();
    let stored: Vec<String> = talk_to_us::db::schema::staff_recovery_codes::table
        .select(talk_to_us::db::schema::staff_recovery_codes::code_hash)
        .load(&mut app.conn())
        .unwrap();
    assert!(stored.iter().all(|h| h.len() == 64 && !h.contains(&first.replace('-', ""))), "kept as hashes");
    assert_eq!(get(&app, &browser, "/staff/").await.status, 200, "signed in");
}

async fn a_code_works_once_and_one_step_either_side(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let mut phone = Phone::default();
    sign_in_fully(&app, &client(), &clock, "ann@example.org", &mut phone).await;
    // A code from the step before, typed slowly: accepted.
    clock.advance(Duration::seconds(60));
    let browser = client();
    let step = sign_in(&app, &browser, "ann@example.org", PASSWORD).await.location.unwrap();
    clock.advance(Duration::seconds(30));
    let earlier = format!("{:06}", code_at(&phone.secret, step_of(clock.now().timestamp()) - 1));
    assert_eq!(submit(&app, &browser, &step, &[("code", &earlier)]).await.status, 303);
    // The same code again, in another browser within its window: refused.
    let other = client();
    let step = sign_in(&app, &other, "ann@example.org", PASSWORD).await.location.unwrap();
    let reused = submit(&app, &other, &step, &[("code", &earlier)]).await;
    assert!(reused.body.contains("This code has just been used."), "{}", reused.body);
    // Two steps old: refused. The current one: accepted.
    let stale = format!("{:06}", code_at(&phone.secret, step_of(clock.now().timestamp()) - 2));
    let refused = submit(&app, &other, &step, &[("code", &stale)]).await;
    assert!(refused.body.contains("This code is not right."), "{}", refused.body);
    let now = format!("{:06}", code_at(&phone.secret, step_of(clock.now().timestamp())));
    assert_eq!(submit(&app, &other, &step, &[("code", &now)]).await.status, 303);
    assert_eq!(get(&app, &other, "/staff/").await.status, 200);
    assert!(audit_actions(&app).iter().filter(|a| *a == "two-factor-failed").count() == 2, "failures are audited");
}

async fn a_recovery_code_works_once_and_says_how_many_are_left(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let mut phone = Phone::default();
    sign_in_fully(&app, &client(), &clock, "ann@example.org", &mut phone).await;
    let browser = client();
    let step = sign_in(&app, &browser, "ann@example.org", PASSWORD).await.location.unwrap();
    // Typed in lower case with a space: still the code.
    let typed = phone.recovery[3].to_lowercase().replace('-', " ");
    let used = submit(&app, &browser, &step, &[("code", &typed)]).await;
    assert_eq!(used.status, 200, "{}", used.body);
    assert!(used.plain().contains("You have 9 recovery codes left."), "{}", used.body);
    assert_eq!(get(&app, &browser, "/staff/").await.status, 200);
    let other = client();
    let step = sign_in(&app, &other, "ann@example.org", PASSWORD).await.location.unwrap();
    let again = submit(&app, &other, &step, &[("code", &phone.recovery[3])]).await;
    assert!(again.body.contains("This code is not right."), "once only: {}", again.body);
    assert!(audit_actions(&app).contains(&"recovery-code-used".to_string()));
}

async fn the_password_alone_opens_only_the_second_step_and_only_for_10_minutes(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let mut phone = Phone::default();
    sign_in_fully(&app, &client(), &clock, "ann@example.org", &mut phone).await;
    let browser = client();
    sign_in(&app, &browser, "ann@example.org", PASSWORD).await;
    for path in ["/staff/", "/staff/people", "/staff/two-factor/set-up"] {
        let page = get(&app, &browser, path).await;
        assert_eq!(page.status, 303, "{path}");
        assert!(
            page.location.as_deref().unwrap().starts_with("/staff/two-factor?next="),
            "{path}: {:?}",
            page.location
        );
    }
    clock.advance(Duration::minutes(10) + Duration::seconds(1));
    let late = get(&app, &browser, "/staff/two-factor").await;
    assert!(late.location.as_deref().unwrap().starts_with("/staff/sign-in"), "{:?}", late.location);
}

async fn an_administrator_resets_a_lost_second_factor(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let mut phone = Phone::default();
    let browser = client();
    sign_in_fully(&app, &browser, &clock, "ann@example.org", &mut phone).await;
    let out = staff_command(&app, &["reset-two-factor", "--email", "ann@example.org"]);
    assert!(out.starts_with("Two-factor sign-in reset."), "{out}");
    assert_eq!(get(&app, &browser, "/staff/").await.status, 303, "their sessions end");
    let step = sign_in(&app, &browser, "ann@example.org", PASSWORD).await.location.unwrap();
    assert!(step.starts_with("/staff/two-factor/set-up"), "they set up again: {step}");
    let codes: i64 = talk_to_us::db::schema::staff_recovery_codes::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(codes, 0, "the old recovery codes are gone");
    assert!(audit_actions(&app).contains(&"two-factor-reset".to_string()));
}

async fn failed_sign_ins_slow_down_then_lock_for_15_minutes_across_servers(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let wrong = "copper kettle on the stairs";
    let browser = client();
    for _ in 0..5 {
        assert_eq!(sign_in(&app, &browser, "ann@example.org", wrong).await.status, 200, "5 free tries");
    }
    // Then waits of 1, 2, 4 and 8 minutes, in which even the right password is not tried.
    for wait in [1, 2, 4, 8] {
        assert_eq!(sign_in(&app, &browser, "ann@example.org", wrong).await.status, 200);
        let locked = sign_in(&app, &browser, "ann@example.org", PASSWORD).await;
        assert_eq!(locked.status, 429, "{}", locked.body);
        assert!(locked.body.contains("you cannot try to sign in again until"), "{}", locked.body);
        assert_eq!(locked.headers.get("retry-after").unwrap(), &(wait * 60).to_string());
        clock.advance(Duration::minutes(wait) + Duration::seconds(1));
    }
    assert_eq!(sign_in(&app, &browser, "ann@example.org", wrong).await.status, 200);
    assert!(audit_actions(&app).contains(&"locked".to_string()), "the lock is audited");
    // A second server on the same database refuses too: the count is in the database.
    let other =
        crate::helpers::spawn_app_with_clock(backend, |s| s.database.url = app.database_url.clone(), clock.clone())
            .await;
    let elsewhere = sign_in(&other, &client(), "ann@example.org", PASSWORD).await;
    assert_eq!(elsewhere.status, 429);
    assert_eq!(elsewhere.headers.get("retry-after").unwrap(), "900", "15 minutes");
    clock.advance(Duration::minutes(15) + Duration::seconds(1));
    let step = sign_in(&app, &browser, "ann@example.org", PASSWORD).await;
    assert_eq!(step.status, 303, "after the lock, the right password works: {}", step.body);
    // And the count starts again.
    for _ in 0..5 {
        assert_eq!(sign_in(&app, &client(), "ann@example.org", wrong).await.status, 200);
    }
}

async fn an_unknown_email_is_slowed_down_the_same_way(backend: Backend) {
    let (app, _clock) = spawn_app(backend).await;
    for _ in 0..6 {
        assert_eq!(sign_in(&app, &client(), "nobody@example.org", PASSWORD).await.status, 200);
    }
    assert_eq!(
        sign_in(&app, &client(), "nobody@example.org", PASSWORD).await.status,
        429,
        "no hint that it has no account"
    );
}

async fn one_address_trying_many_accounts_is_slowed_down(backend: Backend) {
    let (app, _clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    for n in 0..21 {
        let page = sign_in(&app, &client(), &format!("guess{n}@example.org"), PASSWORD).await;
        assert_eq!(page.status, 200, "try {n}");
    }
    let page = sign_in(&app, &client(), "ann@example.org", PASSWORD).await;
    assert_eq!(page.status, 429, "the address has used its 20 free tries");
}

async fn wrong_codes_count_towards_the_same_limit(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let mut phone = Phone::default();
    sign_in_fully(&app, &client(), &clock, "ann@example.org", &mut phone).await;
    let browser = client();
    let step = sign_in(&app, &browser, "ann@example.org", PASSWORD).await.location.unwrap();
    for _ in 0..6 {
        let wrong = submit(&app, &browser, &step, &[("code", "000000")]).await;
        assert_eq!(wrong.status, 200);
    }
    let locked = submit(&app, &browser, &step, &[("code", &phone.code(&clock))]).await;
    assert_eq!(locked.status, 429, "{}", locked.body);
    let after = get(&app, &browser, &step).await;
    assert!(after.location.as_deref().unwrap().starts_with("/staff/sign-in"), "the half session is ended");
}

async fn a_person_sees_where_they_are_signed_in_and_ends_the_others(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let mut phone = Phone::default();
    let (desk, laptop, phone_browser) = (client(), client(), client());
    for browser in [&desk, &laptop, &phone_browser] {
        sign_in_fully(&app, browser, &clock, "ann@example.org", &mut phone).await;
    }
    let page = get(&app, &desk, "/staff/sessions").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert_eq!(page.body.matches("<tr>").count(), 4, "a header row and three sessions: {}", page.body);
    assert!(page.body.contains("This browser") && page.body.contains("127.0.0.1"));
    // End one other session by its button.
    let id = between(&page.body, r#"name="session" value=""#, "\"").to_string();
    let csrf = page.csrf();
    let ended = post(&app, &desk, "/staff/sessions/end", &[("csrf", &csrf), ("session", &id)]).await;
    assert_eq!(ended.location.as_deref(), Some("/staff/sessions?ended=1"));
    let open = [get(&app, &laptop, "/staff/").await.status, get(&app, &phone_browser, "/staff/").await.status];
    assert!(open.contains(&303) && open.contains(&200), "one of the others ended: {open:?}");
    // Then every other.
    let ended = post(&app, &desk, "/staff/sessions/end", &[("csrf", &csrf), ("session", "others")]).await;
    assert_eq!(ended.location.as_deref(), Some("/staff/sessions?ended=1"));
    assert_eq!(get(&app, &laptop, "/staff/").await.status, 303);
    assert_eq!(get(&app, &phone_browser, "/staff/").await.status, 303);
    let page = get(&app, &desk, "/staff/sessions?ended=1").await;
    assert!(page.body.contains("1 session ended."), "{}", page.body);
    // Someone else's session cannot be ended from here.
    let before = audit_actions(&app).len();
    let other = post(&app, &desk, "/staff/sessions/end", &[("csrf", &csrf), ("session", "999999")]).await;
    assert_eq!(other.location.as_deref(), Some("/staff/sessions?ended=0"));
    assert_eq!(audit_actions(&app).len(), before);
}

async fn stay_signed_in_starts_the_idle_limit_again_but_not_the_absolute_one(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let mut phone = Phone::default();
    let browser = client();
    sign_in_fully(&app, &browser, &clock, "ann@example.org", &mut phone).await;
    let home = get(&app, &browser, "/staff/").await;
    assert!(home.body.contains(r#"action="/staff/stay-signed-in""#), "a button on every page, no script needed");
    assert!(home.body.contains("<dialog") && home.body.contains(r#"<script src="/static/staff-timeout-"#));
    let csrf = home.csrf();
    clock.advance(Duration::minutes(25));
    let stay = post(&app, &browser, "/staff/stay-signed-in", &[("csrf", &csrf), ("return", "/staff/sessions")]).await;
    assert_eq!(stay.location.as_deref(), Some("/staff/sessions"), "back to the page");
    clock.advance(Duration::minutes(25));
    assert_eq!(get(&app, &browser, "/staff/").await.status, 200, "50 minutes, but 25 since staying");
    // The script's way: 204 and the new time, so the page is not left.
    let response = browser
        .post(format!("{}/staff/stay-signed-in", app.address))
        .header("x-requested-with", "fetch")
        .form(&[("csrf", csrf.as_str()), ("return", "/staff/")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 204);
    let ends = response.headers().get("x-signs-out-at").unwrap().to_str().unwrap().to_string();
    let ends = chrono::DateTime::parse_from_rfc3339(&ends).unwrap();
    let left = (ends.with_timezone(&Utc) - clock.now()).num_seconds();
    assert!((1799..=1800).contains(&left), "30 minutes from now, to the second: {left}");
    let stay =
        post(&app, &browser, "/staff/stay-signed-in", &[("csrf", &csrf), ("return", "https://evil.example/")]).await;
    assert_eq!(stay.location.as_deref(), Some("/staff/"), "never another site");
}

async fn a_person_changes_their_password_with_the_current_one_and_their_other_sessions_end(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    set_password(&app, &invite(&app, "ann@example.org", &["handler"])).await;
    let mut phone = Phone::default();
    let (desk, laptop) = (client(), client());
    sign_in_fully(&app, &desk, &clock, "ann@example.org", &mut phone).await;
    sign_in_fully(&app, &laptop, &clock, "ann@example.org", &mut phone).await;
    let form = get(&app, &desk, "/staff/password").await;
    assert_eq!(form.status, 200);
    assert!(form.body.contains(r#"name="current""#) && form.body.contains(r#"autocomplete="current-password""#));
    assert!(form.body.contains(r#"type="password""#));
    let new = "yellow kite over the roof";
    let csrf = form.csrf();
    let wrong = post(
        &app,
        &desk,
        "/staff/password",
        &[("csrf", &csrf), ("current", "not it at all"), ("password", new), ("again", new)],
    )
    .await;
    assert!(wrong.body.contains("Your current password is not right"), "{}", wrong.body);
    let weak = post(
        &app,
        &desk,
        "/staff/password",
        &[("csrf", &csrf), ("current", PASSWORD), ("password", "password1"), ("again", "password1")],
    )
    .await;
    assert!(weak.body.contains("one of the most common"), "{}", weak.body);
    let done = post(
        &app,
        &desk,
        "/staff/password",
        &[("csrf", &csrf), ("current", PASSWORD), ("password", new), ("again", new)],
    )
    .await;
    assert_eq!(done.location.as_deref(), Some("/staff/password?done=changed"));
    assert!(get(&app, &desk, "/staff/password?done=changed").await.body.contains("Your password is changed."));
    assert_eq!(get(&app, &laptop, "/staff/").await.status, 303, "the other session has ended");
    assert_eq!(get(&app, &desk, "/staff/").await.status, 200, "this one has not");
    assert_eq!(sign_in(&app, &client(), "ann@example.org", PASSWORD).await.status, 200, "the old password is refused");
    assert_eq!(sign_in(&app, &client(), "ann@example.org", new).await.status, 303);
    let actions = audit_actions(&app);
    assert!(
        actions.contains(&"password-change-failed".to_string()) && actions.contains(&"password-changed".to_string())
    );
}

on_both_databases!(
    an_invited_person_sets_a_password_signs_in_and_signs_out,
    a_link_works_for_24_hours_and_a_new_link_replaces_the_old,
    an_unknown_email_a_wrong_password_and_a_disabled_account_get_the_same_answer,
    sessions_end_after_30_idle_minutes_and_after_12_hours,
    signing_in_starts_a_new_session_so_a_planted_cookie_opens_nothing,
    disabling_an_account_or_a_new_link_ends_its_sessions,
    every_staff_path_without_a_session_goes_to_sign_in_and_back_but_never_elsewhere,
    staff_forms_are_refused_without_their_csrf_token,
    any_characters_make_a_password_and_its_unicode_forms_are_one,
    setting_up_an_authenticator_needs_a_right_code_and_gives_ten_recovery_codes,
    a_code_works_once_and_one_step_either_side,
    a_recovery_code_works_once_and_says_how_many_are_left,
    the_password_alone_opens_only_the_second_step_and_only_for_10_minutes,
    an_administrator_resets_a_lost_second_factor,
    failed_sign_ins_slow_down_then_lock_for_15_minutes_across_servers,
    an_unknown_email_is_slowed_down_the_same_way,
    one_address_trying_many_accounts_is_slowed_down,
    wrong_codes_count_towards_the_same_limit,
    a_person_sees_where_they_are_signed_in_and_ends_the_others,
    stay_signed_in_starts_the_idle_limit_again_but_not_the_absolute_one,
    a_person_changes_their_password_with_the_current_one_and_their_other_sessions_end,
);
