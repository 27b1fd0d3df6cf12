//! The letters: what each says, from Fluent messages in the recipient's language. Pure: each builder takes
//! the facts it needs and returns a [`Letter`] (the [`document`] model); [`render`] writes a letter out as
//! text and HTML, and [`compose`] decides which letters a new case sends and to whom, under the rules of
//! [`crate::domain::correspondence`]. Nothing here reads the database or sends anything: email is one way a
//! letter leaves (`crate::mail`); the back office's preview, print and other formats are others.
//!
//! Every letter about a complaint ends with the Housing Ombudsman's contact details (Code 1.3, 6.4, 6.9,
//! 6.18). Subjects give the reference and the kind of message, never what the complaint is about.

pub mod compose;
pub mod document;
mod receipt;
pub mod render;
mod staff;
mod stage;

pub use document::{Block, Letter, Link, Note, PrintSize};
pub use receipt::{compliment_thanks, receipt, ReceiptFacts};
// The stage letters are sent by the back office (the staff issues); until then only the tests write them.
pub use staff::{staff_new_case, StaffFacts};
#[allow(unused_imports)]
pub use stage::{
    acknowledgement, extension, refusal, response, AcknowledgementFacts, ExtensionFacts, RefusalFacts, ResponseFacts,
};

use crate::i18n::{Arg, Lang};
use crate::landlord::{tel_href, website_href, Landlord, Localised};
use crate::policy::Policy;

/// Who the letters come from, and the Ombudsman they point to.
#[derive(Clone, Copy)]
pub struct Sender<'a> {
    pub landlord: &'a Landlord,
    pub policy: &'a Policy,
}

pub(crate) fn text(s: impl Into<String>) -> Arg {
    Arg::Text(s.into())
}

impl Sender<'_> {
    pub(crate) fn greeting(&self, lang: Lang, name: &str) -> Block {
        Block::Para(lang.t_args("mail-greeting", &[("name", text(name))]))
    }

    /// How to reach the landlord, and the reference to quote.
    pub(crate) fn contact(&self, lang: Lang, reference: &str) -> Vec<Block> {
        let l = self.landlord;
        vec![
            Block::Heading(lang.t("mail-contact-title")),
            Block::Para(lang.t_args("mail-reference-quote", &[("reference", text(reference))])),
            Block::Para(lang.t("mail-contact-reply")),
            Block::Links(contact_links(
                lang,
                &l.telephone,
                Some(l.opening_hours_in(lang)),
                &l.email,
                &l.website,
                &l.address,
            )),
            Block::Para(lang.t("mail-formats")),
        ]
    }

    /// The Housing Ombudsman's contact details, after a sentence saying when to use them.
    pub(crate) fn ombudsman(&self, lang: Lang, when_key: &str) -> Vec<Block> {
        let o = &self.policy.ombudsman;
        vec![
            Block::Heading(lang.t("ombudsman-title")),
            Block::Para(lang.t(when_key)),
            Block::Para(o.name.clone()),
            Block::Links(contact_links(lang, &o.telephone, None, &o.email, &o.website, &o.address)),
        ]
    }

    /// The sign-off: the complaints team for complaints, the landlord for anything else.
    pub(crate) fn sign_off(&self, lang: Lang, complaint: bool) -> Block {
        let key = if complaint { "mail-sign-off" } else { "mail-sign-off-general" };
        Block::Para(lang.t_args(key, &[("landlord", text(&self.landlord.name))]))
    }

    pub(crate) fn reference(&self, lang: Lang, reference: &str) -> Block {
        Block::Facts(vec![(lang.t("mail-reference"), reference.to_string())])
    }
}

/// Telephone, email, website and post, each with its label, as links where they can be.
pub(crate) fn contact_links(
    lang: Lang,
    phone: &str,
    hours: Option<Localised<'_>>,
    email: &str,
    website: &str,
    address: &str,
) -> Vec<Link> {
    let mut links = vec![Link {
        label: lang.t("contact-phone"),
        value: phone.to_string(),
        href: Some(tel_href(phone)),
        note: hours.filter(|h| !h.text.is_empty()).map(|h| Note { text: h.text.to_string(), lang: h.lang }),
    }];
    if !email.is_empty() {
        links.push(Link {
            label: lang.t("contact-email"),
            value: email.into(),
            href: Some(format!("mailto:{email}")),
            note: None,
        });
    }
    if !website.is_empty() {
        links.push(Link {
            label: lang.t("contact-website"),
            value: website.into(),
            href: Some(website_href(website)),
            note: None,
        });
    }
    links.push(Link { label: lang.t("contact-post"), value: address.into(), href: None, note: None });
    links
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::deadlines::DeadlineKind;
    use crate::domain::deadlines::Promise;
    use crate::domain::response::tests::{complete, date, definition};
    use crate::domain::{Channel, Kind, MadeBy, Stage};
    use crate::letters::render::render;

    fn landlord() -> Landlord {
        Landlord::default()
    }

    fn facts<'a>(kind: Kind, answers: Vec<(String, String)>) -> ReceiptFacts<'a> {
        ReceiptFacts {
            kind,
            reference: "HH-7K3F-9QX2",
            received_on: date("2026-11-20"),
            promise: Promise {
                kind: DeadlineKind::StageOneAcknowledgement,
                due: date("2026-11-27"),
                working_days: 5,
                later_days: 10,
            },
            recipient_name: "Ayesha Rahman",
            customer_name: "Ayesha Rahman",
            to_representative: false,
            answers,
            left_out_private: true,
            happy_to_be_named: Some(true),
        }
    }

    /// Every letter the service writes, with example data, in `lang`.
    fn every_letter(lang: Lang) -> Vec<Letter> {
        let (l, policy) = (landlord(), Policy::default());
        let from = Sender { landlord: &l, policy: &policy };
        let answers = vec![("What went wrong?".to_string(), "The boiler leaks onto the floor".to_string())];
        let stage_one = complete(Stage::One).build().unwrap();
        let stage_two = complete(Stage::Two).build().unwrap();
        let definition = definition();
        let staff = StaffFacts {
            kind: Kind::Complaint,
            reference: "HH-7K3F-9QX2",
            received_at: chrono::Utc::now().with_timezone(&chrono_tz::Europe::London),
            channel: Channel::Online,
            made_by: MadeBy::Representative,
            role: Some("Advocate".into()),
            page_language: Lang::Bn,
            letter_language: Lang::Ur,
            letter_format: "Large print".into(),
            requests: vec!["format", "language"],
            emailed: vec!["customer", "representative"],
            due: date("2026-11-27"),
            link: "https://talk.example.org/staff/cases/HH-7K3F-9QX2".into(),
        };
        let mut letters: Vec<Letter> =
            [Kind::Complaint, Kind::ServiceRequest, Kind::FormalEnquiry, Kind::FormatRequest]
                .into_iter()
                .map(|kind| receipt(lang, from, &facts(kind, answers.clone())))
                .collect();
        letters.push(compliment_thanks(lang, from, &facts(Kind::Compliment, answers.clone())));
        letters.push(staff_new_case(lang, &staff));
        for stage in [Stage::One, Stage::Two] {
            let ack = AcknowledgementFacts {
                stage,
                reference: "HH-7K3F-9QX2",
                name: "Ayesha Rahman",
                definition: &definition,
                answer_by: date("2026-12-11"),
                handler: Some("Sam Jones"),
            };
            letters.push(acknowledgement(lang, from, &ack));
            let ext = ExtensionFacts {
                stage,
                reference: "HH-7K3F-9QX2",
                name: "Ayesha Rahman",
                old_date: date("2026-12-11"),
                new_date: date("2026-12-29"),
                reason: "We are waiting for a surveyor's report.",
            };
            letters.push(extension(lang, from, &ext));
            let refused = RefusalFacts {
                stage,
                reference: "HH-7K3F-9QX2",
                name: "Ayesha Rahman",
                reasons: "This is already with a court.",
            };
            letters.push(refusal(lang, from, &refused));
        }
        for response_to in [&stage_one, &stage_two] {
            let f = ResponseFacts {
                reference: "HH-7K3F-9QX2",
                name: "Ayesha Rahman",
                response: response_to,
                escalate_by: date("2027-01-08"),
            };
            letters.push(response(lang, from, &f));
        }
        letters
    }

    #[test]
    fn every_letter_is_complete_in_every_language() {
        for lang in Lang::ALL {
            for letter in every_letter(lang) {
                let r = render(&letter, PrintSize::Standard);
                assert!(
                    !r.text.contains('⟦') && !r.html.contains('⟦'),
                    "{lang:?} {}: a message is missing\n{}",
                    letter.kind,
                    r.text
                );
                assert!(r.subject.contains("HH-7K3F-9QX2"), "{lang:?} {}: {}", letter.kind, r.subject);
                assert!(r.html.contains(&format!(r#"lang="{}""#, lang.bcp47())), "{lang:?}");
                assert!(r.html.contains(&format!(r#"dir="{}""#, lang.dir())), "{lang:?}");
            }
        }
    }

    #[test]
    fn subjects_never_say_what_the_complaint_is_about() {
        for lang in Lang::ALL {
            for letter in every_letter(lang) {
                for private in ["boiler", "Boiler", "leaks", "surveyor", "court"] {
                    assert!(!letter.subject.contains(private), "{lang:?} {}: {}", letter.kind, letter.subject);
                }
            }
        }
    }

    #[test]
    fn every_complaint_letter_gives_the_ombudsmans_contact_details() {
        let o = crate::policy::Ombudsman::default();
        for lang in Lang::ALL {
            for letter in every_letter(lang) {
                let complaint = letter.kind.starts_with("stage-")
                    || (letter.kind == "receipt"
                        && letter.subject.contains(&lang.t_args(
                            "mail-subject-receipt-complaint",
                            &[("reference", Arg::Text("HH-7K3F-9QX2".into()))],
                        )));
                if !complaint {
                    continue;
                }
                let text = render(&letter, PrintSize::Standard).text;
                for detail in [&o.telephone, &o.website, &o.email] {
                    assert!(text.contains(detail.as_str()), "{lang:?} {} lacks {detail}", letter.kind);
                }
            }
        }
    }

    #[test]
    fn stage_one_answer_gives_escalation_rights_with_a_real_date_and_no_reasons_needed() {
        let letters = every_letter(Lang::En);
        let answer = letters.iter().find(|l| l.kind == "stage-1-response").unwrap();
        let text = render(answer, PrintSize::Standard).text;
        assert!(text.contains("Friday, 8 January 2027"), "{text}");
        assert!(text.contains("You do not have to give reasons"), "{text}");
        assert!(text.contains("This is stage 2"), "{text}");
        assert!(text.contains("Upheld: we agree something went wrong."), "{text}");
        assert!(text.contains("The boiler will be repaired"), "{text}");
        let final_answer = letters.iter().find(|l| l.kind == "stage-2-response").unwrap();
        let text = render(final_answer, PrintSize::Standard).text;
        assert_eq!(text.matches("This is our final answer").count(), 1, "{text}");
        assert!(!text.contains("You do not have to give reasons"), "{text}");
    }

    #[test]
    fn the_receipt_gives_real_dates_the_reference_and_what_happens_next() {
        let letters = every_letter(Lang::En);
        let text = render(&letters[0], PrintSize::Standard).text;
        for expected in [
            "We have your complaint",
            "Dear Ayesha Rahman,",
            "Your reference: HH-7K3F-9QX2",
            "Friday, 20 November 2026",
            "Friday, 27 November 2026",
            "within 10 working days",
            "The boiler leaks onto the floor",
            "We have left out anything about health",
            "Someone can act for you",
            "0303 333 0101",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
    }

    #[test]
    fn the_staff_notice_has_the_facts_but_no_complaint_text() {
        let letters = every_letter(Lang::En);
        let notice = letters.iter().find(|l| l.kind == "staff-new-case").unwrap();
        let text = render(notice, PrintSize::Standard).text;
        for expected in [
            "HH-7K3F-9QX2",
            "Online form",
            "বাংলা",
            "اردو",
            "Large print",
            "A different format",
            "https://talk.example.org/staff/cases/HH-7K3F-9QX2",
        ] {
            assert!(text.contains(expected), "missing {expected:?} in\n{text}");
        }
        assert!(!text.contains("boiler"));
    }

    #[test]
    fn bengali_letters_use_bengali_dates() {
        let letters = every_letter(Lang::Bn);
        let text = render(&letters[0], PrintSize::Standard).text;
        assert!(text.contains("২০২৬"), "{text}");
    }
}
