use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::i18n::{Language, use_i18n};

#[component]
pub fn LanguageSwitcher() -> Html {
    let i18n = use_i18n();
    let onchange = {
        let set_language = i18n.set_language.clone();
        Callback::from(move |event: Event| {
            let select: HtmlSelectElement = event.target_unchecked_into();
            if let Some(language) = Language::from_tag(&select.value()) {
                set_language.emit(language);
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
