//! The annual report: the year's figures by month, the aims whose period overlaps the year,
//! and the organisation's written analysis, as the page shows it and the PDF prints it.

use logbook_shared::ids::OrganisationId;
use logbook_shared::reports::{AnnualReport, GroupBy};

use crate::db::DbConn;
use crate::db::queries::reports::selection::Selection;
use crate::db::queries::{aims, annual_reports};
use crate::error::ApiError;

/// The annual report of `year` for the selected units (`selection` spans the year).
pub fn assemble(
    conn: &mut DbConn,
    organisation: OrganisationId,
    year: i32,
    selection: &Selection,
) -> Result<AnnualReport, ApiError> {
    let bands = super::bands_or_default(conn, organisation, None)?;
    let report = super::report(conn, selection, Some(GroupBy::Month), &bands)?;
    let aims = aims::overlapping(
        conn,
        organisation,
        selection.sessions.unit_ids.as_deref(),
        selection.sessions.from,
        selection.sessions.to,
    )?;
    let (analysis, analysis_updated_at) = match annual_reports::analysis(conn, organisation, year)?
    {
        Some((text, at)) => (text, Some(at)),
        None => (String::new(), None),
    };
    Ok(AnnualReport {
        year,
        report,
        aims,
        analysis,
        analysis_updated_at,
    })
}
