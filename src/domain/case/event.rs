//! The events: what happened to a case, when. Stored one a row as JSON (`crate::db::models::event`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::response::{ComplaintDefinition, Response};
use crate::domain::{Channel, Kind, MadeBy, StaffId, Stage};

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
