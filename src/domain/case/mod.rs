//! The life of a case as a state machine: every step is a function that returns the new state and
//! the events to record, or a specific error saying which rule the step would break.
//!
//! A complaint goes received → stage 1 acknowledged (with its definition) → stage 1 responded →
//! escalation requested → stage 2 acknowledged → stage 2 responded → closed, and may be extended at
//! either stage, refused (not accepted, with reasons), withdrawn, or closed after stage 1. A
//! formal enquiry is received → answered → closed; a compliment received → passed on → closed; a
//! service request received → routed to the service that handles it → closed; a format request
//! received → fulfilled → closed.
//!
//! The recorded [`Event`]s are the truth: [`Case::replay`] rebuilds a case from them and re-checks
//! every rule that does not depend on the policy of the day (so a corrupted history is refused),
//! while the rules that do (the maximum extension, the exclusion reasons, whether an escalation
//! is late) are checked by the step functions when the event is made. This module deliberately
//! does not compute deadlines (`crate::domain::deadlines` does, from the case and the policy),
//! send letters, or know who is allowed to press which button.

mod contact;
mod ending;
mod error;
mod escalation;
mod event;
mod other;
mod records;
mod stages;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::{Channel, Kind, MadeBy, StaffId, Stage};
pub use error::CaseError;
pub use event::Event;
pub use records::{ContactFrequency, Discretion, Escalation, Extension, Refusal, StageRecord};

/// Where a case is in its life.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "kebab-case")]
pub enum State {
    /// Received and not yet acknowledged (complaints), answered or passed on.
    Received,
    /// Acknowledged, defined and logged at this stage; the response is being prepared.
    Acknowledged { stage: Stage },
    /// As acknowledged, with the response time extended.
    Extended { stage: Stage },
    /// The response at this stage has been sent.
    Responded { stage: Stage },
    /// The customer has asked for stage 2; it is to be acknowledged (or, if the request was late
    /// or an exclusion applies, decided by staff).
    EscalationRequested,
    /// Staff declined to escalate, with reasons; the customer may go to the Ombudsman.
    EscalationDeclined,
    /// A formal enquiry has been answered.
    EnquiryAnswered,
    /// A compliment has been passed on to the team or person.
    ComplimentPassedOn,
    /// A service request has been passed to the service that handles it.
    Routed,
    /// A format request has been met: the document sent, the preference recorded.
    Fulfilled,
    /// Not accepted as a complaint, with reasons (Code 2.4).
    Refused,
    /// Withdrawn by the customer.
    Withdrawn,
    /// Closed. A complaint closed after stage 1 can still be escalated.
    Closed,
}

impl State {
    fn describe(self) -> String {
        match self {
            State::Received => "received".into(),
            State::Acknowledged { stage } => format!("acknowledged at {stage}"),
            State::Extended { stage } => format!("extended at {stage}"),
            State::Responded { stage } => format!("responded to at {stage}"),
            State::EscalationRequested => "awaiting stage 2".into(),
            State::EscalationDeclined => "declined for stage 2".into(),
            State::EnquiryAnswered => "answered".into(),
            State::ComplimentPassedOn => "passed on".into(),
            State::Routed => "routed".into(),
            State::Fulfilled => "fulfilled".into(),
            State::Refused => "refused".into(),
            State::Withdrawn => "withdrawn".into(),
            State::Closed => "closed".into(),
        }
    }

    /// The state's stored name, without its stage: `received`, `acknowledged`, `escalation-requested`…
    pub fn name(self) -> &'static str {
        match self {
            State::Received => "received",
            State::Acknowledged { .. } => "acknowledged",
            State::Extended { .. } => "extended",
            State::Responded { .. } => "responded",
            State::EscalationRequested => "escalation-requested",
            State::EscalationDeclined => "escalation-declined",
            State::EnquiryAnswered => "enquiry-answered",
            State::ComplimentPassedOn => "compliment-passed-on",
            State::Routed => "routed",
            State::Fulfilled => "fulfilled",
            State::Refused => "refused",
            State::Withdrawn => "withdrawn",
            State::Closed => "closed",
        }
    }

    /// The stage being worked on, if the case is acknowledged (or extended) at one.
    pub fn stage_in_progress(self) -> Option<Stage> {
        match self {
            State::Acknowledged { stage } | State::Extended { stage } => Some(stage),
            _ => None,
        }
    }

    /// Whether the landlord still owes the customer anything on this case.
    pub fn is_open(self) -> bool {
        !matches!(self, State::Closed | State::Refused | State::Withdrawn | State::EscalationDeclined)
    }
}

/// What the case records when it is received.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Receipt {
    pub kind: Kind,
    pub received_on: NaiveDate,
    pub channel: Channel,
    pub made_by: MadeBy,
    /// When the issue complained about happened, if known.
    pub issue_occurred_on: Option<NaiveDate>,
    /// When the customer became aware of it, if later and known.
    pub became_aware_on: Option<NaiveDate>,
}

/// The result of a step: the case as it now is, and the events to record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Transition {
    pub case: Case,
    pub events: Vec<Event>,
}

/// A case: everything the events say, in a form that can only be changed by a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    kind: Kind,
    received_on: NaiveDate,
    channel: Channel,
    made_by: MadeBy,
    issue_occurred_on: Option<NaiveDate>,
    became_aware_on: Option<NaiveDate>,
    time_limit_waived: Option<Discretion>,
    state: State,
    stage_one: Option<StageRecord>,
    stage_two: Option<StageRecord>,
    escalation: Option<Escalation>,
    refusal: Option<Refusal>,
    contact_frequency: Option<ContactFrequency>,
    last_contact_on: Option<NaiveDate>,
    answered_on: Option<NaiveDate>,
    passed_on: Option<(NaiveDate, String)>,
    routed: Option<(NaiveDate, String)>,
    fulfilled_on: Option<NaiveDate>,
    ended_on: Option<NaiveDate>,
    closed_on: Option<NaiveDate>,
    learning_outcome: Option<String>,
    survey_sent_on: Option<NaiveDate>,
    last_event_on: NaiveDate,
}

fn not_allowed(state: State, action: &'static str) -> CaseError {
    CaseError::NotAllowed { state: state.describe(), action }
}

fn non_blank(text: Option<String>) -> Option<String> {
    text.map(|text| text.trim().to_string()).filter(|text| !text.is_empty())
}

impl Case {
    // Reading the case.

    pub fn kind(&self) -> Kind {
        self.kind
    }
    pub fn state(&self) -> State {
        self.state
    }
    pub fn received_on(&self) -> NaiveDate {
        self.received_on
    }
    pub fn channel(&self) -> Channel {
        self.channel
    }
    pub fn made_by(&self) -> MadeBy {
        self.made_by
    }
    pub fn issue_occurred_on(&self) -> Option<NaiveDate> {
        self.issue_occurred_on
    }
    pub fn became_aware_on(&self) -> Option<NaiveDate> {
        self.became_aware_on
    }
    /// Staff's recorded decision to accept the complaint outside the time limit.
    pub fn time_limit_waived(&self) -> Option<&Discretion> {
        self.time_limit_waived.as_ref()
    }
    pub fn stage(&self, stage: Stage) -> Option<&StageRecord> {
        match stage {
            Stage::One => self.stage_one.as_ref(),
            Stage::Two => self.stage_two.as_ref(),
        }
    }
    pub fn escalation(&self) -> Option<&Escalation> {
        self.escalation.as_ref()
    }
    /// The refusal of the complaint, or the decision declining its escalation.
    pub fn refusal(&self) -> Option<&Refusal> {
        self.refusal.as_ref()
    }
    pub fn contact_frequency(&self) -> Option<&ContactFrequency> {
        self.contact_frequency.as_ref()
    }
    /// The last time the landlord was in touch with the customer about the case.
    pub fn last_contact_on(&self) -> Option<NaiveDate> {
        self.last_contact_on
    }
    pub fn answered_on(&self) -> Option<NaiveDate> {
        self.answered_on
    }
    /// When a compliment was passed on, and to whom.
    pub fn passed_on(&self) -> Option<(NaiveDate, &str)> {
        self.passed_on.as_ref().map(|(date, to)| (*date, to.as_str()))
    }
    /// When a service request was routed, and to whom.
    pub fn routed(&self) -> Option<(NaiveDate, &str)> {
        self.routed.as_ref().map(|(date, to)| (*date, to.as_str()))
    }
    /// When a format request was met.
    pub fn fulfilled_on(&self) -> Option<NaiveDate> {
        self.fulfilled_on
    }
    /// The handler of the stage in progress, or of the last stage reached.
    pub fn current_handler(&self) -> Option<&StaffId> {
        self.stage_two.as_ref().or(self.stage_one.as_ref()).and_then(StageRecord::handler)
    }
    /// The complaint stage reached, if any: stage 1 from receipt, stage 2 from the escalation request.
    pub fn stage_reached(&self) -> Option<Stage> {
        match self.kind {
            Kind::Complaint if self.escalation.is_some() || self.stage_two.is_some() => Some(Stage::Two),
            Kind::Complaint => Some(Stage::One),
            _ => None,
        }
    }
    /// When the case was refused or withdrawn.
    pub fn ended_on(&self) -> Option<NaiveDate> {
        self.ended_on
    }
    pub fn closed_on(&self) -> Option<NaiveDate> {
        self.closed_on
    }
    pub fn learning_outcome(&self) -> Option<&str> {
        self.learning_outcome.as_deref()
    }
    pub fn survey_sent_on(&self) -> Option<NaiveDate> {
        self.survey_sent_on
    }
    /// The date of the case's latest event.
    pub fn last_event_on(&self) -> NaiveDate {
        self.last_event_on
    }

    // Building and rebuilding.

    /// A new case.
    pub fn receive(receipt: Receipt) -> Result<Transition, CaseError> {
        let event = Event::Received {
            kind: receipt.kind,
            on: receipt.received_on,
            channel: receipt.channel,
            made_by: receipt.made_by,
            issue_occurred_on: receipt.issue_occurred_on,
            became_aware_on: receipt.became_aware_on,
        };
        let case = Case::start(&event)?;
        Ok(Transition { case, events: vec![event] })
    }

    /// The case its recorded events describe, every policy-independent rule checked again.
    pub fn replay(events: &[Event]) -> Result<Case, CaseError> {
        let (first, rest) = events.split_first().ok_or(CaseError::NoReceipt)?;
        rest.iter().try_fold(Case::start(first)?, |case, event| case.apply(event))
    }

    fn start(event: &Event) -> Result<Case, CaseError> {
        let Event::Received { kind, on, channel, made_by, issue_occurred_on, became_aware_on } = event else {
            return Err(CaseError::NoReceipt);
        };
        for (what, date) in [("issue", issue_occurred_on), ("became-aware", became_aware_on)] {
            if let Some(date) = date {
                if date > on {
                    return Err(CaseError::DateAfterReceipt { what, date: *date, received: *on });
                }
            }
        }
        Ok(Case {
            kind: *kind,
            received_on: *on,
            channel: *channel,
            made_by: *made_by,
            issue_occurred_on: *issue_occurred_on,
            became_aware_on: *became_aware_on,
            time_limit_waived: None,
            state: State::Received,
            stage_one: None,
            stage_two: None,
            escalation: None,
            refusal: None,
            contact_frequency: None,
            last_contact_on: None,
            answered_on: None,
            passed_on: None,
            routed: None,
            fulfilled_on: None,
            ended_on: None,
            closed_on: None,
            learning_outcome: None,
            survey_sent_on: None,
            last_event_on: *on,
        })
    }

    fn require_kind(&self, kind: Kind, action: &'static str) -> Result<(), CaseError> {
        if self.kind == kind {
            Ok(())
        } else {
            Err(CaseError::WrongKind { kind: self.kind, action })
        }
    }

    fn record_mut(&mut self, stage: Stage) -> Option<&mut StageRecord> {
        match stage {
            Stage::One => self.stage_one.as_mut(),
            Stage::Two => self.stage_two.as_mut(),
        }
    }

    /// The case after one recorded event, checking every rule that does not depend on the policy.
    /// The case after one recorded event, checking every rule that does not depend on the policy. Each
    /// kind of event's rules are in the file of its part of the case's life, beside the step that makes it.
    pub fn apply(&self, event: &Event) -> Result<Case, CaseError> {
        let on = event.on();
        if on < self.last_event_on {
            return Err(CaseError::DateBeforeLastEvent { on, last: self.last_event_on });
        }
        let mut case = self.clone();
        case.last_event_on = on;
        match event {
            Event::Received { .. } => return Err(not_allowed(self.state, "received again")),
            Event::TimeLimitWaived { by, reason, .. } => self.apply_time_limit_waived(&mut case, on, by, reason)?,
            Event::Acknowledged { stage, handler, definition, .. } => {
                self.apply_acknowledged(&mut case, on, stage, handler, definition)?
            }
            Event::Reassigned { stage, handler, .. } => self.apply_reassigned(&mut case, on, stage, handler)?,
            Event::Extended { stage, working_days, reason, agreed_with_customer, .. } => {
                self.apply_extended(&mut case, on, stage, working_days, reason, agreed_with_customer)?
            }
            Event::Responded { response, .. } => self.apply_responded(&mut case, on, response)?,
            Event::EscalationRequested { reasons, late, .. } => {
                self.apply_escalation_requested(&mut case, on, reasons, late)?
            }
            Event::LateEscalationAccepted { by, reason, .. } => {
                self.apply_late_escalation_accepted(&mut case, on, by, reason)?
            }
            Event::EscalationDeclined { reasons, explanation, .. } => {
                self.apply_escalation_declined(&mut case, on, reasons, explanation)?
            }
            Event::Refused { reasons, explanation, .. } => self.apply_refused(&mut case, on, reasons, explanation)?,
            Event::Withdrawn { .. } => self.apply_withdrawn(&mut case, on)?,
            Event::ContactFrequencyAgreed { every_working_days, by_means, .. } => {
                self.apply_contact_frequency_agreed(&mut case, on, every_working_days, by_means)?
            }
            Event::CustomerUpdated { .. } => self.apply_customer_updated(&mut case, on)?,
            Event::EnquiryAnswered { .. } => self.apply_enquiry_answered(&mut case, on)?,
            Event::ComplimentPassedOn { to, .. } => self.apply_compliment_passed_on(&mut case, on, to)?,
            Event::ServiceRequestRouted { to, .. } => self.apply_service_request_routed(&mut case, on, to)?,
            Event::FormatRequestFulfilled { .. } => self.apply_format_request_fulfilled(&mut case, on)?,
            Event::Closed { learning_outcome, .. } => self.apply_closed(&mut case, on, learning_outcome)?,
            Event::SurveySent { .. } => self.apply_survey_sent(&mut case, on)?,
        }
        Ok(case)
    }

    fn step(&self, event: Event) -> Result<Transition, CaseError> {
        let case = self.apply(&event)?;
        Ok(Transition { case, events: vec![event] })
    }
}

#[cfg(test)]
pub(crate) mod tests;
