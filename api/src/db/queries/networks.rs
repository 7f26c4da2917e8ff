use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::ids::NetworkId;
use logbook_shared::structure::{NameInput, Network};

use crate::db::DbConn;
use crate::db::schema::networks;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = networks)]
pub struct NetworkRow {
    pub id: NetworkId,
    pub name: String,
    pub archived: bool,
    pub created_at: NaiveDateTime,
    pub min_cell: i32,
}

impl From<NetworkRow> for Network {
    fn from(row: NetworkRow) -> Self {
        Network {
            id: row.id,
            name: row.name,
            archived: row.archived,
            created_at: row.created_at,
            min_cell: row.min_cell,
        }
    }
}

pub fn insert(conn: &mut DbConn, name: &str) -> QueryResult<NetworkRow> {
    diesel::insert_into(networks::table)
        .values((
            networks::name.eq(name),
            networks::created_at.eq(super::now()),
        ))
        .get_result(conn)
}

pub fn get(conn: &mut DbConn, id: NetworkId) -> QueryResult<Option<NetworkRow>> {
    networks::table
        .find(id)
        .select(NetworkRow::as_select())
        .first(conn)
        .optional()
}

/// All networks, or only `only` when given.
pub fn list(
    conn: &mut DbConn,
    only: Option<NetworkId>,
    page: &ListQuery,
) -> QueryResult<Vec<NetworkRow>> {
    let mut query = networks::table
        .filter(networks::id.gt(page.after()))
        .order(networks::id)
        .limit(super::fetch_limit(page.limit()))
        .select(NetworkRow::as_select())
        .into_boxed();
    if let Some(id) = only {
        query = query.filter(networks::id.eq(id));
    }
    query.load(conn)
}

pub fn update(
    conn: &mut DbConn,
    id: NetworkId,
    input: &NameInput,
) -> QueryResult<Option<NetworkRow>> {
    diesel::update(networks::table.find(id))
        .set((
            networks::name.eq(input.name.trim()),
            networks::archived.eq(input.archived),
        ))
        .get_result(conn)
        .optional()
}

pub fn set_min_cell(
    conn: &mut DbConn,
    id: NetworkId,
    min_cell: i32,
) -> QueryResult<Option<NetworkRow>> {
    diesel::update(networks::table.find(id))
        .set(networks::min_cell.eq(min_cell))
        .get_result(conn)
        .optional()
}
