//! Every journey from start to confirmation, on both databases, with the rows it leaves.

use diesel::prelude::*;
use talk_to_us::db::schema::{adjustments, case_audit, cases, contact_preferences, customers, representatives};

use crate::events::assert_every_case_replays;
use crate::helpers::{spawn_app, Backend, TestApp};
use crate::on_both_databases;

on_both_databases!(
    a_complaint_for_myself_is_recorded_with_a_reference_and_dates,
    a_complaint_on_someones_behalf_records_the_representative_and_consent,
    an_enquiry_from_an_mp_is_a_formal_enquiry,
    a_compliment_is_recorded_and_thanked,
    a_format_request_is_recorded_as_a_standing_preference,
    sending_twice_makes_one_case,
    sending_at_the_same_moment_makes_one_case,
    problems_are_shown_beside_fields_and_answers_are_kept,
    switching_language_mid_journey_keeps_every_answer,
    an_old_problem_is_explained_gently_and_never_blocked,
    a_first_request_can_become_a_service_request,
    change_links_return_to_check_answers,
);

/// An independent advocate, reachable by email.
pub const ADVOCATE: &[(&str, &str)] =
    &[("rep-role", "advocate"), ("rep-name", "Asha Begum"), ("rep-email", "asha@advocacy.example"), ("rep-phone", "")];

/// Answers a complaint for oneself, in `lang`, up to check answers.
pub async fn answer_complaint(app: &TestApp, lang: &str) {
    let p = |step: &str| format!("/{lang}/complaint/{step}");
    assert_eq!(app.answer_ok(&p("who"), &[("who", "myself")]).await, p("customer"));
    let next = app
        .answer_ok(
            &p("customer"),
            &[
                ("customer-name", "Zofia Wójcik"),
                ("customer-address", "1 Main Street\nWidnes"),
                ("customer-postcode", "wa8 7qx"),
                ("tenancy-reference", ""),
            ],
        )
        .await;
    assert_eq!(next, p("tenure"));
    assert_eq!(app.answer_ok(&p("tenure"), &[("tenure", "tenant")]).await, p("what-happened"));
    assert_eq!(
        app.answer_ok(&p("what-happened"), &[("what-happened", "The boiler broke in October.\nNobody came.")]).await,
        p("when")
    );
    let today = chrono::Utc::now().date_naive() - chrono::Duration::days(20);
    let (d, m, y) = (today.format("%d").to_string(), today.format("%m").to_string(), today.format("%Y").to_string());
    assert_eq!(
        app.answer_ok(&p("when"), &[("when-day", &d), ("when-month", &m), ("when-year", &y)]).await,
        p("outcome")
    );
    assert_eq!(app.answer_ok(&p("outcome"), &[("outcome", "Fix the boiler and say sorry")]).await, p("asked-before"));
    assert_eq!(app.answer_ok(&p("asked-before"), &[("asked-before", "yes")]).await, p("contact"));
    let next = app
        .answer_ok(
            &p("contact"),
            &[
                ("contact-methods", "email"),
                ("contact-methods", "letter"),
                ("email", "zofia@example.org"),
                ("phone", ""),
            ],
        )
        .await;
    assert_eq!(next, p("updates"));
    assert_eq!(
        app.answer_ok(&p("updates"), &[("update-frequency", "weekly"), ("avoid-times", "Not on Fridays")]).await,
        p("letters")
    );
    assert_eq!(
        app.answer_ok(&p("letters"), &[("letter-language", "pl"), ("letter-format", "large-print")]).await,
        p("adjustments")
    );
    let next = app
        .answer_ok(
            &p("adjustments"),
            &[("adjustments", "Please call after 10am"), ("disability", "I am partially sighted")],
        )
        .await;
    assert_eq!(next, format!("/{lang}/complaint/check"));
}

async fn a_complaint_for_myself_is_recorded_with_a_reference_and_dates(backend: Backend) {
    let app = spawn_app(backend).await;
    answer_complaint(&app, "en").await;
    let check = app.get("/en/complaint/check").await;
    assert!(check.body.contains("Zofia Wójcik"));
    assert!(check.body.contains("Large print"));
    assert!(check.body.contains("Polski"));
    check.assert_all_messages_found();
    let confirmation = app.send("en", "complaint").await;
    confirmation.assert_all_messages_found();
    assert!(confirmation.body.contains("Complaint sent"));
    assert!(confirmation.body.contains("Housing Ombudsman"));
    assert!(confirmation.body.contains("0300 111 3000"));

    let mut conn = app.conn();
    let (reference, kind, state, stage, received_on, summary): (
        String,
        String,
        String,
        Option<i32>,
        chrono::NaiveDate,
        String,
    ) = cases::table
        .select((cases::reference, cases::kind, cases::state, cases::stage, cases::received_on, cases::summary))
        .first(&mut conn)
        .expect("one case");
    assert!(confirmation.body.contains(&reference), "the confirmation shows the reference");
    assert!(reference.starts_with("HH-") && reference.len() == 12, "{reference}");
    assert_eq!((kind.as_str(), state.as_str(), stage), ("complaint", "received", Some(1)));
    assert_eq!(summary, "The boiler broke in October.\nNobody came.");
    // The acknowledgement date is 5 working days after receipt, shown in words.
    let due = talk_to_us::policy::calendar::Calendar::england_and_wales().add_working_days(received_on, 5);
    assert!(confirmation.body.contains(&talk_to_us::i18n::Lang::En.date(due)), "acknowledgement date {due} shown");

    let (name, postcode, language, format): (String, Option<String>, String, String) = customers::table
        .select((
            customers::name,
            customers::postcode,
            customers::correspondence_language,
            customers::correspondence_format,
        ))
        .first(&mut conn)
        .unwrap();
    assert_eq!((name.as_str(), postcode.as_deref()), ("Zofia Wójcik", Some("WA8 7QX")));
    assert_eq!((language.as_str(), format.as_str()), ("pl", "large-print"));
    let methods: String = contact_preferences::table.select(contact_preferences::methods).first(&mut conn).unwrap();
    assert_eq!(methods, "email,letter");
    let kinds: Vec<String> =
        adjustments::table.select(adjustments::kind).order(adjustments::id).load(&mut conn).unwrap();
    assert_eq!(kinds, vec!["format", "language", "adjustment", "disability"]);
    let queued: i64 =
        case_audit::table.filter(case_audit::kind.eq("letter-queued")).count().get_result(&mut conn).unwrap();
    assert_eq!(queued, 2, "the receipt and the staff notice");
    let (next_kind, next_on): (Option<String>, Option<chrono::NaiveDate>) =
        cases::table.select((cases::next_deadline_kind, cases::next_deadline_on)).first(&mut conn).unwrap();
    assert_eq!((next_kind.as_deref(), next_on), (Some("stage-one-acknowledgement"), Some(due)), "the queue's date");
    assert_every_case_replays(&app, &["complaint"]);
    let reps: i64 = representatives::table.count().get_result(&mut conn).unwrap();
    assert_eq!(reps, 0);

    let record = app.get("/en/complaint/record").await;
    assert_eq!(record.status, 200);
    assert!(record.body.contains(&reference) && record.body.contains("Fix the boiler"));
}

async fn a_complaint_on_someones_behalf_records_the_representative_and_consent(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = |step: &str| format!("/bn/complaint/{step}");
    assert_eq!(app.answer_ok(&p("who"), &[("who", "someone-else")]).await, p("representative"));
    // A representative must be reachable.
    let missing = app.answer(&p("representative"), &[("rep-role", "advocate"), ("rep-name", "Asha Begum")]).await;
    assert_eq!(missing.status, 200);
    assert!(missing.body.contains("error-summary"));
    assert_eq!(app.answer_ok(&p("representative"), ADVOCATE).await, p("consent"));
    assert_eq!(app.answer_ok(&p("consent"), &[("consent", "written"), ("send-to", "both")]).await, p("customer"));
    let customer = app.get(&p("customer")).await;
    assert!(!customer.body.contains(r#"autocomplete="name""#), "no autocomplete for someone else's name");
    app.answer_ok(&p("customer"), &[("customer-name", "রহিম উদ্দিন")]).await;
    app.answer_ok(&p("tenure"), &[("tenure", "leaseholder")]).await;
    app.answer_ok(&p("what-happened"), &[("what-happened", "ছাদ থেকে পানি পড়ছে")]).await;
    app.answer_date(&p("when"), chrono::Utc::now().date_naive()).await;
    app.answer_ok(&p("outcome"), &[("outcome", "মেরামত")]).await;
    app.answer_ok(&p("asked-before"), &[("asked-before", "yes")]).await;
    app.answer_ok(&p("contact"), &[("contact-methods", "phone"), ("phone", "07700 900123")]).await;
    app.answer_ok(&p("updates"), &[("update-frequency", "when-news")]).await;
    app.answer_ok(&p("letters"), &[("letter-language", "bn"), ("letter-format", "standard")]).await;
    app.answer_ok(&p("adjustments"), &[]).await;
    let confirmation = app.send("bn", "complaint").await;
    assert!(confirmation.body.contains(r#"<html lang="bn" dir="ltr""#));
    confirmation.assert_all_messages_found();

    let mut conn = app.conn();
    let (made_by, page_language): (String, String) =
        cases::table.select((cases::made_by, cases::page_language)).first(&mut conn).unwrap();
    assert_eq!((made_by.as_str(), page_language.as_str()), ("representative", "bn"));
    let (name, role, consent, send_to): (String, String, String, String) = representatives::table
        .select((representatives::name, representatives::role, representatives::consent, representatives::send_to))
        .first(&mut conn)
        .unwrap();
    assert_eq!(
        (name.as_str(), role.as_str(), consent.as_str(), send_to.as_str()),
        ("Asha Begum", "advocate", "written", "both")
    );
    let customer: String = customers::table.select(customers::name).first(&mut conn).unwrap();
    assert_eq!(customer, "রহিম উদ্দিন");
}

async fn an_enquiry_from_an_mp_is_a_formal_enquiry(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = |step: &str| format!("/en/enquiry/{step}");
    assert_eq!(app.answer_ok(&p("who"), &[("who", "official")]).await, p("official"));
    app.answer_ok(
        &p("official"),
        &[("official-role", "mp"), ("rep-name", "Jane Member MP"), ("rep-email", "jane.member@parliament.example")],
    )
    .await;
    app.answer_ok(&p("consent"), &[("consent", "constituent"), ("send-to", "representative")]).await;
    app.answer_ok(&p("customer"), &[("customer-name", "Li Wei")]).await;
    app.answer_ok(&p("request"), &[("request", "My constituent has waited 3 months for a transfer decision.")]).await;
    app.answer_ok(&p("contact"), &[("contact-methods", "email"), ("email", "li.wei@example.org")]).await;
    assert_eq!(
        app.answer_ok(&p("letters"), &[("letter-language", "zh-hant"), ("letter-format", "standard")]).await,
        p("check")
    );
    let confirmation = app.send("en", "enquiry").await;
    assert!(confirmation.body.contains("Enquiry sent"));
    // A formal enquiry is answered within 10 working days.
    assert!(confirmation.plain().contains("within 10 working days"), "{}", confirmation.body);
    let kind: String = cases::table.select(cases::kind).first(&mut app.conn()).unwrap();
    assert_eq!(kind, "formal-enquiry");
    assert_every_case_replays(&app, &["formal-enquiry"]);
}

async fn a_compliment_is_recorded_and_thanked(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = |step: &str| format!("/pl/compliment/{step}");
    app.answer_ok(&p("compliment-about"), &[("compliment-about", "Ekipa remontowa")]).await;
    app.answer_ok(&p("compliment-what"), &[("compliment-what", "Szybko naprawili dach.")]).await;
    app.answer_ok(&p("named"), &[("named", "yes")]).await;
    assert_eq!(
        app.answer_ok(&p("compliment-you"), &[("customer-name", "Łukasz Żółć"), ("email", "")]).await,
        p("check")
    );
    let confirmation = app.send("pl", "compliment").await;
    confirmation.assert_all_messages_found();
    let (kind, about, named): (String, Option<String>, Option<bool>) =
        cases::table.select((cases::kind, cases::about, cases::happy_to_be_named)).first(&mut app.conn()).unwrap();
    assert_eq!((kind.as_str(), about.as_deref(), named), ("compliment", Some("Ekipa remontowa"), Some(true)));
    let language: String = customers::table.select(customers::correspondence_language).first(&mut app.conn()).unwrap();
    assert_eq!(language, "pl");
    assert_every_case_replays(&app, &["compliment"]);
}

async fn a_format_request_is_recorded_as_a_standing_preference(backend: Backend) {
    let app = spawn_app(backend).await;
    let p = |step: &str| format!("/ur/format/{step}");
    app.answer_ok(&p("document"), &[("document", "all-letters"), ("document-reference", "")]).await;
    app.answer_ok(&p("letters"), &[("letter-language", "ur"), ("letter-format", "audio")]).await;
    app.answer_ok(&p("format-you"), &[("customer-name", "عائشہ خان")]).await;
    // Post needs an address.
    let missing = app.answer(&p("send"), &[("send-by", "post")]).await;
    assert_eq!(missing.status, 200);
    assert!(missing.body.contains("error-summary"));
    app.answer_ok(&p("send"), &[("send-by", "post"), ("customer-address", "2 Park Road, Widnes")]).await;
    let confirmation = app.send("ur", "format").await;
    assert!(confirmation.body.contains(r#"<html lang="ur" dir="rtl""#));
    let mut conn = app.conn();
    let (kind, document): (String, Option<String>) =
        cases::table.select((cases::kind, cases::document)).first(&mut conn).unwrap();
    assert_eq!((kind.as_str(), document.as_deref()), ("format-request", Some("all-letters")));
    let (language, format): (String, String) = customers::table
        .select((customers::correspondence_language, customers::correspondence_format))
        .first(&mut conn)
        .unwrap();
    assert_eq!((language.as_str(), format.as_str()), ("ur", "audio"));
    let methods: String = contact_preferences::table.select(contact_preferences::methods).first(&mut conn).unwrap();
    assert_eq!(methods, "letter");
    assert_every_case_replays(&app, &["format-request"]);
}

async fn sending_twice_makes_one_case(backend: Backend) {
    let app = spawn_app(backend).await;
    answer_complaint(&app, "en").await;
    let check = app.get("/en/complaint/check").await;
    let (csrf, draft) = (check.csrf(), check.draft());
    let first = app.post("/en/complaint/check", &csrf, &[("draft", &draft)]).await;
    // Back, and send the same page again; then refresh the confirmation.
    let second = app.post("/en/complaint/check", &csrf, &[("draft", &draft)]).await;
    assert_eq!((first.status, second.status), (303, 303));
    assert_eq!(first.location, second.location);
    let a = app.get("/en/complaint/confirmation").await;
    let b = app.get("/en/complaint/confirmation").await;
    let count: i64 = cases::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(count, 1);
    let reference: String = cases::table.select(cases::reference).first(&mut app.conn()).unwrap();
    assert!(a.body.contains(&reference) && b.body.contains(&reference));
}

async fn sending_at_the_same_moment_makes_one_case(backend: Backend) {
    let app = spawn_app(backend).await;
    answer_complaint(&app, "en").await;
    let check = app.get("/en/complaint/check").await;
    let (csrf, draft) = (check.csrf(), check.draft());
    let fields = [("draft", draft.as_str())];
    let sends = (0..6).map(|_| app.post("/en/complaint/check", &csrf, &fields));
    let pages = futures_util::future::join_all(sends).await;
    assert!(pages.iter().all(|p| p.status == 303), "every send is answered with the confirmation");
    let count: i64 = cases::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(count, 1);
}

async fn problems_are_shown_beside_fields_and_answers_are_kept(backend: Backend) {
    let app = spawn_app(backend).await;
    let empty = app.answer("/en/complaint/who", &[]).await;
    assert_eq!(empty.status, 200);
    assert!(empty.body.contains("<title>Error: Who are you getting in touch for?"));
    assert!(empty.body.contains(r##"<a href="#who">Select who you are getting in touch for</a>"##));
    assert!(empty.body.contains(r#"id="who-error""#));

    app.answer_ok("/en/complaint/who", &[("who", "myself")]).await;
    let bad = app
        .answer(
            "/en/complaint/customer",
            &[("customer-name", "  Ann <b>Lee</b>\u{7} "), ("customer-postcode", "WA8 <7QX>")],
        )
        .await;
    assert!(bad.body.contains("Enter a postcode using only letters"));
    assert!(
        bad.body.contains(r#"value="Ann &lt;b&gt;Lee&lt;/b&gt;""#),
        "name kept, trimmed, cleaned and escaped:\n{}",
        bad.body
    );
    assert!(bad.body.contains(r#"value="WA8 &lt;7QX&gt;""#), "the wrong postcode is kept to correct");

    let long = "x".repeat(10_001);
    app.answer_ok("/en/complaint/customer", &[("customer-name", "Ann Lee")]).await;
    app.answer_ok("/en/complaint/tenure", &[("tenure", "tenant")]).await;
    let too_long = app.answer("/en/complaint/what-happened", &[("what-happened", &long)]).await;
    assert!(too_long.plain().contains("Use 10000 characters or fewer"), "{}", too_long.body);
    assert!(too_long.body.contains(&long), "the long answer is kept to shorten");
    // Leaving and coming back keeps it too.
    let again = app.get("/en/complaint/what-happened").await;
    assert!(again.body.contains(&long));

    let bad_date =
        app.answer("/en/complaint/when", &[("when-day", "31"), ("when-month", "2"), ("when-year", "2026")]).await;
    assert!(bad_date.body.contains("Enter a real date"));
    assert!(bad_date.body.contains(r##"href="#when-day""##));
}

async fn switching_language_mid_journey_keeps_every_answer(backend: Backend) {
    let app = spawn_app(backend).await;
    app.answer_ok("/en/complaint/who", &[("who", "myself")]).await;
    app.answer_ok("/en/complaint/customer", &[("customer-name", "Ann Lee"), ("customer-postcode", "WA8 7QX")]).await;
    let urdu = app.get("/ur/complaint/customer").await;
    assert!(urdu.body.contains(r#"<html lang="ur" dir="rtl""#));
    assert!(urdu.body.contains(r#"value="Ann Lee""#) && urdu.body.contains(r#"value="WA8 7QX""#));
    let next = app
        .answer_ok("/ur/complaint/customer", &[("customer-name", "Ann Lee"), ("customer-postcode", "WA8 7QX")])
        .await;
    assert_eq!(next, "/ur/complaint/tenure");
    let chinese = app.get("/zh-hant/complaint/who").await;
    assert!(chinese.body.contains(r#"value="myself" checked"#));
}

async fn an_old_problem_is_explained_gently_and_never_blocked(backend: Backend) {
    let app = spawn_app(backend).await;
    app.answer_ok("/en/complaint/who", &[("who", "myself")]).await;
    app.answer_ok("/en/complaint/customer", &[("customer-name", "Ann Lee")]).await;
    app.answer_ok("/en/complaint/tenure", &[("tenure", "tenant")]).await;
    app.answer_ok("/en/complaint/what-happened", &[("what-happened", "Damp")]).await;
    let next =
        app.answer_ok("/en/complaint/when", &[("when-day", "1"), ("when-month", "1"), ("when-year", "2020")]).await;
    assert_eq!(next, "/en/complaint/older");
    let older = app.get("/en/complaint/older").await;
    assert!(older.body.contains("We may still look at your complaint"));
    assert_eq!(app.answer_ok("/en/complaint/older", &[]).await, "/en/complaint/outcome");
}

async fn a_first_request_can_become_a_service_request(backend: Backend) {
    let app = spawn_app(backend).await;
    app.answer_ok("/en/complaint/who", &[("who", "myself")]).await;
    app.answer_ok("/en/complaint/customer", &[("customer-name", "Ann Lee")]).await;
    app.answer_ok("/en/complaint/tenure", &[("tenure", "tenant")]).await;
    app.answer_ok("/en/complaint/what-happened", &[("what-happened", "My tap drips")]).await;
    let today = chrono::Utc::now().date_naive();
    app.answer_ok(
        "/en/complaint/when",
        &[
            ("when-day", &today.format("%d").to_string()),
            ("when-month", &today.format("%m").to_string()),
            ("when-year", &today.format("%Y").to_string()),
        ],
    )
    .await;
    app.answer_ok("/en/complaint/outcome", &[("outcome", "Fix it")]).await;
    assert_eq!(app.answer_ok("/en/complaint/asked-before", &[("asked-before", "no")]).await, "/en/complaint/route");
    app.answer_ok("/en/complaint/route", &[("route", "service-request")]).await;
    app.answer_ok("/en/complaint/contact", &[("contact-methods", "phone"), ("phone", "0151 510 5000")]).await;
    app.answer_ok("/en/complaint/updates", &[("update-frequency", "when-news")]).await;
    app.answer_ok("/en/complaint/letters", &[("letter-language", "en"), ("letter-format", "standard")]).await;
    app.answer_ok("/en/complaint/adjustments", &[]).await;
    let confirmation = app.send("en", "complaint").await;
    assert!(confirmation.body.contains("Request sent"));
    let (kind, stage, first): (String, Option<i32>, Option<bool>) =
        cases::table.select((cases::kind, cases::stage, cases::first_request)).first(&mut app.conn()).unwrap();
    assert_eq!((kind.as_str(), stage, first), ("service-request", None, Some(true)));
    assert_every_case_replays(&app, &["service-request"]);
}

async fn change_links_return_to_check_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    answer_complaint(&app, "en").await;
    let check = app.get("/en/complaint/check").await;
    assert!(check.body.contains(r#"href="/en/complaint/tenure?change=1""#));
    let page = app.get("/en/complaint/tenure?change=1").await;
    assert!(page.body.contains(r#"name="change" value="1""#));
    assert!(page.body.contains(r#"<a class="back-link" href="/en/complaint/check">"#));
    let back = app.post("/en/complaint/tenure", &page.csrf(), &[("tenure", "shared-owner"), ("change", "1")]).await;
    assert_eq!(back.location.as_deref(), Some("/en/complaint/check"));
    // Changing to "someone else" needs new answers first, then returns to check answers.
    let page = app.get("/en/complaint/who?change=1").await;
    let next = app.post("/en/complaint/who", &page.csrf(), &[("who", "someone-else"), ("change", "1")]).await;
    assert_eq!(next.location.as_deref(), Some("/en/complaint/representative?change=1"));
}
