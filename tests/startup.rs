//! The built binary's start-up: bad settings stop it with one clear sentence naming the setting, and
//! `migrate` creates the database.

use std::process::Command;

fn talk_to_us(envs: &[(&str, &str)], args: &[&str]) -> (bool, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_talk-to-us"))
        .args(args)
        .env_clear()
        .env("TTU_DATA_DIR", dir.path())
        .env("TTU_BIND", "127.0.0.1:0")
        .envs(envs.iter().copied())
        .output()
        .expect("the binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_mistyped_database_url_stops_start_up_and_creates_no_file() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlit://{}/x.sqlite", dir.path().display());
    let (ok, _, stderr) = talk_to_us(&[("TTU_DATABASE_URL", &url)], &["serve"]);
    assert!(!ok);
    assert!(stderr.contains("TTU_DATABASE_URL") && stderr.trim().lines().count() == 1, "{stderr}");
    assert!(std::fs::read_dir(dir.path()).unwrap().next().is_none(), "no file was created");
}

#[test]
fn an_unreachable_postgresql_is_reported_with_its_real_error() {
    let (ok, _, stderr) =
        talk_to_us(&[("TTU_DATABASE_URL", "postgres://nobody:secret@127.0.0.1:1/none")], &["migrate"]);
    assert!(!ok);
    assert!(stderr.contains("PostgreSQL at") && stderr.contains("cannot be reached"), "{stderr}");
    assert!(!stderr.contains("secret"), "the password is never shown");
}

#[test]
fn an_unknown_setting_in_the_file_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("ttu.toml");
    std::fs::write(&file, "[landlord]\nnmae = \"Typo Homes\"\n").unwrap();
    let (ok, _, stderr) = talk_to_us(&[("TTU_CONFIG", file.to_str().unwrap())], &["serve"]);
    assert!(!ok);
    assert!(stderr.contains("nmae"), "{stderr}");
}

#[test]
fn a_bad_bind_address_is_named() {
    let (ok, _, stderr) = talk_to_us(&[("TTU_BIND", "localhost")], &["serve"]);
    assert!(!ok);
    assert!(stderr.contains("TTU_BIND"), "{stderr}");
}

#[test]
fn migrate_creates_and_updates_the_sqlite_database() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/db/ttu.sqlite", dir.path().display());
    let (ok, stdout, stderr) = talk_to_us(&[("TTU_DATABASE_URL", &url)], &["migrate"]);
    assert!(ok, "{stderr}");
    assert!(stdout.contains("The database is up to date."));
    assert!(dir.path().join("db/ttu.sqlite").exists());
    let (again, _, _) = talk_to_us(&[("TTU_DATABASE_URL", &url)], &["migrate"]);
    assert!(again, "migrating twice is harmless");
}

/// Starts the server, reads its log until it says it is running, then stops it; the log's lines.
fn serve_once(dir: &std::path::Path) -> Vec<String> {
    use std::io::{BufRead, BufReader};
    let mut child = Command::new(env!("CARGO_BIN_EXE_talk-to-us"))
        .arg("serve")
        .env_clear()
        .env("TTU_DATA_DIR", dir)
        .env("TTU_BIND", "127.0.0.1:0")
        .env("TTU_PUBLIC_URL", "https://talk.example.org")
        .env("TTU_MAIL_WORKER", "off")
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("the server starts");
    // Read on a thread, so a server that never says it is running fails the test instead of hanging it.
    let stderr = child.stderr.take().unwrap();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if send.send(line).is_err() {
                break;
            }
        }
    });
    let mut lines = Vec::new();
    while let Ok(line) = receive.recv_timeout(std::time::Duration::from_secs(30)) {
        let running = line.contains("Talk to Us is running");
        lines.push(line);
        if running {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    lines
}

#[test]
fn with_no_administrator_the_server_logs_a_link_for_the_first_one_once() {
    let dir = tempfile::tempdir().unwrap();
    let first = serve_once(dir.path());
    let told: Vec<&String> = first.iter().filter(|l| l.contains("No administrator can sign in yet")).collect();
    assert_eq!(told.len(), 1, "{first:?}");
    let line = told[0];
    assert!(
        line.contains("the first administrator, info@haltonhousing.org, open https://talk.example.org/staff/password/"),
        "{line}"
    );
    let token = line.split("/staff/password/").nth(1).unwrap().split(' ').next().unwrap();
    assert_eq!(token.len(), 64, "a 256-bit token: {line}");
    assert!(line.trim_end().ends_with("(it works once)."), "one sentence: {line}");
    // Once: while that link is live, a restart makes no other and logs nothing about it.
    let second = serve_once(dir.path());
    assert!(second.iter().any(|l| l.contains("Talk to Us is running")), "{second:?}");
    assert!(!second.iter().any(|l| l.contains("/staff/password/")), "{second:?}");
}
