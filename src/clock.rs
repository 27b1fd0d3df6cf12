//! The time, injectable: the server reads the system clock, tests set it. Every deadline is counted from
//! the date in England, whatever the machine's time zone.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// Where "now" comes from.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    fixed: Option<Arc<Mutex<DateTime<Utc>>>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    /// A clock that stays at `at` until moved with [`Clock::set`] or [`Clock::advance`].
    pub fn fixed(at: DateTime<Utc>) -> Clock {
        Clock { fixed: Some(Arc::new(Mutex::new(at))) }
    }

    /// Moves a fixed clock (and every copy of it); the system clock cannot be moved.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Some(fixed) = &self.fixed {
            *fixed.lock().unwrap_or_else(|p| p.into_inner()) = at;
        }
    }

    pub fn advance(&self, by: chrono::Duration) {
        let now = self.now();
        self.set(now + by);
    }

    pub fn now(&self) -> DateTime<Utc> {
        match &self.fixed {
            Some(fixed) => *fixed.lock().unwrap_or_else(|p| p.into_inner()),
            None => Utc::now(),
        }
    }

    /// Now as stored in the database: UTC without a zone.
    pub fn now_naive(&self) -> NaiveDateTime {
        self.now().naive_utc()
    }

    /// Now in England, where every deadline is counted.
    pub fn now_local(&self) -> DateTime<Tz> {
        self.now().with_timezone(&chrono_tz::Europe::London)
    }

    /// Today's date in England.
    pub fn today(&self) -> NaiveDate {
        self.now_local().date_naive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_moves_only_when_told_and_all_copies_move_together() {
        let start = DateTime::parse_from_rfc3339("2026-03-27T23:30:00Z").unwrap().with_timezone(&Utc);
        let clock = Clock::fixed(start);
        let copy = clock.clone();
        assert_eq!(clock.now(), start);
        copy.advance(chrono::Duration::hours(1));
        assert_eq!(clock.now(), start + chrono::Duration::hours(1));
    }

    #[test]
    fn today_is_the_date_in_england() {
        // 23:30 UTC on 29 June is 00:30 on 30 June in London (summer time).
        let clock = Clock::fixed(DateTime::parse_from_rfc3339("2026-06-29T23:30:00Z").unwrap().with_timezone(&Utc));
        assert_eq!(clock.today(), NaiveDate::from_ymd_opt(2026, 6, 30).unwrap());
    }
}
