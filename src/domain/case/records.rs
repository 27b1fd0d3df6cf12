//! What a case keeps of each part of its life: the stages, extensions, the escalation, a refusal, staff
//! discretion and the contact frequency agreed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::CaseError;
use crate::domain::response::{ComplaintDefinition, Response};
use crate::domain::{is_blank, StaffId};

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

impl Discretion {
    /// A decision at staff discretion: it must give its reason.
    pub(super) fn new(on: NaiveDate, by: &StaffId, reason: &str) -> Result<Discretion, CaseError> {
        if is_blank(reason) {
            return Err(CaseError::DiscretionWithoutReason);
        }
        Ok(Discretion { on, by: by.clone(), reason: reason.to_string() })
    }
}

impl Refusal {
    /// A refusal, or a declined escalation: at least one exclusion reason and a written explanation
    /// (Code 2.4, 5.11); `no_reasons` and `no_explanation` say which rule is broken.
    pub(super) fn new(
        on: NaiveDate,
        reasons: &[String],
        explanation: &str,
        no_reasons: CaseError,
        no_explanation: CaseError,
    ) -> Result<Refusal, CaseError> {
        if reasons.iter().all(|reason| is_blank(reason)) {
            return Err(no_reasons);
        }
        if is_blank(explanation) {
            return Err(no_explanation);
        }
        Ok(Refusal { on, reasons: reasons.to_vec(), explanation: explanation.to_string() })
    }
}
