use yew::prelude::*;

use crate::i18n::use_i18n;
use crate::state::session::{Session, use_session};

#[component]
pub fn MePage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let Some(Session::SignedIn(me)) = session.as_deref() else {
        return html! {};
    };
    let organisation = me
        .organisation
        .as_ref()
        .map_or_else(|| i18n.t("me.no_organisation"), |org| org.name.clone());
    html! {
        <section>
            <h1>{ i18n.t("me.title") }</h1>
            <dl class="facts">
                <dt>{ i18n.t("me.name") }</dt><dd id="me-name">{ me.display_name.clone() }</dd>
                <dt>{ i18n.t("me.email") }</dt><dd id="me-email">{ me.email.clone() }</dd>
                <dt>{ i18n.t("me.role") }</dt><dd id="me-role">{ i18n.t(&format!("role.{}", me.role.as_str())) }</dd>
                <dt>{ i18n.t("me.organisation") }</dt><dd id="me-organisation">{ organisation }</dd>
            </dl>
        </section>
    }
}
