//! Email: a letter's way out. Letters are written in `crate::letters`; here they become outbox rows, and the
//! [`worker::Worker`] delivers them through the [`transport`] durably, with retries and alerts.
//!
//! A request handler never talks SMTP: messages are written to the outbox in the same transaction as the
//! event that causes them, and the worker delivers them.

pub mod transport;
pub mod worker;

use crate::db::models::outbox::NewMessage;
use crate::letters::compose::Addressed;
use crate::letters::render::render;

/// An addressed letter written out as an email for the outbox: plain text and HTML.
pub fn queued(addressed: &Addressed) -> NewMessage {
    let rendered = render(&addressed.letter, addressed.size);
    NewMessage {
        kind: addressed.letter.kind.clone(),
        recipient_role: addressed.role.as_str().to_string(),
        to_name: addressed.name.clone(),
        to_address: addressed.address.clone(),
        language: addressed.letter.lang.tag().to_string(),
        subject: rendered.subject,
        body_text: rendered.text,
        body_html: rendered.html,
    }
}
