//! The components every page is built from. Each renders the markup of one GOV.UK pattern; each has a test.
//!
//! The form components share one scaffold, as GOV.UK's do: [`form_group`], [`label`], [`hint`] and
//! [`error_message`], put together by [`labelled_field`] (text input, textarea) and [`fieldset`] (radios,
//! checkboxes, date input). Every visible word is passed in by the caller, from the Fluent messages.

mod action_link;
mod back_link;
mod button;
mod checkboxes;
mod contact;
mod date_input;
mod details;
mod error_message;
mod error_summary;
mod fieldset;
mod form;
mod form_group;
mod hint;
mod inset;
mod label;
mod language_nav;
mod notification_banner;
mod pagination;
mod panel;
mod prose;
mod radios;
mod summary_card;
mod summary_list;
mod table;
mod tag;
mod text_input;
mod textarea;
mod timeline;
mod warning_text;

pub use action_link::{action_link, ActionLink};
pub use back_link::back_link;
pub use button::{button, Button};
pub use checkboxes::{checkboxes, Checkboxes};
pub use contact::{email_link, landlord_contact, ombudsman_contact, phone_link, reference};
pub use date_input::{date_input, DateInput};
// For the back office (the staff issues).
#[allow(unused_imports)]
pub use details::{details, Details};
pub use error_message::error_message;
pub use error_summary::{error_summary, ErrorLink};
pub use fieldset::{fieldset, Fieldset};
pub use form::{form, FormParams};
pub use form_group::form_group;
pub use hint::hint;
pub use inset::inset;
pub use label::{label, labelled_field, Label, LabelledField};
pub use language_nav::language_nav;
pub use notification_banner::{notification_banner, NotificationBanner};
// For the back office (the staff issues).
#[allow(unused_imports)]
pub use pagination::{pagination, PageItem, Pagination};
pub use panel::panel;
pub use prose::{bullets, paragraphs};
pub use radios::{radios, Choice, Radios};
// For the back office (the staff issues).
#[allow(unused_imports)]
pub use summary_card::{summary_card, SummaryCard};
pub use summary_list::{summary_list, SummaryRow};
// For the back office (the staff issues).
#[allow(unused_imports)]
pub use table::{table, Column, Table};
// For the back office (the staff issues).
#[allow(unused_imports)]
pub use tag::{tag, Tag, TagColour};
pub use text_input::{text_input, TextInput};
pub use textarea::{textarea, TextArea};
// For the back office (the staff issues).
#[allow(unused_imports)]
pub use timeline::{timeline, TimelineEvent};
// For the back office (the staff issues).
#[allow(unused_imports)]
pub use warning_text::{warning_text, WarningText};

/// How a question's label or legend is shown: as the page's heading (one question per page) or as a label
/// under a heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelStyle {
    PageHeading,
    Label,
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
pub(crate) fn render(markup: maud::Markup) -> String {
    markup.into_string()
}
