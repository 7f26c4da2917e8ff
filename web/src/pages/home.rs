use yew::prelude::*;

use logbook_shared::Role;

use crate::components::dashboard::Dashboard;
use crate::components::unit_tree::UnitTree;
use crate::i18n::use_i18n;
use crate::pages::log_session::LogSessionPage;
use crate::state::session::{Session, use_session};

#[component]
pub fn HomePage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let (name, in_organisation, role) = match session.as_deref() {
        Some(Session::SignedIn(me)) => (
            me.display_name.clone(),
            me.organisation.is_some(),
            Some(me.role),
        ),
        _ => (String::new(), false, None),
    };
    // A youth worker comes to log sessions: that is their home.
    if in_organisation && role == Some(Role::YouthWorker) {
        return html! {
            <>
                <p id="welcome" class="muted">{ i18n.t_with("home.title", &[("name", &name)]) }</p>
                <LogSessionPage />
                <Dashboard />
            </>
        };
    }
    html! {
        <section>
            <h1 id="welcome">{ i18n.t_with("home.title", &[("name", &name)]) }</h1>
            <p>{ i18n.t("home.intro") }</p>
            if in_organisation {
                <Dashboard />
                <h2>{ i18n.t("home.your_units") }</h2>
                <UnitTree />
            }
        </section>
    }
}
