use chrono::NaiveDateTime;
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::organisations;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = organisations)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub created_at: NaiveDateTime,
}

pub fn insert(conn: &mut DbConn, name: &str) -> QueryResult<Organisation> {
    diesel::insert_into(organisations::table)
        .values((
            organisations::name.eq(name),
            organisations::created_at.eq(super::now()),
        ))
        .get_result(conn)
}

pub fn find_by_name(conn: &mut DbConn, name: &str) -> QueryResult<Option<Organisation>> {
    organisations::table
        .filter(organisations::name.eq(name))
        .select(Organisation::as_select())
        .first(conn)
        .optional()
}
