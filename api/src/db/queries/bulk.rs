//! Bulk inserts for generated data (`seed-bench`): many rows per statement, which the
//! two-engine connection cannot express, so each batch runs on the concrete engine. Sessions
//! and aliases carry their ids, so the rows that point at them can be made in the same pass.

use chrono::NaiveDateTime;
use diesel::dsl::max;
use diesel::prelude::*;
use logbook_shared::ids::{AliasId, OrganisationId, SessionId};

use crate::db::DbConn;
use crate::db::queries::sessions::SessionRow;
use crate::db::schema::{aliases, attendance, check_ins, sessions};

/// Rows per statement: well under both engines' limits on bound values.
const ROWS_PER_STATEMENT: usize = 1_000;

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = attendance, treat_none_as_default_value = false)]
pub struct AttendanceRecord {
    pub organisation_id: OrganisationId,
    pub session_id: SessionId,
    pub gender: &'static str,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub count: i32,
    pub checked_in: bool,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = aliases, treat_none_as_default_value = false)]
pub struct AliasRecord {
    pub id: AliasId,
    pub organisation_id: OrganisationId,
    pub alias: String,
    pub alias_key: String,
    pub birth_year: i32,
    pub gender: &'static str,
    pub pin_hash: Option<String>,
    pub visitor_key: String,
    pub created_at: NaiveDateTime,
    pub last_seen_at: NaiveDateTime,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = check_ins, treat_none_as_default_value = false)]
pub struct CheckInRecord {
    pub organisation_id: OrganisationId,
    pub session_id: SessionId,
    pub alias_id: Option<AliasId>,
    pub visitor_key: String,
    pub gender: &'static str,
    pub age: i32,
    pub checked_in_at: NaiveDateTime,
}

/// Inserts `rows` into `$table`: one `COPY` on PostgreSQL (many times faster than `INSERT`s
/// there), a statement per chunk on SQLite.
macro_rules! insert_all {
    ($conn:expr, $table:expr, $rows:expr) => {{
        match $conn {
            DbConn::Pg(pg) => diesel::copy_from($table).from_insertable($rows).execute(pg),
            DbConn::Sqlite(sqlite) => {
                let mut inserted = 0;
                for chunk in $rows.chunks(ROWS_PER_STATEMENT) {
                    inserted += diesel::insert_into($table).values(chunk).execute(sqlite)?;
                }
                Ok(inserted)
            }
        }
    }};
}

pub fn insert_sessions(conn: &mut DbConn, rows: &[SessionRow]) -> QueryResult<usize> {
    insert_all!(conn, sessions::table, rows)
}

pub fn insert_attendance(conn: &mut DbConn, rows: &[AttendanceRecord]) -> QueryResult<usize> {
    insert_all!(conn, attendance::table, rows)
}

pub fn insert_aliases(conn: &mut DbConn, rows: &[AliasRecord]) -> QueryResult<usize> {
    insert_all!(conn, aliases::table, rows)
}

pub fn insert_check_ins(conn: &mut DbConn, rows: &[CheckInRecord]) -> QueryResult<usize> {
    insert_all!(conn, check_ins::table, rows)
}

/// The first free ids of sessions and aliases.
pub fn next_ids(conn: &mut DbConn) -> QueryResult<(i64, i64)> {
    let session: Option<i64> = sessions::table.select(max(sessions::id)).first(conn)?;
    let alias: Option<i64> = aliases::table.select(max(aliases::id)).first(conn)?;
    Ok((session.unwrap_or(0) + 1, alias.unwrap_or(0) + 1))
}

/// Statistics for the query planners after a bulk load.
pub fn analyze(conn: &mut DbConn) -> QueryResult<()> {
    use diesel::connection::SimpleConnection;
    conn.batch_execute("ANALYZE")
}

/// PostgreSQL's identity sequences do not see ids given explicitly: move them past the rows.
pub fn catch_up_sequences(conn: &mut DbConn) -> QueryResult<()> {
    if let DbConn::Pg(pg) = conn {
        for table in ["sessions", "aliases"] {
            diesel::sql_query(format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                 (SELECT COALESCE(MAX(id), 1) FROM {table}))"
            ))
            .execute(pg)?;
        }
    }
    Ok(())
}
