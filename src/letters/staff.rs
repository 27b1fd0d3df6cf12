//! What the complaints team is told of a new case.

use chrono::{DateTime, NaiveDate};
use chrono_tz::Tz;

use super::{text, Block, Letter, Link};
use crate::domain::{Channel, Kind, MadeBy};
use crate::i18n::Lang;

/// What the complaints team is told of a new case: no complaint text, no health information.
#[derive(Clone, Debug)]
pub struct StaffFacts<'a> {
    pub kind: Kind,
    pub reference: &'a str,
    pub received_at: DateTime<Tz>,
    pub channel: Channel,
    /// Who made it, with the role given when someone acted for the customer.
    pub made_by: MadeBy,
    pub role: Option<String>,
    pub page_language: Lang,
    pub letter_language: Lang,
    /// The letter format's label, already in the staff language.
    pub letter_format: String,
    /// Kinds of request: `format`, `language`, `adjustment`.
    pub requests: Vec<&'a str>,
    /// Who the receipt was emailed to: `customer`, `representative`.
    pub emailed: Vec<&'a str>,
    pub due: NaiveDate,
    pub link: String,
}

pub fn staff_new_case(lang: Lang, f: &StaffFacts<'_>) -> Letter {
    let kind_name = lang.t(&format!("mail-kind-{}", f.kind.as_str()));
    let kind_args = [("kind", text(&kind_name)), ("reference", text(f.reference))];
    let role = text(f.role.clone().unwrap_or_default());
    let made_by = match f.made_by {
        MadeBy::Representative => lang.t_args("mail-staff-made-by-representative", &[("role", role)]),
        MadeBy::Official => lang.t_args("mail-staff-made-by-official", &[("role", role)]),
        MadeBy::Customer => lang.t("mail-staff-made-by-customer"),
    };
    let requests = if f.requests.is_empty() {
        lang.t("mail-staff-requests-none")
    } else {
        lang.list(&f.requests.iter().map(|r| lang.t(&format!("mail-request-{r}"))).collect::<Vec<_>>())
    };
    let emailed = if f.emailed.is_empty() {
        lang.t("mail-staff-emailed-none")
    } else {
        lang.list(&f.emailed.iter().map(|r| lang.t(&format!("mail-role-{r}"))).collect::<Vec<_>>())
    };
    let received = format!("{} {}", lang.date(f.received_at.date_naive()), f.received_at.format("%H:%M"));
    let channel = lang.t(&format!("mail-staff-channel-{}", f.channel.as_str()));
    let blocks = vec![
        Block::Para(lang.t("mail-staff-intro")),
        Block::Facts(vec![
            (lang.t("mail-staff-reference"), f.reference.to_string()),
            (lang.t("mail-staff-kind"), kind_name.clone()),
            (lang.t("mail-staff-received"), received),
            (lang.t("mail-staff-channel"), channel),
            (lang.t("mail-staff-made-by"), made_by),
            (lang.t("mail-staff-page-language"), f.page_language.native_name().to_string()),
            (lang.t("mail-staff-letter-language"), f.letter_language.native_name().to_string()),
            (lang.t("mail-staff-letter-format"), f.letter_format.clone()),
            (lang.t("mail-staff-requests"), requests),
            (lang.t("mail-staff-emailed"), emailed),
            (lang.t("mail-staff-due"), lang.date(f.due)),
        ]),
        Block::Links(vec![Link {
            label: lang.t("mail-staff-link"),
            value: f.link.clone(),
            href: Some(f.link.clone()),
            note: None,
        }]),
    ];
    Letter {
        kind: "staff-new-case".into(),
        lang,
        subject: lang.t_args("mail-subject-staff-new-case", &kind_args),
        title: lang.t_args("mail-staff-title", &[("kind", text(&kind_name))]),
        blocks,
    }
}
