use maud::{html, Markup};

use super::{action_link, ActionLink};

/// One row of a summary list: a question, the answer, and an optional "Change" link.
pub struct SummaryRow {
    pub key: String,
    pub value: Markup,
    /// The link's address, its visible word ("Change") and what a screen reader says for it (the whole
    /// phrase, from one Fluent message: "Change your answer to: Your name").
    pub change: Option<(String, String, String)>,
}

/// The check-answers list (GOV.UK summary list), a `dl` so screen readers pair each answer with its question.
pub fn summary_list(rows: &[SummaryRow]) -> Markup {
    html! {
        dl.summary-list {
            @for row in rows {
                div.summary-row {
                    dt.summary-key { (row.key) }
                    dd.summary-value { (row.value) }
                    @if let Some((href, text, label)) = &row.change {
                        dd.summary-actions { (action_link(&ActionLink { href, text, label }, None)) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_links_say_what_they_change() {
        let html = super::super::render(summary_list(&[SummaryRow {
            key: "Your name".into(),
            value: maud::html! { "Ann Lee" },
            change: Some((
                "/en/complaint/customer?change=1".into(),
                "Change".into(),
                "Change your answer to: Your name".into(),
            )),
        }]));
        assert!(html.contains(r#"<dt class="summary-key">Your name</dt><dd class="summary-value">Ann Lee</dd>"#));
        assert!(html.contains(
            r#"<span aria-hidden="true">Change</span><span class="visually-hidden">Change your answer to: Your name</span>"#
        ));
    }
}
