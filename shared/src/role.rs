use serde::{Deserialize, Serialize};

/// A user's role (SPEC section 1). Per-unit scopes arrive with the structure work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    SystemAdmin,
    NetworkAdmin,
    OrgAdmin,
    UnitManager,
    YouthWorker,
    Viewer,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::SystemAdmin,
        Role::NetworkAdmin,
        Role::OrgAdmin,
        Role::UnitManager,
        Role::YouthWorker,
        Role::Viewer,
    ];

    /// The stable name stored in the database and used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::SystemAdmin => "system_admin",
            Role::NetworkAdmin => "network_admin",
            Role::OrgAdmin => "org_admin",
            Role::UnitManager => "unit_manager",
            Role::YouthWorker => "youth_worker",
            Role::Viewer => "viewer",
        }
    }

    pub fn parse(name: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_names_match_json_names() {
        for role in Role::ALL {
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(json, format!("\"{}\"", role.as_str()));
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("superuser"), None);
    }
}
