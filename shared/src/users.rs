//! Accounts inside an organisation, their roles and scopes, invitations and passwords.

use crate::ids::{UnitId, UserId};
use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;
use crate::role::Role;
use crate::validation::Rules;

/// Someone who gets an account and a one-time link to set their password.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Invitee {
    #[validate(custom(function = "crate::validation::email"), length(max = 254))]
    pub email: String,
    #[validate(length(min = 1, max = 120))]
    pub display_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub role: Role,
    /// Empty when the role holds for the whole organisation.
    pub unit_ids: Vec<UnitId>,
    pub active: bool,
    /// True until the person has set a password through their link.
    pub invitation_pending: bool,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

/// Creating (`POST /users`) or changing (`PUT /users/{id}`) an organisation's account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct UserInput {
    #[validate(custom(function = "crate::validation::email"), length(max = 254))]
    pub email: String,
    #[validate(length(min = 1, max = 120))]
    pub display_name: String,
    /// `org_admin`, `unit_manager`, `youth_worker` or `viewer`.
    pub role: Role,
    /// The units the role holds for; `[]` means the whole organisation. Required, so that
    /// leaving it out never widens someone's scope. Org admins always hold the whole
    /// organisation.
    #[validate(length(max = 200))]
    pub unit_ids: Vec<UnitId>,
    #[serde(default = "active_by_default")]
    pub active: bool,
}

fn active_by_default() -> bool {
    true
}

impl From<&User> for UserInput {
    fn from(user: &User) -> Self {
        UserInput {
            email: user.email.clone(),
            display_name: user.display_name.clone(),
            role: user.role,
            unit_ids: user.unit_ids.clone(),
            active: user.active,
        }
    }
}

impl Rules for UserInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = Vec::new();
        if !self.role.is_organisation_role() {
            errors.push(FieldError::new(
                "role",
                "not_an_organisation_role",
                "Organisations give the roles org_admin, unit_manager, youth_worker and viewer",
            ));
        }
        errors.extend(crate::validation::duplicate_ids("unit_ids", &self.unit_ids));
        if self.role == Role::OrgAdmin && !self.unit_ids.is_empty() {
            errors.push(FieldError::new(
                "unit_ids",
                "org_admin_scope",
                "An org admin holds the whole organisation",
            ));
        }
        errors
    }
}

/// A one-time link to set a password. Shown once; only its hash is stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationLink {
    pub token: String,
    /// The web app's page for it, e.g. `/invitation/<token>`; the admin copies the full URL.
    pub path: String,
    #[serde(with = "crate::utc")]
    pub expires_at: NaiveDateTime,
}

/// What `POST /users` answers: the account and the link to hand over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitedUser {
    pub user: User,
    pub invitation: InvitationLink,
}

/// What an invitation link shows before the password is chosen.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationInfo {
    pub email: String,
    pub display_name: String,
    /// The organisation or network the account belongs to.
    pub tenant_name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SetPassword {
    /// At least 10 characters: length matters more than character classes.
    #[validate(length(min = 10, max = 256))]
    pub password: String,
}

impl Rules for SetPassword {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ChangePassword {
    #[validate(length(min = 1, max = 256))]
    pub current_password: String,
    #[validate(length(min = 10, max = 256))]
    pub new_password: String,
}

impl Rules for ChangePassword {}

/// `PUT /me/language`: the language the person reads the app, its files and PDFs in.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LanguageChoice {
    /// One of `en`, `sv`, `fi`, `sl`, `lv`, `et`.
    pub language: String,
}

impl Rules for LanguageChoice {
    fn cross_field(&self) -> Vec<FieldError> {
        crate::validation::unknown_language("language", &self.language)
            .into_iter()
            .collect()
    }
}

/// Filters of `GET /users`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct UserFilter {
    pub role: Option<Role>,
    pub active: Option<bool>,
}

impl crate::Rules for UserFilter {}
