//! Statistics: the one place that puts SPEC section 7's figures together from the queries in
//! `db::queries::figures`.

use logbook_shared::visitors::VisitorFigures;

use crate::db::DbConn;
use crate::db::queries::figures::{self, Selection};
use crate::error::ApiError;

/// Sessions, visits, unique and first-time visitors of the selected sessions.
pub fn visitor_figures(
    conn: &mut DbConn,
    selection: &Selection,
) -> Result<VisitorFigures, ApiError> {
    Ok(VisitorFigures {
        sessions: figures::sessions(conn, selection)?,
        visits: figures::visits(conn, selection)?,
        unique_visitors: figures::unique_visitors(conn, selection)?,
        first_time_visitors: figures::first_time_visitors(conn, selection)?,
    })
}
