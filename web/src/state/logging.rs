//! What the session pages need besides the form: the activities one may log for (most
//! recently logged first), the organisation's entry age bands, and one's recent sessions.

use logbook_shared::ids::{ActivityId, OrganisationId};
use logbook_shared::sessions::Session;
use logbook_shared::structure::{Activity, AgeBand, OrganisationSettings};
use logbook_shared::{ErrorBody, Page};
use yew::prelude::*;

use crate::api;
use crate::state::session::{Session as SignIn, use_session};

#[derive(Clone, PartialEq, Default)]
pub struct Logging {
    /// Current activities, the most recently logged first.
    pub activities: Vec<Activity>,
    pub bands: Vec<AgeBand>,
    /// Under this age a new alias needs a guardian's confirmation, in the words of
    /// `consent_text` (empty: the built-in words).
    pub consent_age: i32,
    pub consent_text: String,
    /// The latest sessions in one's units, newest first.
    pub recent: Vec<Session>,
}

impl Logging {
    pub fn activity(&self, id: ActivityId) -> Option<&Activity> {
        self.activities.iter().find(|activity| activity.id == id)
    }

    /// The activity's name, or its id once it is archived.
    pub fn activity_name(&self, id: ActivityId) -> String {
        self.activity(id)
            .map_or_else(|| format!("#{id}"), |activity| activity.name.clone())
    }
}

async fn load(organisation: OrganisationId) -> Result<Logging, ErrorBody> {
    let settings: OrganisationSettings =
        api::get(&format!("/organisations/{organisation}/settings")).await?;
    let activities: Page<Activity> = api::get("/activities?limit=200&archived=false").await?;
    let recent: Page<Session> = api::get("/sessions?limit=50").await?;
    let mut activities = activities.items;
    let last_logged = |activity: &Activity| {
        recent
            .items
            .iter()
            .position(|session| session.activity_id == activity.id)
            .unwrap_or(usize::MAX)
    };
    activities.sort_by(|a, b| {
        last_logged(a)
            .cmp(&last_logged(b))
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(Logging {
        activities,
        bands: settings.entry_age_bands,
        consent_age: settings.digital_consent_age,
        consent_text: settings.consent_text,
        recent: recent.items,
    })
}

#[hook]
pub fn use_logging() -> UseStateHandle<Option<Result<Logging, ErrorBody>>> {
    let state = use_state(|| None);
    let session = use_session();
    let organisation = match session.as_deref() {
        Some(SignIn::SignedIn(me)) => me.organisation.as_ref().map(|org| org.id),
        _ => None,
    };
    {
        let state = state.clone();
        use_effect_with(organisation, move |organisation| {
            if let Some(organisation) = *organisation {
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(Some(load(organisation).await));
                });
            }
        });
    }
    state
}
