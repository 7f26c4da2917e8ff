//! Who is asking, once the bearer token has been checked: the account (without any secret),
//! its role, the units it holds for, and the credential it came with.

use logbook_shared::ids::{NetworkId, UnitId, UserId};
use std::collections::BTreeSet;

use logbook_shared::api_tokens::TokenScope;
use logbook_shared::auth::{Me, OrganisationRef};
use logbook_shared::{LANGUAGES, Role};

use crate::db::DbConn;
use crate::db::queries::organisations::Organisation;
use crate::db::queries::users::{self, User};
use crate::error::ApiError;

#[derive(Debug, Clone)]
pub struct AuthUser {
    pub user: Account,
    pub role: Role,
    pub organisation: Option<Organisation>,
    /// The units the role holds for (organisation accounts).
    pub scope: UnitScope,
    pub credential: Credential,
}

/// The account behind a request. Its password hash stays in the database: whatever needs it
/// reads it there.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: UserId,
    pub email: String,
    pub display_name: String,
    pub network_id: Option<NetworkId>,
    /// The person's language, once chosen.
    pub language: Option<String>,
}

/// How the caller proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A person's login; `session_id` is its refresh-token family.
    Login { session_id: String },
    /// An integration token: it acts as the account that made it, within these scopes only.
    IntegrationToken { scopes: Vec<TokenScope> },
}

/// The units an organisation role holds for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitScope {
    WholeOrganisation,
    Units(BTreeSet<UnitId>),
}

impl UnitScope {
    pub fn from_unit_ids(unit_ids: Vec<UnitId>) -> UnitScope {
        if unit_ids.is_empty() {
            UnitScope::WholeOrganisation
        } else {
            UnitScope::Units(unit_ids.into_iter().collect())
        }
    }

    pub fn contains(&self, unit_id: UnitId) -> bool {
        match self {
            UnitScope::WholeOrganisation => true,
            UnitScope::Units(units) => units.contains(&unit_id),
        }
    }

    /// For list queries: `None` means every unit of the organisation.
    pub fn unit_ids(&self) -> Option<Vec<UnitId>> {
        match self {
            UnitScope::WholeOrganisation => None,
            UnitScope::Units(units) => Some(units.iter().copied().collect()),
        }
    }
}

impl AuthUser {
    pub fn new(
        user: User,
        organisation: Option<Organisation>,
        unit_ids: Vec<UnitId>,
        credential: Credential,
    ) -> Result<AuthUser, ApiError> {
        let role = Role::parse(&user.role).ok_or_else(|| {
            ApiError::internal(format!("user {} has unknown role {}", user.id, user.role))
        })?;
        Ok(AuthUser {
            user: Account {
                id: user.id,
                email: user.email,
                display_name: user.display_name,
                network_id: user.network_id,
                language: user.language,
            },
            role,
            organisation,
            scope: UnitScope::from_unit_ids(unit_ids),
            credential,
        })
    }

    /// The person of a login (`session_id`, its refresh-token family) as the database has
    /// them now; `None` once the account is no longer active.
    pub fn of_login(
        conn: &mut DbConn,
        user_id: UserId,
        session_id: String,
    ) -> Result<Option<AuthUser>, ApiError> {
        let Some((user, organisation)) = users::find_active_with_organisation(conn, user_id)?
        else {
            return Ok(None);
        };
        let unit_ids = users::unit_ids(conn, user.id)?;
        let credential = Credential::Login { session_id };
        AuthUser::new(user, organisation, unit_ids, credential).map(Some)
    }

    /// The caller as `GET /me` describes them.
    pub fn me(&self) -> Me {
        let default_language = match &self.organisation {
            Some(organisation) => organisation.default_language(),
            None => LANGUAGES[0],
        };
        Me {
            id: self.user.id,
            email: self.user.email.clone(),
            display_name: self.user.display_name.clone(),
            role: self.role,
            unit_ids: self.scope.unit_ids().unwrap_or_default(),
            may: self.capabilities(),
            organisation: self.organisation.as_ref().map(|org| OrganisationRef {
                id: org.id,
                name: org.name.clone(),
            }),
            language: self.user.language.clone(),
            default_language: default_language.to_owned(),
        }
    }

    /// The caller's language: their own, else their organisation's default, else English.
    pub fn language(&self) -> &str {
        let default = self
            .organisation
            .as_ref()
            .map(Organisation::default_language);
        self.user
            .language
            .as_deref()
            .or(default)
            .unwrap_or(LANGUAGES[0])
    }
}
