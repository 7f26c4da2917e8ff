use yew::prelude::*;

use crate::components::unit_tree::UnitTree;
use crate::i18n::use_i18n;

/// The organisation's structure with the forms to build it.
#[component]
pub fn StructurePage() -> Html {
    let i18n = use_i18n();
    html! {
        <section>
            <h1>{ i18n.t("structure.title") }</h1>
            <UnitTree editable=true />
        </section>
    }
}
