//! Young people's aliases (org admins and unit managers): find one to answer a subject
//! request with everything held about it, or to erase it.

use logbook_shared::ids::AliasId;
use logbook_shared::visitors::{Alias, AliasExport, AliasFilter};
use logbook_shared::{ErrorBody, ListQuery};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::errors::ErrorBanner;
use crate::components::form::act;
use crate::components::loading::show_state;
use crate::hooks::{use_debounced, use_paged};
use crate::i18n::{I18n, use_i18n};

/// Aliases found per page (then "more").
const ALIASES_PER_PAGE: i64 = 50;
/// How long typing pauses before the search is asked for.
const SEARCH_PAUSE_MS: u32 = 300;

#[component]
pub fn AliasesPage() -> Html {
    let i18n = use_i18n();
    let query = use_state(String::new);
    let searched = use_debounced((*query).clone(), SEARCH_PAUSE_MS);
    let found = use_paged(searched, |q, cursor| async move {
        let filter = AliasFilter { q: Some(q) };
        let page = ListQuery {
            limit: Some(ALIASES_PER_PAGE),
            cursor,
        };
        api::sessions::aliases(&filter, &page).await
    });
    let exports = use_state(Vec::<(AliasId, String)>::new);
    // Why the last export or erasure failed.
    let failed = use_state(|| None::<ErrorBody>);
    let on_search = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            query.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let list = show_state(&found.items, &found.reload, |items| {
        if items.is_empty() {
            return html! { <p>{ i18n.t("aliases.none") }</p> };
        }
        let rows: Html = items
            .iter()
            .map(|alias| row(&i18n, alias, &exports, &failed, &found.reload))
            .collect();
        html! { <ul class="alias-list">{ rows }</ul> }
    });
    html! {
        <section>
            <h1>{ i18n.t("aliases.title") }</h1>
            <p>{ i18n.t("aliases.intro") }</p>
            <label for="alias-search">{ i18n.t("aliases.search") }</label>
            <input id="alias-search" type="search" value={(*query).clone()} oninput={on_search} />
            <ErrorBanner error={(*failed).clone()} />
            { list }
            <div class="more">
                <ErrorBanner error={found.more_failed.clone()} />
                if let Some(more) = &found.more {
                    <button type="button" class="secondary" id="aliases-more" onclick={more.reform(|_: MouseEvent| ())}>{ i18n.t("sessions.more") }</button>
                }
            </div>
        </section>
    }
}

fn row(
    i18n: &I18n,
    alias: &Alias,
    exports: &UseStateHandle<Vec<(AliasId, String)>>,
    failed: &UseStateHandle<Option<ErrorBody>>,
    reload: &Callback<()>,
) -> Html {
    let id = alias.id;
    let export = {
        let exports = exports.clone();
        let keep = Callback::from(move |export: AliasExport| {
            let json = serde_json::to_string_pretty(&export).unwrap_or_default();
            let href = format!(
                "data:application/json;charset=utf-8,{}",
                js_sys::encode_uri_component(&json)
            );
            let mut next = (*exports).clone();
            next.push((id, href));
            exports.set(next);
        });
        act(move || api::sessions::export_alias(id), failed, &keep)
    };
    let erase = {
        let erase = act(move || api::sessions::erase_alias(id), failed, reload);
        let question = i18n.t_with("aliases.confirm_erase", &[("alias", &alias.alias)]);
        Callback::from(move |event: MouseEvent| {
            let confirmed = web_sys::window()
                .and_then(|window| window.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if confirmed {
                erase.emit(event);
            }
        })
    };
    let download = exports.iter().find(|(export_id, _)| *export_id == id);
    html! {
        <li key={id.get()} id={format!("alias-{id}")}>
            <strong class="name">{ alias.alias.clone() }</strong>
            <span class="tag">{ format!("{} {}", i18n.t("aliases.birth_year"), alias.birth_year) }</span>
            <span class="tag">{ i18n.t(&format!("gender.{}", alias.gender.as_str())) }</span>
            <span>{ format!("{} {}", i18n.t("aliases.last_seen"), i18n.date(alias.last_seen_at.date())) }</span>
            if let Some((_, href)) = download {
                <a id={format!("alias-{id}-download")} href={href.clone()} download={format!("alias-{id}.json")}>
                    { i18n.t("aliases.export") }
                </a>
            } else {
                <button type="button" class="link" id={format!("alias-{id}-export")} onclick={export}>
                    { i18n.t("aliases.export") }
                </button>
            }
            <button type="button" class="link danger" id={format!("alias-{id}-erase")} onclick={erase}>
                { i18n.t("aliases.erase") }
            </button>
        </li>
    }
}
