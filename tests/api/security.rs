//! Hostile input and the security headers.

use diesel::prelude::*;
use talk_to_us::db::schema::{cases, drafts};

use crate::helpers::{spawn_app, spawn_app_with, Backend};
use crate::on_both_databases;

on_both_databases!(
    hostile_input_gets_a_clear_page_and_changes_nothing,
    a_form_without_its_token_is_shown_again_unsaved,
    long_answers_in_every_script_are_taken_or_shown_back,
);

/// Limits are in characters of each answer, whatever the script costs in bytes once a browser has
/// percent-encoded it (9 bytes a Bengali or Chinese character, 12 an emoji).
async fn long_answers_in_every_script_are_taken_or_shown_back(backend: Backend) {
    let app = spawn_app(backend).await;
    let bengali = "ক".repeat(9_500);
    let accepted = app.answer("/bn/complaint/what-happened", &[("what-happened", &bengali)]).await;
    assert_eq!(accepted.status, 303, "9,500 Bengali characters are under the 10,000 limit");
    let emoji = "🏠".repeat(10_000);
    let accepted = app.answer("/en/complaint/outcome", &[("outcome", &emoji)]).await;
    assert_eq!(accepted.status, 303, "10,000 four-byte characters are within the limit");
    let urdu = "گھر".repeat(2_667);
    let accepted = app.answer("/ur/complaint/adjustments", &[("adjustments", &urdu), ("disability", &urdu)]).await;
    assert_eq!(accepted.status, 303, "two 8,000-character Urdu answers on one page");
    let stored: String = drafts::table.select(drafts::answers).first(&mut app.conn()).unwrap();
    let answers: std::collections::BTreeMap<String, String> = serde_json::from_str(&stored).unwrap();
    assert_eq!(answers["what-happened"].chars().count(), 9_500);
    assert_eq!(answers["adjustments"], urdu);

    // Over the limit: refused in words, and what was typed is shown back and kept.
    let chinese = "漏".repeat(10_001);
    let refused = app.answer("/zh-hant/complaint/what-happened", &[("what-happened", &chinese)]).await;
    assert_eq!(refused.status, 200);
    assert!(refused.body.contains("error-summary"), "{}", &refused.body[..2000]);
    assert!(refused.plain().contains("10,000") || refused.plain().contains("10000"), "the limit is named");
    assert!(refused.body.contains(&chinese), "the answer is shown back in full");
    let stored: String = drafts::table.select(drafts::answers).first(&mut app.conn()).unwrap();
    assert!(stored.contains(&chinese), "and kept");
}

async fn hostile_input_gets_a_clear_page_and_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let page = app.get("/pl/complaint/who").await;
    let csrf = page.csrf();

    let mut bad_utf8 = format!("csrf={csrf}&who=").into_bytes();
    bad_utf8.extend_from_slice(b"%FF%FE");
    let bad = app.post_raw("/pl/complaint/who", bad_utf8, &[]).await;
    assert_eq!(bad.status, 400);
    assert!(bad.body.contains(r#"<html lang="pl""#));
    bad.assert_all_messages_found();

    let huge = format!("csrf={csrf}&who={}", "a".repeat(2_000_000)).into_bytes();
    let too_large = app.post_raw("/pl/complaint/who", huge, &[]).await;
    assert_eq!(too_large.status, 413);
    assert!(too_large.body.contains(r#"<html lang="pl""#));

    let cross = app
        .post_raw(
            "/pl/complaint/who",
            format!("csrf={csrf}&who=myself").into_bytes(),
            &[("origin", "https://evil.example")],
        )
        .await;
    assert_eq!(cross.status, 403);
    let cross = app
        .post_raw(
            "/pl/complaint/who",
            format!("csrf={csrf}&who=myself").into_bytes(),
            &[("sec-fetch-site", "cross-site")],
        )
        .await;
    assert_eq!(cross.status, 403);

    let drafts: i64 = drafts::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(drafts, 0, "nothing was saved from refused posts");

    let unknown_journey = app.get("/pl/nothing/who").await;
    assert_eq!(unknown_journey.status, 404);
    let unknown_language = app.get("/xx/complaint/who").await;
    assert_eq!(unknown_language.status, 404);

    // A forged draft id from another session finds nothing.
    let forged = app.post("/pl/complaint/check", &csrf, &[("draft", "not-mine")]).await;
    assert_eq!(forged.status, 303);
    let count: i64 = cases::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(count, 0);
}

async fn a_form_without_its_token_is_shown_again_unsaved(backend: Backend) {
    let app = spawn_app(backend).await;
    app.get("/en/complaint/who").await;
    let page = app.post("/en/complaint/who", "0000", &[("who", "someone-else")]).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Your page timed out. We have kept what you typed."));
    assert!(page.body.contains(r#"value="someone-else" checked"#), "what was chosen is shown again");
    let drafts: i64 = drafts::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(drafts, 0);
    // Pressing Continue again with the fresh token works.
    let again = app.post("/en/complaint/who", &page.csrf(), &[("who", "someone-else")]).await;
    assert_eq!(again.status, 303);
}

#[actix_web::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app(Backend::Sqlite).await;
    let first = app.get("/en/complaint/who").await;
    let cookies: Vec<&str> = first.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).collect();
    let session = cookies.iter().find(|c| c.starts_with("ttu_session=")).expect("a session cookie on the first visit");
    assert!(
        session.contains("HttpOnly") && session.contains("SameSite=Lax") && session.contains("Path=/"),
        "{session}"
    );
    for path in ["/en/", "/en/complaint/who", "/en/nowhere"] {
        let page = app.get(path).await;
        let h = |name: &str| page.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        let csp = h("content-security-policy");
        for part in ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"] {
            assert!(csp.contains(part), "{path}: CSP lacks {part}");
        }
        assert_eq!(h("x-content-type-options"), "nosniff");
        assert!(!h("referrer-policy").is_empty());
        assert_eq!(h("cache-control"), "no-store", "{path}");
    }
}

#[actix_web::test]
async fn too_many_posts_from_one_address_are_refused_politely() {
    let app = crate::helpers::spawn_app_with(Backend::Sqlite, |s| s.server.posts_per_minute = 5).await;
    let page = app.get("/hi/complaint/who").await;
    for _ in 0..5 {
        let answered = app.post("/hi/complaint/who", &page.csrf(), &[("who", "myself")]).await;
        assert_eq!(answered.status, 303);
    }
    let refused = app.post("/hi/complaint/who", &page.csrf(), &[("who", "myself")]).await;
    assert_eq!(refused.status, 429);
    assert!(refused.body.contains(r#"<html lang="hi""#));
    refused.assert_all_messages_found();
    // Reading pages is never limited.
    assert_eq!(app.get("/hi/complaint/customer").await.status, 200);
}

#[actix_web::test]
async fn every_page_answers_head_and_other_methods_get_405_with_allow() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in ["/health", "/en/", "/ur/complaint/who", "/pl/policy", "/"] {
        let head = app.request("HEAD", path, &[]).await;
        assert!(matches!(head.status, 200 | 302), "HEAD {path}: {}", head.status);
        assert!(head.body.is_empty(), "HEAD {path} has no body");
    }
    let put = app.request("PUT", "/en/complaint/who", &[]).await;
    assert_eq!(put.status, 405);
    assert_eq!(put.headers.get("allow").and_then(|v| v.to_str().ok()), Some("GET, HEAD, POST"));
    assert!(
        put.body.contains(r#"<html lang="en-GB""#) && put.body.contains("We could not do that on this page"),
        "{}",
        put.body
    );
    let delete = app.request("DELETE", "/ur/policy", &[]).await;
    assert_eq!(delete.status, 405);
    assert_eq!(delete.headers.get("allow").and_then(|v| v.to_str().ok()), Some("GET, HEAD"));
    assert!(delete.body.contains(r#"<html lang="ur" dir="rtl""#), "{}", delete.body);
    assert!(delete.headers.get("content-security-policy").is_some(), "problem pages have the security headers");
    delete.assert_all_messages_found();
}

#[actix_web::test]
async fn staff_paths_are_never_taken_for_public_pages() {
    let app = spawn_app(Backend::Sqlite).await;
    for path in ["/staff", "/staff/cases/HH-7K3F-9QX2", "/staff/en/complaint"] {
        let page = app.get(path).await;
        // The back office's own answer: sign in first.
        assert_eq!(page.status, 303, "{path}");
        assert!(page.location.as_deref().is_some_and(|l| l.starts_with("/staff/sign-in?next=%2Fstaff%2F")), "{path}");
        for cookie in page.headers.get_all("set-cookie") {
            let cookie = cookie.to_str().unwrap();
            assert!(cookie.starts_with("ttu_staff="), "{path}: the public session stays out of /staff: {cookie}");
        }
    }
}

#[actix_web::test]
async fn too_many_posts_are_asked_to_wait_with_retry_after() {
    let app = spawn_app_with(Backend::Sqlite, |s| s.server.posts_per_minute = 2).await;
    for _ in 0..2 {
        let ok = app.post_raw("/pl/complaint/who", b"who=myself".to_vec(), &[]).await;
        assert_ne!(ok.status, 429);
    }
    let refused = app.post_raw("/pl/complaint/who", b"who=myself".to_vec(), &[]).await;
    assert_eq!(refused.status, 429);
    let wait: u64 = refused.headers.get("retry-after").and_then(|v| v.to_str().ok()).unwrap().parse().unwrap();
    assert!((1..=60).contains(&wait), "{wait}");
    assert!(refused.body.contains(r#"<html lang="pl""#));
}

#[actix_web::test]
async fn behind_a_trusted_proxy_each_client_has_its_own_limit() {
    let trusted = spawn_app_with(Backend::Sqlite, |s| {
        s.server.posts_per_minute = 1;
        s.server.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    assert_ne!(post(&trusted, "203.0.113.1").await, 429);
    assert_ne!(post(&trusted, "203.0.113.2").await, 429, "another client behind the same proxy");
    assert_eq!(post(&trusted, "203.0.113.1").await, 429);
    // Without a trusted proxy the header is the client's own word, and is ignored.
    let direct = spawn_app_with(Backend::Sqlite, |s| s.server.posts_per_minute = 1).await;
    assert_ne!(post(&direct, "203.0.113.1").await, 429);
    assert_eq!(post(&direct, "203.0.113.2").await, 429, "a forged header does not buy another limit");
}

#[actix_web::test]
async fn a_session_cookie_the_server_never_issued_is_not_adopted() {
    let app = spawn_app(Backend::Sqlite).await;
    let forged = format!("ttu_session={}", "ab".repeat(32));
    let page = app.get_with("/en/complaint/who", &[("cookie", &forged)]).await;
    let cookies: Vec<&str> = page.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).collect();
    let issued = cookies.iter().find(|c| c.starts_with("ttu_session=")).expect("a new session instead");
    assert!(!issued.starts_with(&forged), "{issued}");
    // A token made for another server's secret is refused too.
    let foreign = format!("ttu_session={}.{}", "ab".repeat(32), "cd".repeat(32));
    let page = app.get_with("/en/complaint/who", &[("cookie", &foreign)]).await;
    assert!(page.headers.get_all("set-cookie").iter().any(|v| v.to_str().unwrap().starts_with("ttu_session=")));
}

async fn post(app: &crate::helpers::TestApp, client: &str) -> u16 {
    app.post_raw("/en/complaint/who", b"who=myself".to_vec(), &[("x-forwarded-for", client)]).await.status
}
