//! The signed-in person's units and activities, loaded together and reloaded after a change.

use logbook_shared::ids::UnitId;
use logbook_shared::structure::{Activity, Topic, Unit};
use logbook_shared::{ErrorBody, Page};
use yew::prelude::*;

use crate::api;

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

/// Everything one page can hold (200 is the API's page maximum).
async fn load() -> Result<Structure, ErrorBody> {
    let units: Page<Unit> = api::get("/units?limit=200").await?;
    let activities: Page<Activity> = api::get("/activities?limit=200").await?;
    let topics: Page<Topic> = api::get("/topics?limit=200&archived=false").await?;
    Ok(Structure {
        units: units.items,
        activities: activities.items,
        topics: topics.items,
    })
}

pub struct StructureHandle {
    pub state: UseStateHandle<Option<Result<Structure, ErrorBody>>>,
    pub reload: Callback<()>,
}

#[hook]
pub fn use_structure() -> StructureHandle {
    let state = use_state(|| None);
    let generation = use_state(|| 0u32);
    {
        let state = state.clone();
        use_effect_with(*generation, move |_| {
            wasm_bindgen_futures::spawn_local(async move { state.set(Some(load().await)) });
        });
    }
    let reload = Callback::from(move |()| generation.set(*generation + 1));
    StructureHandle { state, reload }
}
