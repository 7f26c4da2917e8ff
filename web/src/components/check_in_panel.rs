//! The session form's check-ins: who checked in with an alias, checking someone in by their
//! alias (staff need no PIN), and registering a young person who has none yet, who is then
//! checked in too.

use chrono::{Datelike, NaiveDate};
use logbook_shared::ids::SessionId;
use logbook_shared::visitors::{AliasInput, StaffCheckInInput};
use logbook_shared::{ErrorBody, Rules};
use yew::prelude::*;

use crate::api;
use crate::clock::today;
use crate::components::alias_form::{AliasForm, Voice};
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::edit;
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::use_i18n;
use crate::state::session::use_signed_in_user;

#[derive(Properties, PartialEq)]
pub struct CheckInPanelProps {
    pub session_id: SessionId,
    /// The session's day, to say which one a check-in kept on the device is for.
    pub date: NaiveDate,
    pub consent_age: i32,
    pub consent_text: String,
}

#[component]
pub fn CheckInPanel(props: &CheckInPanelProps) -> Html {
    let i18n = use_i18n();
    let session = props.session_id;
    let list = use_load(session, api::sessions::check_ins);
    let form = use_state(|| StaffCheckInInput {
        alias: String::new(),
    });
    let error = use_state(|| None::<ErrorBody>);
    // Whether the last check-in waits in the device's outbox (no connection).
    let kept = use_state(|| false);
    let (user, date) = (use_signed_in_user(), props.date);
    // Checks `alias` in (or keeps it on the device); on success the form empties and the
    // list reloads.
    let check_in = {
        let (form, error, kept, reload) = (
            form.clone(),
            error.clone(),
            kept.clone(),
            list.reload.clone(),
        );
        Callback::from(move |body: StaffCheckInInput| {
            let (form, error, kept, reload) =
                (form.clone(), error.clone(), kept.clone(), reload.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let done = match user {
                    Some(user) => api::outbox::check_in(user, session, date, &body).await,
                    None => api::sessions::check_in(session, &body).await.map(Some),
                };
                match done {
                    Ok(sent) => {
                        error.set(None);
                        kept.set(sent.is_none());
                        form.set(StaffCheckInInput {
                            alias: String::new(),
                        });
                        reload.emit(());
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };
    let onsubmit = {
        let (form, error, check_in) = (form.clone(), error.clone(), check_in.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            match body.check() {
                Ok(()) => check_in.emit(body),
                Err(invalid) => error.set(Some(invalid)),
            }
        })
    };
    let registering = use_state(|| None::<ErrorBody>);
    // Counts registrations: a new one gives the next young person an empty form.
    let registered = use_state(|| 0u32);
    let on_register = {
        let (registering, registered) = (registering.clone(), registered.clone());
        Callback::from(move |body: AliasInput| {
            let (registering, registered, check_in) =
                (registering.clone(), registered.clone(), check_in.clone());
            registering.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                match api::sessions::register_alias(&body).await {
                    Ok(made) => {
                        registered.set(*registered + 1);
                        check_in.emit(StaffCheckInInput { alias: made.alias });
                    }
                    Err(failure) => registering.set(Some(failure)),
                }
            });
        })
    };
    let this_year = today().year();
    let rows = show(&list, |items| {
        if items.is_empty() {
            return html! { <ul id="check-in-list"><li>{ i18n.t("check_ins.none") }</li></ul> };
        }
        let rows: Html = items
            .iter()
            .map(|check_in| {
                let alias = check_in
                    .alias
                    .clone()
                    .unwrap_or_else(|| i18n.t("check_ins.erased"));
                html! {
                    <li key={check_in.id.get()} class="check-in">
                        { format!("{alias} · {} · {}", i18n.t(&format!("gender.{}", check_in.gender.as_str())), check_in.age) }
                    </li>
                }
            })
            .collect();
        html! { <ul id="check-in-list">{ rows }</ul> }
    });
    let current = (*error).clone();
    html! {
        <section class="card" aria-labelledby="check-ins-title">
            <h2 id="check-ins-title">{ i18n.t("check_ins.title") }</h2>
            { rows }
            <form class="inline-form" {onsubmit} novalidate=true>
                <ErrorBanner error={current.clone()} />
                <label for="check-in-alias">{ i18n.t("check_ins.alias") }</label>
                <input id="check-in-alias" autocomplete="off" value={form.alias.clone()}
                    oninput={edit(&form, |f, v| f.alias = v)} aria-describedby="check-in-alias-errors" />
                <FieldErrors error={current} path="alias" id="check-in-alias-errors" />
                if *kept {
                    <p id="check-in-kept" role="status">{ i18n.t("outbox.check_in_kept") }</p>
                }
                <button type="submit" id="check-in-save">{ i18n.t("check_ins.add") }</button>
            </form>
            <details id="register">
                <summary>{ i18n.t("register.open") }</summary>
                <AliasForm key={*registered} voice={Voice::Staff} id="register" this_year={this_year}
                    consent_age={props.consent_age} consent_text={props.consent_text.clone()}
                    error={(*registering).clone()} on_submit={on_register} />
            </details>
        </section>
    }
}
