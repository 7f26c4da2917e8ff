//! What a network's statistics are made of, slice by slice: each organisation, unit type and
//! month that holds sessions in the period. A cell is named by the slices that contribute to
//! it (`statistics::perturbation`), so the same records get the same name however they are
//! asked for.

use diesel::QueryableByName;
use diesel::sql_types::{BigInt, Text};
use logbook_shared::ids::OrganisationId;

use crate::db::DbConn;
use crate::db::queries::reports::selection::Selection;
use crate::db::raw::{Bind, Engine, Sql};

/// One organisation's sessions at one unit type in one month (`2026-03`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, QueryableByName)]
pub struct Slice {
    #[diesel(sql_type = BigInt)]
    pub organisation_id: OrganisationId,
    #[diesel(sql_type = Text)]
    pub unit_type: String,
    #[diesel(sql_type = Text)]
    pub month: String,
}

/// The slices with sessions among the selection's organisations and days, in order.
pub fn slices(conn: &mut DbConn, selection: &Selection) -> diesel::QueryResult<Vec<Slice>> {
    let month = match Engine::of(conn) {
        Engine::Postgres => "to_char(s.date, 'YYYY-MM')",
        Engine::Sqlite => "strftime('%Y-%m', s.date)",
    };
    let mut sql = Sql::new(&format!(
        "SELECT DISTINCT s.organisation_id AS organisation_id, u.unit_type AS unit_type, \
         {month} AS month FROM sessions s JOIN units u ON u.id = s.unit_id WHERE "
    ));
    sql.in_list("s.organisation_id", &selection.organisation_ids)
        .push_bound(
            " AND s.date >= ? AND s.date <= ?",
            [
                Bind::Day(selection.sessions.from),
                Bind::Day(selection.sessions.to),
            ],
        )
        .push(" ORDER BY organisation_id, unit_type, month");
    sql.load(conn)
}
