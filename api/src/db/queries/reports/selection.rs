//! The sessions a report covers.

use chrono::NaiveDate;
use logbook_shared::ids::OrganisationId;
use logbook_shared::reports::ReportSelection;

/// The sessions a report covers: those `sessions` selects in these organisations.
#[derive(Debug, Clone)]
pub struct Selection {
    /// One organisation for its own reports; several for a network's or a national figure.
    pub organisation_ids: Vec<OrganisationId>,
    /// The period and filters; `unit_ids` `None`: every unit of the organisations.
    pub sessions: ReportSelection,
}

impl Selection {
    /// Every session of the organisation in the period.
    pub fn period(organisation_id: OrganisationId, from: NaiveDate, to: NaiveDate) -> Selection {
        Selection::of_organisations(vec![organisation_id], from, to)
    }

    /// Every session of these organisations in the period.
    pub fn of_organisations(
        organisation_ids: Vec<OrganisationId>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Selection {
        Selection {
            organisation_ids,
            sessions: ReportSelection::period(from, to),
        }
    }
}
