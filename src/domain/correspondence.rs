//! The rules every letter follows, whatever the case and however it is sent: who may be written to
//! under the consent recorded, and what is never put in a letter. Email receipts use them today; the
//! back office's letters, the print view and the large-print, Braille and audio formats will too.

use serde::{Deserialize, Serialize};

/// Who a representative asked us to write to, with the customer's consent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SendTo {
    Customer,
    Representative,
    Both,
}

impl SendTo {
    pub fn parse(value: &str) -> Option<SendTo> {
        match value {
            "customer" => Some(SendTo::Customer),
            "representative" => Some(SendTo::Representative),
            "both" => Some(SendTo::Both),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            SendTo::Customer => "customer",
            SendTo::Representative => "representative",
            SendTo::Both => "both",
        }
    }
}

/// Who a letter is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    Customer,
    Representative,
    /// The landlord's complaints team.
    Staff,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Customer => "customer",
            Role::Representative => "representative",
            Role::Staff => "staff",
        }
    }
}

/// Someone a letter may be sent to: their role, name and address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recipient<'a> {
    pub role: Role,
    pub name: &'a str,
    pub address: &'a str,
}

/// A person on the case and their email address, if they gave one.
#[derive(Clone, Copy, Debug)]
pub struct Contact<'a> {
    pub name: &'a str,
    pub email: Option<&'a str>,
}

/// Letters go to the customer, the representative or both, as consent was recorded, and only to those who
/// gave an address. With no representative, the customer is written to.
pub fn recipients_under_consent<'a>(
    customer: Contact<'a>,
    representative: Option<(Contact<'a>, SendTo)>,
) -> Vec<Recipient<'a>> {
    let send_to = representative.map_or(SendTo::Customer, |(_, send_to)| send_to);
    let mut recipients = Vec::new();
    if matches!(send_to, SendTo::Customer | SendTo::Both) {
        if let Some(address) = customer.email {
            recipients.push(Recipient { role: Role::Customer, name: customer.name, address });
        }
    }
    if let Some((rep, SendTo::Representative | SendTo::Both)) = representative {
        if let Some(address) = rep.email {
            recipients.push(Recipient { role: Role::Representative, name: rep.name, address });
        }
    }
    recipients
}

/// The answers about health, never repeated in a letter or an email: they stay in the case record, seen
/// only by staff who need them.
const HEALTH_ANSWERS: &[&str] = &["disability"];

/// Whether an answer is health information, which no letter repeats.
pub fn is_health_information(field: &str) -> bool {
    HEALTH_ANSWERS.contains(&field)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(recipients: &[Recipient<'_>]) -> Vec<Role> {
        recipients.iter().map(|r| r.role).collect()
    }

    #[test]
    fn letters_follow_the_consent_recorded() {
        let customer = Contact { name: "Rahim", email: Some("rahim@example.org") };
        let rep = Contact { name: "Asha", email: Some("asha@example.org") };
        assert_eq!(roles(&recipients_under_consent(customer, None)), [Role::Customer]);
        assert_eq!(roles(&recipients_under_consent(customer, Some((rep, SendTo::Customer)))), [Role::Customer]);
        assert_eq!(
            roles(&recipients_under_consent(customer, Some((rep, SendTo::Representative)))),
            [Role::Representative]
        );
        assert_eq!(
            roles(&recipients_under_consent(customer, Some((rep, SendTo::Both)))),
            [Role::Customer, Role::Representative]
        );
    }

    #[test]
    fn only_people_who_gave_an_address_are_emailed() {
        let customer = Contact { name: "Rahim", email: None };
        let rep = Contact { name: "Asha", email: Some("asha@example.org") };
        assert_eq!(roles(&recipients_under_consent(customer, Some((rep, SendTo::Both)))), [Role::Representative]);
        assert!(recipients_under_consent(customer, Some((rep, SendTo::Customer))).is_empty());
    }

    #[test]
    fn health_information_is_never_put_in_a_letter() {
        assert!(is_health_information("disability"));
        assert!(!is_health_information("what-happened"));
    }
}
