//! Email against a real SMTP server (aiosmtpd on loopback), on both databases: what a submission sends, to
//! whom, in which language and encoding; and the faults, each with nothing lost.

use std::collections::HashMap;
use std::time::Duration;

use diesel::prelude::*;
use talk_to_us::db::models::outbox::{self, NewMessage};
use talk_to_us::db::schema::{alerts, case_audit, case_events, cases, outbox as outbox_table};
use talk_to_us::db::{Database, DbPool};
use talk_to_us::mail::worker::Worker;
use talk_to_us::settings::{RawSettings, Settings};

use crate::helpers::{database_url, spawn_app_with, Backend};
use crate::journeys::{answer_complaint, ADVOCATE};
use crate::on_both_databases;
use crate::smtp::{free_port, url_for, Received, SmtpServer};

on_both_databases!(
    with_no_mail_server_letters_are_written_as_eml_files,
    a_complaint_sends_the_receipt_in_the_letter_language_and_tells_staff,
    letters_follow_consent_to_the_customer_and_the_representative,
    the_mail_server_is_down_at_submission_and_comes_back,
    a_4xx_reply_is_retried_until_accepted,
    a_5xx_reply_fails_raises_an_alert_and_is_not_retried,
    a_stalled_server_times_out_and_is_retried,
    a_worker_killed_mid_batch_loses_nothing_and_a_resend_keeps_its_message_id,
    two_workers_in_one_process_never_send_a_message_twice,
    two_worker_processes_never_send_a_message_twice,
    a_message_past_its_give_up_time_fails_with_an_alert,
    a_worker_whose_lease_ran_out_cannot_undo_another_workers_outcome,
    names_and_subjects_in_every_script_are_encoded,
    line_breaks_and_extra_addresses_cannot_add_headers_or_recipients,
);

/// Settings that retry quickly, for tests. The defaults (RFC 5321 waits) are checked in the unit tests.
fn quick(settings: &mut RawSettings, mail_url: String) {
    settings.mail.url = mail_url;
    settings.mail.retry_seconds = vec![1];
    settings.mail.send_timeout_seconds = 2;
    settings.mail.lease_seconds = 4;
    settings.mail.poll_seconds = 0.2;
}

/// A database and settings for driving the outbox directly, without the web server.
struct Outbox {
    raw: RawSettings,
    settings: Settings,
    db: Database,
    _dir: tempfile::TempDir,
}

impl Outbox {
    fn new(backend: Backend, mail_url: String) -> Outbox {
        let dir = tempfile::tempdir().unwrap();
        let mut raw = RawSettings::default();
        raw.server.data_dir = dir.path().to_path_buf();
        raw.database.url = database_url(backend, dir.path());
        quick(&mut raw, mail_url);
        raw.fill_defaults();
        let settings = Settings::from_raw(raw.clone()).expect("valid test settings");
        let pool = talk_to_us::db::connect(&raw.database.url, 4).expect("test database");
        Outbox { raw, settings, db: Database::new(pool), _dir: dir }
    }

    fn pool(&self) -> &DbPool {
        self.db.pool()
    }

    /// Puts `n` messages in the outbox; returns their ids.
    fn enqueue(&self, messages: &[NewMessage]) -> Vec<i32> {
        let mut conn = self.pool().get().unwrap();
        let now = chrono::Utc::now().naive_utc();
        talk_to_us::db::write(&mut conn, |c| outbox::enqueue(c, None, messages, now, "haltonhousing.org")).unwrap()
    }

    fn worker(&self) -> Worker {
        Worker::new(&self.settings, self.db.clone(), talk_to_us::clock::Clock::system()).expect("worker")
    }

    fn states(&self) -> Vec<(i32, String, i32)> {
        let mut conn = self.pool().get().unwrap();
        outbox_table::table
            .order(outbox_table::id)
            .select((outbox_table::id, outbox_table::state, outbox_table::attempts))
            .load(&mut conn)
            .unwrap()
    }

    fn message_ids(&self) -> Vec<String> {
        let mut conn = self.pool().get().unwrap();
        outbox_table::table.order(outbox_table::id).select(outbox_table::message_id).load(&mut conn).unwrap()
    }

    fn alerts(&self) -> Vec<(String, Option<i32>)> {
        let mut conn = self.pool().get().unwrap();
        alerts::table.order(alerts::id).select((alerts::kind, alerts::outbox_id)).load(&mut conn).unwrap()
    }

    /// Runs the `talk-to-us` binary against this database.
    fn command(&self, args: &[&str]) -> std::process::Command {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_talk-to-us"));
        let m = &self.raw.mail;
        command
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TTU_DATA_DIR", &self.raw.server.data_dir)
            .env("TTU_DATABASE_URL", &self.raw.database.url)
            .env("TTU_MAIL_URL", &m.url)
            .env("TTU_MAIL_RETRY_SECONDS", "1")
            .env("TTU_MAIL_SEND_TIMEOUT", m.send_timeout_seconds.to_string())
            .env("TTU_MAIL_LEASE_SECONDS", m.lease_seconds.to_string())
            .env("TTU_LOG", "warn");
        command
    }
}

fn letter(n: usize, to: &str) -> NewMessage {
    NewMessage {
        kind: "receipt".into(),
        recipient_role: "customer".into(),
        to_name: format!("Customer {n}"),
        to_address: to.into(),
        language: "en".into(),
        subject: format!("Complaint HH-TEST-{n:04}: we have it"),
        body_text: format!("Message {n}"),
        body_html: format!("<!DOCTYPE html><html lang=\"en-GB\"><body><p>Message {n}</p></body></html>"),
    }
}

fn letters(n: usize) -> Vec<NewMessage> {
    (0..n).map(|i| letter(i, &format!("customer{i}@example.org"))).collect()
}

/// How many times each Message-ID arrived.
fn arrivals(received: &[Received]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for r in received {
        *counts.entry(r.message_id.clone()).or_insert(0) += 1;
    }
    counts
}

async fn sleep(seconds: f64) {
    actix_web::rt::time::sleep(Duration::from_secs_f64(seconds)).await;
}

/// Waits until `done` holds, failing with `what` after 20 seconds.
async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(std::time::Instant::now() < deadline, "timed out waiting: {what}");
        sleep(0.05).await;
    }
}

/// The states of every message in a pool's outbox, oldest first.
fn states_in(pool: &DbPool) -> Vec<String> {
    let mut conn = pool.get().unwrap();
    outbox_table::table.order(outbox_table::id).select(outbox_table::state).load(&mut conn).unwrap()
}

async fn with_no_mail_server_letters_are_written_as_eml_files(backend: Backend) {
    // The default settings: mail to files in the data folder, as `cargo run` does.
    let app = spawn_app_with(backend, |s| s.mail.poll_seconds = 0.2).await;
    answer_complaint(&app, "en").await;
    app.send("en", "complaint").await;
    let folder = app.data_dir.join("mail");
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    let files = loop {
        let files: Vec<std::path::PathBuf> = std::fs::read_dir(&folder)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        let whole: Vec<_> = files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "eml")).collect();
        if whole.len() == 2 {
            break whole;
        }
        assert!(std::time::Instant::now() < deadline, "expected 2 .eml files in {}", folder.display());
        sleep(0.1).await;
    };
    let texts: Vec<String> = files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let rows: Vec<(String, String)> = outbox_table::table
        .order(outbox_table::id)
        .select((outbox_table::message_id, outbox_table::to_address))
        .load(&mut app.conn())
        .unwrap();
    for (message_id, to) in &rows {
        let file = texts.iter().filter(|t| t.contains(&format!("Message-ID: {message_id}"))).collect::<Vec<_>>();
        assert_eq!(file.len(), 1, "one file for {message_id}");
        assert!(file[0].contains(&format!("<{to}>")), "addressed to {to}");
        assert!(file[0].contains("Content-Type: multipart/alternative"));
    }
    assert_eq!(rows[0].1, "zofia@example.org");
    eventually("both recorded as sent", || states_in(&app.pool) == ["sent", "sent"]).await;
}

async fn a_complaint_sends_the_receipt_in_the_letter_language_and_tells_staff(backend: Backend) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(backend, |s| quick(s, smtp.url())).await;
    // Pages in Bengali; letters asked for in Polish, in large print.
    answer_complaint(&app, "bn").await;
    let confirmation = app.send("bn", "complaint").await;
    assert!(confirmation.plain().contains("zofia@example.org"), "the confirmation says where the copy goes");
    let received = smtp.wait_for(2, 20).await;
    let reference: String = cases::table.select(cases::reference).first(&mut app.conn()).unwrap();

    let receipt = received.iter().find(|r| r.rcpt_tos == ["zofia@example.org"]).expect("the receipt");
    assert_eq!(receipt.mail_from, "info@haltonhousing.org");
    assert!(receipt.to.contains("Zofia Wójcik"), "{}", receipt.to);
    assert!(receipt.subject.contains(&reference), "{}", receipt.subject);
    assert!(receipt.subject.contains("Skarga"), "Polish subject: {}", receipt.subject);
    assert!(!receipt.subject.to_lowercase().contains("boiler"));
    assert_eq!(receipt.content_type, "multipart/alternative");
    assert_eq!(receipt.header("Content-Language"), ["pl"]);
    assert_eq!(receipt.header("Reply-To"), ["info@haltonhousing.org"]);
    assert_eq!(receipt.header("Auto-Submitted"), ["auto-generated"]);
    let text = receipt.text();
    assert!(text.contains(&reference));
    assert!(text.contains("The boiler broke in October."), "the answers are summarised:\n{text}");
    assert!(!text.contains("partially sighted"), "no health information by email:\n{text}");
    assert!(text.contains("0300 111 3000"), "the Housing Ombudsman's telephone:\n{text}");
    assert!(text.contains("www.housing-ombudsman.org.uk"));
    let raw_text = receipt.text.clone().unwrap();
    assert!(!raw_text.contains("\u{2068}www.housing-ombudsman.org.uk"), "links are left bare for mail programs");
    let html = receipt.html();
    assert!(html.contains(r#"<html lang="pl" dir="ltr">"#), "{html}");
    assert!(html.contains("font-size:18pt;line-height:1.5"), "large print asked for:\n{html}");
    assert!(html.contains("<h1") && html.contains("<h2"));
    assert!(
        html.contains(r#"<a href="tel:03001113000" dir="ltr" style="overflow-wrap:anywhere">0300 111 3000</a>"#),
        "{html}"
    );
    assert!(receipt.raw.contains("Message-ID: <ttu."), "a stable Message-ID");

    let notice = received.iter().find(|r| r.subject().starts_with("New complaint")).expect("the staff notice");
    assert_eq!(notice.rcpt_tos, ["info@haltonhousing.org"]);
    assert_eq!(notice.header("Content-Language"), ["en"]);
    let text = notice.text();
    for expected in [reference.as_str(), "Online form", "বাংলা", "Polski", "Large print", "zofia", "/staff/cases/"]
    {
        if expected == "zofia" {
            assert!(!text.contains(expected), "no customer details in the staff notice:\n{text}");
        } else {
            assert!(text.contains(expected), "{expected} in the staff notice:\n{text}");
        }
    }
    assert!(!text.contains("boiler") && !text.contains("partially sighted"), "{text}");
    assert!(!notice.html().contains("font-size:18pt;line-height:1.5"), "staff notices are in standard print");

    // The correspondence is on the case: what, to whom, when, delivered.
    eventually("both recorded as sent", || states_in(&app.pool) == ["sent", "sent"]).await;
    let mut conn = app.conn();
    let case_id: i32 = cases::table.select(cases::id).first(&mut conn).unwrap();
    let record = outbox::for_case(&mut conn, case_id).unwrap();
    assert_eq!(record.len(), 2);
    assert!(record.iter().all(|m| m.state == "sent" && m.sent_at.is_some()), "{record:?}");
    assert_eq!(record[0].letter.to_address, "zofia@example.org");
    let events: Vec<String> = case_events::table
        .filter(case_events::case_id.eq(case_id))
        .order(case_events::seq)
        .select(case_events::event_type)
        .load(&mut conn)
        .unwrap();
    assert_eq!(events, ["received"], "delivery is not a step in the case's life");
    let audit: Vec<String> = case_audit::table
        .filter(case_audit::case_id.eq(case_id))
        .order(case_audit::id)
        .select(case_audit::kind)
        .load(&mut conn)
        .unwrap();
    assert_eq!(audit, ["letter-queued", "letter-queued", "letter-sent", "letter-sent"]);
}

async fn letters_follow_consent_to_the_customer_and_the_representative(backend: Backend) {
    let smtp = SmtpServer::start();
    let app = spawn_app_with(backend, |s| quick(s, smtp.url())).await;
    let p = |step: &str| format!("/ur/complaint/{step}");
    app.answer_ok(&p("who"), &[("who", "someone-else")]).await;
    app.answer_ok(&p("representative"), ADVOCATE).await;
    app.answer_ok(&p("consent"), &[("consent", "written"), ("send-to", "both")]).await;
    app.answer_ok(&p("customer"), &[("customer-name", "عائشہ خان")]).await;
    app.answer_ok(&p("tenure"), &[("tenure", "tenant")]).await;
    app.answer_ok(&p("what-happened"), &[("what-happened", "Damp in the bedroom")]).await;
    app.answer_date(&p("when"), chrono::Utc::now().date_naive()).await;
    app.answer_ok(&p("outcome"), &[("outcome", "Fix it")]).await;
    app.answer_ok(&p("asked-before"), &[("asked-before", "yes")]).await;
    app.answer_ok(&p("contact"), &[("contact-methods", "email"), ("email", "aisha@example.org"), ("phone", "")]).await;
    app.answer_ok(&p("updates"), &[("update-frequency", "when-news")]).await;
    app.answer_ok(&p("letters"), &[("letter-language", "ur"), ("letter-format", "standard")]).await;
    app.answer_ok(&p("adjustments"), &[]).await;
    app.send("ur", "complaint").await;
    let received = smtp.wait_for(3, 20).await;
    let to = |address: &str| received.iter().find(|r| r.rcpt_tos == [address]).unwrap_or_else(|| panic!("{address}"));
    let customer = to("aisha@example.org");
    let representative = to("asha@advocacy.example");
    assert!(customer.to.contains("عائشہ خان"), "{}", customer.to);
    assert!(representative.to.contains("Asha Begum"));
    for letter in [customer, representative] {
        assert_eq!(letter.header("Content-Language"), ["ur"]);
        assert!(letter.html().contains(r#"<html lang="ur" dir="rtl">"#));
    }
    assert!(representative.text().contains("عائشہ خان"), "the representative is told whose complaint it is");
    let notice = to("info@haltonhousing.org");
    assert!(notice.text().contains("the customer and the representative"), "{}", notice.text());
    assert_eq!(received.len(), 3, "nobody else is written to");
}

async fn the_mail_server_is_down_at_submission_and_comes_back(backend: Backend) {
    let port = free_port();
    let app = spawn_app_with(backend, |s| {
        quick(s, url_for(port));
        s.mail.alert_after_minutes = 0;
    })
    .await;
    answer_complaint(&app, "en").await;
    let confirmation = app.send("en", "complaint").await;
    assert!(confirmation.body.contains("HH-"), "the case is saved and confirmed while mail is down");
    let tried_and_alerted = || {
        let mut conn = app.conn();
        let tries: Vec<(String, i32, Option<String>)> = outbox_table::table
            .select((outbox_table::state, outbox_table::attempts, outbox_table::last_error))
            .load(&mut conn)
            .unwrap();
        let alerted: i64 = alerts::table.filter(alerts::kind.eq("letter-late")).count().get_result(&mut conn).unwrap();
        tries.len() == 2
            && tries.iter().all(|(state, attempts, error)| state == "pending" && *attempts >= 1 && error.is_some())
            && alerted == 2
    };
    eventually("a failed try for each letter, kept for later, and a late alert for each", tried_and_alerted).await;
    let mut conn = app.conn();
    // The server comes back; the letters follow.
    let smtp = SmtpServer::start_on(port);
    let received = smtp.wait_for(2, 20).await;
    assert!(received.iter().any(|r| r.rcpt_tos == ["zofia@example.org"]));
    eventually("both recorded as sent", || states_in(&app.pool) == ["sent", "sent"]).await;
    let open: i64 = alerts::table.filter(alerts::resolved_at.is_null()).count().get_result(&mut conn).unwrap();
    assert_eq!(open, 0, "the late alerts are resolved once the letters arrive");
}

async fn a_4xx_reply_is_retried_until_accepted(backend: Backend) {
    let smtp = SmtpServer::start();
    smtp.set_mode("tempfail");
    let mut o = Outbox::new(backend, smtp.url());
    o.settings.mail.retry_seconds = vec![3];
    let ids = o.enqueue(&letters(2));
    let worker = o.worker();
    let report = worker.deliver_due().await.unwrap();
    assert_eq!((report.sent, report.retrying, report.failed), (0, 2, 0));
    assert!(smtp.received().is_empty());
    {
        let mut conn = o.pool().get().unwrap();
        let m = outbox::by_id(&mut conn, ids[0]).unwrap();
        assert!(m.last_error.unwrap().contains("451"));
        assert!(m.next_attempt_at > m.created_at, "a later try is scheduled");
    }
    // Not due again at once.
    assert_eq!(worker.deliver_due().await.unwrap().sent, 0);
    smtp.set_mode("accept");
    sleep(3.2).await;
    assert_eq!(worker.deliver_due().await.unwrap().sent, 2);
    assert_eq!(smtp.received().len(), 2);
    assert_eq!(o.states(), vec![(ids[0], "sent".into(), 2), (ids[1], "sent".into(), 2)]);
    assert!(o.alerts().is_empty());
}

async fn a_5xx_reply_fails_raises_an_alert_and_is_not_retried(backend: Backend) {
    let smtp = SmtpServer::start();
    smtp.set_mode("reject");
    let o = Outbox::new(backend, smtp.url());
    let ids = o.enqueue(&letters(1));
    let worker = o.worker();
    assert_eq!(worker.deliver_due().await.unwrap().failed, 1);
    smtp.set_mode("accept");
    sleep(1.2).await;
    assert_eq!(worker.deliver_due().await.unwrap(), Default::default(), "not retried");
    assert!(smtp.received().is_empty());
    assert_eq!(o.states(), vec![(ids[0], "failed".into(), 1)]);
    assert_eq!(o.alerts(), vec![("letter-failed".to_string(), Some(ids[0]))]);
    let status = o.command(&["outbox", "status"]).output().unwrap();
    let out = String::from_utf8_lossy(&status.stdout);
    assert!(status.status.success(), "{out}");
    assert!(out.contains("Failed: 1") && out.contains("550") && out.contains("Open alerts: 1"), "{out}");
}

async fn a_stalled_server_times_out_and_is_retried(backend: Backend) {
    let smtp = SmtpServer::start();
    smtp.set_mode("stall");
    let o = Outbox::new(backend, smtp.url());
    let ids = o.enqueue(&letters(1));
    let worker = o.worker();
    let started = std::time::Instant::now();
    let report = worker.deliver_due().await.unwrap();
    assert_eq!(report.retrying, 1, "{report:?} {:?}", o.states());
    assert!(started.elapsed() < Duration::from_secs(6), "the send timeout (2 s) ended the wait");
    {
        let mut conn = o.pool().get().unwrap();
        assert!(outbox::by_id(&mut conn, ids[0]).unwrap().last_error.unwrap().contains("no answer"));
    }
    smtp.set_mode("accept");
    sleep(1.2).await;
    assert_eq!(worker.deliver_due().await.unwrap().sent, 1);
    assert_eq!(smtp.received().len(), 1);
    assert_eq!(o.states(), vec![(ids[0], "sent".into(), 2)]);
}

async fn a_worker_killed_mid_batch_loses_nothing_and_a_resend_keeps_its_message_id(backend: Backend) {
    let smtp = SmtpServer::start();
    // The server keeps each message, then takes 3 s to say so: the worker is killed in that gap.
    smtp.set_mode("slow:3");
    let mut o = Outbox::new(backend, smtp.url());
    o.settings.mail.send_timeout_seconds = 5;
    o.settings.mail.lease_seconds = 6;
    o.enqueue(&letters(4));
    let expected = o.message_ids();
    let mut first = o.command(&["outbox", "deliver"]).spawn().unwrap();
    smtp.wait_for(1, 20).await;
    first.kill().unwrap();
    first.wait().unwrap();
    let in_flight = smtp.received()[0].message_id.clone();
    assert!(o.states().iter().all(|(_, state, _)| state == "pending"), "the kill came before any was recorded");
    // Restart until everything is delivered; the message in flight is claimed again once its lease ends.
    smtp.set_mode("accept");
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while o.states().iter().any(|(_, state, _)| state != "sent") {
        assert!(std::time::Instant::now() < deadline, "not all delivered: {:?}", o.states());
        let run = o.command(&["outbox", "deliver"]).output().unwrap();
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        sleep(0.5).await;
    }
    let counts = arrivals(&smtp.received());
    for id in &expected {
        assert!(counts.contains_key(id), "{id} never arrived");
    }
    assert_eq!(counts.len(), 4, "no message arrived under another Message-ID");
    assert_eq!(counts[&in_flight], 2, "the message in flight was sent again, with the same Message-ID");
}

async fn two_workers_in_one_process_never_send_a_message_twice(backend: Backend) {
    let smtp = SmtpServer::start();
    smtp.set_mode("slow:0.05");
    let o = Outbox::new(backend, smtp.url());
    o.enqueue(&letters(24));
    let (a, b) = (o.worker(), o.worker());
    let (ra, rb) = futures_util::future::join(a.deliver_due(), b.deliver_due()).await;
    let (ra, rb) = (ra.unwrap(), rb.unwrap());
    assert_eq!(ra.sent + rb.sent, 24);
    assert!(ra.sent > 0 && rb.sent > 0, "both workers took part: {ra:?} {rb:?}");
    let counts = arrivals(&smtp.received());
    assert_eq!(counts.len(), 24);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    assert!(o.states().iter().all(|(_, state, attempts)| state == "sent" && *attempts == 1));
}

async fn two_worker_processes_never_send_a_message_twice(backend: Backend) {
    let smtp = SmtpServer::start();
    smtp.set_mode("slow:0.05");
    let o = Outbox::new(backend, smtp.url());
    o.enqueue(&letters(24));
    let run = || o.command(&["outbox", "deliver"]).stdout(std::process::Stdio::piped()).spawn().unwrap();
    let (first, second) = (run(), run());
    let mut sent = Vec::new();
    for child in [first, second] {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let report = String::from_utf8_lossy(&out.stdout).to_string();
        let n: usize = report.split_whitespace().nth(1).and_then(|w| w.trim_end_matches('.').parse().ok()).unwrap();
        sent.push(n);
    }
    assert_eq!(sent.iter().sum::<usize>(), 24);
    assert!(sent.iter().all(|n| *n > 0), "both processes took part: {sent:?}");
    let counts = arrivals(&smtp.received());
    assert_eq!(counts.len(), 24);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    assert!(o.states().iter().all(|(_, state, attempts)| state == "sent" && *attempts == 1));
}

async fn a_worker_whose_lease_ran_out_cannot_undo_another_workers_outcome(backend: Backend) {
    let o = Outbox::new(backend, url_for(free_port()));
    let ids = o.enqueue(&letters(1));
    let mut conn = o.pool().get().unwrap();
    let now = chrono::Utc::now().naive_utc();
    let second = chrono::Duration::seconds(1);
    let long_ago = now - chrono::Duration::days(10);
    let a = outbox::claim(&mut conn, "worker-a", now, now + second, long_ago).unwrap().expect("due");
    assert!(outbox::claim(&mut conn, "worker-b", now, now + second, long_ago).unwrap().is_none(), "leased to A");
    // A stalls past its lease; B takes the message over and delivers it.
    let later = now + second * 2;
    let b = outbox::claim(&mut conn, "worker-b", later, later + second, long_ago).unwrap().expect("lease ran out");
    assert_eq!((a.id, b.id), (ids[0], ids[0]));
    assert_eq!(a.message_id, b.message_id);
    outbox::mark_sent(&mut conn, &b, later).unwrap();
    // A's late failure changes nothing and raises no alert.
    outbox::mark_failed(&mut conn, &a, "550 late", later).unwrap();
    outbox::mark_retry(&mut conn, &a, "451 late", later, later + second).unwrap();
    drop(conn);
    assert_eq!(o.states(), vec![(ids[0], "sent".into(), 2)], "claimed twice, sent once as far as the record goes");
    assert!(o.alerts().is_empty());
}

async fn a_message_past_its_give_up_time_fails_with_an_alert(backend: Backend) {
    let smtp = SmtpServer::start();
    let o = Outbox::new(backend, smtp.url());
    let ids = o.enqueue(&letters(1));
    {
        let mut conn = o.pool().get().unwrap();
        let now = chrono::Utc::now().naive_utc();
        let claimed = outbox::claim(&mut conn, "worker", now, now, now + chrono::Duration::seconds(1)).unwrap();
        assert_eq!(claimed.map(|m| m.state), Some("failed".to_string()), "given up, not sent");
    }
    assert_eq!(o.states(), vec![(ids[0], "failed".into(), 1)]);
    assert_eq!(o.alerts(), vec![("letter-failed".to_string(), Some(ids[0]))]);
    assert_eq!(o.worker().deliver_due().await.unwrap(), Default::default());
    assert!(smtp.received().is_empty());
}

async fn names_and_subjects_in_every_script_are_encoded(backend: Backend) {
    let smtp = SmtpServer::start();
    let o = Outbox::new(backend, smtp.url());
    let people = [
        ("রহিম উদ্দিন", "অভিযোগ HH-2345-6789: আমরা পেয়েছি"),
        ("सुनीता शर्मा", "शिकायत HH-2345-6789: हमें मिल गई"),
        ("عائشہ خان", "شکایت HH-2345-6789: ہمیں مل گئی"),
        ("陳大文", "投訴 HH-2345-6789：我們已收到"),
        ("Zofia Wójcik-Łęcka", "Skarga HH-2345-6789: mamy ją"),
    ];
    let messages: Vec<NewMessage> = people
        .iter()
        .enumerate()
        .map(|(i, (name, subject))| NewMessage {
            to_name: name.to_string(),
            subject: subject.to_string(),
            body_text: format!("{name}\n{subject}"),
            ..letter(i, &format!("person{i}@example.org"))
        })
        .collect();
    o.enqueue(&messages);
    assert_eq!(o.worker().deliver_due().await.unwrap().sent, 5);
    let received = smtp.received();
    for (i, (name, subject)) in people.iter().enumerate() {
        let r = received.iter().find(|r| r.rcpt_tos == [format!("person{i}@example.org")]).unwrap();
        assert_eq!(r.to, format!("{name} <person{i}@example.org>"));
        assert_eq!(&r.subject, subject);
        assert!(r.text().contains(name));
        // Headers on the wire are ASCII (RFC 2047 encoded words).
        let head = r.raw.split("\r\n\r\n").next().unwrap();
        assert!(head.is_ascii(), "{head}");
    }
}

async fn line_breaks_and_extra_addresses_cannot_add_headers_or_recipients(backend: Backend) {
    let smtp = SmtpServer::start();
    let o = Outbox::new(backend, smtp.url());
    let hostile = [
        NewMessage {
            to_name: "Eve\r\nBcc: thief@evil.example".into(),
            subject: "Complaint HH-2345-6789\r\nBcc: thief@evil.example".into(),
            ..letter(0, "eve@example.org")
        },
        NewMessage { to_name: "Eve\", thief@evil.example, \"".into(), ..letter(1, "eve1@example.org") },
        letter(2, "eve2@example.org\r\nBcc: thief@evil.example"),
        letter(3, "eve3@example.org, thief@evil.example"),
        letter(4, "eve4@example.org>\r\nX-Injected: yes"),
    ];
    let ids = o.enqueue(&hostile);
    let report = o.worker().deliver_due().await.unwrap();
    assert_eq!((report.sent, report.failed), (2, 3), "{report:?}");
    let received = smtp.received();
    assert_eq!(received.len(), 2);
    for r in &received {
        assert_eq!(r.rcpt_tos.len(), 1, "{:?}", r.rcpt_tos);
        assert!(!r.rcpt_tos[0].contains("evil"));
        assert!(r.header("Bcc").is_empty() && r.header("X-Injected").is_empty(), "{:?}", r.headers);
        assert_eq!(r.header("To").len(), 1);
        assert_eq!(r.to_addresses.len(), 1, "{}", r.to);
        assert!(r.to_addresses[0].starts_with("eve"), "{}", r.to);
    }
    let states = o.states();
    assert_eq!(states[2], (ids[2], "failed".into(), 1), "an address with a line break is refused, never sent");
    assert_eq!(states[3], (ids[3], "failed".into(), 1), "two addresses in one are refused");
    assert_eq!(states[4], (ids[4], "failed".into(), 1));
    assert_eq!(o.alerts().len(), 3, "staff are told so they can write another way");
}
