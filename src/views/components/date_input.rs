use maud::{html, Markup};

use super::{fieldset, label, Fieldset, Label, LabelStyle};

pub struct DateInput<'a> {
    pub name: &'a str,
    pub legend: &'a str,
    pub legend_style: LabelStyle,
    pub hint: Option<&'a str>,
    /// The labels of the day, month and year boxes.
    pub part_labels: [&'a str; 3],
    /// What the person typed in each box.
    pub values: [&'a str; 3],
    pub error: Option<(&'a str, &'a str)>,
}

/// Three boxes for day, month and year (GOV.UK's date input), numeric keyboards on phones.
pub fn date_input(d: DateInput<'_>) -> Markup {
    let id = d.name;
    let parts = ["day", "month", "year"];
    // The three boxes are parts of one answer: `role="group"` says so to screen readers.
    let frame = Fieldset {
        id,
        legend: d.legend,
        legend_style: d.legend_style,
        hint: d.hint,
        error: d.error,
        role: Some("group"),
    };
    fieldset(
        frame,
        html! {
            div.date-input #(id) {
                @for (i, part) in parts.iter().enumerate() {
                    @let part_id = format!("{id}-{part}");
                    div.date-input-item {
                        (label(Label { for_id: &part_id, text: d.part_labels[i], style: LabelStyle::Label }))
                        input.input.input-error[d.error.is_some()].(if *part == "year" { "input-year" } else { "input-2" })
                            id=(part_id) name=(part_id) type="text" inputmode="numeric" value=(d.values[i]);
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
    fn three_labelled_numeric_boxes_keep_what_was_typed() {
        let html = super::super::render(date_input(DateInput {
            name: "when",
            legend: "When did this happen?",
            legend_style: LabelStyle::PageHeading,
            hint: Some("For example, 27 3 2026"),
            part_labels: ["Day", "Month", "Year"],
            values: ["31", "2", "2026"],
            error: Some(("Enter a real date", "Error:")),
        }));
        assert!(html.contains(r#"<label class="label" for="when-day">Day</label>"#));
        assert!(html.contains(r#"name="when-month" type="text" inputmode="numeric" value="2""#));
        assert!(html.contains(r#"role="group""#));
    }
}
