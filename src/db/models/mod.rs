//! One file per entity: its row types and its queries.

pub mod case;
pub mod draft;
pub mod event;
pub mod outbox;
pub mod staff;
