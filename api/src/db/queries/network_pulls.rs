//! The log of statistics pulls (SPEC 8 and 9): who pulled what, when, and whose figures.

use logbook_shared::ids::{NetworkId, OrganisationId, PullId, UserId};
use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::networks::{Pull, StatisticsFormat};

use crate::db::DbConn;
use crate::db::schema::{network_pull_organisations, network_pulls, networks, users};

/// A pull about to be kept.
pub struct NewPull<'a> {
    pub network_id: NetworkId,
    pub user_id: UserId,
    pub query: &'a str,
    pub format: StatisticsFormat,
    pub organisation_ids: &'a [OrganisationId],
}

/// Keeps the pull with its organisations, all or nothing.
pub fn insert(conn: &mut DbConn, pull: &NewPull<'_>) -> QueryResult<PullId> {
    crate::db::write_transaction(conn, |conn| insert_rows(conn, pull))
}

/// Keeps a JSON read of the members' figures (a comparison, an overview) as a pull.
pub fn insert_json(
    conn: &mut DbConn,
    network_id: NetworkId,
    user_id: UserId,
    query: &str,
    organisation_ids: &[OrganisationId],
) -> QueryResult<PullId> {
    insert(
        conn,
        &NewPull {
            network_id,
            user_id,
            query,
            format: StatisticsFormat::Json,
            organisation_ids,
        },
    )
}

fn insert_rows(conn: &mut DbConn, pull: &NewPull<'_>) -> QueryResult<PullId> {
    let id: PullId = diesel::insert_into(network_pulls::table)
        .values((
            network_pulls::network_id.eq(pull.network_id),
            network_pulls::user_id.eq(pull.user_id),
            network_pulls::at.eq(super::now()),
            network_pulls::query.eq(pull.query),
            network_pulls::format.eq(pull.format.as_str()),
        ))
        .returning(network_pulls::id)
        .get_result(conn)?;
    let rows: Vec<_> = pull
        .organisation_ids
        .iter()
        .map(|organisation| {
            (
                network_pull_organisations::pull_id.eq(id),
                network_pull_organisations::organisation_id.eq(*organisation),
            )
        })
        .collect();
    for row in rows {
        diesel::insert_into(network_pull_organisations::table)
            .values(row)
            .execute(conn)?;
    }
    Ok(id)
}

type PullRow = (
    PullId,
    NetworkId,
    String,
    String,
    NaiveDateTime,
    String,
    String,
    Option<OrganisationId>,
);

/// Whose log of pulls is read.
#[derive(Clone, Copy)]
enum Reader {
    Network,
    /// A member sees who of its own and of the network pulled, and only itself among the
    /// organisations: other members' admins and members stay unnamed.
    Member(OrganisationId),
}

/// Whether the network's figures were ever pulled.
pub fn any(conn: &mut DbConn, network_id: NetworkId) -> QueryResult<bool> {
    diesel::select(diesel::dsl::exists(
        network_pulls::table.filter(network_pulls::network_id.eq(network_id)),
    ))
    .get_result(conn)
}

/// The network's pulls, newest first.
pub fn of_network(conn: &mut DbConn, network_id: NetworkId) -> QueryResult<Vec<Pull>> {
    let rows: Vec<PullRow> = network_pulls::table
        .inner_join(networks::table)
        .inner_join(users::table)
        .filter(network_pulls::network_id.eq(network_id))
        .order(network_pulls::id.desc())
        .select(columns())
        .load(conn)?;
    with_organisations(conn, rows, Reader::Network)
}

/// The pulls that returned the organisation's figures, newest first (also after it left).
pub fn of_organisation(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
) -> QueryResult<Vec<Pull>> {
    let rows: Vec<PullRow> = network_pulls::table
        .inner_join(networks::table)
        .inner_join(users::table)
        .filter(
            network_pulls::id.eq_any(
                network_pull_organisations::table
                    .filter(network_pull_organisations::organisation_id.eq(organisation_id))
                    .select(network_pull_organisations::pull_id),
            ),
        )
        .order(network_pulls::id.desc())
        .select(columns())
        .load(conn)?;
    with_organisations(conn, rows, Reader::Member(organisation_id))
}

#[diesel::dsl::auto_type(no_type_alias)]
fn columns() -> _ {
    (
        network_pulls::id,
        network_pulls::network_id,
        networks::name,
        users::display_name,
        network_pulls::at,
        network_pulls::query,
        network_pulls::format,
        users::organisation_id,
    )
}

fn with_organisations(
    conn: &mut DbConn,
    rows: Vec<PullRow>,
    reader: Reader,
) -> QueryResult<Vec<Pull>> {
    let ids: Vec<PullId> = rows.iter().map(|row| row.0).collect();
    let mut organisations: BTreeMap<PullId, Vec<OrganisationId>> = BTreeMap::new();
    let links: Vec<(PullId, OrganisationId)> = network_pull_organisations::table
        .filter(network_pull_organisations::pull_id.eq_any(ids))
        .order((
            network_pull_organisations::pull_id,
            network_pull_organisations::organisation_id,
        ))
        .select((
            network_pull_organisations::pull_id,
            network_pull_organisations::organisation_id,
        ))
        .load(conn)?;
    for (pull, organisation) in links {
        organisations.entry(pull).or_default().push(organisation);
    }
    rows.into_iter()
        .map(
            |(id, network_id, network_name, user_name, at, query, format, puller)| {
                let all = organisations.remove(&id).unwrap_or_default();
                let organisation_count = all.len();
                let (user_name, organisation_ids) = match reader {
                    Reader::Network => (Some(user_name), all),
                    Reader::Member(own) => (
                        // A network admin belongs to no organisation.
                        puller
                            .is_none_or(|puller| puller == own)
                            .then_some(user_name),
                        vec![own],
                    ),
                };
                Ok(Pull {
                    id,
                    network_id,
                    network_name,
                    user_name,
                    at,
                    query,
                    format: super::stored(&format, StatisticsFormat::parse)?,
                    organisation_ids,
                    organisation_count,
                })
            },
        )
        .collect()
}
