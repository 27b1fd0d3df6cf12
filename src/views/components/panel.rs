use maud::{html, Markup};

/// The confirmation panel: the heading and the reference, in large type.
pub fn panel(title: &str, body: Markup) -> Markup {
    html! {
        div.panel {
            h1.panel-title { (title) }
            div.panel-body { (body) }
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_panel_title_is_the_page_heading() {
        let html = super::super::render(super::panel("Sent", maud::html! { strong { "HH-7K3F-9QX2" } }));
        assert!(html.contains(r#"<h1 class="panel-title">Sent</h1>"#));
        assert!(html.contains("HH-7K3F-9QX2"));
    }
}
