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
pub mod report_columns;
pub mod reports;
pub mod role;
pub mod sessions;
pub mod structure;
pub mod users;
pub mod utc;
pub mod validation;
pub mod visitors;

pub use error::{ErrorBody, ErrorCode, FieldError};

/// The languages of SPEC section 10, English first: what the app and the kiosks speak and
/// what user-entered content is translated into. Adding a language: a tag here, its name in
/// [`native_name`], and its text files (see the README).
pub const LANGUAGES: [&str; 6] = ["en", "sv", "fi", "sl", "lv", "et"];

/// The Fluent message id of a text key: Fluent ids allow letters, digits, `-` and `_`, so the
/// code's `report.figure.visits` is `report-figure-visits` and a scope's `reports:read` is
/// `reports_read`.
pub fn message_id(key: &str) -> String {
    key.replace('.', "-").replace(':', "_")
}

/// Whether a message's variable counts something, so its number is grouped as the language
/// writes counts (`20 199`); a year is a number but no count (`2026`).
pub fn is_count(variable: &str) -> bool {
    variable != "year"
}

/// A language's name in itself, as a language switcher shows it (`None`: not one of ours).
pub fn native_name(tag: &str) -> Option<&'static str> {
    match tag {
        "en" => Some("English"),
        "sv" => Some("Svenska"),
        "fi" => Some("Suomi"),
        "sl" => Some("Slovenščina"),
        "lv" => Some("Latviešu"),
        "et" => Some("Eesti"),
        _ => None,
    }
}

pub use page::{ListQuery, Page};
pub use role::Role;
pub use validation::{Rules, duplicate_ids, field_errors_body, validation_error_body};
