//! The annual report: the year's figures by month, the aims whose period overlaps the year
//! and how each fared (follow-up),
//! the survey rounds that closed in it, and the organisation's written analysis, as the page
//! shows it and the PDF prints it.

use logbook_shared::ids::OrganisationId;
use logbook_shared::reports::{AnnualReport, GroupBy};
use logbook_shared::surveys::RoundSummary;

use crate::db::DbConn;
use crate::db::queries::reports::selection::Selection;
use crate::db::queries::{aims, annual_reports, organisations, survey_rounds, survey_settling};
use crate::error::ApiError;
use crate::follow_up;
use crate::surveys;

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
    let surveys = closed_rounds(conn, organisation, selection)?;
    // The organisation's own aims follow the whole organisation: only for those who read it.
    let scope = selection.sessions.unit_ids.as_deref();
    let followed = aims
        .iter()
        .filter(|aim| match (aim.unit_id, scope) {
            (Some(unit), Some(units)) => units.contains(&unit),
            (None, Some(_)) => false,
            (_, None) => true,
        })
        .cloned()
        .collect();
    let (from, to) = (selection.sessions.from, selection.sessions.to);
    let follow_up = follow_up::years(conn, organisation, followed, from, to)?;
    Ok(AnnualReport {
        year,
        report,
        aims,
        follow_up,
        surveys,
        analysis,
        analysis_updated_at,
    })
}

/// The rounds at the selected units (or the whole organisation's) that ended in the period
/// and have closed, with everyone's results under the smallest number shown.
fn closed_rounds(
    conn: &mut DbConn,
    organisation: OrganisationId,
    selection: &Selection,
) -> Result<Vec<RoundSummary>, ApiError> {
    let (from, to) = (selection.sessions.from, selection.sessions.to);
    let home = organisations::get(conn, organisation)?.ok_or(diesel::NotFound)?;
    let min = home.settings()?.survey_min_responses;
    let scope = selection.sessions.unit_ids.as_deref();
    let mut rounds = Vec::new();
    for round in survey_rounds::overlapping(conn, organisation, from, to)? {
        let in_scope = round.unit_ids.is_empty()
            || scope.is_none_or(|units| round.unit_ids.iter().any(|id| units.contains(id)));
        if in_scope && surveys::closed_within(&round, &home, from, to)? {
            rounds.push(round);
        }
    }
    rounds
        .into_iter()
        .map(|round| {
            let counted = survey_settling::counted(conn, round.id)?;
            let results =
                surveys::results::results(round.id, &round.form, &counted, None, min, None);
            Ok(RoundSummary {
                round_id: round.id,
                title: round.title,
                opens_on: round.opens_on,
                closes_on: round.closes_on,
                language: round.language,
                questions: round.form.questions,
                results,
            })
        })
        .collect()
}
