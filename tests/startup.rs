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
