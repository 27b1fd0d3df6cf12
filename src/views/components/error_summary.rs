use maud::{html, Markup};

/// One problem in the error summary, linking to its field.
pub struct ErrorLink {
    pub href: String,
    pub message: String,
}

/// The list of problems at the top of a page. It takes focus when the page loads (`autofocus` on a
/// `tabindex="-1"` element, so no script is needed) and screen readers announce it as an alert.
pub fn error_summary(title: &str, errors: &[ErrorLink]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" tabindex="-1" autofocus aria-labelledby="error-summary-title" {
                h2.error-summary-title #error-summary-title { (title) }
                ul.error-summary-list {
                    @for e in errors {
                        li { a href=(e.href) { (e.message) } }
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
    fn each_problem_links_to_its_field() {
        let html = super::super::render(error_summary(
            "There is a problem",
            &[ErrorLink { href: "#what-happened".into(), message: "Tell us what went wrong".into() }],
        ));
        assert!(html.contains(r##"<a href="#what-happened">Tell us what went wrong</a>"##));
        assert!(html.contains(r#"role="alert""#));
    }

    #[test]
    fn no_problems_no_summary() {
        assert_eq!(super::super::render(error_summary("There is a problem", &[])), "");
    }
}
