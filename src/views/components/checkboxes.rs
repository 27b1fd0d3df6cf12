use maud::{html, Markup};

use super::radios::{option_id, Choice};
use super::{fieldset, Fieldset, LabelStyle};

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
    let frame =
        Fieldset { id, legend: c.legend, legend_style: c.legend_style, hint: c.hint, error: c.error, role: None };
    fieldset(
        frame,
        html! {
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
        },
    )
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
