//! Kiosk devices (org admins and unit managers): register a tablet for a unit, hand it its
//! link once, see when each was last used, revoke.

use logbook_shared::ids::UnitId;
use logbook_shared::visitors::{KioskInput, RegisteredKiosk};
use logbook_shared::{ErrorBody, LANGUAGES, Rules};
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::form::{act, edit, edit_select};
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::use_i18n;
use crate::state::session::{Session, use_session};
use crate::state::structure::use_structure;

#[component]
pub fn KiosksPage() -> Html {
    let i18n = use_i18n();
    let structure = use_structure();
    let kiosks = use_load((), |()| api::people::kiosks());
    let registered = use_state(|| None::<RegisteredKiosk>);
    // Why the last revocation failed.
    let failed = use_state(|| None::<ErrorBody>);
    let reload = kiosks.reload.clone();
    let Some(structure) = structure.ready() else {
        return show(&structure, |_| html! {});
    };
    let Some(list) = kiosks.ready() else {
        return show(&kiosks, |_| html! {});
    };
    let unit_name = |id: UnitId| {
        structure
            .units
            .iter()
            .find(|unit| unit.id == id)
            .map(|unit| unit.name.clone())
            .unwrap_or_default()
    };
    let rows: Html = list
        .iter()
        .map(|kiosk| {
            let id = kiosk.id;
            let revoke = act(move || api::people::revoke_kiosk(id), &failed, &reload);
            let used = kiosk.last_used_at.map_or_else(
                || i18n.t("kiosks.never_used"),
                |at| format!("{} {}", i18n.t("kiosks.last_used"), i18n.date_time(at)),
            );
            html! {
                <li key={kiosk.id.get()} id={format!("kiosk-{}", kiosk.id)}>
                    <strong>{ kiosk.name.clone() }</strong>
                    <span class="tag">{ unit_name(kiosk.unit_id) }</span>
                    <span class="tag">{ i18n.t(&format!("language.{}", kiosk.language)) }</span>
                    <span>{ used }</span>
                    if kiosk.revoked_at.is_some() {
                        <span class="tag">{ i18n.t("kiosks.revoked") }</span>
                    } else {
                        <button type="button" class="link" id={format!("kiosk-{}-revoke", kiosk.id)} onclick={revoke}>
                            { i18n.t("kiosks.revoke") }
                        </button>
                    }
                </li>
            }
        })
        .collect();
    let on_registered = {
        let (registered, reload) = (registered.clone(), reload.clone());
        Callback::from(move |kiosk: RegisteredKiosk| {
            registered.set(Some(kiosk));
            reload.emit(());
        })
    };
    let units: Vec<(UnitId, String)> = structure
        .units
        .iter()
        .filter(|unit| !unit.archived)
        .map(|unit| (unit.id, unit.name.clone()))
        .collect();
    html! {
        <section>
            <h1>{ i18n.t("kiosks.title") }</h1>
            <p>{ i18n.t("kiosks.intro") }</p>
            if let Some(kiosk) = &*registered { { handover(&i18n, kiosk) } }
            <ErrorBanner error={(*failed).clone()} />
            if list.is_empty() { <p>{ i18n.t("kiosks.none") }</p> }
            <ul class="kiosk-list">{ rows }</ul>
            <RegisterKiosk {units} on_registered={on_registered} />
        </section>
    }
}

/// The new kiosk's link, shown once; or turn this very device into the kiosk.
fn handover(i18n: &crate::i18n::I18n, registered: &RegisteredKiosk) -> Html {
    let origin = web_sys::window()
        .and_then(|window| window.location().origin().ok())
        .unwrap_or_default();
    let link = api::kiosk::link(&origin, &registered.token);
    let token = registered.token.clone();
    let use_here = Callback::from(move |_: MouseEvent| {
        let token = token.clone();
        wasm_bindgen_futures::spawn_local(async move {
            // A tablet left as a kiosk must not stay signed in as staff.
            api::logout().await;
            api::kiosk::remember(&token);
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign("/kiosk");
            }
        });
    });
    html! {
        <div class="notice" role="status">
            <p>{ i18n.t("kiosks.registered") }</p>
            <p><a id="kiosk-link" href={link.clone()}>{ link }</a></p>
            <button type="button" id="kiosk-use-here" onclick={use_here}>{ i18n.t("kiosks.use_here") }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RegisterKioskProps {
    /// (id, name) of the units a kiosk may be registered for.
    units: Vec<(UnitId, String)>,
    on_registered: Callback<RegisteredKiosk>,
}

#[component]
fn RegisterKiosk(props: &RegisterKioskProps) -> Html {
    let i18n = use_i18n();
    let first_unit = props.units.first().map_or(UnitId(0), |(id, _)| *id);
    // A new kiosk speaks the organisation's default language unless chosen otherwise.
    let session = use_session();
    let default_language = match session.as_deref() {
        Some(Session::SignedIn(me)) => me.default_language.clone(),
        _ => LANGUAGES[0].to_owned(),
    };
    let form = use_state(|| KioskInput {
        unit_id: first_unit,
        name: String::new(),
        language: default_language,
    });
    let error = use_state(|| None::<ErrorBody>);
    let onsubmit = {
        let (form, error, on_registered) =
            (form.clone(), error.clone(), props.on_registered.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = (*form).clone();
            if let Err(invalid) = body.check() {
                error.set(Some(invalid));
                return;
            }
            let (error, on_registered) = (error.clone(), on_registered.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::people::register_kiosk(&body).await {
                    Ok(registered) => {
                        error.set(None);
                        on_registered.emit(registered);
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };
    let units: Html = props
        .units
        .iter()
        .map(|(id, name)| html! { <option value={id.to_string()} selected={form.unit_id == *id}>{ name.clone() }</option> })
        .collect();
    let languages: Html = LANGUAGES
        .iter()
        .map(|tag| html! { <option value={*tag} selected={form.language == *tag}>{ i18n.t(&format!("language.{tag}")) }</option> })
        .collect();
    let current = (*error).clone();
    html! {
        <form class="card inline-form" {onsubmit} novalidate=true>
            <ErrorBanner error={current.clone()} />
            <label for="kiosk-unit">{ i18n.t("kiosks.unit") }</label>
            <select id="kiosk-unit" onchange={edit_select(&form, |f, v| f.unit_id = v.parse().unwrap_or(UnitId(0)))}>{ units }</select>
            <FieldErrors error={current.clone()} path="unit_id" id="kiosk-unit-errors" />
            <label for="kiosk-name">{ i18n.t("kiosks.name") }</label>
            <input id="kiosk-name" value={form.name.clone()} oninput={edit(&form, |f, v| f.name = v)} />
            <FieldErrors error={current.clone()} path="name" id="kiosk-name-errors" />
            <label for="kiosk-language">{ i18n.t("kiosks.language") }</label>
            <select id="kiosk-language" onchange={edit_select(&form, |f, v| f.language = v)}>{ languages }</select>
            <FieldErrors error={current} path="language" id="kiosk-language-errors" />
            <button type="submit" id="kiosk-register">{ i18n.t("kiosks.register") }</button>
        </form>
    }
}
