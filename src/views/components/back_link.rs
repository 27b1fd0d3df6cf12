use maud::{html, Markup};

/// A link back to the previous page. A real link, so it works without JavaScript.
pub fn back_link(href: &str, text: &str) -> Markup {
    html! { a.back-link href=(href) { (text) } }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_back_link_is_a_plain_link() {
        let html = super::super::render(super::back_link("/en/complaint/who", "Back"));
        assert_eq!(html, r#"<a class="back-link" href="/en/complaint/who">Back</a>"#);
    }
}
