//! "Check your answers", and its rows, which the record shows too.

use maud::{html, Markup};

use crate::i18n::{Arg, Lang};
use crate::journeys::summary::answer_texts;
use crate::journeys::{Answers, Journey};
use crate::views::components::{button, form, paragraphs, summary_list, Button, FormParams, SummaryRow};

/// The rows of "check your answers", with or without "Change" links.
pub fn answer_rows(lang: Lang, journey: Journey, answers: &Answers, with_change: bool) -> Vec<SummaryRow> {
    answer_texts(lang, journey, answers)
        .into_iter()
        .map(|a| {
            let value = if a.text.is_empty() {
                html! { span.secondary-text { (lang.t("answer-not-given")) } }
            } else {
                html! { span.answer dir="auto" { (a.text) } }
            };
            let change = with_change.then(|| {
                (
                    format!("/{}/{}/{}?change=1", lang.tag(), journey.slug(), a.step),
                    lang.t("change-link"),
                    lang.t_args("change-link-label", &[("question", Arg::Text(a.question.clone()))]),
                )
            });
            SummaryRow { key: a.question, value, change }
        })
        .collect()
}

pub fn check_answers(lang: Lang, journey: Journey, answers: &Answers, csrf: &str, draft_id: &str) -> Markup {
    html! {
        h1.heading-l { (lang.t("check-title")) }
        (summary_list(&answer_rows(lang, journey, answers, true)))
        h2.heading-m { (lang.t(&format!("check-send-title-{}", journey.slug()))) }
        (paragraphs(&lang.t(&format!("check-declaration-{}", journey.slug()))))
        (form(
            FormParams {
                action: &format!("/{}/{}/check", lang.tag(), journey.slug()),
                csrf,
                hidden: &[("draft", draft_id)],
            },
            button(Button { text: &lang.t("button-send"), secondary: false }),
        ))
    }
}
