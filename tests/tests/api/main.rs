//! The API over HTTP, against a real server and a fresh database per test. The same tests run
//! on SQLite and on PostgreSQL (see `support`).

#[path = "../support/mod.rs"]
mod support;

mod auth;
mod bad_input;
mod openapi;
mod platform;
mod tokens;
