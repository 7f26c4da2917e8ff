use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::state::session::{Session, use_session};

#[component]
pub fn HomePage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let name = match session.as_deref() {
        Some(Session::SignedIn(me)) => me.display_name.clone(),
        _ => String::new(),
    };
    html! {
        <section>
            <h1 id="welcome">{ i18n.t_with("home.title", &[("name", &name)]) }</h1>
            <p>{ i18n.t("home.intro") }</p>
        </section>
    }
}
