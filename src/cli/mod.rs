//! TEMPORARY stub until the policy engine lands.
pub mod calendar;
pub mod policy;
