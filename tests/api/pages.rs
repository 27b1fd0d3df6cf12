//! Every page in every language: `lang`, `dir`, no missing messages; the language choice; display settings.

use crate::helpers::{spawn_app, Backend};
use crate::on_both_databases;

const LANGS: [(&str, &str, &str); 6] = [
    ("en", "en-GB", "ltr"),
    ("bn", "bn", "ltr"),
    ("hi", "hi", "ltr"),
    ("ur", "ur", "rtl"),
    ("zh-hant", "zh-Hant", "ltr"),
    ("pl", "pl", "ltr"),
];

on_both_databases!(every_page_in_every_language_has_its_lang_dir_and_messages, the_root_chooses_a_language);

async fn every_page_in_every_language_has_its_lang_dir_and_messages(backend: Backend) {
    let app = spawn_app(backend).await;
    let mut pages = vec!["/", "/policy", "/accessibility", "/privacy", "/display"];
    let steps: Vec<String> =
        talk_to_us::journeys::Journey::ALL.iter().map(|j| format!("/{}/{}", j.slug(), j.first_step().slug)).collect();
    pages.extend(steps.iter().map(String::as_str));
    for (tag, bcp47, dir) in LANGS {
        for page in &pages {
            let path = format!("/{tag}{page}");
            let response = app.get(&path).await;
            assert_eq!(response.status, 200, "{path}");
            assert!(response.body.contains(&format!(r#"<html lang="{bcp47}" dir="{dir}""#)), "{path} lang and dir");
            response.assert_all_messages_found();
            for (other, other_bcp47, _) in LANGS {
                if other != tag {
                    assert!(
                        response.body.contains(&format!(r#"lang="{other_bcp47}" hreflang="{other_bcp47}""#)),
                        "{path} links to {other}"
                    );
                }
            }
        }
        let missing = app.get(&format!("/{tag}/no-such-page/at-all")).await;
        assert_eq!(missing.status, 404);
        assert!(missing.body.contains(&format!(r#"<html lang="{bcp47}""#)), "404 in {tag}");
        missing.assert_all_messages_found();
    }
}

async fn the_root_chooses_a_language(backend: Backend) {
    let app = spawn_app(backend).await;
    let by_header = app.get_with("/", &[("accept-language", "ur-PK,ur;q=0.9,en;q=0.8")]).await;
    assert_eq!(by_header.location.as_deref(), Some("/ur/"));
    let chinese = app.get_with("/", &[("accept-language", "zh-TW")]).await;
    assert_eq!(chinese.location.as_deref(), Some("/zh-hant/"));
    let unknown = app.get_with("/", &[("accept-language", "fr")]).await;
    assert_eq!(unknown.location.as_deref(), Some("/en/"));
    // Visiting a language remembers it.
    app.get("/pl/").await;
    let remembered = app.get_with("/", &[("accept-language", "ur")]).await;
    assert_eq!(remembered.location.as_deref(), Some("/pl/"));
}

#[actix_web::test]
async fn the_policy_page_takes_its_numbers_from_the_policy_settings() {
    let app = crate::helpers::spawn_app_with(Backend::Sqlite, |s| {
        s.policy.stage_one_response_days = 8;
        s.policy.stage_two_response_days = 15;
    })
    .await;
    let policy = app.get("/en/policy").await;
    assert!(policy.plain().contains("within 8 working days after that"), "{}", policy.body);
    assert!(policy.plain().contains("within 15 working days after that"));
    let bengali = app.get("/bn/policy").await;
    assert!(bengali.body.contains('৮'), "Bengali digits in the Bengali policy");
}

#[actix_web::test]
async fn display_settings_are_remembered_without_javascript() {
    let app = spawn_app(Backend::Sqlite).await;
    let page = app.get("/en/display?return=/complaint/who").await;
    assert!(page.body.contains(r#"class="text-standard""#));
    let saved = app
        .post(
            "/en/display",
            &page.csrf(),
            &[("text-size", "very-large"), ("contrast", "high"), ("return", "/complaint/who")],
        )
        .await;
    assert_eq!(saved.status, 303);
    let after = app.get("/en/complaint/who").await;
    assert!(after.body.contains(r#"class="text-very-large contrast-high""#));
    // Only paths on this site can be returned to.
    let page = app.get("/en/display").await;
    let offsite = app.post("/en/display", &page.csrf(), &[("text-size", "large"), ("return", "//evil.example")]).await;
    assert_eq!(offsite.location.as_deref(), Some("/en/display?saved=1&return=/"));
}

#[actix_web::test]
async fn static_assets_are_hashed_compressed_and_cached_for_a_year() {
    let app = spawn_app(Backend::Sqlite).await;
    let page = app.get("/en/").await;
    let start = page.body.find("/static/app-").expect("stylesheet link");
    let end = page.body[start..].find('"').unwrap() + start;
    let css_path = &page.body[start..end];
    let css = app.get_with(css_path, &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(css.status, 200);
    assert_eq!(css.headers.get("cache-control").unwrap(), "public, max-age=31536000, immutable");
    assert!(css.headers.get("content-encoding").is_some(), "compressed");
    let font_css = app.get(css_path).await;
    let font_start = font_css.body.find("/static/nastaliq-urdu-subset-").expect("font url in the stylesheet");
    let font_end = font_css.body[font_start..].find('"').unwrap() + font_start;
    let font = app.get(&font_css.body[font_start..font_end]).await;
    assert_eq!(font.status, 200);
    assert_eq!(font.headers.get("content-type").unwrap(), "font/woff2");
}
