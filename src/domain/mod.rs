//! The rules of a case's life as pure functions: the stage machine, what each response must
//! contain, and the deadlines that follow from what has happened.
//!
//! Everything here takes its facts as arguments (the case's events, the [`crate::policy::Policy`],
//! the [`crate::policy::calendar::Calendar`], today's date) and returns a decision or a specific
//! error. It deliberately does no I/O: no HTTP, SQL, HTML, clock or configuration file. The
//! web site records the events a transition returns and renders what the domain decides.

pub mod case;
pub mod deadlines;
pub mod response;

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

/// The kind of contact a case records. Service requests (first requests for a service) are not
/// cases: they are routed to the service that handles them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The two-stage procedure.
    Complaint,
    /// An enquiry through an MP, councillor, board member or independent advocate: answered
    /// within the policy's formal enquiry time.
    FormalEnquiry,
    /// Thanks passed on to the team or person within the policy's time.
    Compliment,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Complaint => "complaint",
            Kind::FormalEnquiry => "formal enquiry",
            Kind::Compliment => "compliment",
        })
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
