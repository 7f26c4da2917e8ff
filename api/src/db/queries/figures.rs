//! The SQL behind SPEC 7's figures; `crate::reports` puts them together. Every figure is
//! aggregated in the database over the sessions of one organisation, a period (by the day a
//! session starts, both ends inclusive) and optionally some units.

use chrono::NaiveDate;
use diesel::dsl::{count, count_star, exists, not, sum};
use diesel::prelude::*;

use crate::db::DbConn;
use crate::db::schema::{attendance, check_ins, sessions};

/// Sessions of one organisation in a period, optionally of some units only.
#[derive(Debug, Clone)]
pub struct Selection {
    pub organisation_id: i64,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub unit_ids: Option<Vec<i64>>,
}

diesel::alias!(check_ins as earlier_check_ins: EarlierCheckIns, sessions as earlier_sessions: EarlierSessions);

macro_rules! selected_sessions {
    ($query:expr, $selection:expr) => {{
        let selection: &Selection = $selection;
        let mut query = $query
            .filter(sessions::organisation_id.eq(selection.organisation_id))
            .filter(sessions::date.between(selection.from, selection.to))
            .into_boxed();
        if let Some(unit_ids) = &selection.unit_ids {
            query = query.filter(sessions::unit_id.eq_any(unit_ids.clone()));
        }
        query
    }};
}

pub fn sessions(conn: &mut DbConn, selection: &Selection) -> QueryResult<i64> {
    selected_sessions!(sessions::table.select(count_star()), selection).get_result(conn)
}

/// Sum of every attendance count, check-ins included.
pub fn visits(conn: &mut DbConn, selection: &Selection) -> QueryResult<i64> {
    let total: Option<i64> = selected_sessions!(
        attendance::table
            .inner_join(sessions::table)
            .select(sum(attendance::count)),
        selection
    )
    .get_result(conn)?;
    Ok(total.unwrap_or(0))
}

/// Distinct visitor keys checked in to the selected sessions (erased aliases keep theirs).
pub fn unique_visitors(conn: &mut DbConn, selection: &Selection) -> QueryResult<i64> {
    selected_sessions!(
        check_ins::table
            .inner_join(sessions::table)
            .select(count(check_ins::visitor_key).aggregate_distinct()),
        selection
    )
    .get_result(conn)
}

/// Of those, the ones with no check-in to any session of the organisation before `from`.
pub fn first_time_visitors(conn: &mut DbConn, selection: &Selection) -> QueryResult<i64> {
    let checked_in_before = earlier_check_ins
        .inner_join(
            earlier_sessions.on(earlier_sessions
                .field(sessions::id)
                .eq(earlier_check_ins.field(check_ins::session_id))),
        )
        .filter(
            earlier_check_ins
                .field(check_ins::organisation_id)
                .eq(selection.organisation_id),
        )
        .filter(
            earlier_check_ins
                .field(check_ins::visitor_key)
                .eq(check_ins::visitor_key),
        )
        .filter(earlier_sessions.field(sessions::date).lt(selection.from));
    selected_sessions!(
        check_ins::table
            .inner_join(sessions::table)
            .filter(not(exists(checked_in_before)))
            .select(count(check_ins::visitor_key).aggregate_distinct()),
        selection
    )
    .get_result(conn)
}
