use maud::{html, Markup};

/// The help text under a label or legend. Its id is `{id}-hint`, which the field's `aria-describedby` names.
pub fn hint(id: &str, text: &str) -> Markup {
    html! {
        div.hint id=(format!("{id}-hint")) { (text) }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_hint_is_named_after_its_field() {
        let html = super::super::render(super::hint("email", "We will send your reference here."));
        assert_eq!(html, r#"<div class="hint" id="email-hint">We will send your reference here.</div>"#);
    }
}
