use maud::{html, Markup};

use super::{described_by, error_message, LabelStyle};

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
    html! {
        div.form-group.form-group-error[d.error.is_some()] {
            fieldset.fieldset role="group" aria-describedby=[described_by(id, d.hint.is_some(), d.error.is_some())] {
                @if d.legend_style == LabelStyle::PageHeading {
                    legend.legend.legend-heading { h1 { (d.legend) } }
                } @else {
                    legend.legend { (d.legend) }
                }
                @if let Some(hint) = d.hint { div.hint id=(format!("{id}-hint")) { (hint) } }
                @if let Some((message, prefix)) = d.error { (error_message(id, prefix, message)) }
                div.date-input #(id) {
                    @for (i, part) in parts.iter().enumerate() {
                        @let part_id = format!("{id}-{part}");
                        div.date-input-item {
                            label.label for=(part_id) { (d.part_labels[i]) }
                            input.input.input-error[d.error.is_some()].(if *part == "year" { "input-year" } else { "input-2" })
                                id=(part_id) name=(part_id) type="text" inputmode="numeric" value=(d.values[i]);
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
