//! How a case ends: refused, withdrawn, closed with its learning outcome, surveyed; and accepting a
//! complaint from outside the time limit (Code 2.3, 2.4).

use chrono::NaiveDate;

use super::{non_blank, not_allowed, Case, CaseError, Discretion, Event, Refusal, State, Transition};
use crate::domain::deadlines::{self, TimeLimit};
use crate::domain::{Kind, StaffId, Stage};
use crate::policy::Policy;

impl Case {
    /// The rules of a recorded `TimeLimitWaived` event that do not depend on the policy.
    pub(super) fn apply_time_limit_waived(
        &self,
        case: &mut Case,
        on: NaiveDate,
        by: &StaffId,
        reason: &str,
    ) -> Result<(), CaseError> {
        let state = self.state;
        let action = "accepted outside the time limit";
        self.require_kind(Kind::Complaint, action)?;
        if !matches!(state, State::Received) && state.stage_in_progress() != Some(Stage::One) {
            return Err(not_allowed(state, action));
        }
        case.time_limit_waived = Some(Discretion::new(on, by, reason)?);
        Ok(())
    }

    /// The rules of a recorded `Refused` event that do not depend on the policy.
    pub(super) fn apply_refused(
        &self,
        case: &mut Case,
        on: NaiveDate,
        reasons: &[String],
        explanation: &str,
    ) -> Result<(), CaseError> {
        let state = self.state;
        let action = "refused";
        self.require_kind(Kind::Complaint, action)?;
        if state != State::Received && state.stage_in_progress() != Some(Stage::One) {
            return Err(not_allowed(state, action));
        }
        case.refusal = Some(Refusal::new(
            on,
            reasons,
            explanation,
            CaseError::RefusalWithoutReasons,
            CaseError::RefusalWithoutExplanation,
        )?);
        case.state = State::Refused;
        case.ended_on = Some(on);
        case.last_contact_on = Some(on);
        Ok(())
    }

    /// The rules of a recorded `Withdrawn` event that do not depend on the policy.
    pub(super) fn apply_withdrawn(&self, case: &mut Case, on: NaiveDate) -> Result<(), CaseError> {
        let state = self.state;
        if !state.is_open() {
            return Err(not_allowed(state, "withdrawn"));
        }
        case.state = State::Withdrawn;
        case.ended_on = Some(on);
        Ok(())
    }

    /// The rules of a recorded `Closed` event that do not depend on the policy.
    pub(super) fn apply_closed(
        &self,
        case: &mut Case,
        on: NaiveDate,
        learning_outcome: &Option<String>,
    ) -> Result<(), CaseError> {
        let state = self.state;
        let closable = match self.kind {
            Kind::Complaint => {
                matches!(state, State::Responded { .. } | State::EscalationDeclined)
            }
            Kind::FormalEnquiry => state == State::EnquiryAnswered,
            Kind::Compliment => state == State::ComplimentPassedOn,
            Kind::ServiceRequest => state == State::Routed,
            Kind::FormatRequest => state == State::Fulfilled,
        };
        if !closable {
            return Err(not_allowed(state, "closed"));
        }
        let learning_outcome = non_blank(learning_outcome.clone());
        if self.kind == Kind::Complaint && learning_outcome.is_none() {
            return Err(CaseError::ClosingWithoutLearningOutcome);
        }
        case.state = State::Closed;
        case.closed_on = Some(on);
        case.learning_outcome = learning_outcome;
        Ok(())
    }

    /// The rules of a recorded `SurveySent` event that do not depend on the policy.
    pub(super) fn apply_survey_sent(&self, case: &mut Case, on: NaiveDate) -> Result<(), CaseError> {
        let state = self.state;
        let action = "sent a satisfaction survey";
        self.require_kind(Kind::Complaint, action)?;
        if state != State::Closed || self.survey_sent_on.is_some() {
            return Err(not_allowed(state, action));
        }
        case.survey_sent_on = Some(on);
        Ok(())
    }

    pub(super) fn check_exclusion_reasons(reasons: &[String], policy: &Policy) -> Result<Vec<String>, CaseError> {
        let reasons: Vec<String> =
            reasons.iter().map(|reason| reason.trim().to_string()).filter(|reason| !reason.is_empty()).collect();
        if let Some(unknown) = reasons.iter().find(|reason| !policy.allows_exclusion(reason)) {
            return Err(CaseError::UnknownExclusionReason(unknown.clone()));
        }
        Ok(reasons)
    }

    /// Do not accept the complaint, for the policy's exclusion reasons, with an explanation
    /// (Code 2.1, 2.4). Refusing as too old needs the complaint to be outside the time limit.
    pub fn refuse(
        &self,
        on: NaiveDate,
        reasons: Vec<String>,
        explanation: String,
        policy: &Policy,
    ) -> Result<Transition, CaseError> {
        let reasons = Case::check_exclusion_reasons(&reasons, policy)?;
        if reasons.iter().any(|reason| reason == "older-than-time-limit")
            && matches!(deadlines::time_limit(self, policy), TimeLimit::Within { .. })
        {
            return Err(CaseError::NotOutsideTimeLimit);
        }
        self.step(Event::Refused { on, reasons, explanation })
    }

    /// The customer withdraws the case.
    pub fn withdraw(&self, on: NaiveDate, note: Option<String>) -> Result<Transition, CaseError> {
        self.step(Event::Withdrawn { on, note: non_blank(note) })
    }

    /// Staff accept a complaint from outside the time limit, with the reason (Code 2.3).
    pub fn accept_outside_time_limit(
        &self,
        on: NaiveDate,
        by: StaffId,
        reason: String,
        policy: &Policy,
    ) -> Result<Transition, CaseError> {
        if matches!(deadlines::time_limit(self, policy), TimeLimit::Within { .. }) {
            return Err(CaseError::WithinTimeLimit);
        }
        self.step(Event::TimeLimitWaived { on, by, reason })
    }

    /// Close the case; a complaint with its learning outcome.
    pub fn close(&self, on: NaiveDate, learning_outcome: Option<String>) -> Result<Transition, CaseError> {
        self.step(Event::Closed { on, learning_outcome })
    }

    /// Record that the satisfaction survey was sent after closure.
    pub fn record_survey_sent(&self, on: NaiveDate) -> Result<Transition, CaseError> {
        self.step(Event::SurveySent { on })
    }
}
