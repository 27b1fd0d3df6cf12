//! Why a step is not allowed: each error names the rule, in a sentence a member of staff can act on.

use chrono::NaiveDate;
use thiserror::Error;

use crate::domain::response::{DefinitionError, ResponseError};
use crate::domain::{Kind, StaffId, Stage};

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
