//! Login, token and "me" DTOs.

use crate::ids::{OrganisationId, UnitId, UserId};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::role::Role;
use crate::validation::Rules;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LoginRequest {
    #[validate(custom(function = "crate::validation::email"), length(max = 254))]
    pub email: String,
    /// Bounded: argon2's work grows with the length.
    #[validate(length(min = 1, max = 256))]
    pub password: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RefreshRequest {
    /// The refresh token; absent, the `logbook_refresh` cookie that signing in set (the web
    /// app keeps its token there, out of reach of scripts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[validate(length(min = 1, max = 512))]
    pub refresh_token: Option<String>,
}

impl Rules for LoginRequest {}
impl Rules for RefreshRequest {}
impl Rules for NewAccount {}

/// Issued on login and on every refresh: the refresh token is single-use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenPair {
    pub access_token: String,
    /// Always `Bearer`.
    pub token_type: String,
    /// Seconds until the access token expires.
    pub expires_in: i64,
    /// Left out when a browser refreshed through its `logbook_refresh` cookie: the next token
    /// went into the cookie, where no script can read it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Who signed in, as `GET /me` answers: an app that starts with a refresh knows it
    /// without a second round trip.
    pub me: Me,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationRef {
    pub id: OrganisationId,
    pub name: String,
}

/// The signed-in user as `GET /api/v1/me` returns it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Me {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// The units the role holds for; empty means the whole organisation.
    pub unit_ids: Vec<UnitId>,
    /// Absent for the system admin and network staff.
    pub organisation: Option<OrganisationRef>,
    /// What the account may do, as the server's permission model decides.
    pub may: Capabilities,
    /// The language the person chose (`PUT /me/language`); absent until they choose.
    pub language: Option<String>,
    /// The language to start in until they choose: their organisation's default (`en` for
    /// accounts without an organisation).
    pub default_language: String,
}

/// What the signed-in account may do, decided by the server's one permission model: the web
/// app offers what these allow and nothing else (the server refuses the rest anyway). Unit
/// rights hold for `Me::unit_ids` (all units when that is empty).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Capabilities {
    /// Settings, people, topics, questions, key figures, tokens, memberships, the analysis.
    pub administer_organisation: bool,
    /// Change units and their activities.
    pub manage_units: bool,
    /// Log, change and delete sessions, and check young people in.
    pub log_sessions: bool,
    /// Read sessions and their notes (the qualitative record).
    pub read_sessions: bool,
    /// Register kiosks and answer young people's data requests (export, erase).
    pub manage_visitors: bool,
    /// Read report figures.
    pub read_reports: bool,
    /// Run a partner network: members, statistics, its tokens.
    pub manage_network: bool,
    /// Manage the instance's networks and organisations.
    pub manage_tenants: bool,
}

/// A new account's credentials (also what `logbook create-admin` checks).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NewAccount {
    #[validate(custom(function = "crate::validation::email"), length(max = 254))]
    pub email: String,
    #[validate(length(min = 1, max = 120))]
    pub display_name: String,
    /// At least 10 characters: length matters more than character classes.
    #[validate(length(min = 10, max = 256))]
    pub password: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn login_validation_names_fields() {
        let bad = LoginRequest {
            email: "not-an-address".into(),
            password: String::new(),
        };
        let body = crate::validation_error_body(&bad.validate().unwrap_err());
        let paths: Vec<_> = body.fields.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, vec!["email", "password"]);

        let good = LoginRequest {
            email: "worker@example.org".into(),
            password: "secret".into(),
        };
        assert!(good.validate().is_ok());
    }
}
