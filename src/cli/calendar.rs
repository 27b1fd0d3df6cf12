//! `talk-to-us calendar ...`: working-day arithmetic for staff and scripts.
//!
//! The calendar is the one configured in the `[calendar]` table of the file named by the
//! `TTU_CONFIG` environment variable, if it is set, else the England and Wales rules alone, so
//! that the command answers exactly as the server would. Arguments are taken as text and parsed
//! here, so that a mistake gets one sentence saying what to write instead of clap's usage screen.
//! This module deliberately does not read any other part of the configuration.

use std::path::Path;

use clap::Subcommand;

use crate::policy::calendar::{parse_date, Calendar, CalendarConfig, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR};

/// The environment variable naming the configuration file.
pub const CONFIG_VARIABLE: &str = "TTU_CONFIG";

/// The most working days a command will add: far beyond any deadline, and small enough that the
/// answer comes at once.
const MAX_WORKING_DAYS: u32 = 100_000;

#[derive(Clone, Debug, PartialEq, Eq, Subcommand)]
pub enum CalendarCommand {
    /// Print the date that is N working days after DATE: the day a deadline "within N working
    /// days of DATE" falls due. DATE itself never counts.
    AddWorkingDays {
        /// The start date, as YYYY-MM-DD.
        date: String,
        /// The number of working days to add.
        #[arg(allow_hyphen_values = true)]
        working_days: String,
    },
    /// Print how many working days after FROM the date TO is (negative if TO is earlier).
    WorkingDaysBetween {
        /// The first date, as YYYY-MM-DD; it does not count.
        from: String,
        /// The second date, as YYYY-MM-DD; it counts if it is a working day.
        to: String,
    },
    /// Print the bank holidays (and configured closure days) of a year, one "YYYY-MM-DD name" a line.
    Holidays {
        /// A year from 1990 to 2100.
        #[arg(allow_hyphen_values = true)]
        year: String,
    },
    /// Print "yes" if DATE is a working day, or "no" and why not.
    IsWorkingDay {
        /// The date, as YYYY-MM-DD.
        date: String,
    },
}

impl CalendarCommand {
    /// Runs the command with the configured calendar.
    pub fn run(self) -> Result<String, String> {
        let calendar = configured_calendar()?;
        self.run_with(&calendar)
    }

    /// Runs the command with the given calendar. The text has no final newline.
    pub fn run_with(self, calendar: &Calendar) -> Result<String, String> {
        match self {
            CalendarCommand::AddWorkingDays { date, working_days } => {
                let date = parse_date(&date)?;
                let working_days = parse_working_days(&working_days)?;
                Ok(calendar.add_working_days(date, working_days).format("%Y-%m-%d").to_string())
            }
            CalendarCommand::WorkingDaysBetween { from, to } => {
                let from = parse_date(&from)?;
                let to = parse_date(&to)?;
                Ok(calendar.working_days_between(from, to).to_string())
            }
            CalendarCommand::Holidays { year } => {
                let year = parse_year(&year)?;
                Ok(calendar
                    .holidays(year)
                    .into_iter()
                    .map(|(date, name)| format!("{} {name}", date.format("%Y-%m-%d")))
                    .collect::<Vec<_>>()
                    .join("\n"))
            }
            CalendarCommand::IsWorkingDay { date } => {
                let date = parse_date(&date)?;
                if calendar.is_working_day(date) {
                    Ok("yes".to_string())
                } else {
                    let why = calendar.holiday_name(date).unwrap_or_else(|| date.format("%A").to_string());
                    Ok(format!("no ({why})"))
                }
            }
        }
    }
}

/// The calendar configured in the file named by `TTU_CONFIG`, or the rules alone.
pub fn configured_calendar() -> Result<Calendar, String> {
    match std::env::var_os(CONFIG_VARIABLE) {
        Some(path) if !path.is_empty() => calendar_from_file(Path::new(&path)),
        _ => Ok(Calendar::england_and_wales()),
    }
}

fn calendar_from_file(path: &Path) -> Result<Calendar, String> {
    let text = std::fs::read_to_string(path).map_err(|error| {
        format!("Could not read the configuration file {} named by {CONFIG_VARIABLE}: {error}.", path.display())
    })?;
    let config = CalendarConfig::from_config_toml(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    Calendar::from_config(&config).map_err(|error| format!("{}: {error}", path.display()))
}

fn parse_working_days(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(days) if days <= MAX_WORKING_DAYS => Ok(days),
        _ => {
            Err(format!("'{text}' is not a number of working days; give a whole number from 0 to {MAX_WORKING_DAYS}."))
        }
    }
}

fn parse_year(text: &str) -> Result<i32, String> {
    match text.trim().parse::<i32>() {
        Ok(year) if (FIRST_SUPPORTED_YEAR..=LAST_SUPPORTED_YEAR).contains(&year) => Ok(year),
        Ok(year) => Err(format!(
            "The bank holidays are known for {FIRST_SUPPORTED_YEAR} to {LAST_SUPPORTED_YEAR}; {year} is outside that range."
        )),
        Err(_) => Err(format!(
            "'{text}' is not a year; give a year from {FIRST_SUPPORTED_YEAR} to {LAST_SUPPORTED_YEAR}."
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(command: CalendarCommand) -> Result<String, String> {
        command.run_with(&Calendar::england_and_wales())
    }

    #[test]
    fn add_working_days_prints_the_due_date() {
        let command = CalendarCommand::AddWorkingDays { date: "2026-12-23".into(), working_days: "5".into() };
        assert_eq!(run(command), Ok("2027-01-04".into()));
    }

    #[test]
    fn working_days_between_prints_the_count() {
        let command = CalendarCommand::WorkingDaysBetween { from: "2026-12-23".into(), to: "2027-01-04".into() };
        assert_eq!(run(command), Ok("5".into()));
    }

    #[test]
    fn holidays_prints_one_date_and_name_a_line() {
        let text = run(CalendarCommand::Holidays { year: "2027".into() }).unwrap();
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), 8);
        assert_eq!(lines[0], "2027-01-01 New Year's Day");
        assert_eq!(lines[7], "2027-12-28 Boxing Day (substitute day)");
    }

    #[test]
    fn is_working_day_says_yes_or_no_and_why() {
        assert_eq!(run(CalendarCommand::IsWorkingDay { date: "2027-01-04".into() }), Ok("yes".into()));
        assert_eq!(run(CalendarCommand::IsWorkingDay { date: "2027-01-01".into() }), Ok("no (New Year's Day)".into()));
        assert_eq!(run(CalendarCommand::IsWorkingDay { date: "2027-01-02".into() }), Ok("no (Saturday)".into()));
    }

    #[test]
    fn bad_arguments_get_one_clear_sentence() {
        for command in [
            CalendarCommand::AddWorkingDays { date: "23/12/2026".into(), working_days: "5".into() },
            CalendarCommand::AddWorkingDays { date: "2026-12-23".into(), working_days: "-5".into() },
            CalendarCommand::AddWorkingDays { date: "2026-12-23".into(), working_days: "five".into() },
            CalendarCommand::AddWorkingDays { date: "2026-12-23".into(), working_days: "100001".into() },
            CalendarCommand::WorkingDaysBetween { from: "2026-02-30".into(), to: "2027-01-04".into() },
            CalendarCommand::Holidays { year: "1989".into() },
            CalendarCommand::Holidays { year: "next".into() },
        ] {
            let message = run(command.clone()).unwrap_err();
            assert!(!message.contains('\n'), "{command:?}: {message}");
            assert!(message.ends_with('.'), "{command:?}: {message}");
        }
    }

    #[test]
    fn a_configured_calendar_is_read_from_the_file() {
        let path = std::env::temp_dir().join(format!("ttu-calendar-unit-{}.toml", std::process::id()));
        std::fs::write(&path, "[calendar]\nextra_holidays = [{ date = \"2027-01-04\", name = \"Closure\" }]\n")
            .unwrap();
        let calendar = calendar_from_file(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        assert!(!calendar.is_working_day(chrono::NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()));
        let missing = calendar_from_file(Path::new("/nonexistent/ttu.toml")).unwrap_err();
        assert!(missing.starts_with("Could not read the configuration file /nonexistent/ttu.toml"), "{missing}");
    }
}
