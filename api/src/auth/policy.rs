//! Who may do what: the one place every route asks. Records of another organisation are
//! never looked up here — queries filter by the caller's organisation, so they answer 404
//! before a rule is consulted. Inside the organisation, a unit outside the caller's scope is
//! hidden (404) and a visible record the role may not change is refused (403).

use logbook_shared::api_tokens::TokenScope;
use logbook_shared::auth::Capabilities;
use logbook_shared::ids::{NetworkId, OrganisationId, UnitId};
use logbook_shared::{ErrorCode, Role};

use super::caller::{AuthUser, Credential};
use crate::error::ApiError;

/// Everything a route may ask permission for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// List, create and change networks and organisations (the instance's tenants).
    ManageTenants,
    /// See one network's record.
    ReadNetwork(NetworkId),
    /// Invite organisations to the network and end memberships (its own admins).
    ManageNetwork(NetworkId),
    /// Pull the network's statistics and comparison, and read its log of pulls (its admins).
    ReadNetworkStatistics(NetworkId),
    /// See one organisation's record.
    ReadOrganisation(OrganisationId),
    /// Read the caller's organisation's shared lists: settings, topics.
    ReadOrganisationData(OrganisationId),
    /// Settings, topics, units, accounts of the organisation.
    AdministerOrganisation(OrganisationId),
    /// See a unit and its activities.
    ReadUnit(UnitId),
    /// Change a unit and its activities.
    ManageUnit(UnitId),
    /// List the sessions of the units in the caller's scope (not viewers: sessions carry notes).
    ReadSessions(OrganisationId),
    /// Log, read, change and delete the sessions of a unit.
    LogSessions(UnitId),
    /// Read the sessions' audit trail of the units in the caller's scope.
    ReadAuditTrail(OrganisationId),
    /// Find, export and erase the organisation's aliases (subject requests, SPEC 9).
    ManageAliases(OrganisationId),
    /// Register a young person's alias from the staff side (not viewers).
    RegisterAliases(OrganisationId),
    /// Register and revoke kiosk devices (each then needs `ManageUnit` of its unit).
    ManageKiosks(OrganisationId),
    /// Read figures of the units in the caller's scope (every organisation role).
    ReadReports(OrganisationId),
}

impl Action {
    /// The token scope that allows the action; `None` for what no token may do (administer,
    /// manage units, aliases, kiosks, tokens, memberships).
    fn scope(self) -> Option<TokenScope> {
        match self {
            Action::ReadReports(_) => Some(TokenScope::ReadReports),
            Action::ReadSessions(_) | Action::ReadAuditTrail(_) => Some(TokenScope::ReadSessions),
            Action::LogSessions(_) => Some(TokenScope::WriteSessions),
            Action::ReadUnit(_) | Action::ReadOrganisationData(_) | Action::ReadOrganisation(_) => {
                Some(TokenScope::ReadStructure)
            }
            Action::ReadNetwork(_) | Action::ReadNetworkStatistics(_) => {
                Some(TokenScope::ReadStatistics)
            }
            Action::ManageTenants
            | Action::ManageNetwork(_)
            | Action::AdministerOrganisation(_)
            | Action::ManageUnit(_)
            | Action::ManageAliases(_)
            | Action::RegisterAliases(_)
            | Action::ManageKiosks(_) => None,
        }
    }
}

impl AuthUser {
    /// Answers `Ok` when the caller may take `action`, else the error to return.
    pub fn authorize(&self, action: Action) -> Result<(), ApiError> {
        if self.may(action) {
            return self.within_token_scopes(action);
        }
        let hidden = match action {
            Action::ReadNetwork(_)
            | Action::ManageNetwork(_)
            | Action::ReadNetworkStatistics(_)
            | Action::ReadOrganisation(_) => true,
            Action::ReadOrganisationData(org)
            | Action::AdministerOrganisation(org)
            | Action::ReadSessions(org)
            | Action::ReadAuditTrail(org)
            | Action::ManageAliases(org)
            | Action::RegisterAliases(org)
            | Action::ManageKiosks(org)
            | Action::ReadReports(org) => self.organisation_id() != Some(org),
            Action::ReadUnit(unit) | Action::ManageUnit(unit) | Action::LogSessions(unit) => {
                !self.may(Action::ReadUnit(unit))
            }
            Action::ManageTenants => false,
        };
        Err(if hidden { not_found() } else { forbidden() })
    }

    fn may(&self, action: Action) -> bool {
        let own_org = |org: OrganisationId| self.organisation_id() == Some(org);
        match (self.role, action) {
            (
                Role::SystemAdmin,
                Action::ManageTenants | Action::ReadNetwork(_) | Action::ReadOrganisation(_),
            ) => true,
            (
                Role::NetworkAdmin,
                Action::ReadNetwork(network)
                | Action::ManageNetwork(network)
                | Action::ReadNetworkStatistics(network),
            ) => self.user.network_id == Some(network),
            (Role::SystemAdmin | Role::NetworkAdmin, _) => false,
            (
                _,
                Action::ManageTenants
                | Action::ReadNetwork(_)
                | Action::ManageNetwork(_)
                | Action::ReadNetworkStatistics(_),
            ) => false,
            (_, Action::ReadOrganisation(org) | Action::ReadOrganisationData(org)) => own_org(org),
            (Role::OrgAdmin, Action::AdministerOrganisation(org)) => own_org(org),
            (_, Action::AdministerOrganisation(_)) => false,
            (
                Role::OrgAdmin | Role::UnitManager | Role::YouthWorker,
                Action::ReadSessions(org) | Action::RegisterAliases(org),
            ) => own_org(org),
            (Role::OrgAdmin | Role::UnitManager, Action::ReadAuditTrail(org)) => own_org(org),
            (
                Role::OrgAdmin | Role::UnitManager,
                Action::ManageAliases(org) | Action::ManageKiosks(org),
            ) => own_org(org),
            (
                _,
                Action::ReadSessions(_)
                | Action::ReadAuditTrail(_)
                | Action::ManageAliases(_)
                | Action::RegisterAliases(_)
                | Action::ManageKiosks(_),
            ) => false,
            (_, Action::ReadReports(org)) => own_org(org),
            (Role::OrgAdmin, Action::LogSessions(_)) => true,
            (Role::UnitManager | Role::YouthWorker, Action::LogSessions(unit)) => {
                self.scope.contains(unit)
            }
            (_, Action::LogSessions(_)) => false,
            (Role::OrgAdmin, Action::ReadUnit(_) | Action::ManageUnit(_)) => true,
            (_, Action::ReadUnit(unit)) => self.scope.contains(unit),
            (Role::UnitManager, Action::ManageUnit(unit)) => self.scope.contains(unit),
            (_, Action::ManageUnit(_)) => false,
        }
    }

    /// An integration token acts as its maker, but only in its scopes (403 outside them).
    fn within_token_scopes(&self, action: Action) -> Result<(), ApiError> {
        let Credential::IntegrationToken { scopes } = &self.credential else {
            return Ok(());
        };
        match action.scope() {
            Some(needed) if scopes.contains(&needed) => Ok(()),
            _ => Err(ApiError::new(
                ErrorCode::Forbidden,
                "This token's scopes do not allow this",
            )),
        }
    }

    /// What the caller may do, for `GET /me`: each right checked through `authorize` (token
    /// scopes included), unit rights on a unit of the caller's scope.
    pub fn capabilities(&self) -> Capabilities {
        let allowed = |action: Action| self.authorize(action).is_ok();
        let organisation = self.organisation_id();
        // Any unit of the scope stands for all of them (a whole-organisation scope holds any).
        let unit = self
            .scope
            .unit_ids()
            .and_then(|units| units.first().copied())
            .unwrap_or(UnitId(0));
        let in_organisation = |action: fn(OrganisationId) -> Action| {
            organisation.is_some_and(|org| allowed(action(org)))
        };
        Capabilities {
            administer_organisation: in_organisation(Action::AdministerOrganisation),
            manage_units: organisation.is_some() && allowed(Action::ManageUnit(unit)),
            log_sessions: organisation.is_some() && allowed(Action::LogSessions(unit)),
            read_sessions: in_organisation(Action::ReadSessions),
            manage_visitors: in_organisation(Action::ManageAliases)
                && in_organisation(Action::ManageKiosks),
            read_reports: in_organisation(Action::ReadReports),
            manage_network: self
                .user
                .network_id
                .is_some_and(|network| allowed(Action::ManageNetwork(network))),
            manage_tenants: allowed(Action::ManageTenants),
        }
    }

    /// Whether a unit of the caller's organisation lies in their scope (else it is hidden).
    pub fn sees_unit(&self, unit: UnitId) -> bool {
        self.may(Action::ReadUnit(unit))
    }

    /// The caller's organisation, for routes that act inside it; others are refused.
    pub fn require_organisation(&self) -> Result<OrganisationId, ApiError> {
        self.organisation_id().ok_or_else(|| {
            ApiError::new(
                ErrorCode::Forbidden,
                "Only organisation accounts can do this",
            )
        })
    }

    pub fn organisation_id(&self) -> Option<OrganisationId> {
        self.organisation.as_ref().map(|org| org.id)
    }
}

pub fn not_found() -> ApiError {
    ApiError::new(ErrorCode::NotFound, "Not found")
}

pub fn forbidden() -> ApiError {
    ApiError::new(ErrorCode::Forbidden, "Your role does not allow this")
}
