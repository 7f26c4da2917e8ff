//! Types and validation shared by the Logbook server (`logbook-api`) and web app (`logbook-web`).
//!
//! No IO lives here: the crate compiles to wasm32 so the browser runs the very same
//! validation as the server before a request is sent.

mod macros;

pub mod aims;
pub mod api_tokens;
pub mod auth;
pub mod clock;
pub mod error;
pub mod ids;
pub mod key_figures;
pub mod networks;
pub mod page;
pub mod reflection;
pub mod reports;
pub mod role;
pub mod sessions;
pub mod structure;
pub mod users;
pub mod utc;
pub mod validation;
pub mod visitors;

pub use error::{ErrorBody, ErrorCode, FieldError};

/// The languages of SPEC section 10, English first: what kiosks speak and what user-entered
/// content is translated into.
pub const LANGUAGES: [&str; 6] = ["en", "sv", "fi", "sl", "lv", "et"];

pub use page::{ListQuery, Page};
pub use role::Role;
pub use validation::{Rules, duplicate_ids, field_errors_body, validation_error_body};
