//! All SQL lives here. Functions that touch tenant-owned data take the organisation id;
//! the ones below that do not (login by e-mail, token rotation) work before a tenant is known.

pub mod organisations;
pub mod refresh_tokens;
pub mod users;

/// The clock all stored timestamps use: UTC without a zone, identical on both engines.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}
