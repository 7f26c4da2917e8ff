//! What the session pages need besides the form: the activities one may log for (most
//! recently logged first), the organisation's entry age bands, and one's last session.

use logbook_shared::ids::{ActivityId, OrganisationId};
use logbook_shared::sessions::{SessionFilter, SessionInput};
use logbook_shared::structure::{Activity, ActivityFilter, AgeBand};
use logbook_shared::{ErrorBody, ErrorCode, ListQuery};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::api;
use crate::hooks::{Loader, use_kept_load};
use crate::state::session::{Session as SignIn, use_session};

#[derive(Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Logging {
    /// Current activities, the most recently logged first.
    pub activities: Vec<Activity>,
    pub bands: Vec<AgeBand>,
    /// Under this age a new alias needs a guardian's confirmation, in the words of
    /// `consent_text` (empty: the built-in words).
    pub consent_age: i32,
    pub consent_text: String,
    /// The latest session in one's units, as a start for the next one.
    pub last: Option<SessionInput>,
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

async fn load(organisation: Option<OrganisationId>) -> Result<Logging, ErrorBody> {
    let organisation = organisation.ok_or_else(|| {
        ErrorBody::new(
            ErrorCode::Forbidden,
            "Sessions are logged by an organisation's staff",
        )
    })?;
    // Asked for at once: on mobile data each round trip is half a second.
    let current = ActivityFilter {
        archived: Some(false),
        ..ActivityFilter::default()
    };
    let latest = ListQuery {
        limit: Some(RECENT),
        cursor: None,
    };
    let every_session = SessionFilter::default();
    let (settings, mut activities, recent) = futures::try_join!(
        api::structure::settings(organisation),
        api::structure::activities(&current),
        api::sessions::page(&every_session, &latest),
    )?;
    let recent = recent.items;
    let last_logged = |activity: &Activity| {
        recent
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
        // Its words stay on the server (they are not copied into the next session anyway).
        last: recent.first().map(|session| SessionInput {
            notes: String::new(),
            reflection_answers: Vec::new(),
            ..SessionInput::from(session)
        }),
    })
}

/// How many of the latest sessions order the activities.
const RECENT: i64 = 50;

#[hook]
pub fn use_logging() -> Loader<Logging> {
    let session = use_session();
    let organisation = match session.as_deref() {
        Some(SignIn::SignedIn(me)) => me.organisation.as_ref().map(|org| org.id),
        _ => None,
    };
    use_kept_load("logging", organisation, load)
}
