//! A component of the back office (the staff issues); until then only its test renders it.
#![allow(dead_code)]
use maud::{html, Markup};

pub struct Details<'a> {
    /// The line that opens it ("Help with the reference").
    pub summary: &'a str,
    /// Whether it starts open.
    pub open: bool,
}

/// GOV.UK's details: a native `<details>`, so it opens with the keyboard and with no script.
pub fn details(d: Details<'_>, body: Markup) -> Markup {
    html! {
        details.details open[d.open] {
            summary.details-summary { (d.summary) }
            div.details-text { (body) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_opens_the_text() {
        let html = super::super::render(details(
            Details { summary: "Why we ask", open: false },
            html! { p { "So we can reply." } },
        ));
        assert_eq!(
            html,
            r#"<details class="details"><summary class="details-summary">Why we ask</summary><div class="details-text"><p>So we can reply.</p></div></details>"#
        );
        let html = super::super::render(details(Details { summary: "Why we ask", open: true }, html! {}));
        assert!(html.starts_with(r#"<details class="details" open>"#));
    }
}
