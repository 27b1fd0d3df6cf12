//! Which letters a new case sends, to whom, in what language and format. Pure: the letters are written out
//! before the case's transaction starts (they need only its reference), and put in the outbox inside it.
//!
//! Recipients follow the consent recorded at submission ([`correspondence::recipients_under_consent`]), and
//! no letter repeats health information ([`correspondence::is_health_information`]). Letters are in the
//! correspondence language chosen in the journey (which may differ from the pages' language), in large type
//! if large print was asked for. The complaints team is told of every case in its own language.

use chrono::DateTime;
use chrono_tz::Tz;

use super::{compliment_thanks, receipt, staff_new_case, Letter, PrintSize, ReceiptFacts, Sender, StaffFacts};
use crate::domain::correspondence::{self, Contact, Role};
use crate::domain::deadlines::Promise;
use crate::domain::{Channel, Kind};
use crate::i18n::{Arg, Lang};
use crate::journeys::submission::Submission;
use crate::journeys::summary::answer_texts;
use crate::journeys::{Answers, Journey};
use crate::settings::Settings;

/// A letter with who it goes to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Addressed {
    pub letter: Letter,
    pub size: PrintSize,
    pub role: Role,
    pub name: String,
    pub address: String,
}

/// Everything a new case's letters are made from.
pub struct NewCase<'a> {
    pub settings: &'a Settings,
    pub journey: Journey,
    pub answers: &'a Answers,
    pub submission: &'a Submission,
    pub reference: &'a str,
    /// When it arrived, in England.
    pub received_at: DateTime<Tz>,
    pub channel: Channel,
    /// The language of the pages it was sent from.
    pub page_language: Lang,
    /// What the customer is told happens next (the same promise the confirmation page makes).
    pub promise: Promise,
}

impl NewCase<'_> {
    /// The receipt (or a compliment's thanks) for each consenting recipient with an email address, and the
    /// notice for the complaints team.
    pub fn letters(&self) -> Vec<Addressed> {
        let received_on = self.received_at.date_naive();
        let s = self.submission;
        let settings = self.settings;
        let sender = Sender { landlord: &settings.landlord, policy: &settings.policy };
        let lang = s.customer.correspondence_language;
        let size = PrintSize::for_format(s.customer.correspondence_format);
        let (answers, left_out) = self.answer_summary(lang);
        let customer = Contact { name: &s.customer.name, email: s.customer.email.as_ref().map(|e| e.as_str()) };
        let representative = s
            .representative
            .as_ref()
            .map(|rep| (Contact { name: &rep.name, email: rep.email.as_ref().map(|e| e.as_str()) }, rep.send_to));
        let recipients = correspondence::recipients_under_consent(customer, representative);
        let mut out = Vec::new();
        for recipient in &recipients {
            let facts = ReceiptFacts {
                kind: s.kind,
                reference: self.reference,
                received_on,
                promise: self.promise,
                recipient_name: recipient.name,
                customer_name: &s.customer.name,
                to_representative: recipient.role == Role::Representative,
                answers: answers.clone(),
                left_out_private: left_out,
                happy_to_be_named: s.happy_to_be_named,
            };
            let letter = if s.kind == Kind::Compliment {
                compliment_thanks(lang, sender, &facts)
            } else {
                receipt(lang, sender, &facts)
            };
            out.push(Addressed {
                letter,
                size,
                role: recipient.role,
                name: recipient.name.to_string(),
                address: recipient.address.to_string(),
            });
        }
        let staff_lang = settings.mail.staff_language;
        let mut requests: Vec<&str> = s
            .adjustments
            .iter()
            .map(|a| a.kind.as_str())
            .filter(|k| !correspondence::is_health_information(k))
            .collect();
        requests.sort_unstable();
        requests.dedup();
        let staff = StaffFacts {
            kind: s.kind,
            reference: self.reference,
            received_at: self.received_at,
            channel: self.channel,
            made_by: s.made_by,
            // The notice's own short role name ("independent advocate"), not the form's option label.
            role: s.representative.as_ref().map(|r| staff_lang.t(&format!("mail-staff-role-{}", r.role.as_str()))),
            page_language: self.page_language,
            letter_language: lang,
            letter_format: staff_lang.t(&format!("option-letter-format-{}", s.customer.correspondence_format.as_str())),
            requests,
            emailed: recipients.iter().map(|r| r.role.as_str()).collect(),
            due: self.promise.due,
            link: format!("{}/staff/cases/{}", settings.public_base(), self.reference),
        };
        let notice = staff_new_case(staff_lang, &staff);
        let team = staff_lang.t_args("mail-staff-team", &[("landlord", Arg::Text(settings.landlord.name.clone()))]);
        // The team's address may carry its own name: "Complaints <complaints@example.org>".
        let staff_to = &settings.mail.staff_to;
        let (name, address) = (staff_to.name.clone().unwrap_or(team), staff_to.email.to_string());
        out.push(Addressed { letter: notice, size: PrintSize::Standard, role: Role::Staff, name, address });
        out
    }

    /// The answers as (question, answer) in `lang`, leaving out health information; and whether any was left
    /// out.
    fn answer_summary(&self, lang: Lang) -> (Vec<(String, String)>, bool) {
        let mut left_out = false;
        let mut rows = Vec::new();
        for a in answer_texts(lang, self.journey, self.answers) {
            if correspondence::is_health_information(a.field) {
                left_out |= !a.text.is_empty();
                continue;
            }
            if !a.text.is_empty() {
                rows.push((a.question, a.text));
            }
        }
        (rows, left_out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deadlines::DeadlineKind;
    use crate::journeys::submission::parse;
    use crate::letters::render::render;

    /// The recipients' roles and addresses for a complaint made on someone's behalf.
    fn recipients(send_to: &str, customer_email: &str) -> Vec<(Role, String)> {
        let answers = crate::journeys::submission::tests::complaint(&[
            ("who", "someone-else"),
            ("rep-role", "advocate"),
            ("rep-name", "Asha Begum"),
            ("rep-email", "asha@advocacy.example"),
            ("consent", "written"),
            ("send-to", send_to),
            ("customer-name", "Rahim Uddin"),
            ("what-happened", "Damp"),
            ("contact-methods", if customer_email.is_empty() { "phone" } else { "email" }),
            ("email", customer_email),
            ("phone", "01515105000"),
            ("letter-language", "bn"),
            ("letter-format", "large-print"),
            ("disability", "I use a wheelchair"),
        ]);
        let mut settings = Settings::default();
        settings.mail.staff_to = "Complaints team <complaints@haltonhousing.org>".parse().unwrap();
        let submission = parse(Journey::Complaint, &answers, chrono::Utc::now().date_naive(), Lang::En)
            .expect("a finished complaint");
        let received_at = chrono::Utc::now().with_timezone(&chrono_tz::Europe::London);
        let promise = Promise {
            kind: DeadlineKind::StageOneAcknowledgement,
            due: received_at.date_naive(),
            working_days: 5,
            later_days: 10,
        };
        let new_case = NewCase {
            settings: &settings,
            journey: Journey::Complaint,
            answers: &answers,
            submission: &submission,
            reference: "HH-2345-6789",
            received_at,
            channel: Channel::Online,
            page_language: Lang::En,
            promise,
        };
        let letters = new_case.letters();
        let staff = letters.last().unwrap();
        assert_eq!((staff.role, staff.letter.lang), (Role::Staff, Lang::En));
        assert_eq!((staff.name.as_str(), staff.address.as_str()), ("Complaints team", "complaints@haltonhousing.org"));
        let staff_text = render(&staff.letter, staff.size).text;
        assert!(!staff_text.contains("wheelchair") && !staff_text.contains("Damp"), "{staff_text}");
        for addressed in &letters[..letters.len() - 1] {
            assert_eq!(addressed.letter.lang, Lang::Bn);
            let rendered = render(&addressed.letter, addressed.size);
            assert!(rendered.html.contains("font-size:18pt"), "large print");
            assert!(!rendered.text.contains("wheelchair"), "no health information by email");
        }
        letters[..letters.len() - 1].iter().map(|a| (a.role, a.address.clone())).collect()
    }

    #[test]
    fn a_new_cases_letters_follow_the_consent_recorded() {
        let customer = (Role::Customer, "rahim@example.org".to_string());
        let representative = (Role::Representative, "asha@advocacy.example".to_string());
        assert_eq!(recipients("customer", "rahim@example.org"), vec![customer.clone()]);
        assert_eq!(recipients("representative", "rahim@example.org"), vec![representative.clone()]);
        assert_eq!(recipients("both", "rahim@example.org"), vec![customer, representative.clone()]);
        // With no email address for the customer, only the representative can be emailed.
        assert_eq!(recipients("both", ""), vec![representative]);
        assert!(recipients("customer", "").is_empty());
    }
}
