//! The typed API client: `shared` DTOs in, `shared` DTOs or an `ErrorBody` out.

mod client;
mod tokens;

pub use client::{get, get_public, has_session, login, logout, me, post, post_public, put};
