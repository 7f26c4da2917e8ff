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
pub mod follow_up;
pub mod ids;
pub mod key_figures;
pub mod networks;
pub mod page;
pub mod periods;
pub mod reflection;
pub mod report_columns;
pub mod reports;
pub mod role;
pub mod sessions;
pub mod structure;
pub mod surveys;
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

/// A message's variables as Fluent takes them: a count as a number, which selects the plural
/// form and is grouped as the language writes counts (`20 199`); anything else, a year
/// (`2026`) included, as text.
pub fn message_args<'a, S: AsRef<str>>(args: &'a [(&'a str, S)]) -> fluent_bundle::FluentArgs<'a> {
    let mut fluent_args = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        let value = value.as_ref();
        let value = if *name == "year" {
            fluent_bundle::FluentValue::from(value)
        } else {
            fluent_bundle::FluentValue::try_number(value)
        };
        fluent_args.set(*name, value);
    }
    fluent_args
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
