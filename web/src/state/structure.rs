//! The signed-in person's units and activities, loaded together and reloaded after a change.

use logbook_shared::ErrorBody;
use logbook_shared::ids::UnitId;
use logbook_shared::structure::{Activity, ActivityFilter, ArchivedFilter, Topic, Unit};
use yew::prelude::*;

use crate::api;
use crate::hooks::{Loader, use_load};

#[derive(Clone, PartialEq, Default)]
pub struct Structure {
    pub units: Vec<Unit>,
    pub activities: Vec<Activity>,
    /// The organisation's current (not archived) topics.
    pub topics: Vec<Topic>,
}

impl Structure {
    pub fn activities_of(&self, unit_id: UnitId) -> impl Iterator<Item = &Activity> {
        self.activities
            .iter()
            .filter(move |activity| activity.unit_id == unit_id)
    }
}

/// Every unit and activity one sees, and the current topics.
async fn load() -> Result<Structure, ErrorBody> {
    Ok(Structure {
        units: api::structure::units(&ArchivedFilter::default()).await?,
        activities: api::structure::activities(&ActivityFilter::default()).await?,
        topics: api::structure::topics(&ArchivedFilter {
            archived: Some(false),
        })
        .await?,
    })
}

#[hook]
pub fn use_structure() -> Loader<Structure> {
    use_load((), |()| load())
}
