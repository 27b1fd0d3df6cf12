use maud::{html, Markup};

pub struct FormParams<'a> {
    /// Where the form posts to, always written out so a form never posts to a URL it was not meant for.
    pub action: &'a str,
    /// The session's CSRF token, sent back as the hidden `csrf` field.
    pub csrf: &'a str,
    /// Further hidden fields, as name and value, written after the token (`draft`, `change`, `return`…).
    pub hidden: &'a [(&'a str, &'a str)],
}

/// Every form of the site: it posts, with the CSRF token, so no form can be written without it. `novalidate`,
/// because answers are checked on the server, and the browser's own messages would not be in the page's
/// language nor match the error summary.
pub fn form(f: FormParams<'_>, body: Markup) -> Markup {
    html! {
        form method="post" novalidate action=(f.action) {
            input type="hidden" name="csrf" value=(f.csrf);
            @for (name, value) in f.hidden {
                input type="hidden" name=(name) value=(value);
            }
            (body)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_posts_its_csrf_token_and_hidden_fields() {
        let html = super::super::render(form(
            FormParams { action: "/en/complaint/check", csrf: "t0k&n", hidden: &[("draft", "d1")] },
            html! { "fields" },
        ));
        assert_eq!(
            html,
            concat!(
                r#"<form method="post" novalidate action="/en/complaint/check">"#,
                r#"<input type="hidden" name="csrf" value="t0k&amp;n">"#,
                r#"<input type="hidden" name="draft" value="d1">fields</form>"#
            )
        );
    }
}
