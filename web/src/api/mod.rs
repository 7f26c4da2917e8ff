//! The typed API client: `shared` DTOs in, `shared` DTOs or an `ErrorBody` out.

mod client;
mod tokens;

pub use client::{has_session, login, logout, me};
