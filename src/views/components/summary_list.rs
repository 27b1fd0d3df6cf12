use maud::{html, Markup};

/// One row of a summary list: a question, the answer, and an optional "Change" link.
pub struct SummaryRow {
    pub key: String,
    pub value: Markup,
    /// The link's address, its visible text ("Change") and the hidden words that say what is changed.
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
                    @if let Some((href, text, hidden)) = &row.change {
                        dd.summary-actions {
                            a href=(href) { (text) span.visually-hidden { " " (hidden) } }
                        }
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
            change: Some(("/en/complaint/customer?change=1".into(), "Change".into(), "your name".into())),
        }]));
        assert!(html.contains(r#"<dt class="summary-key">Your name</dt><dd class="summary-value">Ann Lee</dd>"#));
        assert!(html.contains(r#"Change<span class="visually-hidden"> your name</span>"#));
    }
}
