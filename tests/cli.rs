//! The calendar and policy commands, run as the built binary is run by staff and scripts.

use std::path::PathBuf;
use std::process::{Command, Output};

fn talk_to_us(args: &[&str], config: Option<&PathBuf>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_talk-to-us"));
    command.args(args).env_remove("TTU_CONFIG");
    if let Some(path) = config {
        command.env("TTU_CONFIG", path);
    }
    command.output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A file in the temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, text: &str) -> TempFile {
        let path = std::env::temp_dir().join(format!("ttu-cli-{}-{name}.toml", std::process::id()));
        std::fs::write(&path, text).expect("the temporary file is written");
        TempFile(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().expect("a UTF-8 path")
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn assert_one_clear_sentence(output: &Output) {
    assert!(!output.status.success(), "expected failure: {output:?}");
    assert_eq!(stdout(output), "", "nothing on stdout");
    let message = stderr(output);
    assert_eq!(message.lines().count(), 1, "one line on stderr: {message:?}");
    assert!(message.trim_end().ends_with('.'), "a sentence: {message:?}");
}

#[test]
fn add_working_days_prints_the_due_date() {
    let output = talk_to_us(&["calendar", "add-working-days", "2026-12-23", "5"], None);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(stdout(&output), "2027-01-04\n");
}

#[test]
fn holidays_prints_one_date_and_name_a_line() {
    let output = talk_to_us(&["calendar", "holidays", "2027"], None);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(
        stdout(&output),
        "2027-01-01 New Year's Day\n\
         2027-03-26 Good Friday\n\
         2027-03-29 Easter Monday\n\
         2027-05-03 Early May bank holiday\n\
         2027-05-31 Spring bank holiday\n\
         2027-08-30 Summer bank holiday\n\
         2027-12-27 Christmas Day (substitute day)\n\
         2027-12-28 Boxing Day (substitute day)\n"
    );
}

#[test]
fn working_days_between_prints_the_count() {
    let output = talk_to_us(&["calendar", "working-days-between", "2026-12-23", "2027-01-04"], None);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(stdout(&output), "5\n");
}

#[test]
fn is_working_day_answers_yes_or_no() {
    let yes = talk_to_us(&["calendar", "is-working-day", "2027-01-04"], None);
    assert_eq!(stdout(&yes), "yes\n");
    let no = talk_to_us(&["calendar", "is-working-day", "2026-12-25"], None);
    assert_eq!(stdout(&no), "no (Christmas Day)\n");
}

#[test]
fn bad_calendar_arguments_get_one_clear_sentence_and_a_non_zero_exit() {
    for args in [
        &["calendar", "add-working-days", "23/12/2026", "5"][..],
        &["calendar", "add-working-days", "2026-02-30", "5"],
        &["calendar", "add-working-days", "2026-12-23", "-5"],
        &["calendar", "add-working-days", "2026-12-23", "five"],
        &["calendar", "working-days-between", "2026-12-23", "tomorrow"],
        &["calendar", "holidays", "2200"],
        &["calendar", "holidays", "-1"],
    ] {
        let output = talk_to_us(args, None);
        assert_one_clear_sentence(&output);
    }
}

#[test]
fn a_missing_argument_is_refused() {
    let output = talk_to_us(&["calendar", "add-working-days", "2026-12-23"], None);
    assert!(!output.status.success());
    assert!(stderr(&output).contains("required"), "{}", stderr(&output));
}

#[test]
fn calendar_commands_use_the_configured_calendar() {
    let config = TempFile::new(
        "calendar",
        "[server]\nport = 8080\n\n[calendar]\nextra_holidays = [{ date = \"2026-12-29\", name = \"Office closed\" }]\n",
    );
    let path = config.0.clone();
    let moved = talk_to_us(&["calendar", "add-working-days", "2026-12-23", "5"], Some(&path));
    assert_eq!(stdout(&moved), "2027-01-05\n", "{moved:?}");
    let holidays = talk_to_us(&["calendar", "holidays", "2026"], Some(&path));
    assert!(stdout(&holidays).contains("2026-12-29 Office closed\n"));
}

#[test]
fn a_bad_configured_calendar_is_one_clear_sentence() {
    let weekend =
        TempFile::new("weekend", "[calendar]\nextra_holidays = [{ date = \"2027-06-05\", name = \"Closure\" }]\n");
    let output = talk_to_us(&["calendar", "holidays", "2027"], Some(&weekend.0.clone()));
    assert_one_clear_sentence(&output);
    assert!(stderr(&output).contains("Saturday"));

    let missing = PathBuf::from("/nonexistent/talk-to-us.toml");
    let output = talk_to_us(&["calendar", "holidays", "2027"], Some(&missing));
    assert_one_clear_sentence(&output);
    assert!(stderr(&output).contains("TTU_CONFIG"));
}

#[test]
fn policy_check_accepts_a_lawful_configuration_and_ignores_other_tables() {
    let config = TempFile::new(
        "lawful",
        "[landlord]\nname = \"Example Homes\"\n\n[server]\nport = 8080\n\n[database]\nurl = \"sqlite://ttu.db\"\n\n[mail]\nfrom = \"x@example.org\"\n\n[policy]\nstage_two_response_days = 15\n",
    );
    let output = talk_to_us(&["policy", "check", config.path()], None);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(stdout(&output), "The policy meets the Complaint Handling Code 2024.\n");
}

#[test]
fn policy_check_reports_every_breach_with_its_section() {
    let config = TempFile::new(
        "breaches",
        "[policy]\nstages = 3\nstage_one_acknowledgement_days = 6\nstage_one_response_days = 15\nstage_one_max_extension_days = 15\nstage_two_acknowledgement_days = 6\nstage_two_response_days = 25\nstage_two_max_extension_days = 25\ncomplaint_time_limit_months = 6\n",
    );
    let output = talk_to_us(&["policy", "check", config.path()], None);
    assert!(!output.status.success());
    let message = stderr(&output);
    let sections: Vec<&str> = message.lines().map(|line| line.split(':').next().unwrap_or("")).collect();
    assert_eq!(
        sections,
        ["Code 2.3", "Code 5.3", "Code 6.2", "Code 6.3", "Code 6.4", "Code 6.11", "Code 6.14", "Code 6.15"]
    );
    assert!(message.contains("Code 6.3: the stage 1 response time is 15 working days; the Code allows at most 10.\n"));
}

#[test]
fn policy_check_names_an_unknown_key() {
    let config = TempFile::new("unknown", "[policy]\nstage_three_response_days = 20\n");
    let output = talk_to_us(&["policy", "check", config.path()], None);
    assert_one_clear_sentence(&output);
    assert!(stderr(&output).contains("stage_three_response_days"));
}

#[test]
fn policy_check_of_a_missing_file_is_one_clear_sentence() {
    let output = talk_to_us(&["policy", "check", "/nonexistent/talk-to-us.toml"], None);
    assert_one_clear_sentence(&output);
}

#[test]
fn every_shipped_preset_passes_the_policy_check() {
    let list = talk_to_us(&["policy", "presets"], None);
    assert!(list.status.success());
    let names: Vec<String> =
        stdout(&list).lines().filter_map(|line| line.split_whitespace().next()).map(String::from).collect();
    assert!(names.contains(&"default".to_string()), "{names:?}");
    for name in names {
        let preset = talk_to_us(&["policy", "preset", &name], None);
        assert!(preset.status.success(), "{preset:?}");
        let file = TempFile::new(&format!("preset-{name}"), &stdout(&preset));
        let check = talk_to_us(&["policy", "check", file.path()], None);
        assert!(check.status.success(), "preset {name}: {}", stderr(&check));
    }
}
