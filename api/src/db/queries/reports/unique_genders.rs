//! Unique visitors by gender, for the follow-up of aims: each visitor once, by the gender of
//! their latest check-in in the period (a young person may state another one later).

use diesel::QueryResult;
use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Text};

use super::selection::Selection;
use crate::db::DbConn;
use crate::db::raw::{Bind, Sql};

#[derive(Debug, Clone, QueryableByName)]
pub struct GenderVisitors {
    #[diesel(sql_type = Text)]
    pub gender: String,
    #[diesel(sql_type = BigInt)]
    pub visitors: i64,
}

/// The selection's unique visitors by gender (its period and units; no other filter).
pub fn unique_visitors_by_gender(
    conn: &mut DbConn,
    selection: &Selection,
) -> QueryResult<Vec<GenderVisitors>> {
    let mut sql = Sql::new(
        "SELECT gender, CAST(COUNT(*) AS BIGINT) AS visitors FROM (\
         SELECT c.gender AS gender, ROW_NUMBER() OVER (PARTITION BY c.visitor_key \
         ORDER BY s.date DESC, c.checked_in_at DESC, c.id DESC) AS latest \
         FROM check_ins c JOIN sessions s ON s.id = c.session_id WHERE ",
    );
    sql.in_list("s.organisation_id", &selection.organisation_ids)
        .push(" AND s.date >= ")
        .bind(Bind::Day(selection.sessions.from))
        .push(" AND s.date <= ")
        .bind(Bind::Day(selection.sessions.to));
    if let Some(units) = &selection.sessions.unit_ids {
        sql.push(" AND ").in_list("s.unit_id", units);
    }
    sql.push(") latest_check_ins WHERE latest = 1 GROUP BY gender");
    sql.load(conn)
}
