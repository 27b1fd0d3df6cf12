//! TEMPORARY stub until the policy engine lands.
use chrono::{Datelike, NaiveDate, Weekday};
use serde::Deserialize;
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CalendarConfig {}
#[derive(Clone, Debug)]
pub struct Calendar;
impl Calendar {
    pub fn england_and_wales() -> Self {
        Calendar
    }
    pub fn from_config(_c: &CalendarConfig) -> Result<Calendar, String> {
        Ok(Calendar)
    }
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
    }
    pub fn add_working_days(&self, mut d: NaiveDate, n: u32) -> NaiveDate {
        let mut k = 0;
        while k < n {
            d = d.succ_opt().unwrap();
            if self.is_working_day(d) {
                k += 1;
            }
        }
        d
    }
}
