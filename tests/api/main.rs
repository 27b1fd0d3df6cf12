//! Integration tests: each starts the real server on a free port against a real database, SQLite (a file
//! in a temporary folder) and PostgreSQL (a throwaway cluster started by `tests/run`), and drives it over HTTP.

mod architecture;
mod events;
mod helpers;
mod journeys;
mod mail;
mod pages;
mod people;
mod security;
mod sign_in;
mod smtp;
mod staff;
