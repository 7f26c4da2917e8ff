//! The sessions a report covers.

use chrono::NaiveDate;
use logbook_shared::ids::{ActivityId, OrganisationId, TopicId, UnitId};
use logbook_shared::structure::{ActivityKind, DeliveryMode};

/// The sessions a report covers.
#[derive(Debug, Clone)]
pub struct Selection {
    /// One organisation for its own reports; several for a network's or a national figure.
    pub organisation_ids: Vec<OrganisationId>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `None`: every unit of the organisation.
    pub unit_ids: Option<Vec<UnitId>>,
    pub kind: Option<ActivityKind>,
    pub activity_id: Option<ActivityId>,
    pub topic_id: Option<TopicId>,
    pub delivery_mode: Option<DeliveryMode>,
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
            from,
            to,
            unit_ids: None,
            kind: None,
            activity_id: None,
            topic_id: None,
            delivery_mode: None,
        }
    }
}
