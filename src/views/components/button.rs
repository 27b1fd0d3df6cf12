use maud::{html, Markup};

pub struct Button<'a> {
    pub text: &'a str,
    /// A secondary button is styled quietly, for actions other than the page's main one.
    pub secondary: bool,
}

/// A submit button. No `formnovalidate` needed: forms are `novalidate` and checked on the server.
pub fn button(b: Button<'_>) -> Markup {
    html! {
        button.button.button-secondary[b.secondary] type="submit" { (b.text) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_button_submits() {
        let html = super::super::render(button(Button { text: "Continue", secondary: false }));
        assert_eq!(html, r#"<button class="button" type="submit">Continue</button>"#);
    }
}
