//! What a finished journey records: its answers turned into the case, the customer, any representative,
//! contact preferences and adjustments. Pure: the database layer writes a [`Submission`] as it is.

use chrono::NaiveDate;

use super::validate::date_answer;
use super::{Answers, Journey};
use crate::domain::correspondence::SendTo;
use crate::domain::{Kind, MadeBy};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CustomerDetails {
    pub name: String,
    pub address: Option<String>,
    pub postcode: Option<String>,
    pub tenancy_reference: Option<String>,
    pub tenure: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub correspondence_language: String,
    pub correspondence_format: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepresentativeDetails {
    pub name: String,
    pub role: String,
    pub organisation: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub consent: String,
    pub send_to: SendTo,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactPreferences {
    pub methods: String,
    pub frequency: Option<String>,
    pub avoid_times: Option<String>,
}

/// A request for a format, language or adjustment, or a disability the customer chose to tell us about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Adjustment {
    pub kind: &'static str,
    pub detail: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submission {
    pub kind: Kind,
    pub made_by: MadeBy,
    pub customer: CustomerDetails,
    pub representative: Option<RepresentativeDetails>,
    pub summary: String,
    pub outcome_wanted: Option<String>,
    pub occurred_on: Option<NaiveDate>,
    pub first_request: Option<bool>,
    pub about: Option<String>,
    pub happy_to_be_named: Option<bool>,
    pub document: Option<String>,
    pub document_reference: Option<String>,
    pub contact: Option<ContactPreferences>,
    pub adjustments: Vec<Adjustment>,
}

fn owned(answers: &Answers, name: &str) -> Option<String> {
    answers.get(name).map(str::to_string)
}

/// Builds the submission from complete answers. `page_language` is used for letters when the journey did not
/// ask (compliments).
pub fn build(journey: Journey, answers: &Answers, page_language: &str) -> Submission {
    let who = answers.get("who").unwrap_or("myself");
    let made_by = match who {
        "someone-else" => MadeBy::Representative,
        "official" => MadeBy::Official,
        _ => MadeBy::Customer,
    };
    let representative = made_by.on_behalf().then(|| RepresentativeDetails {
        name: answers.value("rep-name").to_string(),
        role: owned(answers, if who == "official" { "official-role" } else { "rep-role" }).unwrap_or_default(),
        organisation: owned(answers, "rep-organisation"),
        email: owned(answers, "rep-email"),
        phone: owned(answers, "rep-phone"),
        consent: answers.value("consent").to_string(),
        send_to: answers.get("send-to").and_then(SendTo::parse).unwrap_or(SendTo::Customer),
    });
    let language = answers.get("letter-language").unwrap_or(page_language).to_string();
    let format = answers.get("letter-format").unwrap_or("standard").to_string();
    let customer = CustomerDetails {
        name: answers.value("customer-name").to_string(),
        address: owned(answers, "customer-address"),
        postcode: owned(answers, "customer-postcode").map(|p| p.to_uppercase()),
        tenancy_reference: owned(answers, "tenancy-reference"),
        tenure: owned(answers, "tenure"),
        email: owned(answers, "email"),
        phone: owned(answers, "phone"),
        correspondence_language: language.clone(),
        correspondence_format: format.clone(),
    };
    let mut adjustments = Vec::new();
    if format != "standard" {
        adjustments.push(Adjustment { kind: "format", detail: format });
    }
    if language != "en" && answers.get("letter-language").is_some() {
        adjustments.push(Adjustment { kind: "language", detail: language });
    }
    if let Some(text) = owned(answers, "adjustments") {
        adjustments.push(Adjustment { kind: "adjustment", detail: text });
    }
    if let Some(text) = owned(answers, "disability") {
        adjustments.push(Adjustment { kind: "disability", detail: text });
    }
    // A format request is sent by post or email: that choice is its contact preference.
    let methods = match answers.get("send-by") {
        Some("post") => Some("letter"),
        Some(_) => Some("email"),
        None => answers.get("contact-methods"),
    };
    let contact = methods.map(|methods| ContactPreferences {
        methods: methods.to_string(),
        frequency: owned(answers, "update-frequency"),
        avoid_times: owned(answers, "avoid-times"),
    });
    let formal = who == "official" || answers.get("rep-role") == Some("advocate");
    let (kind, summary) = match journey {
        Journey::Complaint if answers.get("route") == Some("service-request") => {
            (Kind::ServiceRequest, answers.value("what-happened"))
        }
        Journey::Complaint => (Kind::Complaint, answers.value("what-happened")),
        Journey::Enquiry if formal => (Kind::FormalEnquiry, answers.value("request")),
        Journey::Enquiry => (Kind::ServiceRequest, answers.value("request")),
        Journey::Compliment => (Kind::Compliment, answers.value("compliment-what")),
        Journey::Format => (Kind::FormatRequest, answers.value("document")),
    };
    Submission {
        kind,
        made_by,
        customer,
        representative,
        summary: summary.to_string(),
        outcome_wanted: owned(answers, "outcome"),
        occurred_on: date_answer(answers, "when"),
        first_request: answers.get("asked-before").map(|v| v == "no"),
        about: owned(answers, "compliment-about"),
        happy_to_be_named: answers.get("named").map(|v| v == "yes"),
        document: owned(answers, "document"),
        document_reference: owned(answers, "document-reference"),
        contact,
        adjustments,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, &str)]) -> Answers {
        Answers::from_pairs(pairs)
    }

    #[test]
    fn an_enquiry_from_an_mp_is_a_formal_enquiry() {
        let a = answers(&[("who", "official"), ("official-role", "mp"), ("rep-name", "A Member"), ("request", "x")]);
        let s = build(Journey::Enquiry, &a, "en");
        assert_eq!(s.kind, Kind::FormalEnquiry);
        assert_eq!(s.made_by, MadeBy::Official);
        assert_eq!(s.representative.unwrap().role, "mp");
    }

    #[test]
    fn an_enquiry_from_an_independent_advocate_is_a_formal_enquiry() {
        let a = answers(&[("who", "someone-else"), ("rep-role", "advocate"), ("request", "x")]);
        assert_eq!(build(Journey::Enquiry, &a, "en").kind, Kind::FormalEnquiry);
        let a = answers(&[("who", "someone-else"), ("rep-role", "family-friend"), ("request", "x")]);
        assert_eq!(build(Journey::Enquiry, &a, "en").kind, Kind::ServiceRequest);
    }

    #[test]
    fn a_first_request_routed_as_a_service_request_is_not_a_complaint() {
        let a = answers(&[("what-happened", "x"), ("asked-before", "no"), ("route", "service-request")]);
        let s = build(Journey::Complaint, &a, "en");
        assert_eq!(s.kind, Kind::ServiceRequest);
        assert_eq!(s.first_request, Some(true));
        let a = answers(&[("what-happened", "x"), ("asked-before", "no"), ("route", "complaint")]);
        assert_eq!(build(Journey::Complaint, &a, "en").kind, Kind::Complaint);
    }

    #[test]
    fn formats_languages_adjustments_and_disclosures_are_recorded() {
        let a = answers(&[
            ("letter-language", "ur"),
            ("letter-format", "large-print"),
            ("adjustments", "Please call after 10am"),
            ("disability", "I am partially sighted"),
        ]);
        let s = build(Journey::Complaint, &a, "en");
        let kinds: Vec<&str> = s.adjustments.iter().map(|a| a.kind).collect();
        assert_eq!(kinds, vec!["format", "language", "adjustment", "disability"]);
        assert_eq!(s.customer.correspondence_language, "ur");
    }

    #[test]
    fn a_compliment_uses_the_page_language_for_letters() {
        let a = answers(&[("compliment-what", "Great repair"), ("customer-name", "Ann")]);
        assert_eq!(build(Journey::Compliment, &a, "pl").customer.correspondence_language, "pl");
    }
}
