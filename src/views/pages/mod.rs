//! The pages that are not question pages, one file a page: start, check answers, confirmation, the printable
//! record, the published pages (policy, accessibility, privacy), display settings, and the problem pages.
//! Each composes components; the text is all Fluent messages.

mod check_answers;
mod confirmation;
mod display;
mod problem;
mod published;
mod record;
mod start;

pub use check_answers::{answer_rows, check_answers};
pub use confirmation::{confirmation, confirmation_title_key, NextSteps};
pub use display::display_settings;
pub use problem::problem;
pub use published::{accessibility_page, policy_page, privacy_page};
pub use record::record;
pub use start::start;
