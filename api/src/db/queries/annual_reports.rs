//! The organisation's written analysis per year, for its annual report.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use logbook_shared::ids::{OrganisationId, UserId};

use crate::db::DbConn;
use crate::db::schema::annual_reports;

/// The analysis and when it was last saved.
pub fn analysis(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    year: i32,
) -> QueryResult<Option<(String, NaiveDateTime)>> {
    annual_reports::table
        .filter(annual_reports::organisation_id.eq(organisation_id))
        .filter(annual_reports::year.eq(year))
        .select((annual_reports::analysis, annual_reports::updated_at))
        .first(conn)
        .optional()
}

/// Saves the year's analysis, replacing an earlier one (inside the caller's transaction).
pub fn save(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    year: i32,
    analysis: &str,
    user_id: UserId,
) -> QueryResult<()> {
    let changed = diesel::update(
        annual_reports::table
            .filter(annual_reports::organisation_id.eq(organisation_id))
            .filter(annual_reports::year.eq(year)),
    )
    .set((
        annual_reports::analysis.eq(analysis),
        annual_reports::updated_by.eq(user_id),
        annual_reports::updated_at.eq(super::now()),
    ))
    .execute(conn)?;
    if changed > 0 {
        return Ok(());
    }
    diesel::insert_into(annual_reports::table)
        .values((
            annual_reports::organisation_id.eq(organisation_id),
            annual_reports::year.eq(year),
            annual_reports::analysis.eq(analysis),
            annual_reports::updated_by.eq(user_id),
            annual_reports::updated_at.eq(super::now()),
        ))
        .execute(conn)
        .map(drop)
}
