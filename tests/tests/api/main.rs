//! The API over HTTP, against a real server and a fresh database per test. The same tests run
//! on SQLite and on PostgreSQL (see `support`).

// Test binaries: a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../support/mod.rs"]
mod support;

mod api_tokens;
mod auth;
mod bad_input;
mod concurrency;
mod follow_up;
mod key_figures;
mod networks;
mod openapi;
mod permissions;
mod platform;
mod reports;
mod rollups;
mod schema;
mod sessions;
mod sessions_bad_input;
mod statistics_protection;
mod structure;
mod structure_bad_input;
mod survey_comparison;
mod surveys;
mod tokens;
mod visitors;
mod visitors_figures;
