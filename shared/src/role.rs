crate::text_enum! {
    /// A user's role (SPEC section 1). Organisation roles hold for the whole organisation or
    /// for listed units; see `structure::UserInput`.
    pub enum Role {
        SystemAdmin = "system_admin",
        NetworkAdmin = "network_admin",
        OrgAdmin = "org_admin",
        UnitManager = "unit_manager",
        YouthWorker = "youth_worker",
        Viewer = "viewer",
    }
}

impl Role {
    /// Roles an organisation gives to its own people.
    pub fn is_organisation_role(self) -> bool {
        matches!(
            self,
            Role::OrgAdmin | Role::UnitManager | Role::YouthWorker | Role::Viewer
        )
    }
}
