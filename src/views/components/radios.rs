use maud::{html, Markup};

use super::{fieldset, Fieldset, LabelStyle};

/// One option of a radio group or checkbox list.
pub struct Choice {
    pub value: String,
    pub label: String,
    pub hint: Option<String>,
    /// The option's own language, when its label is in another language than the page (language names).
    pub lang: Option<&'static str>,
}

pub struct Radios<'a> {
    pub name: &'a str,
    pub legend: &'a str,
    pub legend_style: LabelStyle,
    pub hint: Option<&'a str>,
    pub choices: &'a [Choice],
    pub selected: &'a str,
    pub error: Option<(&'a str, &'a str)>,
}

/// The id of the n-th option: the first carries the field's name, so the error summary can link to it.
pub fn option_id(name: &str, index: usize) -> String {
    if index == 0 {
        name.to_string()
    } else {
        format!("{name}-{}", index + 1)
    }
}

pub fn radios(r: Radios<'_>) -> Markup {
    let id = r.name;
    let frame =
        Fieldset { id, legend: r.legend, legend_style: r.legend_style, hint: r.hint, error: r.error, role: None };
    fieldset(
        frame,
        html! {
            div.choices {
                @for (i, choice) in r.choices.iter().enumerate() {
                    @let option = option_id(id, i);
                    div.choice {
                        input.choice-input id=(option) name=(r.name) type="radio" value=(choice.value)
                            checked[choice.value == r.selected]
                            aria-describedby=[choice.hint.as_ref().map(|_| format!("{option}-hint"))];
                        label.choice-label for=(option) lang=[choice.lang] { (choice.label) }
                        @if let Some(hint) = &choice.hint { div.hint.choice-hint id=(format!("{option}-hint")) { (hint) } }
                    }
                }
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choices() -> Vec<Choice> {
        ["myself", "someone-else"]
            .iter()
            .map(|v| Choice { value: v.to_string(), label: v.to_uppercase(), hint: None, lang: None })
            .collect()
    }

    #[test]
    fn the_legend_is_the_heading_and_the_answer_is_kept() {
        let choices = choices();
        let html = super::super::render(radios(Radios {
            name: "who",
            legend: "Who is making this complaint?",
            legend_style: LabelStyle::PageHeading,
            hint: None,
            choices: &choices,
            selected: "someone-else",
            error: None,
        }));
        assert!(
            html.contains(r#"<legend class="legend legend-heading"><h1>Who is making this complaint?</h1></legend>"#)
        );
        assert!(html.contains(r#"id="who-2" name="who" type="radio" value="someone-else" checked"#));
        assert!(html.contains(r#"id="who" name="who" type="radio" value="myself">"#));
    }

    #[test]
    fn an_error_is_linked_from_the_fieldset() {
        let choices = choices();
        let html = super::super::render(radios(Radios {
            name: "who",
            legend: "Who?",
            legend_style: LabelStyle::Label,
            hint: None,
            choices: &choices,
            selected: "",
            error: Some(("Select who is making this complaint", "Error:")),
        }));
        assert!(html.contains(r#"<fieldset class="fieldset" aria-describedby="who-error">"#));
    }
}
