use maud::{html, Markup};

use super::radios::{option_id, Choice};
use super::{described_by, error_message, LabelStyle};

pub struct Checkboxes<'a> {
    pub name: &'a str,
    pub legend: &'a str,
    pub legend_style: LabelStyle,
    pub hint: Option<&'a str>,
    pub choices: &'a [Choice],
    pub selected: &'a [&'a str],
    pub error: Option<(&'a str, &'a str)>,
}

pub fn checkboxes(c: Checkboxes<'_>) -> Markup {
    let id = c.name;
    html! {
        div.form-group.form-group-error[c.error.is_some()] {
            fieldset.fieldset aria-describedby=[described_by(id, c.hint.is_some(), c.error.is_some())] {
                @if c.legend_style == LabelStyle::PageHeading {
                    legend.legend.legend-heading { h1 { (c.legend) } }
                } @else {
                    legend.legend { (c.legend) }
                }
                @if let Some(hint) = c.hint { div.hint id=(format!("{id}-hint")) { (hint) } }
                @if let Some((message, prefix)) = c.error { (error_message(id, prefix, message)) }
                div.choices {
                    @for (i, choice) in c.choices.iter().enumerate() {
                        @let option = option_id(id, i);
                        div.choice.choice-checkbox {
                            input.choice-input id=(option) name=(c.name) type="checkbox" value=(choice.value)
                                checked[c.selected.contains(&choice.value.as_str())];
                            label.choice-label for=(option) { (choice.label) }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_chosen_option_stays_ticked() {
        let choices: Vec<Choice> = ["email", "phone", "letter"]
            .iter()
            .map(|v| Choice { value: v.to_string(), label: v.to_string(), hint: None, lang: None })
            .collect();
        let html = super::super::render(checkboxes(Checkboxes {
            name: "contact-methods",
            legend: "How should we contact you?",
            legend_style: LabelStyle::Label,
            hint: Some("Select all that apply."),
            choices: &choices,
            selected: &["email", "letter"],
            error: None,
        }));
        assert_eq!(html.matches(" checked").count(), 2);
        assert!(html.contains(r#"id="contact-methods-2" name="contact-methods" type="checkbox" value="phone">"#));
    }
}
