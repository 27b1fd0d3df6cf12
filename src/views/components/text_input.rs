use maud::{html, Markup};

use super::{labelled_field, LabelStyle, LabelledField};

pub struct TextInput<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub label_style: LabelStyle,
    pub hint: Option<&'a str>,
    pub value: &'a str,
    /// The message beside the field, and the visually hidden prefix ("Error:") read before it.
    pub error: Option<(&'a str, &'a str)>,
    /// `text`, `email` or `tel`.
    pub input_type: &'a str,
    /// The WCAG 1.3.5 purpose of the field (`name`, `email`, `tel`, `postal-code`…), when it is about the user.
    pub autocomplete: Option<&'a str>,
    /// A width class: `input-short`, `input-medium` or `input-full`.
    pub width: &'a str,
    /// Whether the label contains the word "(optional)" already; no asterisks are used.
    pub spellcheck: bool,
}

pub fn text_input(t: TextInput<'_>) -> Markup {
    let id = t.name;
    let field = LabelledField { id, label: t.label, label_style: t.label_style, hint: t.hint, error: t.error };
    labelled_field(
        &field,
        html! {
            // Answers keep their own direction: Latin text typed on an Urdu page stays left to right.
            input.input.(t.width).input-error[t.error.is_some()] id=(id) name=(t.name) type=(t.input_type)
                dir=(if t.input_type == "text" { "auto" } else { "ltr" })
                value=(t.value) autocomplete=[t.autocomplete] spellcheck=(if t.spellcheck { "true" } else { "false" })
                aria-describedby=[field.described_by()];
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input<'a>(error: Option<(&'a str, &'a str)>) -> TextInput<'a> {
        TextInput {
            name: "email",
            label: "Email address",
            label_style: LabelStyle::Label,
            hint: Some("We will send your reference here."),
            value: "ann@example.org",
            error,
            input_type: "email",
            autocomplete: Some("email"),
            width: "input-full",
            spellcheck: false,
        }
    }

    #[test]
    fn the_label_hint_and_value_are_tied_to_the_input() {
        let html = super::super::render(text_input(input(None)));
        assert!(html.contains(r#"<label class="label" for="email">Email address</label>"#));
        assert!(html.contains(r#"aria-describedby="email-hint""#));
        assert!(html.contains(r#"value="ann@example.org""#));
        assert!(html.contains(r#"autocomplete="email""#));
    }

    #[test]
    fn an_error_is_shown_beside_the_field_and_announced() {
        let html = super::super::render(text_input(input(Some(("Enter a real email address", "Error:")))));
        assert!(html.contains("form-group-error"));
        assert!(html.contains(r#"aria-describedby="email-hint email-error""#));
        assert!(html.contains(r#"<span class="visually-hidden">Error: </span>Enter a real email address"#));
    }
}
