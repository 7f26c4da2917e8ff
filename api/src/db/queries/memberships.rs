//! Networks' invitations and memberships (SPEC 8). Rows are never deleted: a declined or
//! ended membership stays as history beside the pulls made while it lasted.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ids::{MembershipId, NetworkId, OrganisationId, UserId};
use logbook_shared::networks::{Membership, MembershipStatus};

use crate::db::DbConn;
use crate::db::schema::{network_memberships, networks, organisations};

type MembershipRow = (
    MembershipId,
    NetworkId,
    String,
    OrganisationId,
    String,
    String,
    NaiveDateTime,
    Option<NaiveDateTime>,
    Option<NaiveDateTime>,
);

fn to_dto(row: MembershipRow) -> QueryResult<Membership> {
    let (id, network_id, network_name, organisation_id, organisation_name, status, invited_at) =
        (row.0, row.1, row.2, row.3, row.4, row.5, row.6);
    Ok(Membership {
        id,
        network_id,
        network_name,
        organisation_id,
        organisation_name,
        status: super::stored(&status, MembershipStatus::parse)?,
        invited_at,
        answered_at: row.7,
        ended_at: row.8,
    })
}

#[diesel::dsl::auto_type(no_type_alias)]
fn with_names() -> _ {
    network_memberships::table
        .inner_join(networks::table)
        .inner_join(organisations::table)
        .select((
            network_memberships::id,
            network_memberships::network_id,
            networks::name,
            network_memberships::organisation_id,
            organisations::name,
            network_memberships::status,
            network_memberships::invited_at,
            network_memberships::answered_at,
            network_memberships::ended_at,
        ))
}

/// A new invitation; fails with a unique violation when one is open already.
pub fn invite(
    conn: &mut DbConn,
    network_id: NetworkId,
    organisation_id: OrganisationId,
    invited_by: UserId,
) -> QueryResult<MembershipId> {
    diesel::insert_into(network_memberships::table)
        .values((
            network_memberships::network_id.eq(network_id),
            network_memberships::organisation_id.eq(organisation_id),
            network_memberships::status.eq(MembershipStatus::Invited.as_str()),
            network_memberships::invited_by.eq(invited_by),
            network_memberships::invited_at.eq(super::now()),
        ))
        .returning(network_memberships::id)
        .get_result(conn)
}

pub fn get(conn: &mut DbConn, id: MembershipId) -> QueryResult<Option<Membership>> {
    with_names()
        .filter(network_memberships::id.eq(id))
        .first::<MembershipRow>(conn)
        .optional()?
        .map(to_dto)
        .transpose()
}

/// The network's invitations and memberships, newest first.
pub fn of_network(conn: &mut DbConn, network_id: NetworkId) -> QueryResult<Vec<Membership>> {
    with_names()
        .filter(network_memberships::network_id.eq(network_id))
        .order(network_memberships::id.desc())
        .load::<MembershipRow>(conn)?
        .into_iter()
        .map(to_dto)
        .collect()
}

/// The organisation's invitations and memberships, newest first.
pub fn of_organisation(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
) -> QueryResult<Vec<Membership>> {
    with_names()
        .filter(network_memberships::organisation_id.eq(organisation_id))
        .order(network_memberships::id.desc())
        .load::<MembershipRow>(conn)?
        .into_iter()
        .map(to_dto)
        .collect()
}

/// Moves the membership from `from` to `to`; false when it was not in `from` (any more).
pub fn change_status(
    conn: &mut DbConn,
    id: MembershipId,
    from: &[MembershipStatus],
    to: MembershipStatus,
) -> QueryResult<bool> {
    let now = super::now();
    let from: Vec<&str> = from.iter().map(|status| status.as_str()).collect();
    let target = network_memberships::table
        .filter(network_memberships::id.eq(id))
        .filter(network_memberships::status.eq_any(from));
    let changed = match to {
        MembershipStatus::Ended => diesel::update(target)
            .set((
                network_memberships::status.eq(to.as_str()),
                network_memberships::ended_at.eq(now),
            ))
            .execute(conn)?,
        _ => diesel::update(target)
            .set((
                network_memberships::status.eq(to.as_str()),
                network_memberships::answered_at.eq(now),
            ))
            .execute(conn)?,
    };
    Ok(changed > 0)
}

/// The network's member organisations now, with each one's own suppression threshold.
pub fn members(
    conn: &mut DbConn,
    network_id: NetworkId,
) -> QueryResult<Vec<(OrganisationId, i32)>> {
    network_memberships::table
        .inner_join(organisations::table)
        .filter(network_memberships::network_id.eq(network_id))
        .filter(network_memberships::status.eq(MembershipStatus::Member.as_str()))
        .order(network_memberships::organisation_id)
        .select((
            network_memberships::organisation_id,
            organisations::network_min_cell,
        ))
        .load(conn)
}
