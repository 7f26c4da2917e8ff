//! The typed API client: `shared` DTOs in, `shared` DTOs or an `ErrorBody` out.

mod client;
pub mod kiosk;
pub mod reports;
mod tokens;

pub use client::{
    create_once, delete, download, get, get_public, has_session, login, logout, me,
    new_idempotency_key, post, post_public, put,
};
