//! Integration tokens (SPEC 1, the integrator; issue 7): an org or network admin makes a token
//! with a name, scopes and an expiry. It is shown once, works in the same
//! `Authorization: Bearer` header as a login, acts as its maker within its scopes only, and can
//! be revoked.

use crate::ids::ApiTokenId;
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;

/// Every integration token starts so; the server tells it from a login token by it.
pub const API_TOKEN_PREFIX: &str = "lbt_";

crate::text_enum! {
    /// What an integration token may do.
    pub enum TokenScope {
        /// Read report figures, exports and annual reports of the maker's units.
        ReadReports = "reports:read",
        /// Read sessions (with their notes), the qualitative record and the audit trail.
        ReadSessions = "sessions:read",
        /// Log, change and delete sessions, and check young people in by alias.
        WriteSessions = "sessions:write",
        /// Read units, activities, topics and the organisation's settings.
        ReadStructure = "structure:read",
        /// Pull a network's statistics and comparison, and read its pull log.
        ReadStatistics = "statistics:read",
    }
}

impl TokenScope {
    /// The scopes an organisation's tokens may have; a network's have `ReadStatistics` only.
    pub const ORGANISATION: [TokenScope; 4] = [
        TokenScope::ReadReports,
        TokenScope::ReadSessions,
        TokenScope::WriteSessions,
        TokenScope::ReadStructure,
    ];
}

/// `POST /api-tokens`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiTokenInput {
    #[validate(length(min = 1, max = 100))]
    pub name: String,
    pub scopes: Vec<TokenScope>,
    /// The last day the token works (at most two years ahead).
    pub expires_on: NaiveDate,
}

impl crate::validation::Rules for ApiTokenInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if self.scopes.is_empty() {
            errors.push(FieldError::new(
                "scopes",
                "required",
                "Give the token a scope",
            ));
        }
        for (index, scope) in self.scopes.iter().enumerate() {
            if self.scopes[..index].contains(scope) {
                errors.push(FieldError::new(
                    format!("scopes[{index}]"),
                    "duplicate",
                    "This scope is listed already",
                ));
            }
        }
        errors
    }
}

/// A token as listed (never its secret).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiToken {
    pub id: ApiTokenId,
    pub name: String,
    pub scopes: Vec<TokenScope>,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
    /// The token stops working at this moment (the end of `expires_on`, UTC).
    #[serde(with = "crate::utc")]
    pub expires_at: NaiveDateTime,
    #[serde(with = "crate::utc::option")]
    pub last_used_at: Option<NaiveDateTime>,
    #[serde(with = "crate::utc::option")]
    pub revoked_at: Option<NaiveDateTime>,
}

/// The answer to `POST /api-tokens`: the secret, shown this once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedApiToken {
    pub token: String,
    pub api_token: ApiToken,
}
