//! Young people's aliases (org admins and unit managers): find one to answer a subject
//! request with everything held about it, or to erase it.

use logbook_shared::ids::AliasId;
use logbook_shared::visitors::{Alias, AliasExport};
use logbook_shared::{ErrorBody, Page};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::errors::ErrorBanner;
use crate::i18n::{I18n, use_i18n};

#[component]
pub fn AliasesPage() -> Html {
    let i18n = use_i18n();
    let query = use_state(String::new);
    let found = use_state(|| None::<Result<Page<Alias>, ErrorBody>>);
    let generation = use_state(|| 0u32);
    let exports = use_state(Vec::<(AliasId, String)>::new);
    {
        let found = found.clone();
        let q = (*query).clone();
        use_effect_with(((*query).clone(), *generation), move |_| {
            let path = format!("/aliases?limit=50&q={}", js_sys::encode_uri_component(&q));
            wasm_bindgen_futures::spawn_local(
                async move { found.set(Some(api::get(&path).await)) },
            );
        });
    }
    let on_search = {
        let query = query.clone();
        Callback::from(move |event: InputEvent| {
            query.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let list = match &*found {
        None => html! { <p>{ i18n.t("app.loading") }</p> },
        Some(Err(error)) => html! { <ErrorBanner error={Some(error.clone())} /> },
        Some(Ok(page)) if page.items.is_empty() => html! { <p>{ i18n.t("aliases.none") }</p> },
        Some(Ok(page)) => {
            let rows: Html = page
                .items
                .iter()
                .map(|alias| row(&i18n, alias, &exports, &generation))
                .collect();
            html! { <ul class="alias-list">{ rows }</ul> }
        }
    };
    html! {
        <section>
            <h1>{ i18n.t("aliases.title") }</h1>
            <p>{ i18n.t("aliases.intro") }</p>
            <label for="alias-search">{ i18n.t("aliases.search") }</label>
            <input id="alias-search" type="search" value={(*query).clone()} oninput={on_search} />
            { list }
        </section>
    }
}

fn row(
    i18n: &I18n,
    alias: &Alias,
    exports: &UseStateHandle<Vec<(AliasId, String)>>,
    generation: &UseStateHandle<u32>,
) -> Html {
    let id = alias.id;
    let export = {
        let exports = exports.clone();
        Callback::from(move |_: MouseEvent| {
            let exports = exports.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(export) = api::get::<AliasExport>(&format!("/aliases/{id}/export")).await
                {
                    let json = serde_json::to_string_pretty(&export).unwrap_or_default();
                    let href = format!(
                        "data:application/json;charset=utf-8,{}",
                        js_sys::encode_uri_component(&json)
                    );
                    let mut next = (*exports).clone();
                    next.push((id, href));
                    exports.set(next);
                }
            });
        })
    };
    let erase = {
        let generation = generation.clone();
        let question = i18n.t_with("aliases.confirm_erase", &[("alias", &alias.alias)]);
        Callback::from(move |_: MouseEvent| {
            let confirmed = web_sys::window()
                .and_then(|window| window.confirm_with_message(&question).ok())
                .unwrap_or(false);
            if !confirmed {
                return;
            }
            let generation = generation.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if api::delete(&format!("/aliases/{id}")).await.is_ok() {
                    generation.set(*generation + 1);
                }
            });
        })
    };
    let download = exports.iter().find(|(export_id, _)| *export_id == id);
    html! {
        <li key={id.get()} id={format!("alias-{id}")}>
            <strong class="name">{ alias.alias.clone() }</strong>
            <span class="tag">{ format!("{} {}", i18n.t("aliases.birth_year"), alias.birth_year) }</span>
            <span class="tag">{ i18n.t(&format!("gender.{}", alias.gender.as_str())) }</span>
            <span>{ format!("{} {}", i18n.t("aliases.last_seen"), alias.last_seen_at.format("%Y-%m-%d")) }</span>
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
