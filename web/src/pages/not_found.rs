use yew::prelude::*;
use yew_router::prelude::*;

use crate::i18n::use_i18n;
use crate::route::Route;

#[component]
pub fn NotFoundPage() -> Html {
    let i18n = use_i18n();
    html! {
        <section>
            <h1>{ i18n.t("not_found.title") }</h1>
            <Link<Route> to={Route::Home}>{ i18n.t("not_found.back") }</Link<Route>>
        </section>
    }
}
