use maud::{html, Markup};

/// Text set apart from what is around it, such as a note that a complaint may still be considered.
pub fn inset(content: Markup) -> Markup {
    html! { div.inset { (content) } }
}

#[cfg(test)]
mod tests {
    #[test]
    fn inset_wraps_its_content() {
        let html = super::super::render(super::inset(maud::html! { p { "Note" } }));
        assert_eq!(html, r#"<div class="inset"><p>Note</p></div>"#);
    }
}
