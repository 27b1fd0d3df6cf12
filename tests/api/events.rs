//! The events are the record: what the public site writes is read back by the domain, the case row is
//! their projection, nothing changes or deletes an event, and a database made by the landed code (commit
//! 13e7ca2, before events had their own shape) migrates with every case converted, on both backends.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use talk_to_us::db::models::case::{self as cases_model, Case as CaseRow};
use talk_to_us::db::models::event;
use talk_to_us::db::schema::{case_audit, case_events, cases};
use talk_to_us::db::{DbConnection, DbError};
use talk_to_us::domain::case::Case;
use talk_to_us::policy::calendar::Calendar;
use talk_to_us::policy::Policy;
use talk_to_us::settings::Settings;

use crate::helpers::{database_url, spawn_app, spawn_app_with, Backend, TestApp};
use crate::on_both_databases;

on_both_databases!(
    events_are_never_changed_or_deleted,
    a_second_writer_at_the_same_version_is_refused,
    a_database_made_by_the_landed_code_migrates_with_every_case_converted,
    the_queue_over_100000_cases_reads_an_index_not_every_case,
    the_events_migration_can_be_undone_and_done_again_keeping_every_case,
);

/// Replays every case's stored events in the domain and checks that the case row is their projection under
/// the default policy and calendar; `kinds` are the kinds expected, in any order.
pub fn assert_every_case_replays(app: &TestApp, kinds: &[&str]) {
    let mut conn = app.conn();
    let rows: Vec<CaseRow> = cases::table.order(cases::id).select(CaseRow::as_select()).load(&mut conn).unwrap();
    let key = talk_to_us::app::projection_key(&Settings::default());
    let (policy, calendar) = (Policy::default(), Calendar::england_and_wales());
    for row in &rows {
        let events = event::history(&mut conn, row.id).unwrap_or_else(|e| panic!("case {}: {e}", row.reference));
        let case = Case::replay(&events).unwrap_or_else(|e| panic!("case {} does not replay: {e}", row.reference));
        assert_eq!(case.kind().as_str(), row.kind, "{}", row.reference);
        assert_eq!(case.received_on(), row.received_on, "{}", row.reference);
        assert_eq!(row.version as usize, events.len(), "{}: the version is the number of events", row.reference);
        let projection = talk_to_us::app::project::projection_of(&case, &policy, &calendar, &key);
        assert_eq!(
            (
                row.state.as_str(),
                row.stage,
                row.is_open,
                row.handler_id.clone(),
                row.next_deadline_kind.as_deref(),
                row.next_deadline_on,
                row.projection_key.as_deref()
            ),
            (
                projection.state,
                projection.stage,
                projection.is_open,
                projection.handler_id,
                projection.next_deadline_kind,
                projection.next_deadline_on,
                Some(key.as_str())
            ),
            "{}: the row is the projection of its events",
            row.reference
        );
        assert!(row.next_deadline_on.is_some(), "{}: a new case always owes something", row.reference);
    }
    let mut found: Vec<&str> = rows.iter().map(|row| row.kind.as_str()).collect();
    let mut expected = kinds.to_vec();
    found.sort_unstable();
    expected.sort_unstable();
    assert_eq!(found, expected);
}

async fn send_a_compliment(app: &TestApp) {
    let p = |step: &str| format!("/en/compliment/{step}");
    app.answer_ok(&p("compliment-about"), &[("compliment-about", "The repairs team")]).await;
    app.answer_ok(&p("compliment-what"), &[("compliment-what", "They fixed the roof fast.")]).await;
    app.answer_ok(&p("named"), &[("named", "yes")]).await;
    app.answer_ok(&p("compliment-you"), &[("customer-name", "Ann Lee"), ("email", "ann@example.org")]).await;
    app.send("en", "compliment").await;
}

async fn events_are_never_changed_or_deleted(backend: Backend) {
    let app = spawn_app(backend).await;
    send_a_compliment(&app).await;
    let mut conn = app.conn();
    let before: Vec<String> = case_events::table.select(case_events::payload).load(&mut conn).unwrap();
    assert_eq!(before.len(), 1);
    for statement in [
        "UPDATE case_events SET payload = '{}'",
        "DELETE FROM case_events",
        "UPDATE case_audit SET detail = '{}'",
        "DELETE FROM case_audit",
    ] {
        let refused = diesel::sql_query(statement).execute(&mut conn);
        assert!(refused.is_err(), "{statement} must be refused by the database");
    }
    let after: Vec<String> = case_events::table.select(case_events::payload).load(&mut conn).unwrap();
    assert_eq!(after, before);
    let queued: i64 =
        case_audit::table.filter(case_audit::kind.eq("letter-queued")).count().get_result(&mut conn).unwrap();
    assert_eq!(queued, 2, "the thanks and the staff notice, queued");
}

async fn a_second_writer_at_the_same_version_is_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    send_a_compliment(&app).await;
    let mut conn = app.conn();
    let row: CaseRow = cases::table.select(CaseRow::as_select()).first(&mut conn).unwrap();
    assert_eq!(row.version, 1);
    let case = Case::replay(&event::history(&mut conn, row.id).unwrap()).unwrap();
    let today = case.received_on();
    let passed_on = case.pass_on_compliment(today, "Repairs team".into()).unwrap();
    let at = chrono::Utc::now().naive_utc();
    let actor = talk_to_us::domain::Actor::Staff("alice".into());
    // Someone who read the case before its receipt was recorded cannot write event 1 again.
    let stale = talk_to_us::db::write(&mut conn, |c: &mut DbConnection| {
        event::append(c, row.id, 0, &passed_on.events, &actor, at)
    });
    assert!(matches!(stale, Err(DbError::Query(ref e)) if talk_to_us::db::is_unique_violation(e)), "{stale:?}");
    let projection = talk_to_us::app::project::projection_of(
        &passed_on.case,
        &Policy::default(),
        &Calendar::england_and_wales(),
        "key",
    );
    let conflict =
        talk_to_us::db::write(&mut conn, |c: &mut DbConnection| cases_model::project(c, row.id, 0, 1, &projection, at));
    assert!(matches!(conflict, Err(DbError::Conflict)), "{conflict:?}");
    // The writer who read version 1 goes on.
    talk_to_us::db::write(&mut conn, |c: &mut DbConnection| {
        let version = event::append(c, row.id, 1, &passed_on.events, &actor, at)?;
        cases_model::project(c, row.id, 1, version, &projection, at)
    })
    .unwrap();
    let events = event::history(&mut conn, row.id).unwrap();
    assert_eq!(Case::replay(&events).unwrap(), passed_on.case);
    let state: String = cases::table.select(cases::state).first(&mut conn).unwrap();
    assert_eq!(state, "compliment-passed-on");
}

/// Loads the fixture made by the landed code into a fresh database; returns its URL.
fn landed_database(backend: Backend, dir: &std::path::Path) -> String {
    let url = database_url(backend, dir);
    let (sql, mut conn) = match backend {
        Backend::Sqlite => (
            include_str!("../fixtures/landed-13e7ca2.sqlite.sql"),
            DbConnection::Sqlite(
                diesel::SqliteConnection::establish(url.trim_start_matches("sqlite://")).expect("new SQLite file"),
            ),
        ),
        Backend::Postgres => (
            include_str!("../fixtures/landed-13e7ca2.postgres.sql"),
            DbConnection::Postgres(diesel::PgConnection::establish(&url).expect("new PostgreSQL database")),
        ),
    };
    conn.batch_execute(sql).expect("the landed code's database loads");
    url
}

async fn a_database_made_by_the_landed_code_migrates_with_every_case_converted(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let url = landed_database(backend, dir.path());
    let app = spawn_app_with(backend, |settings| settings.database.url = url.clone()).await;
    let mut conn = app.conn();
    // Nothing is lost.
    let count = |table: &str, conn: &mut DbConnection| -> i64 {
        #[derive(QueryableByName)]
        struct Count {
            #[diesel(sql_type = diesel::sql_types::BigInt)]
            n: i64,
        }
        diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}")).get_result::<Count>(conn).unwrap().n
    };
    for (table, rows) in [("customers", 7), ("cases", 7), ("representatives", 2), ("outbox", 12), ("drafts", 7)] {
        assert_eq!(count(table, &mut conn), rows, "{table}");
    }
    // Each case's receipt is now a domain event, the first of its case; the letters are in the audit.
    let events: Vec<(i32, String)> =
        case_events::table.select((case_events::seq, case_events::event_type)).load(&mut conn).unwrap();
    assert_eq!(events.len(), 7);
    assert!(events.iter().all(|(seq, kind)| *seq == 1 && kind == "received"), "{events:?}");
    let audit: Vec<String> = case_audit::table.select(case_audit::kind).order(case_audit::id).load(&mut conn).unwrap();
    assert_eq!(audit.iter().filter(|kind| *kind == "letter-queued").count(), 12);
    assert_eq!(audit.iter().filter(|kind| *kind == "letter-sent").count(), 12);
    drop(conn);
    // Every case replays, and its projection (worked out at start-up) is what its events say.
    assert_every_case_replays(
        &app,
        &[
            "complaint",
            "complaint",
            "service-request",
            "formal-enquiry",
            "service-request",
            "compliment",
            "format-request",
        ],
    );
    // The migrated database takes new cases beside the old ones.
    send_a_compliment(&app).await;
    let cases: i64 = cases::table.count().get_result(&mut app.conn()).unwrap();
    assert_eq!(cases, 8);
}

#[derive(QueryableByName)]
struct SqlitePlan {
    #[diesel(sql_type = diesel::sql_types::Text)]
    detail: String,
}

#[derive(QueryableByName)]
struct PostgresPlan {
    #[diesel(sql_type = diesel::sql_types::Text, column_name = "QUERY PLAN")]
    line: String,
}

/// How the database would run `query`, as text.
fn plan(conn: &mut DbConnection, query: &str) -> String {
    match conn {
        DbConnection::Sqlite(_) => diesel::sql_query(format!("EXPLAIN QUERY PLAN {query}"))
            .load::<SqlitePlan>(conn)
            .unwrap()
            .into_iter()
            .map(|row| row.detail)
            .collect::<Vec<_>>()
            .join("\n"),
        DbConnection::Postgres(_) => diesel::sql_query(format!("EXPLAIN {query}"))
            .load::<PostgresPlan>(conn)
            .unwrap()
            .into_iter()
            .map(|row| row.line)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// With 100,000 cases, the queue's questions (open cases, soonest deadline first; one handler's open cases)
/// are answered from the projection's indexes, never by reading every case and sorting.
async fn the_queue_over_100000_cases_reads_an_index_not_every_case(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let pool = talk_to_us::db::connect(&database_url(backend, dir.path()), 1).expect("test database");
    let mut conn = pool.get().unwrap();
    let columns = "reference, kind, state, stage, channel, customer_id, made_by, page_language, received_at, \
                   received_on, summary, created_at, updated_at, is_open, handler_id, next_deadline_kind, \
                   next_deadline_on, version, projection_key";
    let fill = match &*conn {
        DbConnection::Sqlite(_) => format!(
            "INSERT INTO cases ({columns}) WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) \
             SELECT 'Q-' || i, 'complaint', CASE WHEN i % 5 = 0 THEN 'closed' ELSE 'acknowledged' END, 1, 'online', 1, \
             'customer', 'en', '2026-01-01 09:00:00', '2026-01-01', 'x', '2026-01-01 09:00:00', '2026-01-01 09:00:00', \
             i % 5 <> 0, 'staff-' || (i % 20), 'stage-one-response', date('2026-01-01', '+' || (i % 400) || ' days'), 2, 'k' \
             FROM n; ANALYZE;"
        ),
        DbConnection::Postgres(_) => format!(
            "INSERT INTO cases ({columns}) SELECT 'Q-' || i, 'complaint', CASE WHEN i % 5 = 0 THEN 'closed' ELSE 'acknowledged' END, \
             1, 'online', 1, 'customer', 'en', TIMESTAMP '2026-01-01 09:00:00', DATE '2026-01-01', 'x', \
             TIMESTAMP '2026-01-01 09:00:00', TIMESTAMP '2026-01-01 09:00:00', i % 5 <> 0, 'staff-' || (i % 20), \
             'stage-one-response', DATE '2026-01-01' + (i % 400), 2, 'k' FROM generate_series(1, 100000) AS i; ANALYZE cases;"
        ),
    };
    conn.batch_execute(&format!(
        "INSERT INTO customers (name, correspondence_language, correspondence_format, created_at) \
         VALUES ('Queue', 'en', 'standard', '2026-01-01 09:00:00'); {fill}"
    ))
    .expect("100,000 cases");
    let cases: i64 = cases::table.count().get_result(&mut conn).unwrap();
    assert_eq!(cases, 100_000);
    for (query, index) in [
        ("SELECT id FROM cases WHERE is_open = TRUE ORDER BY next_deadline_on LIMIT 50", "cases_queue"),
        (
            "SELECT id FROM cases WHERE handler_id = 'staff-3' AND is_open = TRUE ORDER BY next_deadline_on LIMIT 50",
            "cases_handler_queue",
        ),
    ] {
        let plan = plan(&mut conn, query);
        assert!(plan.contains(index), "{query}\n{plan}");
        assert!(
            !plan.contains("TEMP B-TREE") && !plan.contains("Seq Scan") && !plan.contains("Sort"),
            "{query}\n{plan}"
        );
    }
}

/// Going back a version keeps every case and its receipt; going forward again converts them again.
async fn the_events_migration_can_be_undone_and_done_again_keeping_every_case(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let url = landed_database(backend, dir.path());
    let pool = talk_to_us::db::connect(&url, 1).expect("migrated");
    for staff in ["20261203000004", "20261203000003", "20261203000002", "20261203000001"] {
        assert_eq!(talk_to_us::db::revert_last_migration(&pool).expect("the staff tables' down.sql runs"), staff);
    }
    let version = talk_to_us::db::revert_last_migration(&pool).expect("down.sql runs");
    assert_eq!(version, "20261202000001");
    #[derive(QueryableByName)]
    struct Kind {
        #[diesel(sql_type = diesel::sql_types::Text)]
        kind: String,
    }
    let kinds: Vec<Kind> = diesel::sql_query("SELECT kind FROM case_events").load(&mut pool.get().unwrap()).unwrap();
    assert_eq!(kinds.len(), 31, "7 receipts and 24 letter records, as the landed code left them");
    assert_eq!(kinds.iter().filter(|k| k.kind == "received").count(), 7);
    talk_to_us::db::migrate(&pool).expect("up.sql runs again");
    let events: i64 = case_events::table.count().get_result(&mut pool.get().unwrap()).unwrap();
    let audit: i64 = case_audit::table.count().get_result(&mut pool.get().unwrap()).unwrap();
    assert_eq!((events, audit), (7, 24));
}
