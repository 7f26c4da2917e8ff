//! The language choice on every page. Signed in, the choice is kept on the account too, so
//! every device and the files the server writes follow it.

use logbook_shared::users::LanguageChoice;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::api;
use crate::i18n::{Language, use_i18n};
use crate::state::session::{Session, use_session};

#[component]
pub fn LanguageSwitcher() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let signed_in = matches!(session.as_deref(), Some(Session::SignedIn(_)));
    let onchange = {
        let set_language = i18n.set_language.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(language) = Language::from_tag(&select.value()) {
                set_language.emit(language);
                if signed_in {
                    let choice = LanguageChoice {
                        language: language.tag().to_owned(),
                    };
                    // The page changes at once; the account keeps the choice for next time
                    // (a failure leaves the account's earlier choice for the next sign-in).
                    wasm_bindgen_futures::spawn_local(async move {
                        let _kept = api::people::choose_language(&choice).await;
                    });
                }
            }
        })
    };
    html! {
        <label class="language-switcher">
            <span class="visually-hidden">{ i18n.t("nav.language") }</span>
            <select id="language" {onchange}>
                { for Language::all().map(|language| html! {
                    <option value={language.tag()} selected={language == i18n.language}>
                        { language.native_name() }
                    </option>
                }) }
            </select>
        </label>
    }
}
