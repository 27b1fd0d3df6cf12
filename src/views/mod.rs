//! HTML, written with maud. `components/` holds one function per GOV.UK-style component, each taking a small
//! struct of its parameters; `layout` wraps every page; the other modules compose pages from components and
//! never hand-write a component's markup.

pub mod components;
pub mod layout;
pub mod pages;
pub mod people;
pub mod question;
pub mod staff;
