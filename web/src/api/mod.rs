//! The typed API client: one function per operation, `shared` DTOs in, `shared` DTOs or an
//! `ErrorBody` out. Paths are written here and nowhere else; lists come back whole (every
//! page followed) unless a function says it answers one page.

pub mod aims;
mod client;
mod early;
pub mod kept;
pub mod kiosk;
pub mod networks;
pub mod outbox;
pub mod people;
pub mod reports;
pub mod sessions;
pub mod structure;
pub mod surveys;
mod tabs;
mod tokens;

#[cfg(feature = "field")]
pub use client::settle_sign_in;
pub use client::{has_session, kept_me, login, logout, me, new_idempotency_key, refuses_sign_in};
