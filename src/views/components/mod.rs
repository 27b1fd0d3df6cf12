//! The components every page is built from. Each renders the markup of one GOV.UK pattern; each has a test.

mod back_link;
mod button;
mod checkboxes;
mod date_input;
mod error_summary;
mod inset;
mod language_nav;
mod panel;
mod radios;
mod summary_list;
mod text_input;
mod textarea;

pub use back_link::back_link;
pub use button::{button, Button};
pub use checkboxes::{checkboxes, Checkboxes};
pub use date_input::{date_input, DateInput};
pub use error_summary::{error_summary, ErrorLink};
pub use inset::inset;
pub use language_nav::language_nav;
pub use panel::panel;
pub use radios::{radios, Choice, Radios};
pub use summary_list::{summary_list, SummaryRow};
pub use text_input::{text_input, TextInput};
pub use textarea::{textarea, TextArea};

use maud::{html, Markup};

/// How a question's label or legend is shown: as the page's heading (one question per page) or as a label
/// under a heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelStyle {
    PageHeading,
    Label,
}

/// The message beside a field in error, with a visually hidden "Error:" prefix for screen readers.
pub fn error_message(id: &str, prefix: &str, message: &str) -> Markup {
    html! {
        p.error-message id=(format!("{id}-error")) {
            span.visually-hidden { (prefix) " " }
            (message)
        }
    }
}

/// The ids a field's `aria-describedby` names: its hint and error, if shown.
pub fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if has_error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

#[cfg(test)]
pub(crate) fn render(markup: Markup) -> String {
    markup.into_string()
}
