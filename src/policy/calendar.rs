//! The England and Wales working-day calendar: which days are working days, and how deadlines
//! "within N working days" are counted.
//!
//! Bank holidays are computed by rule (with the one-off proclamations since 1990 built in) for any
//! year from 1990 to 2100, and configuration can add a landlord's own closure days or a future
//! proclamation, or remove a day. Nothing here stores a computed deadline: callers ask the calendar
//! each time they read one, so a holiday added to the configuration moves every open deadline.
//!
//! This module deliberately does not know about Scotland or Northern Ireland (the landlords it
//! serves are in England), about time zones or hours of the day (a complaint received at 23:59 is
//! received on that date), or about bank holidays before 1990, which no live case can reach.
//! Outside 1990 to 2100 the regular rules are still applied, without any one-off changes.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The first year whose bank holidays, one-off changes included, the rules are known to match.
pub const FIRST_SUPPORTED_YEAR: i32 = 1990;
/// The last year whose bank holidays the rules are expected to match.
pub const LAST_SUPPORTED_YEAR: i32 = 2100;

/// Days the configuration adds to, or removes from, the bank holidays computed by rule.
///
/// Read from the `[calendar]` table of the configuration:
///
/// ```toml
/// [calendar]
/// extra_holidays = [{ date = "2027-06-07", name = "Office closed for the move" }]
/// removed_days = ["2027-05-31"]
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CalendarConfig {
    /// One-off days that are not working days: a new proclamation, or the landlord's own closure.
    pub extra_holidays: Vec<ExtraHoliday>,
    /// Bank holidays by rule that are to be treated as working days after all (for example when a
    /// proclamation moves a bank holiday: remove the old day and add the new one).
    #[serde(serialize_with = "serialize_dates", deserialize_with = "deserialize_dates")]
    pub removed_days: Vec<NaiveDate>,
}

/// One day added to the calendar by configuration.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExtraHoliday {
    #[serde(serialize_with = "serialize_date", deserialize_with = "deserialize_date")]
    pub date: NaiveDate,
    pub name: String,
}

impl CalendarConfig {
    /// Reads the `[calendar]` table of a whole configuration file; the other tables are ignored,
    /// and a missing `[calendar]` table means "the rules only".
    pub fn from_config_toml(text: &str) -> Result<CalendarConfig, String> {
        // Other tables are ignored because this wrapper does not deny unknown fields; reading
        // straight from the text (rather than via a toml::Table) keeps line numbers in errors.
        #[derive(Deserialize)]
        struct Configuration {
            #[serde(default)]
            calendar: CalendarConfig,
        }
        toml::from_str::<Configuration>(text)
            .map(|configuration| configuration.calendar)
            .map_err(|error| super::toml_error_sentence(text, &error))
    }
}

/// The England and Wales working-day calendar, with any configured changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// Every holiday of the supported years, changes applied, so that the frequent question "is
    /// this a working day" is one lookup rather than a computation of Easter.
    supported: BTreeMap<NaiveDate, String>,
    extra: BTreeMap<NaiveDate, String>,
    removed: BTreeSet<NaiveDate>,
}

impl Default for Calendar {
    fn default() -> Self {
        Calendar::england_and_wales()
    }
}

impl Calendar {
    /// The bank holidays of England and Wales by rule, with no configured changes.
    pub fn england_and_wales() -> Calendar {
        Calendar::build(BTreeMap::new(), BTreeSet::new())
    }

    /// The rules with the configured extra holidays and removed days. Refuses a configuration that
    /// is probably a mistake: an extra holiday at a weekend or on an existing bank holiday, one
    /// without a name, a date listed twice, or a removed day that is not a bank holiday.
    pub fn from_config(config: &CalendarConfig) -> Result<Calendar, String> {
        let mut extra = BTreeMap::new();
        for holiday in &config.extra_holidays {
            let date = holiday.date;
            if holiday.name.trim().is_empty() {
                return Err(format!(
                    "The extra holiday on {date} has no name; give it one, such as \"Office closed\"."
                ));
            }
            if is_weekend(date) {
                return Err(format!(
                    "The extra holiday on {date} falls on a {}, which is never a working day.",
                    weekday_name(date.weekday())
                ));
            }
            if let Some(name) = rule_holiday_name(date) {
                return Err(format!("The extra holiday on {date} is already a bank holiday ({name})."));
            }
            if extra.insert(date, holiday.name.trim().to_string()).is_some() {
                return Err(format!("The extra holiday on {date} is listed twice."));
            }
        }
        let mut removed = BTreeSet::new();
        for &date in &config.removed_days {
            if rule_holiday_name(date).is_none() {
                return Err(format!("The removed day {date} is not a bank holiday, so removing it changes nothing."));
            }
            if !removed.insert(date) {
                return Err(format!("The removed day {date} is listed twice."));
            }
        }
        Ok(Calendar::build(extra, removed))
    }

    fn build(extra: BTreeMap<NaiveDate, String>, removed: BTreeSet<NaiveDate>) -> Calendar {
        let mut supported = BTreeMap::new();
        for year in FIRST_SUPPORTED_YEAR..=LAST_SUPPORTED_YEAR {
            for (date, name) in rule_holidays(year) {
                if !removed.contains(&date) {
                    supported.insert(date, name.to_string());
                }
            }
        }
        for (date, name) in &extra {
            if is_supported_year(date.year()) {
                supported.insert(*date, name.clone());
            }
        }
        Calendar { supported, extra, removed }
    }

    /// The holidays of a year in date order, with their names, configured changes applied.
    pub fn holidays(&self, year: i32) -> Vec<(NaiveDate, String)> {
        if is_supported_year(year) {
            let (Some(first), Some(last)) =
                (NaiveDate::from_ymd_opt(year, 1, 1), NaiveDate::from_ymd_opt(year, 12, 31))
            else {
                return Vec::new();
            };
            return self.supported.range(first..=last).map(|(date, name)| (*date, name.clone())).collect();
        }
        let mut holidays: BTreeMap<NaiveDate, String> = rule_holidays(year)
            .into_iter()
            .filter(|(date, _)| !self.removed.contains(date))
            .map(|(date, name)| (date, name.to_string()))
            .collect();
        for (date, name) in &self.extra {
            if date.year() == year {
                holidays.insert(*date, name.clone());
            }
        }
        holidays.into_iter().collect()
    }

    /// The name of the holiday on this date, if it is one.
    pub fn holiday_name(&self, date: NaiveDate) -> Option<String> {
        if is_supported_year(date.year()) {
            return self.supported.get(&date).cloned();
        }
        self.holidays(date.year()).into_iter().find(|(holiday, _)| *holiday == date).map(|(_, name)| name)
    }

    /// Monday to Friday and not a holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        if is_weekend(date) {
            return false;
        }
        if is_supported_year(date.year()) {
            return !self.supported.contains_key(&date);
        }
        self.holiday_name(date).is_none()
    }

    /// The N-th working day after `start`: the day a deadline "within N working days of `start`"
    /// falls due. `start` itself never counts, whether or not it is a working day, so a complaint
    /// received on a Saturday has its day 1 on the Monday (or the next working day after it).
    /// Zero working days is `start` itself. Saturates at the last date chrono can represent rather
    /// than panic on an absurd N.
    pub fn add_working_days(&self, start: NaiveDate, working_days: u32) -> NaiveDate {
        let mut date = start;
        let mut counted = 0;
        while counted < working_days {
            match date.checked_add_days(Days::new(1)) {
                Some(next) => date = next,
                None => return date,
            }
            if self.is_working_day(date) {
                counted += 1;
            }
        }
        date
    }

    /// How many working days after `from` the date `to` is: the working days in (`from`, `to`], or
    /// minus those in (`to`, `from`] when `to` is earlier. The inverse of
    /// [`Calendar::add_working_days`]: `working_days_between(d, add_working_days(d, n)) == n`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        if to < from {
            return -self.working_days_between(to, from);
        }
        from.iter_days()
            .skip(1)
            .take_while(|date| *date <= to)
            .filter(|date| self.is_working_day(*date))
            .fold(0, |count, _| count + 1)
    }
}

fn is_supported_year(year: i32) -> bool {
    (FIRST_SUPPORTED_YEAR..=LAST_SUPPORTED_YEAR).contains(&year)
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

fn rule_holiday_name(date: NaiveDate) -> Option<&'static str> {
    rule_holidays(date.year()).into_iter().find(|(holiday, _)| *holiday == date).map(|(_, name)| name)
}

// The names follow gov.uk's published list, so that staff recognise them.
const NEW_YEAR: &str = "New Year's Day";
const NEW_YEAR_SUBSTITUTE: &str = "New Year's Day (substitute day)";
const GOOD_FRIDAY: &str = "Good Friday";
const EASTER_MONDAY: &str = "Easter Monday";
const EARLY_MAY: &str = "Early May bank holiday";
const SPRING: &str = "Spring bank holiday";
const SUMMER: &str = "Summer bank holiday";
const CHRISTMAS: &str = "Christmas Day";
const CHRISTMAS_SUBSTITUTE: &str = "Christmas Day (substitute day)";
const BOXING_DAY: &str = "Boxing Day";
const BOXING_DAY_SUBSTITUTE: &str = "Boxing Day (substitute day)";

/// The bank holidays of England and Wales in a year, by rule and proclamation, in date order.
fn rule_holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let mut holidays = Vec::with_capacity(10);
    let mut push = |date: Option<NaiveDate>, name: &'static str| {
        if let Some(date) = date {
            holidays.push((date, name));
        }
    };

    let new_year = NaiveDate::from_ymd_opt(year, 1, 1);
    match new_year.map(|date| date.weekday()) {
        Some(Weekday::Sat) => push(NaiveDate::from_ymd_opt(year, 1, 3), NEW_YEAR_SUBSTITUTE),
        Some(Weekday::Sun) => push(NaiveDate::from_ymd_opt(year, 1, 2), NEW_YEAR_SUBSTITUTE),
        _ => push(new_year, NEW_YEAR),
    }

    if let Some(easter) = easter_sunday(year) {
        push(easter.checked_sub_days(Days::new(2)), GOOD_FRIDAY);
        push(easter.checked_add_days(Days::new(1)), EASTER_MONDAY);
    }

    // One-off changes by proclamation since 1990: the day moved, and any extra day.
    match year {
        1995 => push(NaiveDate::from_ymd_opt(1995, 5, 8), "Early May bank holiday (VE Day)"),
        2020 => push(NaiveDate::from_ymd_opt(2020, 5, 8), "Early May bank holiday (VE Day)"),
        _ => push(first_weekday_of_month(year, 5, Weekday::Mon), EARLY_MAY),
    }
    if year == 2011 {
        push(NaiveDate::from_ymd_opt(2011, 4, 29), "Royal wedding");
    }
    if year == 2023 {
        push(NaiveDate::from_ymd_opt(2023, 5, 8), "Bank holiday for the coronation of King Charles III");
    }
    match year {
        2002 => {
            push(NaiveDate::from_ymd_opt(2002, 6, 3), "Golden Jubilee bank holiday");
            push(NaiveDate::from_ymd_opt(2002, 6, 4), SPRING);
        }
        2012 => {
            push(NaiveDate::from_ymd_opt(2012, 6, 4), SPRING);
            push(NaiveDate::from_ymd_opt(2012, 6, 5), "Diamond Jubilee bank holiday");
        }
        2022 => {
            push(NaiveDate::from_ymd_opt(2022, 6, 2), SPRING);
            push(NaiveDate::from_ymd_opt(2022, 6, 3), "Platinum Jubilee bank holiday");
        }
        _ => push(last_weekday_of_month(year, 5, Weekday::Mon), SPRING),
    }
    push(last_weekday_of_month(year, 8, Weekday::Mon), SUMMER);
    if year == 2022 {
        push(NaiveDate::from_ymd_opt(2022, 9, 19), "Bank holiday for the state funeral of Queen Elizabeth II");
    }

    let christmas = NaiveDate::from_ymd_opt(year, 12, 25);
    let day = |day: u32| NaiveDate::from_ymd_opt(year, 12, day);
    match christmas.map(|date| date.weekday()) {
        Some(Weekday::Sat) => {
            push(day(27), CHRISTMAS_SUBSTITUTE);
            push(day(28), BOXING_DAY_SUBSTITUTE);
        }
        Some(Weekday::Sun) => {
            push(day(26), BOXING_DAY);
            push(day(27), CHRISTMAS_SUBSTITUTE);
        }
        Some(Weekday::Fri) => {
            push(christmas, CHRISTMAS);
            push(day(28), BOXING_DAY_SUBSTITUTE);
        }
        _ => {
            push(christmas, CHRISTMAS);
            push(day(26), BOXING_DAY);
        }
    }
    if year == 1999 {
        push(NaiveDate::from_ymd_opt(1999, 12, 31), "Millennium celebrations");
    }

    holidays.sort_by_key(|(date, _)| *date);
    holidays
}

/// Gregorian Easter Sunday (the anonymous Gregorian algorithm of Meeus, Jones and Butcher).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b.div_euclid(4);
    let e = b.rem_euclid(4);
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c.div_euclid(4);
    let k = c.rem_euclid(4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l).div_euclid(451);
    let month = (h + l - 7 * m + 114).div_euclid(31);
    let day = (h + l - 7 * m + 114).rem_euclid(31) + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn first_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, 1)
}

fn last_weekday_of_month(year: i32, month: u32, weekday: Weekday) -> Option<NaiveDate> {
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, 5)
        .or_else(|| NaiveDate::from_weekday_of_month_opt(year, month, weekday, 4))
}

/// Parses a date written as `YYYY-MM-DD`, with a message a member of staff can act on.
pub fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let trimmed = text.trim();
    let well_formed = trimmed.len() == 10
        && trimmed.char_indices().all(
            |(index, c)| {
                if index == 4 || index == 7 {
                    c == '-'
                } else {
                    c.is_ascii_digit()
                }
            },
        );
    if !well_formed {
        return Err(format!("'{text}' is not a date; write it as YYYY-MM-DD, for example 2027-01-04."));
    }
    NaiveDate::parse_from_str(trimmed, "%Y-%m-%d")
        .map_err(|_| format!("'{text}' is not a date in the calendar; check the month and the day."))
}

// Dates in the configuration may be written as TOML strings ("2027-06-07") or as bare TOML dates
// (2027-06-07); people write both, and refusing one of them would only cause a support call.
fn deserialize_date<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
    let value = toml::Value::deserialize(deserializer)?;
    date_from_value(&value).map_err(serde::de::Error::custom)
}

fn deserialize_dates<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<NaiveDate>, D::Error> {
    let values = Vec::<toml::Value>::deserialize(deserializer)?;
    values.iter().map(date_from_value).collect::<Result<_, _>>().map_err(serde::de::Error::custom)
}

fn date_from_value(value: &toml::Value) -> Result<NaiveDate, String> {
    match value {
        toml::Value::String(text) => parse_date(text),
        toml::Value::Datetime(datetime) if datetime.time.is_none() && datetime.offset.is_none() => {
            parse_date(&datetime.to_string())
        }
        other => Err(format!("{other} is not a date; write it as \"YYYY-MM-DD\", for example \"2027-06-07\"")),
    }
}

fn serialize_date<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(&date.format("%Y-%m-%d"))
}

fn serialize_dates<S: Serializer>(dates: &[NaiveDate], serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(dates.iter().map(|date| date.format("%Y-%m-%d").to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    fn dates_of(calendar: &Calendar, year: i32) -> Vec<String> {
        calendar.holidays(year).into_iter().map(|(date, _)| date.to_string()).collect()
    }

    /// The gov.uk published bank holidays for England and Wales, 2018 to 2028.
    #[rustfmt::skip]
    const PUBLISHED: &[(i32, &[&str])] = &[
        (2018, &["2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26"]),
        (2019, &["2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26"]),
        (2020, &["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"]),
        (2021, &["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"]),
        (2022, &["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"]),
        (2023, &["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"]),
        (2024, &["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"]),
        (2025, &["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"]),
        (2026, &["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"]),
        (2027, &["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"]),
        (2028, &["2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26"]),
    ];

    #[test]
    fn bank_holidays_2018_to_2028_match_the_published_lists() {
        let calendar = Calendar::england_and_wales();
        for (year, expected) in PUBLISHED {
            assert_eq!(dates_of(&calendar, *year), *expected, "bank holidays of {year}");
        }
    }

    #[test]
    fn every_exception_since_1990_is_applied() {
        let calendar = Calendar::england_and_wales();
        // (day that is a bank holiday, day that is not, because the holiday was moved from it)
        let holidays = [
            "1995-05-08",
            "1999-12-31",
            "2002-06-03",
            "2002-06-04",
            "2011-04-29",
            "2012-06-04",
            "2012-06-05",
            "2020-05-08",
            "2022-06-02",
            "2022-06-03",
            "2022-09-19",
            "2023-05-08",
        ];
        let moved_from = ["1995-05-01", "2002-05-27", "2012-05-28", "2020-05-04", "2022-05-30"];
        for day in holidays {
            assert!(!calendar.is_working_day(date(day)), "{day} is a bank holiday");
            assert!(calendar.holiday_name(date(day)).is_some(), "{day} has a name");
        }
        for day in moved_from {
            assert!(calendar.is_working_day(date(day)), "{day} is a working day");
        }
    }

    #[test]
    fn exceptional_years_have_the_published_bank_holidays() {
        let calendar = Calendar::england_and_wales();
        #[rustfmt::skip]
        let expected: &[(i32, &[&str])] = &[
            (1995, &["1995-01-02", "1995-04-14", "1995-04-17", "1995-05-08", "1995-05-29", "1995-08-28", "1995-12-25", "1995-12-26"]),
            (1999, &["1999-01-01", "1999-04-02", "1999-04-05", "1999-05-03", "1999-05-31", "1999-08-30", "1999-12-27", "1999-12-28", "1999-12-31"]),
            (2002, &["2002-01-01", "2002-03-29", "2002-04-01", "2002-05-06", "2002-06-03", "2002-06-04", "2002-08-26", "2002-12-25", "2002-12-26"]),
            (2011, &["2011-01-03", "2011-04-22", "2011-04-25", "2011-04-29", "2011-05-02", "2011-05-30", "2011-08-29", "2011-12-26", "2011-12-27"]),
            (2012, &["2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"]),
        ];
        for (year, dates) in expected {
            assert_eq!(dates_of(&calendar, *year), *dates, "bank holidays of {year}");
        }
    }

    #[test]
    fn every_year_from_1990_to_2100_has_the_right_number_of_bank_holidays() {
        let calendar = Calendar::england_and_wales();
        for year in FIRST_SUPPORTED_YEAR..=LAST_SUPPORTED_YEAR {
            let expected = match year {
                1999 | 2002 | 2011 | 2012 | 2023 => 9,
                2022 => 10,
                _ => 8,
            };
            let holidays = calendar.holidays(year);
            assert_eq!(holidays.len(), expected, "bank holidays of {year}");
            for (day, name) in holidays {
                assert!(!is_weekend(day), "{day} ({name}) falls at a weekend");
                assert_eq!(day.year(), year);
            }
        }
    }

    #[test]
    fn easter_matches_known_dates() {
        for (year, easter) in [
            (1990, "1990-04-15"),
            (2000, "2000-04-23"),
            (2008, "2008-03-23"),
            (2011, "2011-04-24"),
            (2019, "2019-04-21"),
            (2038, "2038-04-25"),
            (2100, "2100-03-28"),
        ] {
            assert_eq!(easter_sunday(year), Some(date(easter)), "Easter {year}");
        }
    }

    #[test]
    fn christmas_substitutes_follow_the_weekday_of_christmas() {
        let calendar = Calendar::england_and_wales();
        // Christmas on a Saturday (2021): Monday 27 and Tuesday 28.
        assert_eq!(&dates_of(&calendar, 2021)[6..], ["2021-12-27", "2021-12-28"]);
        // Christmas on a Sunday (2022): Boxing Day Monday 26, Christmas substitute Tuesday 27.
        let names: Vec<_> = calendar.holidays(2022).into_iter().rev().take(2).collect();
        assert_eq!(names[0], (date("2022-12-27"), CHRISTMAS_SUBSTITUTE.to_string()));
        assert_eq!(names[1], (date("2022-12-26"), BOXING_DAY.to_string()));
        // Boxing Day on a Saturday (2020): Monday 28.
        assert_eq!(&dates_of(&calendar, 2020)[6..], ["2020-12-25", "2020-12-28"]);
    }

    #[test]
    fn new_year_at_a_weekend_moves_to_the_following_monday() {
        let calendar = Calendar::england_and_wales();
        assert_eq!(dates_of(&calendar, 2022)[0], "2022-01-03"); // Saturday
        assert_eq!(dates_of(&calendar, 2023)[0], "2023-01-02"); // Sunday
    }

    #[test]
    fn the_day_received_never_counts() {
        let calendar = Calendar::england_and_wales();
        // Received on Monday 2026-03-02: day 1 is Tuesday.
        assert_eq!(calendar.add_working_days(date("2026-03-02"), 1), date("2026-03-03"));
        assert_eq!(calendar.add_working_days(date("2026-03-02"), 5), date("2026-03-09"));
    }

    #[test]
    fn receipt_at_a_weekend_counts_from_the_next_working_day() {
        let calendar = Calendar::england_and_wales();
        // Saturday 2026-03-07 and Sunday 2026-03-08: day 1 is Monday 2026-03-09.
        assert_eq!(calendar.add_working_days(date("2026-03-07"), 1), date("2026-03-09"));
        assert_eq!(calendar.add_working_days(date("2026-03-08"), 5), date("2026-03-13"));
        // Received on Good Friday 2026: day 1 is the Tuesday after Easter Monday.
        assert_eq!(calendar.add_working_days(date("2026-04-03"), 1), date("2026-04-07"));
    }

    #[test]
    fn christmas_and_new_year_are_skipped() {
        let calendar = Calendar::england_and_wales();
        assert_eq!(calendar.add_working_days(date("2026-12-23"), 5), date("2027-01-04"));
        assert_eq!(calendar.working_days_between(date("2026-12-23"), date("2027-01-04")), 5);
    }

    #[test]
    fn zero_working_days_is_the_start_itself() {
        let calendar = Calendar::england_and_wales();
        assert_eq!(calendar.add_working_days(date("2026-03-07"), 0), date("2026-03-07"));
        assert_eq!(calendar.working_days_between(date("2026-03-07"), date("2026-03-07")), 0);
    }

    #[test]
    fn working_days_between_is_negative_backwards() {
        let calendar = Calendar::england_and_wales();
        assert_eq!(calendar.working_days_between(date("2027-01-04"), date("2026-12-23")), -5);
    }

    #[test]
    fn configured_extra_holiday_is_not_a_working_day_and_moves_deadlines() {
        let config = CalendarConfig {
            extra_holidays: vec![ExtraHoliday { date: date("2027-06-07"), name: "Office move".into() }],
            removed_days: vec![],
        };
        let calendar = Calendar::from_config(&config).unwrap();
        assert!(!calendar.is_working_day(date("2027-06-07")));
        assert_eq!(calendar.holiday_name(date("2027-06-07")).as_deref(), Some("Office move"));
        assert_eq!(calendar.add_working_days(date("2027-06-04"), 1), date("2027-06-08"));
        assert!(dates_of(&calendar, 2027).contains(&"2027-06-07".to_string()));
    }

    #[test]
    fn configured_removed_day_becomes_a_working_day() {
        let config = CalendarConfig { extra_holidays: vec![], removed_days: vec![date("2027-05-31")] };
        let calendar = Calendar::from_config(&config).unwrap();
        assert!(calendar.is_working_day(date("2027-05-31")));
        assert_eq!(calendar.holidays(2027).len(), 7);
    }

    #[test]
    fn configured_changes_apply_outside_the_supported_years_too() {
        let config = CalendarConfig {
            extra_holidays: vec![ExtraHoliday { date: date("2101-06-07"), name: "Closure".into() }],
            removed_days: vec![date("2101-12-26")],
        };
        let calendar = Calendar::from_config(&config).unwrap();
        assert!(!calendar.is_working_day(date("2101-06-07")));
        assert!(calendar.is_working_day(date("2101-12-26")));
    }

    #[test]
    fn configuration_mistakes_are_refused_with_a_reason() {
        let extra = |day: &str, name: &str| CalendarConfig {
            extra_holidays: vec![ExtraHoliday { date: date(day), name: name.into() }],
            removed_days: vec![],
        };
        let weekend = Calendar::from_config(&extra("2027-06-05", "Closure")).unwrap_err();
        assert!(weekend.contains("Saturday"), "{weekend}");
        let existing = Calendar::from_config(&extra("2027-12-27", "Closure")).unwrap_err();
        assert!(existing.contains("already a bank holiday"), "{existing}");
        let unnamed = Calendar::from_config(&extra("2027-06-07", " ")).unwrap_err();
        assert!(unnamed.contains("no name"), "{unnamed}");
        let not_holiday =
            Calendar::from_config(&CalendarConfig { extra_holidays: vec![], removed_days: vec![date("2027-06-07")] })
                .unwrap_err();
        assert!(not_holiday.contains("not a bank holiday"), "{not_holiday}");
        let twice = Calendar::from_config(&CalendarConfig {
            extra_holidays: vec![
                ExtraHoliday { date: date("2027-06-07"), name: "A".into() },
                ExtraHoliday { date: date("2027-06-07"), name: "B".into() },
            ],
            removed_days: vec![],
        })
        .unwrap_err();
        assert!(twice.contains("twice"), "{twice}");
    }

    #[test]
    fn calendar_table_is_read_from_the_configuration() {
        let text = r#"
            [server]
            port = 8080
            [calendar]
            extra_holidays = [{ date = "2027-06-07", name = "Office move" }, { date = 2027-06-08, name = "Office move, day 2" }]
            removed_days = ["2027-05-31"]
        "#;
        let config = CalendarConfig::from_config_toml(text).unwrap();
        assert_eq!(config.extra_holidays.len(), 2);
        assert_eq!(config.extra_holidays[1].date, date("2027-06-08"));
        assert_eq!(config.removed_days, vec![date("2027-05-31")]);
        assert_eq!(CalendarConfig::from_config_toml("").unwrap(), CalendarConfig::default());
    }

    #[test]
    fn unknown_calendar_keys_are_refused_by_name() {
        let error = CalendarConfig::from_config_toml("[calendar]\nextra_holiday = []\n").unwrap_err();
        assert!(error.contains("extra_holiday"), "{error}");
        let bad_date = CalendarConfig::from_config_toml("[calendar]\nremoved_days = [\"2027-02-30\"]\n").unwrap_err();
        assert!(bad_date.contains("2027-02-30"), "{bad_date}");
    }

    #[test]
    fn calendar_config_round_trips_through_toml() {
        let config = CalendarConfig {
            extra_holidays: vec![ExtraHoliday { date: date("2027-06-07"), name: "Closure".into() }],
            removed_days: vec![date("2027-05-31")],
        };
        let text = toml::to_string(&config).unwrap();
        assert!(text.contains("\"2027-06-07\""), "{text}");
        let back: CalendarConfig = toml::from_str(&text).unwrap();
        assert_eq!(back, config);
    }

    #[test]
    fn dates_are_parsed_strictly() {
        assert_eq!(parse_date("2027-01-04"), Ok(date("2027-01-04")));
        assert!(parse_date("4/1/2027").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2027-1-4").is_err());
        assert!(parse_date("2027-02-29").unwrap_err().contains("not a date in the calendar"));
    }

    #[test]
    fn outside_the_supported_years_the_regular_rules_still_apply() {
        let calendar = Calendar::england_and_wales();
        assert_eq!(calendar.holidays(2101).len(), 8);
        assert!(!calendar.is_working_day(date("2101-12-26")));
        assert_eq!(calendar.holidays(1989).len(), 8);
    }

    #[test]
    fn adding_a_huge_number_of_working_days_saturates_instead_of_panicking() {
        let calendar = Calendar::england_and_wales();
        let near_the_end = NaiveDate::MAX.checked_sub_days(Days::new(10)).unwrap();
        assert_eq!(calendar.add_working_days(near_the_end, 100), NaiveDate::MAX);
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        // 1990-01-01 to 2099-12-31
        (0u64..40_177).prop_map(|offset| NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(offset))
    }

    fn any_calendar() -> impl Strategy<Value = Calendar> {
        prop_oneof![
            Just(Calendar::england_and_wales()),
            Just(
                Calendar::from_config(&CalendarConfig {
                    extra_holidays: vec![
                        ExtraHoliday { date: date("2026-12-29"), name: "Closure".into() },
                        ExtraHoliday { date: date("2027-06-07"), name: "Move".into() },
                    ],
                    removed_days: vec![date("2027-05-31")],
                })
                .unwrap()
            ),
        ]
    }

    proptest! {
        #[test]
        fn adding_working_days_lands_on_a_working_day(calendar in any_calendar(), start in any_date(), n in 1u32..400) {
            prop_assert!(calendar.is_working_day(calendar.add_working_days(start, n)));
        }

        #[test]
        fn adding_working_days_is_monotonic_in_the_number(calendar in any_calendar(), start in any_date(), n in 0u32..400, more in 1u32..50) {
            prop_assert!(calendar.add_working_days(start, n) < calendar.add_working_days(start, n + more));
        }

        #[test]
        fn adding_working_days_is_monotonic_in_the_start(calendar in any_calendar(), start in any_date(), later in 0u64..60, n in 0u32..400) {
            let later_start = start + Days::new(later);
            prop_assert!(calendar.add_working_days(start, n) <= calendar.add_working_days(later_start, n));
        }

        #[test]
        fn working_days_between_inverts_adding(calendar in any_calendar(), start in any_date(), n in 0u32..400) {
            let end = calendar.add_working_days(start, n);
            prop_assert_eq!(calendar.working_days_between(start, end), i64::from(n));
            prop_assert_eq!(calendar.working_days_between(end, start), -i64::from(n));
        }

        #[test]
        fn no_holiday_is_ever_counted(calendar in any_calendar(), start in any_date(), n in 1u32..400) {
            let end = calendar.add_working_days(start, n);
            let mut counted = 0;
            for day in start.iter_days().skip(1).take_while(|day| *day <= end) {
                let holiday = calendar.holidays(day.year()).iter().any(|(date, _)| *date == day);
                if !holiday && !is_weekend(day) {
                    counted += 1;
                } else {
                    prop_assert!(!calendar.is_working_day(day));
                }
            }
            prop_assert_eq!(counted, n);
        }
    }
}
