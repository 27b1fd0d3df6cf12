//! Staff accounts from the command line, on both databases: `talk-to-us staff add|list|disable|enable|reset`
//! run as the built binary is run, then the database read back. A link's token is never stored, only its
//! hash; every change has its audit line, which nobody can change.

use std::process::Output;

use chrono::{NaiveDateTime, Utc};
use diesel::prelude::*;
use talk_to_us::db::schema::{staff, staff_audit, staff_links};
use talk_to_us::db::DbConnection;

use crate::helpers::{database_url, Backend};
use crate::on_both_databases;

struct Staff {
    url: String,
    dir: tempfile::TempDir,
}

impl Staff {
    fn new(backend: Backend) -> Staff {
        let dir = tempfile::tempdir().unwrap();
        Staff { url: database_url(backend, dir.path()), dir }
    }

    fn run(&self, args: &[&str]) -> Output {
        std::process::Command::new(env!("CARGO_BIN_EXE_talk-to-us"))
            .arg("staff")
            .args(args)
            .env_remove("TTU_CONFIG")
            .env("TTU_DATABASE_URL", &self.url)
            .env("TTU_DATA_DIR", self.dir.path())
            .env("TTU_PUBLIC_URL", "https://talk.example.org")
            .output()
            .expect("the binary runs")
    }

    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(output.status.success(), "{args:?}: {output:?}");
        String::from_utf8(output.stdout).unwrap()
    }

    /// A refusal: a non-zero exit and one sentence on stderr.
    fn refused(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(!output.status.success(), "{args:?} should be refused: {output:?}");
        let message = String::from_utf8(output.stderr).unwrap();
        assert_eq!(message.trim_end().lines().count(), 1, "one line: {message:?}");
        assert!(message.trim_end().ends_with('.'), "a sentence: {message:?}");
        message.trim_end().to_string()
    }

    /// A connection of the test's own (the commands have made and migrated the database).
    fn conn(&self) -> DbConnection {
        match self.url.strip_prefix("sqlite://") {
            Some(path) => DbConnection::Sqlite(diesel::SqliteConnection::establish(path).unwrap()),
            None => DbConnection::Postgres(diesel::PgConnection::establish(&self.url).unwrap()),
        }
    }
}

/// The token at the end of a printed link.
fn token_of(stdout: &str) -> String {
    let url = stdout.lines().find(|l| l.starts_with("https://")).expect("a link is printed");
    let token = url.strip_prefix("https://talk.example.org/staff/password/").expect("a link to set a password");
    assert!(talk_to_us::token::is_well_formed(token), "a 256-bit token: {token}");
    token.to_string()
}

type LinkRow = (i32, String, NaiveDateTime, Option<NaiveDateTime>);

fn links(conn: &mut DbConnection) -> Vec<LinkRow> {
    staff_links::table
        .order(staff_links::id)
        .select((staff_links::staff_id, staff_links::token_hash, staff_links::expires_at, staff_links::spent_at))
        .load(conn)
        .unwrap()
}

fn audit(conn: &mut DbConnection) -> Vec<(String, String, Option<i32>, Option<String>)> {
    staff_audit::table
        .order(staff_audit::id)
        .select((staff_audit::actor, staff_audit::action, staff_audit::staff_id, staff_audit::address))
        .load(conn)
        .unwrap()
}

async fn staff_add_makes_an_invited_account_with_a_one_time_link_stored_only_as_a_hash(backend: Backend) {
    let s = Staff::new(backend);
    let before = Utc::now().naive_utc();
    let out = s.ok(&[
        "add",
        "--email",
        " Ann.Lee@Example.ORG ",
        "--name",
        "Ann Lee",
        "--role",
        "handler",
        "--role",
        "administrator",
    ]);
    assert!(out.starts_with("Account made for ann.lee@example.org."), "{out}");
    let token = token_of(&out);
    let mut conn = s.conn();
    let rows: Vec<(i32, String, String, String, String, Option<String>)> = staff::table
        .select((staff::id, staff::email, staff::name, staff::roles, staff::state, staff::password_hash))
        .load(&mut conn)
        .unwrap();
    assert_eq!(rows.len(), 1);
    let (id, email, name, roles, state, password) = rows[0].clone();
    assert_eq!(
        (email.as_str(), name.as_str(), roles.as_str(), state.as_str()),
        ("ann.lee@example.org", "Ann Lee", "handler,administrator", "invited")
    );
    assert_eq!(password, None, "no password until the person sets one");
    let stored = links(&mut conn);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].0, id);
    assert_eq!(stored[0].1, talk_to_us::token::hash_token(&token), "the hash is stored");
    assert_ne!(stored[0].1, token, "never the token itself");
    let hours = (stored[0].2 - before).num_minutes() as f64 / 60.0;
    assert!((23.9..=24.1).contains(&hours), "valid for 24 hours, not {hours}");
    assert_eq!(audit(&mut conn), vec![("command-line".into(), "invited".into(), Some(id), None)]);

    // One account a person, whatever the case of the address.
    assert_eq!(
        s.refused(&["add", "--email", "ANN.LEE@example.org", "--name", "Ann", "--role", "manager"]),
        "There is already an account with this email address."
    );
    let list = s.ok(&["list"]);
    assert_eq!(list, "ann.lee@example.org\tAnn Lee\thandler,administrator\tinvited\n");
}

async fn staff_add_refuses_what_it_cannot_use_in_one_sentence(backend: Backend) {
    let s = Staff::new(backend);
    assert!(s
        .refused(&["add", "--email", "a@example.org", "--name", "A", "--role", "boss"])
        .starts_with("\"boss\" is not a role."));
    assert!(s
        .refused(&["add", "--email", "not-an-email", "--name", "A", "--role", "handler"])
        .contains("is not an email address"));
    assert_eq!(
        s.refused(&["add", "--email", "a@example.org", "--name", " ", "--role", "handler"]),
        "Give the person's name."
    );
    assert!(!s.run(&["add", "--email", "a@example.org", "--name", "A"]).status.success(), "a role is required");
    assert_eq!(
        s.refused(&["disable", "--email", "nobody@example.org"]),
        "There is no account with this email address."
    );
    assert_eq!(s.ok(&["list"]), "No staff accounts yet.\n");
    assert!(audit(&mut s.conn()).is_empty(), "nothing refused is audited as done");
}

async fn disable_enable_and_reset_change_the_account_and_its_links_with_an_audit_line_each(backend: Backend) {
    let s = Staff::new(backend);
    let first = token_of(&s.ok(&["add", "--email", "bo@example.org", "--name", "Bo", "--role", "manager"]));
    // A new link spends the old one.
    let second = token_of(&s.ok(&["reset", "--email", "bo@example.org"]));
    assert_ne!(first, second);
    let mut conn = s.conn();
    let stored = links(&mut conn);
    assert_eq!(stored.len(), 2);
    assert!(stored[0].3.is_some(), "the first link is spent");
    assert!(stored[1].3.is_none(), "the new link is not");

    assert_eq!(s.ok(&["disable", "--email", "bo@example.org"]), "Disabled.\n");
    assert!(links(&mut conn).iter().all(|l| l.3.is_some()), "a disabled account has no live link");
    assert_eq!(s.refused(&["disable", "--email", "bo@example.org"]), "This account is already disabled.");
    assert_eq!(
        s.refused(&["reset", "--email", "bo@example.org"]),
        "This account is disabled. Enable it first, then send a new link."
    );
    assert_eq!(s.ok(&["enable", "--email", "BO@example.org"]), "Enabled.\n");
    assert!(s.ok(&["list"]).ends_with("\tinvited\n"), "back to invited: no password was ever set");
    let actions: Vec<String> = audit(&mut conn).into_iter().map(|a| a.1).collect();
    assert_eq!(actions, ["invited", "link-sent", "disabled", "enabled"]);
}

async fn the_last_active_administrator_cannot_be_disabled(backend: Backend) {
    let s = Staff::new(backend);
    s.ok(&["add", "--email", "admin@example.org", "--name", "Admin", "--role", "administrator"]);
    s.ok(&["add", "--email", "other@example.org", "--name", "Other", "--role", "administrator"]);
    let mut conn = s.conn();
    // Both have set a password (the sign-in slice does this through the link).
    diesel::update(staff::table).set(staff::state.eq("active")).execute(&mut conn).unwrap();
    assert_eq!(s.ok(&["disable", "--email", "other@example.org"]), "Disabled.\n");
    assert_eq!(
        s.refused(&["disable", "--email", "admin@example.org"]),
        "This is the last active administrator. Make another administrator first, so someone can still manage accounts."
    );
}

async fn the_staff_audit_can_never_be_changed(backend: Backend) {
    let s = Staff::new(backend);
    s.ok(&["add", "--email", "c@example.org", "--name", "C", "--role", "handler"]);
    let mut conn = s.conn();
    assert!(diesel::update(staff_audit::table).set(staff_audit::detail.eq("")).execute(&mut conn).is_err());
    assert!(diesel::delete(staff_audit::table).execute(&mut conn).is_err());
    assert_eq!(audit(&mut conn).len(), 1);
}

on_both_databases!(
    staff_add_makes_an_invited_account_with_a_one_time_link_stored_only_as_a_hash,
    staff_add_refuses_what_it_cannot_use_in_one_sentence,
    disable_enable_and_reset_change_the_account_and_its_links_with_an_audit_line_each,
    the_last_active_administrator_cannot_be_disabled,
    the_staff_audit_can_never_be_changed,
);
