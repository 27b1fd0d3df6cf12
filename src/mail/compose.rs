//! Which messages a submission sends, to whom, in what language and format. Pure: the messages are written
//! out before the case's transaction starts (they need only its reference), and put in the outbox inside it.
//!
//! Recipients follow the consent recorded at submission: the customer, the representative, or both. Letters
//! are in the correspondence language chosen in the journey (which may differ from the pages' language), in
//! large type if large print was asked for. The complaints team is told of every case in its own language.

use chrono::DateTime;
use chrono_tz::Tz;

use super::letters::{self, ReceiptFacts, Sender, StaffFacts};
use super::render::{render, Letter, PrintSize};
use crate::db::models::outbox::NewMessage;
use crate::i18n::{Arg, Lang};
use crate::journeys::promise::next_promise;
use crate::journeys::submission::{CaseKind, Submission};
use crate::journeys::{Answers, Journey};
use crate::policy::calendar::Calendar;
use crate::settings::Settings;

/// Answers never repeated in an email: what people told us about their health.
const PRIVATE_FIELDS: &[&str] = &["disability"];

/// Everything a submission's messages are made from.
pub struct SubmissionMail<'a> {
    pub settings: &'a Settings,
    pub calendar: &'a Calendar,
    pub journey: Journey,
    pub answers: &'a Answers,
    pub submission: &'a Submission,
    /// When it arrived, in England.
    pub received_at: DateTime<Tz>,
    pub channel: &'a str,
    /// The language of the pages it was sent from.
    pub page_language: Lang,
}

impl SubmissionMail<'_> {
    /// The receipt (or a compliment's thanks) for each consenting recipient with an email address, and the
    /// notice for the complaints team.
    pub fn messages(&self, reference: &str) -> Vec<NewMessage> {
        let received_on = self.received_at.date_naive();
        let s = self.submission;
        let settings = self.settings;
        let sender = Sender { landlord: &settings.landlord, policy: &settings.policy };
        let lang = Lang::from_tag(&s.customer.correspondence_language).unwrap_or(Lang::En);
        let size = PrintSize::for_format(&s.customer.correspondence_format);
        let promise = next_promise(s.kind, received_on, &settings.policy, self.calendar);
        let (answers, left_out) = self.answer_summary(lang);
        let send_to = s.representative.as_ref().map_or("customer", |r| r.send_to.as_str());
        let mut recipients = Vec::new();
        if matches!(send_to, "customer" | "both") {
            if let Some(email) = &s.customer.email {
                recipients.push(("customer", s.customer.name.as_str(), email.as_str()));
            }
        }
        if let Some(rep) = s.representative.as_ref().filter(|_| matches!(send_to, "representative" | "both")) {
            if let Some(email) = &rep.email {
                recipients.push(("representative", rep.name.as_str(), email.as_str()));
            }
        }
        let mut out = Vec::new();
        for &(role, name, address) in &recipients {
            let facts = ReceiptFacts {
                kind: s.kind,
                reference,
                received_on,
                promise,
                recipient_name: name,
                customer_name: &s.customer.name,
                to_representative: role == "representative",
                answers: answers.clone(),
                left_out_private: left_out,
                happy_to_be_named: s.happy_to_be_named,
            };
            let letter = if s.kind == CaseKind::Compliment {
                letters::compliment_thanks(lang, sender, &facts)
            } else {
                letters::receipt(lang, sender, &facts)
            };
            out.push(message(&letter, size, role, name, address));
        }
        let staff_lang = Lang::from_tag(&settings.mail.staff_language).unwrap_or(Lang::En);
        let mut requests: Vec<&str> =
            s.adjustments.iter().map(|a| a.kind).filter(|k| !PRIVATE_FIELDS.contains(k)).collect();
        requests.sort_unstable();
        requests.dedup();
        let staff = StaffFacts {
            kind: s.kind,
            reference,
            received_at: self.received_at,
            channel: self.channel,
            made_by: s.made_by,
            role: s.representative.as_ref().map(|r| {
                let key = if s.made_by == "official" { "official-role" } else { "rep-role" };
                staff_lang.t(&format!("option-{key}-{}", r.role))
            }),
            page_language: self.page_language,
            letter_language: lang,
            letter_format: staff_lang.t(&format!("option-letter-format-{}", s.customer.correspondence_format)),
            requests,
            emailed: recipients.iter().map(|(role, _, _)| *role).collect(),
            due: promise.due,
            link: format!("{}/staff/cases/{}", settings.public_base(), reference),
        };
        let notice = letters::staff_new_case(staff_lang, &staff);
        let team = staff_lang.t_args("mail-staff-team", &[("landlord", Arg::Text(settings.landlord.name.clone()))]);
        // The team's address may carry its own name: "Complaints <complaints@example.org>".
        let (name, address) = match settings.mail.staff_to.parse::<lettre::message::Mailbox>() {
            Ok(mailbox) => (mailbox.name.unwrap_or(team), mailbox.email.to_string()),
            Err(_) => (team, settings.mail.staff_to.clone()),
        };
        out.push(message(&notice, PrintSize::Standard, "staff", &name, &address));
        out
    }

    /// The answers as (question, answer) in `lang`, leaving out health information; and whether any was left
    /// out.
    fn answer_summary(&self, lang: Lang) -> (Vec<(String, String)>, bool) {
        let mut left_out = false;
        let mut rows = Vec::new();
        for a in crate::views::pages::answer_texts(lang, self.journey, self.answers) {
            if PRIVATE_FIELDS.contains(&a.field) {
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

/// A letter written out and addressed.
pub fn message(letter: &Letter, size: PrintSize, role: &str, name: &str, address: &str) -> NewMessage {
    let rendered = render(letter, size);
    NewMessage {
        kind: letter.kind.clone(),
        recipient_role: role.to_string(),
        to_name: name.to_string(),
        to_address: address.to_string(),
        language: letter.lang.tag().to_string(),
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journeys::submission::build;

    /// The recipients' roles and addresses for a complaint made on someone's behalf.
    fn recipients(send_to: &str, customer_email: &str) -> Vec<(String, String)> {
        let answers = Answers::from_pairs(&[
            ("who", "someone-else"),
            ("rep-role", "advocate"),
            ("rep-name", "Asha Begum"),
            ("rep-email", "asha@advocacy.example"),
            ("consent", "written"),
            ("send-to", send_to),
            ("customer-name", "Rahim Uddin"),
            ("tenure", "tenant"),
            ("what-happened", "Damp"),
            ("contact-methods", "email"),
            ("email", customer_email),
            ("letter-language", "bn"),
            ("letter-format", "large-print"),
            ("disability", "I use a wheelchair"),
        ]);
        let mut settings = Settings::default();
        settings.mail.staff_to = "Complaints team <complaints@haltonhousing.org>".into();
        settings.fill_defaults();
        let calendar = Calendar::england_and_wales();
        let submission = build(Journey::Complaint, &answers, "en");
        let mail = SubmissionMail {
            settings: &settings,
            calendar: &calendar,
            journey: Journey::Complaint,
            answers: &answers,
            submission: &submission,
            received_at: chrono::Utc::now().with_timezone(&chrono_tz::Europe::London),
            channel: "online",
            page_language: Lang::En,
        };
        let messages = mail.messages("HH-2345-6789");
        let staff = messages.last().unwrap();
        assert_eq!((staff.recipient_role.as_str(), staff.language.as_str()), ("staff", "en"));
        assert_eq!(
            (staff.to_name.as_str(), staff.to_address.as_str()),
            ("Complaints team", "complaints@haltonhousing.org")
        );
        assert!(!staff.body_text.contains("wheelchair") && !staff.body_text.contains("Damp"), "{}", staff.body_text);
        for m in &messages[..messages.len() - 1] {
            assert_eq!(m.language, "bn");
            assert!(m.body_html.contains("font-size:18pt"), "large print");
            assert!(!m.body_text.contains("wheelchair"), "no health information by email");
        }
        messages[..messages.len() - 1].iter().map(|m| (m.recipient_role.clone(), m.to_address.clone())).collect()
    }

    #[test]
    fn letters_follow_the_consent_recorded() {
        let customer = ("customer".to_string(), "rahim@example.org".to_string());
        let representative = ("representative".to_string(), "asha@advocacy.example".to_string());
        assert_eq!(recipients("customer", "rahim@example.org"), vec![customer.clone()]);
        assert_eq!(recipients("representative", "rahim@example.org"), vec![representative.clone()]);
        assert_eq!(recipients("both", "rahim@example.org"), vec![customer, representative.clone()]);
        // With no email address for the customer, only the representative can be emailed.
        assert_eq!(recipients("both", ""), vec![representative]);
        assert!(recipients("customer", "").is_empty());
    }
}
