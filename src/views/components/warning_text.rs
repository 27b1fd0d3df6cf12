//! A component of the back office (the staff issues); until then only its test renders it.
#![allow(dead_code)]
use maud::{html, Markup};

pub struct WarningText<'a> {
    pub text: &'a str,
    /// The word read before the text instead of the "!" icon ("Warning"), in the page's language.
    pub prefix: &'a str,
}

/// GOV.UK's warning text: a "!" icon hidden from screen readers, and the warning in bold, with a visually
/// hidden prefix so it is heard as a warning. For contact restrictions and the like.
pub fn warning_text(w: WarningText<'_>) -> Markup {
    html! {
        div.warning-text {
            span.warning-text-icon aria-hidden="true" { "!" }
            strong {
                span.visually-hidden { (w.prefix) " " }
                (w.text)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_warning_is_announced_as_one() {
        let html =
            super::super::render(warning_text(WarningText { text: "Contact by letter only.", prefix: "Warning" }));
        assert_eq!(
            html,
            concat!(
                r#"<div class="warning-text"><span class="warning-text-icon" aria-hidden="true">!</span>"#,
                r#"<strong><span class="visually-hidden">Warning </span>Contact by letter only.</strong></div>"#
            )
        );
    }
}
