//! Types and validation shared by the Logbook server (`logbook-api`) and web app (`logbook-web`).
//!
//! No IO lives here: the crate compiles to wasm32 so the browser runs the very same
//! validation as the server before a request is sent.

pub mod auth;
pub mod error;
pub mod role;
pub mod validation;

pub use error::{ErrorBody, ErrorCode, FieldError};
pub use role::Role;
pub use validation::validation_error_body;
