//! The Logbook server: REST API under `/api/v1`, its OpenAPI document, and the web app.

pub mod accounts;
pub mod app;
pub mod auth;
pub mod config;
pub mod contract;
pub mod db;
pub mod error;
pub mod extract;
pub mod follow_up;
pub mod local_time;
pub mod pdf;
pub mod reports;
pub mod routes;
pub mod security_headers;
pub mod seed;
pub mod sessions;
pub mod state;
pub mod statistics;
pub mod surveys;
pub mod telemetry;
pub mod tenants;
pub mod texts;
pub mod visitors;
pub mod web_app;
