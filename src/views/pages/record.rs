//! The printable record of what was sent.

use chrono::NaiveDate;
use maud::{html, Markup};

use super::answer_rows;
use crate::i18n::Lang;
use crate::journeys::{Answers, Journey};
use crate::views::components::{reference as reference_number, summary_list, SummaryRow};

/// A printable record of what was sent.
pub fn record(lang: Lang, journey: Journey, answers: &Answers, reference: &str, received_on: NaiveDate) -> Markup {
    html! {
        h1.heading-l { (lang.t("record-title")) }
        (summary_list(&[
            SummaryRow { key: lang.t("confirmation-reference"), value: reference_number(reference), change: None },
            SummaryRow { key: lang.t("record-received"), value: html! { (lang.date(received_on)) }, change: None },
        ]))
        (summary_list(&answer_rows(lang, journey, answers, false)))
        p.no-print { (lang.t("record-print-hint")) }
    }
}
