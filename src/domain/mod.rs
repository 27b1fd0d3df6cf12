//! The rules of a case's life as pure functions: the stage machine, what each response must
//! contain, and the deadlines that follow from what has happened.
//!
//! Everything here takes its facts as arguments (the case's events, the [`crate::policy::Policy`],
//! the [`crate::policy::calendar::Calendar`], today's date) and returns a decision or a specific
//! error. It deliberately does no I/O: no HTTP, SQL, HTML, clock or configuration file. The
//! use cases in `crate::app` record the events a transition returns, with the case's projection
//! and its letters, in one transaction; views render what the domain decides.

pub mod case;
pub mod correspondence;
pub mod deadlines;
pub mod email;
pub mod password;
pub mod response;
pub mod staff;
pub mod two_factor;

use std::fmt;

use serde::{Deserialize, Serialize};

/// One of the two stages of the complaint procedure. There is no other (Code 5.2, 5.3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stage {
    One,
    Two,
}

impl Stage {
    /// The stage's number, for messages.
    pub fn number(self) -> u8 {
        match self {
            Stage::One => 1,
            Stage::Two => 2,
        }
    }
}

impl fmt::Display for Stage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "stage {}", self.number())
    }
}

/// The kind of contact a case records. Every kind is a case with a reference, a lifecycle and
/// deadlines: a service request too is "recorded, routed, monitored and reviewed" (Code 1.4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The two-stage procedure.
    Complaint,
    /// A first request for a service or for information: routed to the service that handles it.
    ServiceRequest,
    /// An enquiry through an MP, councillor, board member or independent advocate: answered
    /// within the policy's formal enquiry time.
    FormalEnquiry,
    /// Thanks passed on to the team or person within the policy's time.
    Compliment,
    /// A document or all correspondence in another format or language: fulfilled, and kept as the
    /// customer's standing preference.
    FormatRequest,
}

impl Kind {
    pub const ALL: [Kind; 5] =
        [Kind::Complaint, Kind::ServiceRequest, Kind::FormalEnquiry, Kind::Compliment, Kind::FormatRequest];

    /// The kind as stored and as used in message keys: `complaint`, `service-request`…
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Complaint => "complaint",
            Kind::ServiceRequest => "service-request",
            Kind::FormalEnquiry => "formal-enquiry",
            Kind::Compliment => "compliment",
            Kind::FormatRequest => "format-request",
        }
    }

    pub fn parse(value: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == value)
    }

    /// Whether the Housing Ombudsman's details go with everything the customer is sent about it
    /// (Code 1.3, 6.5, 6.9): only complaints.
    pub fn tells_of_the_ombudsman(self) -> bool {
        self == Kind::Complaint
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Complaint => "complaint",
            Kind::ServiceRequest => "service request",
            Kind::FormalEnquiry => "formal enquiry",
            Kind::Compliment => "compliment",
            Kind::FormatRequest => "format request",
        })
    }
}

/// How a case reached the landlord. Staff log contacts received by any route, with the channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Channel {
    Online,
    Telephone,
    Email,
    Letter,
    InPerson,
    App,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Telephone => "telephone",
            Channel::Email => "email",
            Channel::Letter => "letter",
            Channel::InPerson => "in-person",
            Channel::App => "app",
        }
    }
}

/// Who made the contact: the customer, someone acting for them, or an MP, councillor, board member
/// (whose contact is a formal enquiry).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum MadeBy {
    Customer,
    Representative,
    Official,
}

impl MadeBy {
    pub fn as_str(self) -> &'static str {
        match self {
            MadeBy::Customer => "customer",
            MadeBy::Representative => "representative",
            MadeBy::Official => "official",
        }
    }

    /// Whether someone acts on the customer's behalf.
    pub fn on_behalf(self) -> bool {
        self != MadeBy::Customer
    }
}

/// Who recorded an event: stored beside it, never inside the domain's decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// The customer or someone acting for them, through the public site.
    Public(MadeBy),
    Staff(StaffId),
    /// The service itself (scheduled work).
    System,
}

impl Actor {
    /// The stored kind: `customer`, `representative`, `official`, `staff` or `system`.
    pub fn kind(&self) -> &'static str {
        match self {
            Actor::Public(made_by) => made_by.as_str(),
            Actor::Staff(_) => "staff",
            Actor::System => "system",
        }
    }

    pub fn id(&self) -> Option<&str> {
        match self {
            Actor::Staff(id) => Some(&id.0),
            _ => None,
        }
    }
}

/// A member of staff, by the identifier the web site gives them. The domain compares
/// identifiers (Code 6.13) and never looks inside them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StaffId(pub String);

impl fmt::Display for StaffId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for StaffId {
    fn from(id: &str) -> Self {
        StaffId(id.to_string())
    }
}

/// Text that must say something: trimmed, and not empty.
pub(crate) fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}
