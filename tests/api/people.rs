//! `/staff/people`: administrators manage staff accounts in the browser, each change audited with who, what,
//! when and from which address; every other role is refused on the server, whatever URL it types.

use diesel::prelude::*;
use talk_to_us::db::schema::{staff, staff_audit};

use crate::helpers::{Backend, TestApp};
use crate::on_both_databases;
use crate::sign_in::{client, get, invite, post, set_password, sign_in_fully, spawn_app, submit, Phone};

/// An account with these roles, signed in fully in a browser of its own.
async fn signed_in(app: &TestApp, clock: &talk_to_us::clock::Clock, email: &str, roles: &[&str]) -> reqwest::Client {
    set_password(app, &invite(app, email, roles)).await;
    let browser = client();
    let mut phone = Phone::default();
    sign_in_fully(app, &browser, clock, email, &mut phone).await;
    browser
}

fn id_of(app: &TestApp, email: &str) -> i32 {
    staff::table.filter(staff::email.eq(email)).select(staff::id).first(&mut app.conn()).unwrap()
}

fn state_and_roles(app: &TestApp, email: &str) -> (String, String) {
    staff::table.filter(staff::email.eq(email)).select((staff::state, staff::roles)).first(&mut app.conn()).unwrap()
}

async fn an_administrator_invites_changes_roles_disables_enables_and_resets_each_audited(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    let admin = signed_in(&app, &clock, "ada@example.org", &["administrator"]).await;
    let home = get(&app, &admin, "/staff/").await;
    assert!(home.body.contains(r#"href="/staff/people""#), "administrators see the way in");
    let list = get(&app, &admin, "/staff/people").await;
    assert_eq!(list.status, 200, "{}", list.body);
    assert!(list.body.contains("ada@example.org") && list.body.contains("Active"));

    // Invite, with what was typed kept after a refusal.
    let refused = submit(&app, &admin, "/staff/people/invite", &[("name", "Bo Diaz"), ("email", "bo@")]).await;
    assert_eq!(refused.status, 200);
    assert!(refused.body.contains("<title>Error: "), "{}", refused.body);
    assert!(refused.body.contains("Enter their email address") || refused.body.contains("Choose at least one role"));
    assert!(refused.body.contains(r#"value="Bo Diaz""#), "the name typed is kept");
    let no_role =
        submit(&app, &admin, "/staff/people/invite", &[("name", "Bo Diaz"), ("email", "bo@example.org")]).await;
    assert!(no_role.body.contains("Choose at least one role"), "{}", no_role.body);
    let made = submit(
        &app,
        &admin,
        "/staff/people/invite",
        &[("name", "Bo Diaz"), ("email", "bo@example.org"), ("roles", "handler"), ("roles", "manager")],
    )
    .await;
    assert_eq!(made.status, 200, "{}", made.body);
    assert!(made.body.contains("Send them this link"), "{}", made.body);
    let link = crate::sign_in::between(&made.body, r#"<p class="secret-key" dir="ltr"><code>"#, "</code>").to_string();
    assert!(link.starts_with(&format!("{}/staff/password/", app.address)), "{link}");
    assert_eq!(state_and_roles(&app, "bo@example.org"), ("invited".into(), "handler,manager".into()));
    let taken = submit(
        &app,
        &admin,
        "/staff/people/invite",
        &[("name", "Bo"), ("email", "BO@example.org"), ("roles", "handler")],
    )
    .await;
    assert!(taken.body.contains("There is already an account with this email address"), "{}", taken.body);

    let bo = id_of(&app, "bo@example.org");
    let page = get(&app, &admin, &format!("/staff/people/{bo}")).await;
    assert_eq!(page.status, 200);
    let csrf = page.csrf();
    let act = |what: &str| format!("/staff/people/{bo}/{what}");
    let saved = post(&app, &admin, &act("roles"), &[("csrf", &csrf), ("roles", "complaints-officer")]).await;
    assert_eq!(saved.location, Some(format!("/staff/people/{bo}?done=roles-saved")));
    assert_eq!(state_and_roles(&app, "bo@example.org").1, "complaints-officer");
    let banner = get(&app, &admin, saved.location.as_deref().unwrap()).await;
    assert!(banner.body.contains("Their roles are saved."), "{}", banner.body);
    let none = post(&app, &admin, &act("roles"), &[("csrf", &csrf)]).await;
    assert!(none.body.contains("Choose at least one role"), "no roles at all is refused");
    assert_eq!(post(&app, &admin, &act("disable"), &[("csrf", &csrf)]).await.status, 303);
    assert_eq!(state_and_roles(&app, "bo@example.org").0, "disabled");
    assert_eq!(post(&app, &admin, &act("enable"), &[("csrf", &csrf)]).await.status, 303);
    assert_eq!(state_and_roles(&app, "bo@example.org").0, "invited");
    let again = post(&app, &admin, &act("new-link"), &[("csrf", &csrf)]).await;
    assert!(again.body.contains("Send them this link"), "{}", again.body);
    assert_eq!(
        get(&app, &client(), link.strip_prefix(&app.address).unwrap()).await.status,
        410,
        "the old link is spent"
    );
    assert_eq!(post(&app, &admin, &act("reset-two-factor"), &[("csrf", &csrf)]).await.status, 303);

    // Who, what, when and from where.
    let ada = id_of(&app, "ada@example.org");
    let lines: Vec<(String, String, Option<String>)> = staff_audit::table
        .filter(staff_audit::staff_id.eq(bo))
        .order(staff_audit::id)
        .select((staff_audit::actor, staff_audit::action, staff_audit::address))
        .load(&mut app.conn())
        .unwrap();
    let actions: Vec<&str> = lines.iter().map(|l| l.1.as_str()).collect();
    assert_eq!(actions, ["invited", "roles-changed", "disabled", "enabled", "link-sent", "two-factor-reset"]);
    for (actor, _, address) in &lines {
        assert_eq!(actor, &format!("staff:{ada}"));
        assert_eq!(address.as_deref(), Some("127.0.0.1"));
    }
}

async fn the_last_administrator_keeps_the_role_and_the_account(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    let admin = signed_in(&app, &clock, "ada@example.org", &["administrator", "handler"]).await;
    let ada = id_of(&app, "ada@example.org");
    let page = get(&app, &admin, &format!("/staff/people/{ada}")).await;
    let csrf = page.csrf();
    let roles =
        post(&app, &admin, &format!("/staff/people/{ada}/roles"), &[("csrf", &csrf), ("roles", "handler")]).await;
    assert!(roles.body.contains("This is the last active administrator."), "{}", roles.body);
    let disable = post(&app, &admin, &format!("/staff/people/{ada}/disable"), &[("csrf", &csrf)]).await;
    assert!(disable.body.contains("This is the last active administrator."), "{}", disable.body);
    assert_eq!(state_and_roles(&app, "ada@example.org"), ("active".into(), "handler,administrator".into()));
}

async fn every_other_role_is_refused_the_people_pages_whatever_it_types(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    for (n, role) in ["complaints-officer", "handler", "manager", "member-responsible"].iter().enumerate() {
        let email = format!("r{n}@example.org");
        let browser = signed_in(&app, &clock, &email, &[role]).await;
        let home = get(&app, &browser, "/staff/").await;
        assert!(!home.body.contains(r#"href="/staff/people""#), "{role}: no way in is shown");
        let csrf = home.csrf();
        let me = id_of(&app, &email);
        for path in ["/staff/people", "/staff/people/invite", &format!("/staff/people/{me}")] {
            assert_eq!(get(&app, &browser, path).await.status, 403, "{role}: GET {path}");
        }
        for (path, fields) in [
            (
                "/staff/people/invite".to_string(),
                vec![("csrf", csrf.as_str()), ("email", "x@example.org"), ("name", "X"), ("roles", "administrator")],
            ),
            (format!("/staff/people/{me}/roles"), vec![("csrf", csrf.as_str()), ("roles", "administrator")]),
            (format!("/staff/people/{me}/disable"), vec![("csrf", csrf.as_str())]),
        ] {
            assert_eq!(post(&app, &browser, &path, &fields).await.status, 403, "{role}: POST {path}");
        }
        assert_eq!(state_and_roles(&app, &email).1, *role, "{role}: nothing changed");
    }
    let made: i64 = staff::table.filter(staff::email.eq("x@example.org")).count().get_result(&mut app.conn()).unwrap();
    assert_eq!(made, 0);
}

async fn an_administrator_signs_someone_out_everywhere(backend: Backend) {
    let (app, clock) = spawn_app(backend).await;
    let admin = signed_in(&app, &clock, "ada@example.org", &["administrator"]).await;
    let cy = signed_in(&app, &clock, "cy@example.org", &["handler"]).await;
    assert_eq!(get(&app, &cy, "/staff/").await.status, 200);
    let id = id_of(&app, "cy@example.org");
    let page = get(&app, &admin, &format!("/staff/people/{id}")).await;
    let out = post(&app, &admin, &format!("/staff/people/{id}/sign-out"), &[("csrf", &page.csrf())]).await;
    assert_eq!(out.location, Some(format!("/staff/people/{id}?done=signed-out")));
    assert!(get(&app, &admin, out.location.as_deref().unwrap())
        .await
        .body
        .contains("They have been signed out everywhere."));
    assert_eq!(get(&app, &cy, "/staff/").await.status, 303, "their session has ended");
    assert_eq!(get(&app, &admin, "/staff/").await.status, 200, "the administrator's has not");
}

on_both_databases!(
    an_administrator_signs_someone_out_everywhere,
    an_administrator_invites_changes_roles_disables_enables_and_resets_each_audited,
    the_last_administrator_keeps_the_role_and_the_account,
    every_other_role_is_refused_the_people_pages_whatever_it_types,
);
