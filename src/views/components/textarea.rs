use maud::{html, Markup};

use super::{labelled_field, LabelStyle, LabelledField};

pub struct TextArea<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub label_style: LabelStyle,
    pub hint: Option<&'a str>,
    pub value: &'a str,
    pub error: Option<(&'a str, &'a str)>,
    pub rows: u8,
    pub autocomplete: Option<&'a str>,
}

pub fn textarea(t: TextArea<'_>) -> Markup {
    let id = t.name;
    let field = LabelledField { id, label: t.label, label_style: t.label_style, hint: t.hint, error: t.error };
    labelled_field(
        &field,
        html! {
            textarea.textarea.input-error[t.error.is_some()] id=(id) name=(t.name) rows=(t.rows) dir="auto"
                autocomplete=[t.autocomplete]
                aria-describedby=[field.described_by()] { (t.value) }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answer_is_kept_and_escaped() {
        let html = super::super::render(textarea(TextArea {
            name: "what-happened",
            label: "What went wrong?",
            label_style: LabelStyle::PageHeading,
            hint: None,
            value: "<script>alert(1)</script>",
            error: None,
            rows: 8,
            autocomplete: None,
        }));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>"));
        assert!(html.contains(r#"<h1 class="label-wrapper"><label class="label" for="what-happened">"#));
    }
}
