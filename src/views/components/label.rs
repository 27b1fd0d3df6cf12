use maud::{html, Markup};

use super::{described_by, error_message, form_group, hint, LabelStyle};

pub struct Label<'a> {
    /// The id of the field the label names.
    pub for_id: &'a str,
    pub text: &'a str,
    pub style: LabelStyle,
}

/// A field's label; on a one-question page it is also the page's heading, so the question is read once.
pub fn label(l: Label<'_>) -> Markup {
    let label = html! { label.label for=(l.for_id) { (l.text) } };
    html! {
        @if l.style == LabelStyle::PageHeading { h1.label-wrapper { (label) } } @else { (label) }
    }
}

/// What a single field shows around its control: label, hint and error message.
pub struct LabelledField<'a> {
    /// The control's id; the hint and error message ids are made from it.
    pub id: &'a str,
    pub label: &'a str,
    pub label_style: LabelStyle,
    pub hint: Option<&'a str>,
    /// The message beside the field, and the visually hidden prefix ("Error:") read before it.
    pub error: Option<(&'a str, &'a str)>,
}

impl LabelledField<'_> {
    /// What the control's `aria-describedby` names: the hint and error message, if shown.
    pub fn described_by(&self) -> Option<String> {
        described_by(self.id, self.hint.is_some(), self.error.is_some())
    }
}

/// The form group of one field (a text input, a textarea): its label, hint and error message, then the
/// control itself, which names the hint and error with [`LabelledField::described_by`].
pub fn labelled_field(f: &LabelledField<'_>, control: Markup) -> Markup {
    form_group(
        f.error.is_some(),
        html! {
            (label(Label { for_id: f.id, text: f.label, style: f.label_style }))
            @if let Some(text) = f.hint { (hint(f.id, text)) }
            @if let Some((message, prefix)) = f.error { (error_message(f.id, prefix, message)) }
            (control)
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_heading_label_is_wrapped_in_the_heading() {
        let html =
            super::super::render(label(Label { for_id: "name", text: "Your name", style: LabelStyle::PageHeading }));
        assert_eq!(html, r#"<h1 class="label-wrapper"><label class="label" for="name">Your name</label></h1>"#);
        let html = super::super::render(label(Label { for_id: "name", text: "Your name", style: LabelStyle::Label }));
        assert_eq!(html, r#"<label class="label" for="name">Your name</label>"#);
    }

    #[test]
    fn the_label_hint_and_error_come_before_the_control() {
        let field = LabelledField {
            id: "name",
            label: "Your name",
            label_style: LabelStyle::Label,
            hint: Some("As on your tenancy"),
            error: Some(("Enter your name", "Error:")),
        };
        assert_eq!(field.described_by().as_deref(), Some("name-hint name-error"));
        let html = super::super::render(labelled_field(&field, html! { input #name; }));
        assert_eq!(
            html,
            concat!(
                r#"<div class="form-group form-group-error"><label class="label" for="name">Your name</label>"#,
                r#"<div class="hint" id="name-hint">As on your tenancy</div>"#,
                r#"<p class="error-message" id="name-error"><span class="visually-hidden">Error: </span>Enter your name</p>"#,
                r#"<input id="name"></div>"#
            )
        );
    }
}
