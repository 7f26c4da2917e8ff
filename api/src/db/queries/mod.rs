//! All SQL lives here. Functions on tenant-owned data take the organisation id and filter by
//! it, so another organisation's ids simply find nothing. The few that do not (login by
//! e-mail, token rotation, invitation links) work before any tenant is known.

pub mod activities;
pub mod aims;
pub mod aliases;
pub mod annual_reports;
pub mod api_tokens;
pub mod bulk;
pub mod check_ins;
pub mod idempotency_keys;
pub mod invitations;
pub mod key_figures;
pub mod kiosks;
pub mod memberships;
pub mod network_pulls;
pub mod networks;
pub mod organisations;
pub mod questionnaires;
pub mod reflection_questions;
pub mod refresh_tokens;
pub mod reports;
pub mod rollup_changes;
pub mod rollup_drift;
pub mod rollups;
pub mod session_audit;
pub mod sessions;
pub mod statistics_slices;
pub mod survey_results;
pub mod survey_rounds;
pub mod survey_settling;
pub mod topics;
pub mod units;
pub mod users;

use diesel::result::Error;

/// The clock all stored timestamps use: UTC without a zone, identical on both engines.
pub fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Reads a stored enum name back; an unknown name means the database was edited by hand.
pub fn stored<T>(text: &str, parse: fn(&str) -> Option<T>) -> Result<T, Error> {
    parse(text)
        .ok_or_else(|| Error::DeserializationError(format!("unknown stored value {text:?}").into()))
}

/// `text` with LIKE's wildcards taken literally (escaped with a backslash: `ESCAPE '\'`).
pub fn like_escaped(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// Rows after `cursor`, at most `limit + 1` of them (see `Page::from_rows`).
pub fn fetch_limit(limit: i64) -> i64 {
    limit + 1
}
