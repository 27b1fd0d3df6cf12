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

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::domain::deadlines::{self, TimeLimit};
use crate::domain::response::{ComplaintDefinition, DefinitionError, Response, ResponseBuilder, ResponseError};
use crate::domain::{is_blank, Channel, Kind, MadeBy, StaffId, Stage};
use crate::policy::calendar::Calendar;
use crate::policy::Policy;

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

/// What happened, when: the record the web site stores, one row per event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "kebab-case")]
pub enum Event {
    Received {
        kind: Kind,
        on: NaiveDate,
        channel: Channel,
        made_by: MadeBy,
        issue_occurred_on: Option<NaiveDate>,
        became_aware_on: Option<NaiveDate>,
    },
    /// Staff accepted a complaint from outside the time limit (Code 2.3).
    TimeLimitWaived {
        on: NaiveDate,
        by: StaffId,
        reason: String,
    },
    Acknowledged {
        stage: Stage,
        on: NaiveDate,
        handler: StaffId,
        definition: ComplaintDefinition,
    },
    Reassigned {
        stage: Stage,
        on: NaiveDate,
        handler: StaffId,
    },
    Extended {
        stage: Stage,
        on: NaiveDate,
        working_days: u32,
        reason: String,
        agreed_with_customer: bool,
    },
    Responded {
        on: NaiveDate,
        // Boxed because a response is far larger than any other event.
        response: Box<Response>,
    },
    EscalationRequested {
        on: NaiveDate,
        /// Why the customer is unhappy, if they chose to say (Code 6.12).
        reasons: Option<String>,
        /// Whether the request came after the escalation window closed.
        late: bool,
    },
    LateEscalationAccepted {
        on: NaiveDate,
        by: StaffId,
        reason: String,
    },
    EscalationDeclined {
        on: NaiveDate,
        reasons: Vec<String>,
        explanation: String,
    },
    Refused {
        on: NaiveDate,
        reasons: Vec<String>,
        explanation: String,
    },
    Withdrawn {
        on: NaiveDate,
        note: Option<String>,
    },
    ContactFrequencyAgreed {
        on: NaiveDate,
        every_working_days: u32,
        by_means: String,
    },
    CustomerUpdated {
        on: NaiveDate,
    },
    EnquiryAnswered {
        on: NaiveDate,
    },
    ComplimentPassedOn {
        on: NaiveDate,
        to: String,
    },
    /// A service request passed to the team that handles it.
    ServiceRequestRouted {
        on: NaiveDate,
        to: String,
    },
    /// A format request met.
    FormatRequestFulfilled {
        on: NaiveDate,
        note: Option<String>,
    },
    Closed {
        on: NaiveDate,
        learning_outcome: Option<String>,
    },
    SurveySent {
        on: NaiveDate,
    },
}

impl Event {
    /// The date the event happened.
    pub fn on(&self) -> NaiveDate {
        match self {
            Event::Received { on, .. }
            | Event::TimeLimitWaived { on, .. }
            | Event::Acknowledged { on, .. }
            | Event::Reassigned { on, .. }
            | Event::Extended { on, .. }
            | Event::Responded { on, .. }
            | Event::EscalationRequested { on, .. }
            | Event::LateEscalationAccepted { on, .. }
            | Event::EscalationDeclined { on, .. }
            | Event::Refused { on, .. }
            | Event::Withdrawn { on, .. }
            | Event::ContactFrequencyAgreed { on, .. }
            | Event::CustomerUpdated { on }
            | Event::EnquiryAnswered { on }
            | Event::ComplimentPassedOn { on, .. }
            | Event::ServiceRequestRouted { on, .. }
            | Event::FormatRequestFulfilled { on, .. }
            | Event::Closed { on, .. }
            | Event::SurveySent { on } => *on,
        }
    }
}

/// A decision by staff, with its reason: kept because the Ombudsman may ask why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discretion {
    pub on: NaiveDate,
    pub by: StaffId,
    pub reason: String,
}

/// One extension of a stage's response time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    pub on: NaiveDate,
    pub working_days: u32,
    pub reason: String,
    pub agreed_with_customer: bool,
}

/// What happened at one stage.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StageRecord {
    pub acknowledged_on: NaiveDate,
    /// Everyone who has handled the stage, the current handler last.
    pub handlers: Vec<StaffId>,
    pub definition: ComplaintDefinition,
    pub extensions: Vec<Extension>,
    pub responded_on: Option<NaiveDate>,
    pub response: Option<Response>,
}

impl StageRecord {
    /// The total of the extensions, in working days.
    pub fn extension_days(&self) -> u32 {
        self.extensions.iter().map(|extension| extension.working_days).sum()
    }

    /// The member of staff handling the stage now.
    pub fn handler(&self) -> Option<&StaffId> {
        self.handlers.last()
    }
}

/// The customer's request for stage 2.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Escalation {
    pub requested_on: NaiveDate,
    pub reasons: Option<String>,
    pub late: bool,
    /// Staff's decision to accept a late request.
    pub late_accepted: Option<Discretion>,
}

/// A refusal, or a declined escalation: the exclusion reasons and the written explanation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Refusal {
    pub on: NaiveDate,
    pub reasons: Vec<String>,
    pub explanation: String,
}

/// How and how often the customer has agreed to be kept updated.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactFrequency {
    pub agreed_on: NaiveDate,
    pub every_working_days: u32,
    pub by_means: String,
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

/// Why a step is not allowed. Each message is one sentence a member of staff can act on.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CaseError {
    #[error("A case's history must start with its receipt.")]
    NoReceipt,
    #[error("The {what} date {date} is after the date the case was received, {received}.")]
    DateAfterReceipt { what: &'static str, date: NaiveDate, received: NaiveDate },
    #[error("This step is dated {on}, before the case's last event on {last}.")]
    DateBeforeLastEvent { on: NaiveDate, last: NaiveDate },
    #[error("A {kind} cannot be {action}.")]
    WrongKind { kind: Kind, action: &'static str },
    #[error("A case that is {state} cannot be {action}.")]
    NotAllowed { state: String, action: &'static str },
    #[error("The stage 2 handler must not be someone who handled stage 1 ({handler}) (Code 6.13).")]
    StageTwoHandlerHandledStageOne { handler: StaffId },
    #[error("A complaint cannot be escalated before its stage 1 response.")]
    EscalationBeforeStageOneResponse,
    #[error("A complaint cannot be escalated after stage 2, the landlord's final response; the customer may go to the Housing Ombudsman.")]
    EscalationAfterStageTwo,
    #[error("The escalation request came after the escalation window closed; a member of staff must accept it, with a reason, or decline it before stage 2 is acknowledged.")]
    LateEscalationUndecided,
    #[error("The escalation request was made in time, so there is no late request to accept.")]
    EscalationNotLate,
    #[error("An extension must be of at least one working day.")]
    ExtensionOfZeroDays,
    #[error("An extension must give the reasons for it (Code 6.4, 6.15).")]
    ExtensionWithoutReasons,
    #[error("An extension to {total} working days at {stage} would exceed the policy's maximum of {maximum} (Code {section}).")]
    ExtensionBeyondMaximum { stage: Stage, total: u32, maximum: u32, section: &'static str },
    #[error("The response is for {response_stage}, but the case is at {case_stage}.")]
    ResponseForWrongStage { response_stage: Stage, case_stage: Stage },
    #[error("\"{what}\" is due on {by}, before the response date {on}.")]
    ActionDueBeforeResponse { what: String, by: NaiveDate, on: NaiveDate },
    #[error(transparent)]
    Response(#[from] ResponseError),
    #[error(transparent)]
    Definition(#[from] DefinitionError),
    #[error("A refusal must give at least one exclusion reason (Code 2.4).")]
    RefusalWithoutReasons,
    #[error("A refusal must explain in writing why the complaint is not accepted (Code 2.4).")]
    RefusalWithoutExplanation,
    #[error("Declining an escalation must give at least one exclusion reason (Code 5.11).")]
    DeclineWithoutReasons,
    #[error("Declining an escalation must explain in writing why (Code 5.11).")]
    DeclineWithoutExplanation,
    #[error("\"{0}\" is not one of the policy's exclusion reasons.")]
    UnknownExclusionReason(String),
    #[error("The complaint is within the time limit, so it cannot be refused as too old.")]
    NotOutsideTimeLimit,
    #[error(
        "The complaint is outside the time limit, which ended on {ended_on}; refuse it, or record the discretion to accept it with a reason (Code 2.3)."
    )]
    OutsideTimeLimit { ended_on: NaiveDate },
    #[error("The complaint is within the time limit, so no discretion is needed.")]
    WithinTimeLimit,
    #[error("A decision at staff discretion must give its reason.")]
    DiscretionWithoutReason,
    #[error("A complaint is closed with a learning outcome.")]
    ClosingWithoutLearningOutcome,
    #[error("A contact frequency must be at least every working day.")]
    ContactFrequencyOfZeroDays,
    #[error("The {0} must not be empty.")]
    Blank(&'static str),
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
    pub fn apply(&self, event: &Event) -> Result<Case, CaseError> {
        let on = event.on();
        if on < self.last_event_on {
            return Err(CaseError::DateBeforeLastEvent { on, last: self.last_event_on });
        }
        let mut case = self.clone();
        case.last_event_on = on;
        let state = self.state;
        match event {
            Event::Received { .. } => return Err(not_allowed(state, "received again")),

            Event::TimeLimitWaived { by, reason, .. } => {
                let action = "accepted outside the time limit";
                self.require_kind(Kind::Complaint, action)?;
                if !matches!(state, State::Received) && state.stage_in_progress() != Some(Stage::One) {
                    return Err(not_allowed(state, action));
                }
                if is_blank(reason) {
                    return Err(CaseError::DiscretionWithoutReason);
                }
                case.time_limit_waived = Some(Discretion { on, by: by.clone(), reason: reason.clone() });
            }

            Event::Acknowledged { stage, handler, definition, .. } => {
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
            }

            Event::Reassigned { stage, handler, .. } => {
                if state.stage_in_progress() != Some(*stage) {
                    return Err(not_allowed(state, "reassigned at that stage"));
                }
                if *stage == Stage::Two {
                    self.check_stage_two_handler(handler)?;
                }
                if let Some(record) = case.record_mut(*stage) {
                    record.handlers.push(handler.clone());
                }
            }

            Event::Extended { stage, working_days, reason, agreed_with_customer, .. } => {
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
                        reason: reason.clone(),
                        agreed_with_customer: *agreed_with_customer,
                    });
                }
                case.state = State::Extended { stage: *stage };
                case.last_contact_on = Some(on);
            }

            Event::Responded { response, .. } => {
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
            }

            Event::EscalationRequested { reasons, late, .. } => {
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
            }

            Event::LateEscalationAccepted { by, reason, .. } => {
                if state != State::EscalationRequested {
                    return Err(not_allowed(state, "accepted for stage 2"));
                }
                let Some(escalation) = case.escalation.as_mut() else {
                    return Err(not_allowed(state, "accepted for stage 2"));
                };
                if !escalation.late || escalation.late_accepted.is_some() {
                    return Err(CaseError::EscalationNotLate);
                }
                if is_blank(reason) {
                    return Err(CaseError::DiscretionWithoutReason);
                }
                escalation.late_accepted = Some(Discretion { on, by: by.clone(), reason: reason.clone() });
            }

            Event::EscalationDeclined { reasons, explanation, .. } => {
                if state != State::EscalationRequested {
                    return Err(not_allowed(state, "declined for stage 2"));
                }
                if reasons.iter().all(|reason| is_blank(reason)) {
                    return Err(CaseError::DeclineWithoutReasons);
                }
                if is_blank(explanation) {
                    return Err(CaseError::DeclineWithoutExplanation);
                }
                case.refusal = Some(Refusal { on, reasons: reasons.clone(), explanation: explanation.clone() });
                case.state = State::EscalationDeclined;
                case.last_contact_on = Some(on);
            }

            Event::Refused { reasons, explanation, .. } => {
                let action = "refused";
                self.require_kind(Kind::Complaint, action)?;
                if state != State::Received && state.stage_in_progress() != Some(Stage::One) {
                    return Err(not_allowed(state, action));
                }
                if reasons.iter().all(|reason| is_blank(reason)) {
                    return Err(CaseError::RefusalWithoutReasons);
                }
                if is_blank(explanation) {
                    return Err(CaseError::RefusalWithoutExplanation);
                }
                case.refusal = Some(Refusal { on, reasons: reasons.clone(), explanation: explanation.clone() });
                case.state = State::Refused;
                case.ended_on = Some(on);
                case.last_contact_on = Some(on);
            }

            Event::Withdrawn { .. } => {
                if !state.is_open() {
                    return Err(not_allowed(state, "withdrawn"));
                }
                case.state = State::Withdrawn;
                case.ended_on = Some(on);
            }

            Event::ContactFrequencyAgreed { every_working_days, by_means, .. } => {
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
                    by_means: by_means.clone(),
                });
                case.last_contact_on = Some(on);
            }

            Event::CustomerUpdated { .. } => {
                if !state.is_open() {
                    return Err(not_allowed(state, "updated"));
                }
                case.last_contact_on = Some(on);
            }

            Event::EnquiryAnswered { .. } => {
                let action = "answered as an enquiry";
                self.require_kind(Kind::FormalEnquiry, action)?;
                if state != State::Received {
                    return Err(not_allowed(state, action));
                }
                case.state = State::EnquiryAnswered;
                case.answered_on = Some(on);
                case.last_contact_on = Some(on);
            }

            Event::ComplimentPassedOn { to, .. } => {
                let action = "passed on as a compliment";
                self.require_kind(Kind::Compliment, action)?;
                if state != State::Received {
                    return Err(not_allowed(state, action));
                }
                if is_blank(to) {
                    return Err(CaseError::Blank("team or person the compliment was passed to"));
                }
                case.state = State::ComplimentPassedOn;
                case.passed_on = Some((on, to.clone()));
            }

            Event::ServiceRequestRouted { to, .. } => {
                let action = "routed as a service request";
                self.require_kind(Kind::ServiceRequest, action)?;
                if state != State::Received {
                    return Err(not_allowed(state, action));
                }
                if is_blank(to) {
                    return Err(CaseError::Blank("team the request was passed to"));
                }
                case.state = State::Routed;
                case.routed = Some((on, to.clone()));
                case.last_contact_on = Some(on);
            }

            Event::FormatRequestFulfilled { .. } => {
                let action = "fulfilled as a format request";
                self.require_kind(Kind::FormatRequest, action)?;
                if state != State::Received {
                    return Err(not_allowed(state, action));
                }
                case.state = State::Fulfilled;
                case.fulfilled_on = Some(on);
                case.last_contact_on = Some(on);
            }

            Event::Closed { learning_outcome, .. } => {
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
            }

            Event::SurveySent { .. } => {
                let action = "sent a satisfaction survey";
                self.require_kind(Kind::Complaint, action)?;
                if state != State::Closed || self.survey_sent_on.is_some() {
                    return Err(not_allowed(state, action));
                }
                case.survey_sent_on = Some(on);
            }
        }
        Ok(case)
    }

    fn check_stage_two_handler(&self, handler: &StaffId) -> Result<(), CaseError> {
        let handled_stage_one = self.stage_one.as_ref().is_some_and(|record| record.handlers.contains(handler));
        if handled_stage_one {
            return Err(CaseError::StageTwoHandlerHandledStageOne { handler: handler.clone() });
        }
        Ok(())
    }

    fn check_can_escalate(&self) -> Result<(), CaseError> {
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

    fn step(&self, event: Event) -> Result<Transition, CaseError> {
        let case = self.apply(&event)?;
        Ok(Transition { case, events: vec![event] })
    }

    fn check_exclusion_reasons(reasons: &[String], policy: &Policy) -> Result<Vec<String>, CaseError> {
        let reasons: Vec<String> =
            reasons.iter().map(|reason| reason.trim().to_string()).filter(|reason| !reason.is_empty()).collect();
        if let Some(unknown) = reasons.iter().find(|reason| !policy.allows_exclusion(reason)) {
            return Err(CaseError::UnknownExclusionReason(unknown.clone()));
        }
        Ok(reasons)
    }

    // The steps.

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

    /// Close the case; a complaint with its learning outcome.
    pub fn close(&self, on: NaiveDate, learning_outcome: Option<String>) -> Result<Transition, CaseError> {
        self.step(Event::Closed { on, learning_outcome })
    }

    /// Record that the satisfaction survey was sent after closure.
    pub fn record_survey_sent(&self, on: NaiveDate) -> Result<Transition, CaseError> {
        self.step(Event::SurveySent { on })
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::response::tests::{complete, date, definition};
    use crate::domain::response::{Decision, MissingPart};

    pub(crate) fn complaint(received: &str) -> Case {
        Case::receive(Receipt {
            kind: Kind::Complaint,
            received_on: date(received),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: Some(date(received)),
            became_aware_on: None,
        })
        .unwrap()
        .case
    }

    pub(crate) fn response(stage: Stage) -> Response {
        complete(stage).build().unwrap()
    }

    fn alice() -> StaffId {
        "alice".into()
    }
    fn bob() -> StaffId {
        "bob".into()
    }

    /// A complaint received on Monday 2026-03-02, acknowledged the next day by Alice.
    pub(crate) fn acknowledged() -> Case {
        complaint("2026-03-02")
            .acknowledge_stage_one(date("2026-03-03"), alice(), definition(), &Policy::default())
            .unwrap()
            .case
    }

    /// The same complaint, responded to at stage 1 on 2026-03-16.
    pub(crate) fn stage_one_responded() -> Case {
        acknowledged().respond(date("2026-03-16"), response(Stage::One)).unwrap().case
    }

    /// The same complaint, escalated on 2026-03-20.
    pub(crate) fn escalated() -> Case {
        stage_one_responded()
            .request_escalation(date("2026-03-20"), None, &Policy::default(), &Calendar::default())
            .unwrap()
            .case
    }

    #[test]
    fn a_complaint_goes_through_both_stages_to_closure() {
        let policy = Policy::default();
        let mut events = Vec::new();
        let mut record = |transition: Result<Transition, CaseError>| {
            let transition = transition.unwrap();
            events.extend(transition.events);
            transition.case
        };
        let case = record(Case::receive(Receipt {
            kind: Kind::Complaint,
            received_on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: Some(date("2026-02-20")),
            became_aware_on: None,
        }));
        let case = record(case.acknowledge_stage_one(date("2026-03-03"), alice(), definition(), &Policy::default()));
        let case =
            record(case.extend(date("2026-03-10"), 5, "Waiting for the contractor's report".into(), true, &policy));
        assert_eq!(case.state(), State::Extended { stage: Stage::One });
        let case = record(case.respond(date("2026-03-16"), response(Stage::One)));
        let case =
            record(case.request_escalation(date("2026-03-20"), Some("  ".into()), &policy, &Calendar::default()));
        assert_eq!(case.escalation().unwrap().reasons, None);
        let case = record(case.acknowledge_stage_two(date("2026-03-23"), bob(), definition()));
        let case = record(case.respond(date("2026-04-02"), response(Stage::Two)));
        let case = record(case.close(date("2026-04-02"), Some("Book contractors with a confirmed slot".into())));
        let case = record(case.record_survey_sent(date("2026-04-07")));
        assert_eq!(case.state(), State::Closed);
        assert_eq!(events.len(), 9);
        assert_eq!(Case::replay(&events).unwrap(), case);
    }

    #[test]
    fn stage_two_handler_must_differ_from_stage_one() {
        let error = escalated().acknowledge_stage_two(date("2026-03-23"), alice(), definition()).unwrap_err();
        assert_eq!(error, CaseError::StageTwoHandlerHandledStageOne { handler: alice() });
        assert!(error.to_string().contains("Code 6.13"));
    }

    #[test]
    fn stage_two_handler_must_differ_from_anyone_who_handled_stage_one() {
        let case = acknowledged().reassign(Stage::One, date("2026-03-04"), bob()).unwrap().case;
        let case = case.respond(date("2026-03-16"), response(Stage::One)).unwrap().case;
        let case =
            case.request_escalation(date("2026-03-20"), None, &Policy::default(), &Calendar::default()).unwrap().case;
        assert!(case.acknowledge_stage_two(date("2026-03-23"), alice(), definition()).is_err());
        assert!(case.acknowledge_stage_two(date("2026-03-23"), bob(), definition()).is_err());
        let case = case.acknowledge_stage_two(date("2026-03-23"), "carol".into(), definition()).unwrap().case;
        assert_eq!(
            case.reassign(Stage::Two, date("2026-03-24"), alice()),
            Err(CaseError::StageTwoHandlerHandledStageOne { handler: alice() })
        );
    }

    #[test]
    fn escalation_before_the_stage_one_response_is_refused() {
        let policy = Policy::default();
        let calendar = Calendar::default();
        assert_eq!(
            acknowledged().request_escalation(date("2026-03-05"), None, &policy, &calendar),
            Err(CaseError::EscalationBeforeStageOneResponse)
        );
        assert_eq!(
            complaint("2026-03-02").request_escalation(date("2026-03-05"), None, &policy, &calendar),
            Err(CaseError::EscalationBeforeStageOneResponse)
        );
    }

    #[test]
    fn escalation_after_stage_two_is_refused() {
        let case = escalated()
            .acknowledge_stage_two(date("2026-03-23"), bob(), definition())
            .unwrap()
            .case
            .respond(date("2026-04-02"), response(Stage::Two))
            .unwrap()
            .case;
        let policy = Policy::default();
        let calendar = Calendar::default();
        assert_eq!(
            case.request_escalation(date("2026-04-03"), None, &policy, &calendar),
            Err(CaseError::EscalationAfterStageTwo)
        );
        let closed = case.close(date("2026-04-03"), Some("Learning".into())).unwrap().case;
        assert_eq!(
            closed.request_escalation(date("2026-04-06"), None, &policy, &calendar),
            Err(CaseError::EscalationAfterStageTwo)
        );
    }

    #[test]
    fn a_complaint_closed_after_stage_one_can_still_be_escalated() {
        let closed =
            stage_one_responded().close(date("2026-03-17"), Some("Confirm contractor slots".into())).unwrap().case;
        let case =
            closed.request_escalation(date("2026-03-20"), None, &Policy::default(), &Calendar::default()).unwrap().case;
        assert_eq!(case.state(), State::EscalationRequested);
        assert_eq!(case.closed_on(), None);
    }

    #[test]
    fn a_late_escalation_goes_to_staff_and_is_never_refused_automatically() {
        // Window: 20 working days after 2026-03-16, so it closes on 2026-04-15 (Easter 2026 is 3 to 6 April).
        let policy = Policy::default();
        let calendar = Calendar::default();
        let in_time =
            stage_one_responded().request_escalation(date("2026-04-15"), None, &policy, &calendar).unwrap().case;
        assert!(!in_time.escalation().unwrap().late);
        let late = stage_one_responded().request_escalation(date("2026-04-16"), None, &policy, &calendar).unwrap().case;
        assert!(late.escalation().unwrap().late);
        assert_eq!(late.state(), State::EscalationRequested);
        assert_eq!(
            late.acknowledge_stage_two(date("2026-04-17"), bob(), definition()),
            Err(CaseError::LateEscalationUndecided)
        );
        assert_eq!(
            late.accept_late_escalation(date("2026-04-17"), bob(), " ".into()),
            Err(CaseError::DiscretionWithoutReason)
        );
        let accepted =
            late.accept_late_escalation(date("2026-04-17"), bob(), "The customer was in hospital".into()).unwrap().case;
        assert!(accepted.acknowledge_stage_two(date("2026-04-17"), bob(), definition()).is_ok());
        assert_eq!(
            in_time.accept_late_escalation(date("2026-04-16"), bob(), "x".into()),
            Err(CaseError::EscalationNotLate)
        );
    }

    #[test]
    fn escalation_reasons_are_optional() {
        let case = stage_one_responded()
            .request_escalation(
                date("2026-03-20"),
                Some("The boiler still leaks".into()),
                &Policy::default(),
                &Calendar::default(),
            )
            .unwrap()
            .case;
        assert_eq!(case.escalation().unwrap().reasons.as_deref(), Some("The boiler still leaks"));
        assert!(escalated().escalation().unwrap().reasons.is_none());
    }

    #[test]
    fn an_extension_beyond_the_maximum_is_refused() {
        let policy = Policy::default();
        let case =
            acknowledged().extend(date("2026-03-10"), 6, "Awaiting a survey".into(), true, &policy).unwrap().case;
        let error = case.extend(date("2026-03-11"), 5, "Survey delayed".into(), false, &policy).unwrap_err();
        assert_eq!(
            error,
            CaseError::ExtensionBeyondMaximum { stage: Stage::One, total: 11, maximum: 10, section: "6.4" }
        );
        assert!(case.extend(date("2026-03-11"), 4, "Survey delayed".into(), false, &policy).is_ok());
    }

    #[test]
    fn a_stage_two_extension_is_limited_by_the_stage_two_maximum() {
        let policy = Policy::default();
        let case = escalated().acknowledge_stage_two(date("2026-03-23"), bob(), definition()).unwrap().case;
        assert!(case.extend(date("2026-03-24"), 20, "Independent survey".into(), true, &policy).is_ok());
        assert!(matches!(
            case.extend(date("2026-03-24"), 21, "Independent survey".into(), true, &policy),
            Err(CaseError::ExtensionBeyondMaximum { stage: Stage::Two, section: "6.15", .. })
        ));
    }

    #[test]
    fn a_stricter_policy_limits_extensions_further() {
        let policy = Policy { stage_one_max_extension_days: 5, ..Policy::default() };
        assert!(acknowledged().extend(date("2026-03-10"), 6, "Survey".into(), true, &policy).is_err());
    }

    #[test]
    fn an_extension_gives_reasons() {
        assert_eq!(
            acknowledged().extend(date("2026-03-10"), 5, " ".into(), true, &Policy::default()),
            Err(CaseError::ExtensionWithoutReasons)
        );
        assert_eq!(
            acknowledged().extend(date("2026-03-10"), 0, "x".into(), true, &Policy::default()),
            Err(CaseError::ExtensionOfZeroDays)
        );
    }

    #[test]
    fn only_an_acknowledged_stage_can_be_extended() {
        assert!(matches!(
            complaint("2026-03-02").extend(date("2026-03-03"), 5, "x".into(), true, &Policy::default()),
            Err(CaseError::NotAllowed { .. })
        ));
        assert!(matches!(
            stage_one_responded().extend(date("2026-03-17"), 5, "x".into(), true, &Policy::default()),
            Err(CaseError::NotAllowed { .. })
        ));
    }

    #[test]
    fn a_refusal_without_reasons_is_refused() {
        let policy = Policy::default();
        let case = complaint("2026-03-02");
        assert_eq!(
            case.refuse(date("2026-03-03"), vec![], "It is in court".into(), &policy),
            Err(CaseError::RefusalWithoutReasons)
        );
        assert_eq!(
            case.refuse(date("2026-03-03"), vec!["legal-proceedings".into()], " ".into(), &policy),
            Err(CaseError::RefusalWithoutExplanation)
        );
        let refused = case
            .refuse(
                date("2026-03-03"),
                vec!["legal-proceedings".into()],
                "The matter is before the county court.".into(),
                &policy,
            )
            .unwrap()
            .case;
        assert_eq!(refused.state(), State::Refused);
        assert_eq!(refused.refusal().unwrap().reasons, ["legal-proceedings"]);
    }

    #[test]
    fn a_refusal_uses_only_the_policy_exclusion_reasons() {
        let policy = Policy { exclusion_reasons: vec!["legal-proceedings".into()], ..Policy::default() };
        assert_eq!(
            complaint("2026-03-02").refuse(date("2026-03-03"), vec!["staff-matter".into()], "HR".into(), &policy),
            Err(CaseError::UnknownExclusionReason("staff-matter".into()))
        );
    }

    #[test]
    fn a_complaint_within_the_time_limit_cannot_be_refused_as_too_old() {
        assert_eq!(
            complaint("2026-03-02").refuse(
                date("2026-03-03"),
                vec!["older-than-time-limit".into()],
                "Too old".into(),
                &Policy::default()
            ),
            Err(CaseError::NotOutsideTimeLimit)
        );
        let old = Case::receive(Receipt {
            kind: Kind::Complaint,
            received_on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: Some(date("2024-01-10")),
            became_aware_on: None,
        })
        .unwrap()
        .case;
        assert!(old
            .refuse(
                date("2026-03-03"),
                vec!["older-than-time-limit".into()],
                "The issue was in January 2024.".into(),
                &Policy::default()
            )
            .is_ok());
    }

    #[test]
    fn a_complaint_cannot_be_refused_after_its_stage_one_response() {
        assert!(matches!(
            stage_one_responded().refuse(
                date("2026-03-17"),
                vec!["legal-proceedings".into()],
                "x".into(),
                &Policy::default()
            ),
            Err(CaseError::NotAllowed { .. })
        ));
    }

    #[test]
    fn a_declined_escalation_without_reasons_is_refused() {
        let policy = Policy::default();
        assert_eq!(
            escalated().decline_escalation(date("2026-03-23"), vec![], "x".into(), &policy),
            Err(CaseError::DeclineWithoutReasons)
        );
        assert_eq!(
            escalated().decline_escalation(date("2026-03-23"), vec!["legal-proceedings".into()], "".into(), &policy),
            Err(CaseError::DeclineWithoutExplanation)
        );
        assert_eq!(
            escalated().decline_escalation(date("2026-03-23"), vec!["unreasonable".into()], "x".into(), &policy),
            Err(CaseError::UnknownExclusionReason("unreasonable".into()))
        );
        let declined = escalated()
            .decline_escalation(
                date("2026-03-23"),
                vec!["legal-proceedings".into()],
                "Court proceedings began on 21 March.".into(),
                &policy,
            )
            .unwrap()
            .case;
        assert_eq!(declined.state(), State::EscalationDeclined);
        assert!(declined.close(date("2026-03-24"), Some("Learning".into())).is_ok());
    }

    #[test]
    fn a_response_missing_a_required_part_is_an_error() {
        let without_reasons = complete(Stage::One).reasons(" ");
        let error = acknowledged().respond(date("2026-03-16"), without_reasons).unwrap_err();
        assert_eq!(error, CaseError::Response(ResponseError::Missing(MissingPart::Reasons)));
        assert_eq!(error.to_string(), "The response is missing the reasons for the decision.");
        let without_route = ResponseBuilder::from(response(Stage::One)).how_to_escalate("");
        assert_eq!(
            acknowledged().respond(date("2026-03-16"), without_route).unwrap_err().to_string(),
            "The response is missing how to escalate the complaint to stage 2."
        );
    }

    #[test]
    fn a_response_must_be_for_the_stage_in_progress() {
        assert_eq!(
            acknowledged().respond(date("2026-03-10"), response(Stage::Two)),
            Err(CaseError::ResponseForWrongStage { response_stage: Stage::Two, case_stage: Stage::One })
        );
        assert!(matches!(
            complaint("2026-03-02").respond(date("2026-03-10"), response(Stage::One)),
            Err(CaseError::NotAllowed { .. })
        ));
    }

    #[test]
    fn remedies_and_actions_are_not_due_before_the_response() {
        let error = acknowledged().respond(date("2026-06-01"), response(Stage::One)).unwrap_err();
        assert!(matches!(error, CaseError::ActionDueBeforeResponse { .. }), "{error}");
    }

    #[test]
    fn steps_cannot_be_dated_before_the_last_event() {
        assert_eq!(
            acknowledged().respond(date("2026-03-02"), response(Stage::One)),
            Err(CaseError::DateBeforeLastEvent { on: date("2026-03-02"), last: date("2026-03-03") })
        );
    }

    #[test]
    fn the_issue_cannot_be_after_the_receipt() {
        assert!(matches!(
            Case::receive(Receipt {
                kind: Kind::Complaint,
                received_on: date("2026-03-02"),
                channel: Channel::Online,
                made_by: MadeBy::Customer,
                issue_occurred_on: Some(date("2026-03-05")),
                became_aware_on: None,
            }),
            Err(CaseError::DateAfterReceipt { what: "issue", .. })
        ));
    }

    #[test]
    fn a_complaint_can_be_withdrawn_while_open_only() {
        let withdrawn = acknowledged().withdraw(date("2026-03-05"), Some("Resolved by phone".into())).unwrap().case;
        assert_eq!(withdrawn.state(), State::Withdrawn);
        assert_eq!(withdrawn.ended_on(), Some(date("2026-03-05")));
        assert!(withdrawn.withdraw(date("2026-03-06"), None).is_err());
    }

    #[test]
    fn a_complaint_is_closed_with_a_learning_outcome() {
        assert_eq!(
            stage_one_responded().close(date("2026-03-17"), Some(" ".into())),
            Err(CaseError::ClosingWithoutLearningOutcome)
        );
        assert!(matches!(
            acknowledged().close(date("2026-03-17"), Some("x".into())),
            Err(CaseError::NotAllowed { .. })
        ));
    }

    #[test]
    fn the_survey_is_sent_once_after_closure() {
        assert!(stage_one_responded().record_survey_sent(date("2026-03-17")).is_err());
        let closed = stage_one_responded().close(date("2026-03-17"), Some("x".into())).unwrap().case;
        let surveyed = closed.record_survey_sent(date("2026-03-18")).unwrap().case;
        assert!(surveyed.record_survey_sent(date("2026-03-19")).is_err());
    }

    #[test]
    fn a_complaint_outside_the_time_limit_is_accepted_only_with_recorded_discretion() {
        let policy = Policy::default();
        let old = Case::receive(Receipt {
            kind: Kind::Complaint,
            received_on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: Some(date("2024-01-10")),
            became_aware_on: None,
        })
        .unwrap()
        .case;
        assert_eq!(
            old.accept_outside_time_limit(date("2026-03-03"), alice(), "".into(), &policy),
            Err(CaseError::DiscretionWithoutReason)
        );
        assert_eq!(
            old.acknowledge_stage_one(date("2026-03-03"), alice(), definition(), &policy),
            Err(CaseError::OutsideTimeLimit { ended_on: date("2025-01-10") })
        );
        let accepted = old
            .accept_outside_time_limit(
                date("2026-03-03"),
                alice(),
                "Ongoing damp; first reported in 2024".into(),
                &policy,
            )
            .unwrap()
            .case;
        assert_eq!(accepted.time_limit_waived().unwrap().by, alice());
        assert!(accepted.acknowledge_stage_one(date("2026-03-04"), alice(), definition(), &policy).is_ok());
        assert_eq!(
            complaint("2026-03-02").accept_outside_time_limit(date("2026-03-03"), alice(), "x".into(), &policy),
            Err(CaseError::WithinTimeLimit)
        );
    }

    #[test]
    fn a_formal_enquiry_is_answered_then_closed() {
        let enquiry = Case::receive(Receipt {
            kind: Kind::FormalEnquiry,
            received_on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: None,
            became_aware_on: None,
        })
        .unwrap()
        .case;
        assert!(matches!(
            enquiry.acknowledge_stage_one(date("2026-03-03"), alice(), definition(), &Policy::default()),
            Err(CaseError::WrongKind { kind: Kind::FormalEnquiry, .. })
        ));
        let answered = enquiry.answer_enquiry(date("2026-03-10")).unwrap().case;
        assert_eq!(answered.state(), State::EnquiryAnswered);
        let closed = answered.close(date("2026-03-10"), None).unwrap().case;
        assert_eq!(closed.state(), State::Closed);
    }

    #[test]
    fn a_compliment_is_passed_on_then_closed() {
        let compliment = Case::receive(Receipt {
            kind: Kind::Compliment,
            received_on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: None,
            became_aware_on: None,
        })
        .unwrap()
        .case;
        assert_eq!(
            compliment.pass_on_compliment(date("2026-03-03"), " ".into()),
            Err(CaseError::Blank("team or person the compliment was passed to"))
        );
        assert!(matches!(compliment.answer_enquiry(date("2026-03-03")), Err(CaseError::WrongKind { .. })));
        let passed = compliment.pass_on_compliment(date("2026-03-03"), "Repairs team".into()).unwrap().case;
        assert_eq!(passed.passed_on(), Some((date("2026-03-03"), "Repairs team")));
        assert!(passed.close(date("2026-03-03"), None).is_ok());
    }

    #[test]
    fn a_contact_frequency_is_at_least_every_working_day() {
        assert_eq!(
            acknowledged().agree_contact_frequency(date("2026-03-03"), 0, "phone".into()),
            Err(CaseError::ContactFrequencyOfZeroDays)
        );
        let agreed = acknowledged().agree_contact_frequency(date("2026-03-03"), 3, "phone".into()).unwrap().case;
        assert_eq!(agreed.contact_frequency().unwrap().every_working_days, 3);
    }

    #[test]
    fn replay_refuses_a_history_that_breaks_a_rule() {
        let stage_one = Event::Acknowledged {
            stage: Stage::One,
            on: date("2026-03-03"),
            handler: alice(),
            definition: definition(),
        };
        assert_eq!(Case::replay(std::slice::from_ref(&stage_one)), Err(CaseError::NoReceipt));
        assert_eq!(Case::replay(&[]), Err(CaseError::NoReceipt));
        let received = Event::Received {
            kind: Kind::Complaint,
            on: date("2026-03-02"),
            channel: Channel::Online,
            made_by: MadeBy::Customer,
            issue_occurred_on: None,
            became_aware_on: None,
        };
        let stage_two =
            Event::Acknowledged { stage: Stage::Two, on: date("2026-03-04"), handler: bob(), definition: definition() };
        assert!(matches!(Case::replay(&[received, stage_one, stage_two]), Err(CaseError::NotAllowed { .. })));
    }

    #[test]
    fn events_round_trip_through_storage() {
        let events = vec![
            Event::Received {
                kind: Kind::Complaint,
                on: date("2026-03-02"),
                channel: Channel::Online,
                made_by: MadeBy::Customer,
                issue_occurred_on: None,
                became_aware_on: None,
            },
            Event::Acknowledged {
                stage: Stage::One,
                on: date("2026-03-03"),
                handler: alice(),
                definition: definition(),
            },
            Event::Responded { on: date("2026-03-16"), response: Box::new(response(Stage::One)) },
        ];
        // Stored one JSON object an event, as the database keeps them.
        let stored: Vec<String> = events.iter().map(|event| serde_json::to_string(event).unwrap()).collect();
        assert!(stored[0].starts_with(r#"{"event":"received","kind":"complaint""#), "{}", stored[0]);
        let back: Vec<Event> = stored.iter().map(|text| serde_json::from_str(text).unwrap()).collect();
        assert_eq!(back, events);
        assert!(Case::replay(&back).is_ok());
    }

    #[test]
    fn overall_decision_is_kept_with_the_response() {
        let case = stage_one_responded();
        let record = case.stage(Stage::One).unwrap();
        assert_eq!(record.response.as_ref().unwrap().overall_decision(), Decision::PartlyUpheld);
        assert_eq!(record.handler(), Some(&alice()));
    }
}
