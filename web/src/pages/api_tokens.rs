//! Integration tokens (org and network admins): make one with a name, scopes and a last day,
//! copy it once, see when each was last used, revoke.

use chrono::Duration;
use logbook_shared::api_tokens::{ApiTokenInput, CreatedApiToken, TokenScope};
use logbook_shared::{ErrorBody, Rules};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::clock::today;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::act;
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::use_i18n;
use crate::state::session::{Session, use_session};

#[component]
pub fn ApiTokensPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let network =
        matches!(session.as_deref(), Some(Session::SignedIn(me)) if me.may.manage_network);
    let offered: Vec<TokenScope> = if network {
        vec![TokenScope::ReadStatistics]
    } else {
        TokenScope::ORGANISATION.to_vec()
    };
    let tokens = use_load((), |()| api::people::api_tokens());
    // Why the last revocation failed.
    let failed = use_state(|| None::<ErrorBody>);
    let form = use_state(|| ApiTokenInput {
        name: String::new(),
        scopes: vec![offered[0]],
        expires_on: today() + Duration::days(365),
    });
    let error = use_state(|| None::<ErrorBody>);
    let made = use_state(|| None::<CreatedApiToken>);
    let reload = tokens.reload.clone();
    let on_name = {
        let form = form.clone();
        Callback::from(move |event: InputEvent| {
            let mut next = (*form).clone();
            next.name = event.target_unchecked_into::<HtmlInputElement>().value();
            form.set(next);
        })
    };
    let on_expiry = {
        let form = form.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(day) = value.parse() {
                let mut next = (*form).clone();
                next.expires_on = day;
                form.set(next);
            }
        })
    };
    let scope_boxes: Html = offered
        .iter()
        .map(|scope| {
            let scope = *scope;
            let checked = form.scopes.contains(&scope);
            let toggle = {
                let form = form.clone();
                Callback::from(move |_: Event| {
                    let mut next = (*form).clone();
                    if next.scopes.contains(&scope) {
                        next.scopes.retain(|s| *s != scope);
                    } else {
                        next.scopes.push(scope);
                    }
                    form.set(next);
                })
            };
            let id = format!("scope-{}", scope.as_str().replace(':', "-"));
            html! {
                <label for={id.clone()} class="check">
                    <input type="checkbox" id={id} {checked} onchange={toggle} />
                    { i18n.t(&format!("token.scope.{}", scope.as_str())) }
                </label>
            }
        })
        .collect();
    let create = {
        let (form, error, made, reload) =
            (form.clone(), error.clone(), made.clone(), reload.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let input = (*form).clone();
            if let Err(body) = input.check() {
                error.set(Some(body));
                return;
            }
            let (error, made, reload) = (error.clone(), made.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::people::create_api_token(&input).await {
                    Ok(created) => {
                        error.set(None);
                        made.set(Some(created));
                        reload.emit(());
                    }
                    Err(body) => error.set(Some(body)),
                }
            });
        })
    };
    let list = show(&tokens, |list| {
        let items = list
            .iter()
            .map(|token| {
                let id = token.id;
                let revoke = act(move || api::people::revoke_api_token(id), &failed, &reload);
                let scopes: Vec<&str> = token.scopes.iter().map(|s| s.as_str()).collect();
                let used = token.last_used_at.map_or_else(
                    || i18n.t("kiosks.never_used"),
                    |at| format!("{} {}", i18n.t("kiosks.last_used"), i18n.date_time(at)),
                );
                html! {
                    <li key={token.id.get()} id={format!("token-{}", token.id)}>
                        <strong>{ token.name.clone() }</strong>
                        <span class="tag">{ scopes.join(", ") }</span>
                        <span>{ i18n.t_with("token.expires", &[("day", &i18n.date(token.expires_at.date()))]) }</span>
                        <span>{ used }</span>
                        if token.revoked_at.is_some() {
                            <span class="tag">{ i18n.t("kiosks.revoked") }</span>
                        } else {
                            <button type="button" class="link" onclick={revoke}>{ i18n.t("kiosks.revoke") }</button>
                        }
                    </li>
                }
            })
            .collect::<Html>();
        html! { <ul id="api-tokens" class="plain">{ items }</ul> }
    });
    html! {
        <section class="api-tokens">
            <h1>{ i18n.t("token.title") }</h1>
            <p class="muted">{ i18n.t("token.intro") }</p>
            if let Some(created) = &*made {
                <div class="notice" role="status">
                    <p>{ i18n.t("token.copy_now") }</p>
                    <code id="new-token">{ created.token.clone() }</code>
                </div>
            }
            <form onsubmit={create} novalidate=true>
                <label for="token-name">{ i18n.t("token.name") }</label>
                <input id="token-name" value={form.name.clone()} oninput={on_name} aria-describedby="token-name-error" />
                <FieldErrors error={(*error).clone()} path="name" id="token-name-error" />
                <fieldset>
                    <legend>{ i18n.t("token.scopes") }</legend>
                    { scope_boxes }
                    <FieldErrors error={(*error).clone()} path="scopes" id="token-scopes-error" />
                </fieldset>
                <label for="token-expires">{ i18n.t("token.expires_on") }</label>
                <input id="token-expires" type="date" value={form.expires_on.to_string()} onchange={on_expiry} aria-describedby="token-expires-error" />
                <FieldErrors error={(*error).clone()} path="expires_on" id="token-expires-error" />
                <button type="submit" id="token-create">{ i18n.t("token.create") }</button>
            </form>
            <ErrorBanner error={(*failed).clone()} />
            { list }
        </section>
    }
}
