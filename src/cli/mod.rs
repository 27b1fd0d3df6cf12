//! The staff and script commands of the `talk-to-us` binary that need no server: the working-day
//! calendar, the policy check, the outbox (deliver what is due, or report its state) and staff accounts.
//!
//! Each command is a clap subcommand whose `run` returns the text for stdout, or one clear
//! message for stderr (the caller exits non-zero on it). This module deliberately does not parse
//! the whole command line or start the server; only the outbox and staff commands open the database.
//! `main.rs` composes these subcommands with the others.

pub mod calendar;
pub mod outbox;
pub mod policy;
pub mod staff;

pub use calendar::CalendarCommand;
pub use policy::PolicyCommand;
