use yew::prelude::*;

use crate::components::unit_tree::UnitTree;
use crate::i18n::use_i18n;
use crate::state::session::{Session, use_session};

#[component]
pub fn HomePage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let (name, in_organisation) = match session.as_deref() {
        Some(Session::SignedIn(me)) => (me.display_name.clone(), me.organisation.is_some()),
        _ => (String::new(), false),
    };
    html! {
        <section>
            <h1 id="welcome">{ i18n.t_with("home.title", &[("name", &name)]) }</h1>
            <p>{ i18n.t("home.intro") }</p>
            if in_organisation {
                <h2>{ i18n.t("home.your_units") }</h2>
                <UnitTree />
            }
        </section>
    }
}
