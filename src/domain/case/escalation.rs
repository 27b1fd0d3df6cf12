//! Asking for stage 2, accepting a late request, and declining one (Code 5.11, 6.11, 6.12).

use chrono::NaiveDate;

use super::{non_blank, not_allowed, Case, CaseError, Discretion, Escalation, Event, Refusal, State, Transition};
use crate::domain::{Kind, StaffId, Stage};
use crate::policy::calendar::Calendar;
use crate::policy::Policy;

impl Case {
    /// The rules of a recorded `EscalationRequested` event that do not depend on the policy.
    pub(super) fn apply_escalation_requested(
        &self,
        case: &mut Case,
        on: NaiveDate,
        reasons: &Option<String>,
        late: &bool,
    ) -> Result<(), CaseError> {
        self.check_can_escalate()?;
        case.escalation = Some(Escalation {
            requested_on: on,
            reasons: non_blank(reasons.clone()),
            late: *late,
            late_accepted: None,
        });
        // A complaint closed after stage 1 is reopened by the request.
        case.closed_on = None;
        case.learning_outcome = None;
        case.survey_sent_on = None;
        case.state = State::EscalationRequested;
        Ok(())
    }

    /// The rules of a recorded `LateEscalationAccepted` event that do not depend on the policy.
    pub(super) fn apply_late_escalation_accepted(
        &self,
        case: &mut Case,
        on: NaiveDate,
        by: &StaffId,
        reason: &str,
    ) -> Result<(), CaseError> {
        let state = self.state;
        if state != State::EscalationRequested {
            return Err(not_allowed(state, "accepted for stage 2"));
        }
        let Some(escalation) = case.escalation.as_mut() else {
            return Err(not_allowed(state, "accepted for stage 2"));
        };
        if !escalation.late || escalation.late_accepted.is_some() {
            return Err(CaseError::EscalationNotLate);
        }
        escalation.late_accepted = Some(Discretion::new(on, by, reason)?);
        Ok(())
    }

    /// The rules of a recorded `EscalationDeclined` event that do not depend on the policy.
    pub(super) fn apply_escalation_declined(
        &self,
        case: &mut Case,
        on: NaiveDate,
        reasons: &[String],
        explanation: &str,
    ) -> Result<(), CaseError> {
        let state = self.state;
        if state != State::EscalationRequested {
            return Err(not_allowed(state, "declined for stage 2"));
        }
        case.refusal = Some(Refusal::new(
            on,
            reasons,
            explanation,
            CaseError::DeclineWithoutReasons,
            CaseError::DeclineWithoutExplanation,
        )?);
        case.state = State::EscalationDeclined;
        case.last_contact_on = Some(on);
        Ok(())
    }

    pub(super) fn check_can_escalate(&self) -> Result<(), CaseError> {
        let action = "escalated";
        self.require_kind(Kind::Complaint, action)?;
        if self.stage_two.is_some() {
            return Err(CaseError::EscalationAfterStageTwo);
        }
        let stage_one_responded = self.stage_one.as_ref().is_some_and(|record| record.responded_on.is_some());
        match self.state {
            State::Responded { stage: Stage::One } => Ok(()),
            State::Closed if stage_one_responded => Ok(()),
            State::Received | State::Acknowledged { .. } | State::Extended { .. } => {
                Err(CaseError::EscalationBeforeStageOneResponse)
            }
            state => Err(not_allowed(state, action)),
        }
    }

    /// The customer asks for stage 2. Reasons are optional (Code 6.12). A request after the
    /// escalation window is recorded as late for staff to decide; it is never refused here.
    pub fn request_escalation(
        &self,
        on: NaiveDate,
        reasons: Option<String>,
        policy: &Policy,
        calendar: &Calendar,
    ) -> Result<Transition, CaseError> {
        self.check_can_escalate()?;
        let late =
            self.stage_one.as_ref().and_then(|record| record.responded_on).is_some_and(|responded_on| {
                on > calendar.add_working_days(responded_on, policy.escalation_window_days)
            });
        self.step(Event::EscalationRequested { on, reasons: non_blank(reasons), late })
    }

    /// Staff accept a late escalation request, with the reason.
    pub fn accept_late_escalation(&self, on: NaiveDate, by: StaffId, reason: String) -> Result<Transition, CaseError> {
        self.step(Event::LateEscalationAccepted { on, by, reason })
    }

    /// Staff decline to escalate, for the same valid reasons as refusing a complaint, with an
    /// explanation (Code 5.11).
    pub fn decline_escalation(
        &self,
        on: NaiveDate,
        reasons: Vec<String>,
        explanation: String,
        policy: &Policy,
    ) -> Result<Transition, CaseError> {
        let reasons = Case::check_exclusion_reasons(&reasons, policy)?;
        self.step(Event::EscalationDeclined { on, reasons, explanation })
    }
}
