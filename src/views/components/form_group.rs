use maud::{html, Markup};

/// The block around one question: the space below it, and the red bar beside it when it is in error.
pub fn form_group(error: bool, body: Markup) -> Markup {
    html! {
        div.form-group.form-group-error[error] { (body) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_in_error_is_marked() {
        assert_eq!(super::super::render(form_group(false, html! { "x" })), r#"<div class="form-group">x</div>"#);
        assert_eq!(
            super::super::render(form_group(true, html! { "x" })),
            r#"<div class="form-group form-group-error">x</div>"#
        );
    }
}
