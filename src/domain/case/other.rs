//! The lifecycles of the other kinds: a formal enquiry answered, a compliment passed on, a service
//! request routed, a format request fulfilled.

use chrono::NaiveDate;

use super::{non_blank, not_allowed, Case, CaseError, Event, State, Transition};
use crate::domain::{is_blank, Kind};

impl Case {
    /// The rules of a recorded `EnquiryAnswered` event that do not depend on the policy.
    pub(super) fn apply_enquiry_answered(&self, case: &mut Case, on: NaiveDate) -> Result<(), CaseError> {
        let state = self.state;
        let action = "answered as an enquiry";
        self.require_kind(Kind::FormalEnquiry, action)?;
        if state != State::Received {
            return Err(not_allowed(state, action));
        }
        case.state = State::EnquiryAnswered;
        case.answered_on = Some(on);
        case.last_contact_on = Some(on);
        Ok(())
    }

    /// The rules of a recorded `ComplimentPassedOn` event that do not depend on the policy.
    pub(super) fn apply_compliment_passed_on(&self, case: &mut Case, on: NaiveDate, to: &str) -> Result<(), CaseError> {
        let state = self.state;
        let action = "passed on as a compliment";
        self.require_kind(Kind::Compliment, action)?;
        if state != State::Received {
            return Err(not_allowed(state, action));
        }
        if is_blank(to) {
            return Err(CaseError::Blank("team or person the compliment was passed to"));
        }
        case.state = State::ComplimentPassedOn;
        case.passed_on = Some((on, to.to_string()));
        Ok(())
    }

    /// The rules of a recorded `ServiceRequestRouted` event that do not depend on the policy.
    pub(super) fn apply_service_request_routed(
        &self,
        case: &mut Case,
        on: NaiveDate,
        to: &str,
    ) -> Result<(), CaseError> {
        let state = self.state;
        let action = "routed as a service request";
        self.require_kind(Kind::ServiceRequest, action)?;
        if state != State::Received {
            return Err(not_allowed(state, action));
        }
        if is_blank(to) {
            return Err(CaseError::Blank("team the request was passed to"));
        }
        case.state = State::Routed;
        case.routed = Some((on, to.to_string()));
        case.last_contact_on = Some(on);
        Ok(())
    }

    /// The rules of a recorded `FormatRequestFulfilled` event that do not depend on the policy.
    pub(super) fn apply_format_request_fulfilled(&self, case: &mut Case, on: NaiveDate) -> Result<(), CaseError> {
        let state = self.state;
        let action = "fulfilled as a format request";
        self.require_kind(Kind::FormatRequest, action)?;
        if state != State::Received {
            return Err(not_allowed(state, action));
        }
        case.state = State::Fulfilled;
        case.fulfilled_on = Some(on);
        case.last_contact_on = Some(on);
        Ok(())
    }

    /// Answer a formal enquiry.
    pub fn answer_enquiry(&self, on: NaiveDate) -> Result<Transition, CaseError> {
        self.step(Event::EnquiryAnswered { on })
    }

    /// Pass a compliment on to the team or person it is about.
    pub fn pass_on_compliment(&self, on: NaiveDate, to: String) -> Result<Transition, CaseError> {
        self.step(Event::ComplimentPassedOn { on, to })
    }

    /// Pass a service request to the team that handles it.
    pub fn route_service_request(&self, on: NaiveDate, to: String) -> Result<Transition, CaseError> {
        self.step(Event::ServiceRequestRouted { on, to })
    }

    /// Record that a format request was met.
    pub fn fulfil_format_request(&self, on: NaiveDate, note: Option<String>) -> Result<Transition, CaseError> {
        self.step(Event::FormatRequestFulfilled { on, note: non_blank(note) })
    }
}
