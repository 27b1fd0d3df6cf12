//! Email: the letters (Fluent messages in the recipient's language, written out as plain text and accessible
//! HTML), which messages an event sends, and their durable delivery through the outbox.
//!
//! A request handler never talks SMTP: messages are written to the outbox in the same transaction as the
//! event that causes them, and the [`worker::Worker`] delivers them.

pub mod compose;
pub mod letters;
pub mod render;
pub mod transport;
pub mod worker;
