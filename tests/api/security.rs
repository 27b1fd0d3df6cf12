//! Hostile input and the security headers.

use diesel::prelude::*;
use talk_to_us::db::schema::{cases, drafts};

use crate::helpers::{spawn_app, Backend};
use crate::on_both_databases;

on_both_databases!(
    hostile_input_gets_a_clear_page_and_changes_nothing,
    a_form_without_its_token_is_shown_again_unsaved
);

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

    let huge = format!("csrf={csrf}&who={}", "a".repeat(200_000)).into_bytes();
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
