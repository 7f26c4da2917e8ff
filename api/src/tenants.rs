//! Creating the instance's tenants — networks and organisations — each with its first admin.

use logbook_shared::Role;
use logbook_shared::structure::{CreatedNetwork, CreatedOrganisation, NewTenant};
use logbook_shared::users::InvitedUser;

use crate::accounts::{self, Home};
use crate::db::DbConn;
use crate::db::queries::{networks, organisations, topics};
use crate::error::ApiError;

/// An organisation with SPEC section 2's topics and an org admin invited to set a password.
pub fn create_organisation(
    conn: &mut DbConn,
    input: &NewTenant,
) -> Result<CreatedOrganisation, ApiError> {
    crate::db::write_transaction(conn, |conn| {
        let organisation = organisations::insert(conn, input.name.trim())?;
        topics::insert_built_in(conn, organisation.id)?;
        let (user, invitation) = accounts::invite(
            conn,
            Home::Organisation(organisation.id),
            &input.admin,
            Role::OrgAdmin,
        )?;
        Ok(CreatedOrganisation {
            organisation: organisation.into(),
            admin: InvitedUser {
                user: user.into_dto(Vec::new())?,
                invitation,
            },
        })
    })
}

/// A network with a network admin invited to set a password.
pub fn create_network(conn: &mut DbConn, input: &NewTenant) -> Result<CreatedNetwork, ApiError> {
    crate::db::write_transaction(conn, |conn| {
        let network = networks::insert(conn, input.name.trim())?;
        let (user, invitation) = accounts::invite(
            conn,
            Home::Network(network.id),
            &input.admin,
            Role::NetworkAdmin,
        )?;
        Ok(CreatedNetwork {
            network: network.into(),
            admin: InvitedUser {
                user: user.into_dto(Vec::new())?,
                invitation,
            },
        })
    })
}
