//! Acknowledging, reassigning, extending and answering a stage: the rules checked when an event is
//! replayed, and the step that makes it, side by side.

use chrono::NaiveDate;

use super::not_allowed;
use super::{Case, CaseError, Event, Extension, StageRecord, State, Transition};
use crate::domain::deadlines::{self, TimeLimit};
use crate::domain::response::{ComplaintDefinition, Response, ResponseBuilder};
use crate::domain::{is_blank, Kind, StaffId, Stage};
use crate::policy::Policy;

impl Case {
    /// The rules of a recorded `Acknowledged` event that do not depend on the policy.
    pub(super) fn apply_acknowledged(
        &self,
        case: &mut Case,
        on: NaiveDate,
        stage: &Stage,
        handler: &StaffId,
        definition: &ComplaintDefinition,
    ) -> Result<(), CaseError> {
        let state = self.state;
        let action = "acknowledged";
        self.require_kind(Kind::Complaint, action)?;
        match stage {
            Stage::One if state == State::Received => {}
            Stage::Two if state == State::EscalationRequested => {
                if let Some(escalation) = &self.escalation {
                    if escalation.late && escalation.late_accepted.is_none() {
                        return Err(CaseError::LateEscalationUndecided);
                    }
                }
                self.check_stage_two_handler(handler)?;
            }
            _ => return Err(not_allowed(state, action)),
        }
        let record = StageRecord {
            acknowledged_on: on,
            handlers: vec![handler.clone()],
            definition: definition.clone(),
            extensions: Vec::new(),
            responded_on: None,
            response: None,
        };
        match stage {
            Stage::One => case.stage_one = Some(record),
            Stage::Two => case.stage_two = Some(record),
        }
        case.state = State::Acknowledged { stage: *stage };
        case.last_contact_on = Some(on);
        Ok(())
    }

    /// The rules of a recorded `Reassigned` event that do not depend on the policy.
    pub(super) fn apply_reassigned(
        &self,
        case: &mut Case,
        _on: NaiveDate,
        stage: &Stage,
        handler: &StaffId,
    ) -> Result<(), CaseError> {
        let state = self.state;
        if state.stage_in_progress() != Some(*stage) {
            return Err(not_allowed(state, "reassigned at that stage"));
        }
        if *stage == Stage::Two {
            self.check_stage_two_handler(handler)?;
        }
        if let Some(record) = case.record_mut(*stage) {
            record.handlers.push(handler.clone());
        }
        Ok(())
    }

    /// The rules of a recorded `Extended` event that do not depend on the policy.
    pub(super) fn apply_extended(
        &self,
        case: &mut Case,
        on: NaiveDate,
        stage: &Stage,
        working_days: &u32,
        reason: &str,
        agreed_with_customer: &bool,
    ) -> Result<(), CaseError> {
        let state = self.state;
        if state.stage_in_progress() != Some(*stage) {
            return Err(not_allowed(state, "extended at that stage"));
        }
        if *working_days == 0 {
            return Err(CaseError::ExtensionOfZeroDays);
        }
        if is_blank(reason) {
            return Err(CaseError::ExtensionWithoutReasons);
        }
        if let Some(record) = case.record_mut(*stage) {
            record.extensions.push(Extension {
                on,
                working_days: *working_days,
                reason: reason.to_string(),
                agreed_with_customer: *agreed_with_customer,
            });
        }
        case.state = State::Extended { stage: *stage };
        case.last_contact_on = Some(on);
        Ok(())
    }

    /// The rules of a recorded `Responded` event that do not depend on the policy.
    pub(super) fn apply_responded(&self, case: &mut Case, on: NaiveDate, response: &Response) -> Result<(), CaseError> {
        let state = self.state;
        let response_stage = response.stage();
        match state.stage_in_progress() {
            Some(case_stage) if case_stage != response_stage => {
                return Err(CaseError::ResponseForWrongStage { response_stage, case_stage })
            }
            Some(_) => {}
            None => return Err(not_allowed(state, "responded to")),
        }
        let dated = response
            .remedies()
            .iter()
            .map(|remedy| (&remedy.what_will_happen, remedy.by))
            .chain(response.outstanding_actions().iter().map(|action| (&action.what, action.by)));
        for (what, by) in dated {
            if by < on {
                return Err(CaseError::ActionDueBeforeResponse { what: what.clone(), by, on });
            }
        }
        if let Some(record) = case.record_mut(response_stage) {
            record.responded_on = Some(on);
            record.response = Some(Response::clone(response));
        }
        case.state = State::Responded { stage: response_stage };
        case.last_contact_on = Some(on);
        Ok(())
    }

    pub(super) fn check_stage_two_handler(&self, handler: &StaffId) -> Result<(), CaseError> {
        let handled_stage_one = self.stage_one.as_ref().is_some_and(|record| record.handlers.contains(handler));
        if handled_stage_one {
            return Err(CaseError::StageTwoHandlerHandledStageOne { handler: handler.clone() });
        }
        Ok(())
    }

    /// Acknowledge, define and log the complaint at stage 1 (Code 6.2). A complaint from outside
    /// the time limit is accepted only with staff's recorded discretion (Code 2.3).
    pub fn acknowledge_stage_one(
        &self,
        on: NaiveDate,
        handler: StaffId,
        definition: ComplaintDefinition,
        policy: &Policy,
    ) -> Result<Transition, CaseError> {
        if let TimeLimit::Outside { ended_on, waived: None } = deadlines::time_limit(self, policy) {
            return Err(CaseError::OutsideTimeLimit { ended_on });
        }
        self.step(Event::Acknowledged { stage: Stage::One, on, handler, definition })
    }

    /// Acknowledge the escalation at stage 2, with the issues outstanding and the outcomes wanted
    /// (Code 6.11), by someone who did not handle stage 1 (Code 6.13).
    pub fn acknowledge_stage_two(
        &self,
        on: NaiveDate,
        handler: StaffId,
        definition: ComplaintDefinition,
    ) -> Result<Transition, CaseError> {
        self.step(Event::Acknowledged { stage: Stage::Two, on, handler, definition })
    }

    /// Give the stage in progress to another member of staff.
    pub fn reassign(&self, stage: Stage, on: NaiveDate, handler: StaffId) -> Result<Transition, CaseError> {
        self.step(Event::Reassigned { stage, on, handler })
    }

    /// Extend the response time of the stage in progress, with reasons, within the policy's
    /// maximum for the stage in total (Code 6.4, 6.15).
    pub fn extend(
        &self,
        on: NaiveDate,
        working_days: u32,
        reason: String,
        agreed_with_customer: bool,
        policy: &Policy,
    ) -> Result<Transition, CaseError> {
        let stage = self.state.stage_in_progress().ok_or_else(|| not_allowed(self.state, "extended"))?;
        let (maximum, section) = deadlines::max_extension_days(policy, stage);
        let already = self.stage(stage).map_or(0, StageRecord::extension_days);
        let total = already.saturating_add(working_days);
        if total > maximum {
            return Err(CaseError::ExtensionBeyondMaximum { stage, total, maximum, section });
        }
        self.step(Event::Extended { stage, on, working_days, reason, agreed_with_customer })
    }

    /// Send the response at the stage in progress. Takes a built [`Response`] or a
    /// [`ResponseBuilder`]; a response missing any part the Code requires is an error naming it.
    pub fn respond(&self, on: NaiveDate, response: impl Into<ResponseBuilder>) -> Result<Transition, CaseError> {
        let response = response.into().build()?;
        self.step(Event::Responded { on, response: Box::new(response) })
    }
}
