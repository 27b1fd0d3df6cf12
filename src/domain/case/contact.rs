//! Keeping the customer updated as agreed (how and how often).

use chrono::NaiveDate;

use super::{not_allowed, Case, CaseError, ContactFrequency, Event, Transition};
use crate::domain::is_blank;

impl Case {
    /// The rules of a recorded `ContactFrequencyAgreed` event that do not depend on the policy.
    pub(super) fn apply_contact_frequency_agreed(
        &self,
        case: &mut Case,
        on: NaiveDate,
        every_working_days: &u32,
        by_means: &str,
    ) -> Result<(), CaseError> {
        let state = self.state;
        if !state.is_open() {
            return Err(not_allowed(state, "given a contact frequency"));
        }
        if *every_working_days == 0 {
            return Err(CaseError::ContactFrequencyOfZeroDays);
        }
        if is_blank(by_means) {
            return Err(CaseError::Blank("means of contact"));
        }
        case.contact_frequency = Some(ContactFrequency {
            agreed_on: on,
            every_working_days: *every_working_days,
            by_means: by_means.to_string(),
        });
        case.last_contact_on = Some(on);
        Ok(())
    }

    /// The rules of a recorded `CustomerUpdated` event that do not depend on the policy.
    pub(super) fn apply_customer_updated(&self, case: &mut Case, on: NaiveDate) -> Result<(), CaseError> {
        let state = self.state;
        if !state.is_open() {
            return Err(not_allowed(state, "updated"));
        }
        case.last_contact_on = Some(on);
        Ok(())
    }

    /// Record how and how often the customer will be kept updated.
    pub fn agree_contact_frequency(
        &self,
        on: NaiveDate,
        every_working_days: u32,
        by_means: String,
    ) -> Result<Transition, CaseError> {
        self.step(Event::ContactFrequencyAgreed { on, every_working_days, by_means })
    }

    /// Record that the customer was updated.
    pub fn record_update(&self, on: NaiveDate) -> Result<Transition, CaseError> {
        self.step(Event::CustomerUpdated { on })
    }
}
