use maud::{html, Markup};

/// The message beside a field in error, with a visually hidden "Error:" prefix for screen readers. Its id is
/// `{id}-error`, which the field's `aria-describedby` names.
pub fn error_message(id: &str, prefix: &str, message: &str) -> Markup {
    html! {
        p.error-message id=(format!("{id}-error")) {
            span.visually-hidden { (prefix) " " }
            (message)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_prefix_is_for_screen_readers_only() {
        let html = super::super::render(super::error_message("email", "Error:", "Enter an email address"));
        assert_eq!(
            html,
            r#"<p class="error-message" id="email-error"><span class="visually-hidden">Error: </span>Enter an email address</p>"#
        );
    }
}
