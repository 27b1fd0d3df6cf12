use maud::{html, Markup};

use super::{described_by, error_message, form_group, hint, LabelStyle};

/// What a group of controls that answer one question shows around them (radios, checkboxes, a date).
pub struct Fieldset<'a> {
    /// The question's field name; the hint and error message ids are made from it.
    pub id: &'a str,
    pub legend: &'a str,
    pub legend_style: LabelStyle,
    pub hint: Option<&'a str>,
    /// The message beside the group, and the visually hidden prefix ("Error:") read before it.
    pub error: Option<(&'a str, &'a str)>,
    /// `Some("group")` when the controls are parts of one answer (the day, month and year of a date).
    pub role: Option<&'a str>,
}

/// The form group and fieldset of a question with several controls: the legend (on a one-question page, the
/// page's heading), hint and error message, which the fieldset's `aria-describedby` names, then the controls.
pub fn fieldset(f: Fieldset<'_>, body: Markup) -> Markup {
    let id = f.id;
    form_group(
        f.error.is_some(),
        html! {
            fieldset.fieldset role=[f.role] aria-describedby=[described_by(id, f.hint.is_some(), f.error.is_some())] {
                @if f.legend_style == LabelStyle::PageHeading {
                    legend.legend.legend-heading { h1 { (f.legend) } }
                } @else {
                    legend.legend { (f.legend) }
                }
                @if let Some(text) = f.hint { (hint(id, text)) }
                @if let Some((message, prefix)) = f.error { (error_message(id, prefix, message)) }
                (body)
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_legend_hint_and_error_are_named_by_the_fieldset() {
        let html = super::super::render(fieldset(
            Fieldset {
                id: "when",
                legend: "When did it happen?",
                legend_style: LabelStyle::PageHeading,
                hint: Some("For example, 27 3 2026"),
                error: Some(("Enter a date", "Error:")),
                role: Some("group"),
            },
            html! { "controls" },
        ));
        assert_eq!(
            html,
            concat!(
                r#"<div class="form-group form-group-error">"#,
                r#"<fieldset class="fieldset" role="group" aria-describedby="when-hint when-error">"#,
                r#"<legend class="legend legend-heading"><h1>When did it happen?</h1></legend>"#,
                r#"<div class="hint" id="when-hint">For example, 27 3 2026</div>"#,
                r#"<p class="error-message" id="when-error"><span class="visually-hidden">Error: </span>Enter a date</p>"#,
                r#"controls</fieldset></div>"#
            )
        );
    }

    #[test]
    fn a_plain_legend_with_nothing_to_describe() {
        let html = super::super::render(fieldset(
            Fieldset {
                id: "who",
                legend: "Who?",
                legend_style: LabelStyle::Label,
                hint: None,
                error: None,
                role: None,
            },
            html! {},
        ));
        assert_eq!(
            html,
            r#"<div class="form-group"><fieldset class="fieldset"><legend class="legend">Who?</legend></fieldset></div>"#
        );
    }
}
