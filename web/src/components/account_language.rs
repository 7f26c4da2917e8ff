//! The signed-in person's language follows their account: the one they chose, or at the
//! first sign-in the language they already see (the device's or the browser's), else their
//! organisation's default, which is then kept on the account.

use logbook_shared::users::LanguageChoice;
use yew::prelude::*;

use crate::api;
use crate::i18n::{Language, use_i18n};
use crate::state::session::{Session, use_session};

#[component]
pub fn AccountLanguage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let account = match session.as_deref() {
        Some(Session::SignedIn(me)) => {
            Some((me.id, me.language.clone(), me.default_language.clone()))
        }
        _ => None,
    };
    let set_language = i18n.set_language.clone();
    use_effect_with(account, move |account| {
        if let Some((_, chosen, default)) = account.clone() {
            let from_account = chosen.as_deref().and_then(Language::from_tag);
            let language = from_account
                .or_else(Language::preferred)
                .or_else(|| Language::from_tag(&default))
                .unwrap_or(Language::ENGLISH);
            set_language.emit(language);
            if from_account.is_none() {
                let choice = LanguageChoice {
                    language: language.tag().to_owned(),
                };
                // Kept for next time; if it fails the next sign-in tries again.
                wasm_bindgen_futures::spawn_local(async move {
                    let _kept = api::people::choose_language(&choice).await;
                });
            }
        }
    });
    html! {}
}
