use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ListQuery;
use logbook_shared::ids::NetworkId;
use logbook_shared::networks::NetworkSettings;
use logbook_shared::structure::{AgeBand, DEFAULT_AGE_BANDS, NameInput, Network};

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
    age_bands: String,
    rate_min_age: i32,
    rate_max_age: i32,
}

impl NetworkRow {
    /// The bands its statistics are released in (stored as JSON, written only from
    /// validated settings).
    pub fn age_bands(&self) -> Vec<AgeBand> {
        serde_json::from_str(&self.age_bands).unwrap_or_else(|_| DEFAULT_AGE_BANDS.to_vec())
    }

    pub fn rate_ages(&self) -> AgeBand {
        AgeBand {
            min: self.rate_min_age,
            max: self.rate_max_age,
        }
    }
}

impl From<NetworkRow> for Network {
    fn from(row: NetworkRow) -> Self {
        Network {
            age_bands: row.age_bands(),
            rate_ages: row.rate_ages(),
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

/// The threshold, and the grains that are given.
pub fn set_settings(
    conn: &mut DbConn,
    id: NetworkId,
    settings: &NetworkSettings,
) -> QueryResult<Option<NetworkRow>> {
    conn.transaction(|conn| {
        let found = diesel::update(networks::table.find(id))
            .set(networks::min_cell.eq(settings.min_cell))
            .execute(conn)?;
        if let Some(bands) = &settings.age_bands {
            let bands = serde_json::to_string(bands)
                .map_err(|e| diesel::result::Error::SerializationError(Box::new(e)))?;
            diesel::update(networks::table.find(id))
                .set(networks::age_bands.eq(bands))
                .execute(conn)?;
        }
        if let Some(ages) = settings.rate_ages {
            diesel::update(networks::table.find(id))
                .set((
                    networks::rate_min_age.eq(ages.min),
                    networks::rate_max_age.eq(ages.max),
                ))
                .execute(conn)?;
        }
        if found == 0 {
            return Ok(None);
        }
        get(conn, id)
    })
}
