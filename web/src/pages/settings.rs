//! The organisation's settings (org admin): entry age bands, the privacy thresholds, topics
//! and reflection questions.

use logbook_shared::structure::{AgeBand, OrganisationSettings};
use logbook_shared::{ErrorBody, ErrorCode, Rules};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::errors::{ErrorBanner, FieldErrors};
use crate::components::loading::show;
use crate::components::questions_editor::QuestionsEditor;
use crate::components::topics_editor::TopicsEditor;
use crate::hooks::use_load;
use crate::i18n::{Language, use_i18n};
use crate::state::session::{Session, use_session};

/// Writes one number the person typed into the settings.
type SettingChange = dyn Fn(&mut OrganisationSettings, i32);

/// A numeric setting: its field name (also its translation key) and how to read and write it.
struct NumberField {
    name: &'static str,
    get: fn(&OrganisationSettings) -> i32,
    set: fn(&mut OrganisationSettings, i32),
}

const NUMBERS: [NumberField; 6] = [
    NumberField {
        name: "survey_min_responses",
        get: |s| s.survey_min_responses,
        set: |s, n| s.survey_min_responses = n,
    },
    NumberField {
        name: "network_min_cell",
        get: |s| s.network_min_cell,
        set: |s, n| s.network_min_cell = n,
    },
    NumberField {
        name: "digital_consent_age",
        get: |s| s.digital_consent_age,
        set: |s, n| s.digital_consent_age = n,
    },
    NumberField {
        name: "alias_retention_months",
        get: |s| s.alias_retention_months,
        set: |s, n| s.alias_retention_months = n,
    },
    NumberField {
        name: "audit_retention_months",
        get: |s| s.audit_retention_months,
        set: |s, n| s.audit_retention_months = n,
    },
    NumberField {
        name: "follow_up_margin",
        get: |s| s.follow_up_margin,
        set: |s, n| s.follow_up_margin = n,
    },
];

#[component]
pub fn SettingsPage() -> Html {
    let i18n = use_i18n();
    let session = use_session();
    let organisation = match session.as_deref() {
        Some(Session::SignedIn(me)) => me.organisation.as_ref().map(|org| org.id),
        _ => None,
    };
    let stored = use_load(organisation, |organisation| async move {
        let organisation = organisation.ok_or_else(|| {
            ErrorBody::new(ErrorCode::Forbidden, "Settings belong to an organisation")
        })?;
        api::structure::settings(organisation).await
    });
    // The form: the stored settings as the admin edits them.
    let form = use_state(|| None::<OrganisationSettings>);
    let error = use_state(|| None::<ErrorBody>);
    let saved = use_state(|| false);
    {
        let form = form.clone();
        use_effect_with(stored.ready().cloned(), move |stored| {
            if stored.is_some() {
                form.set(stored.clone());
            }
        });
    }
    let Some(current) = (*form).clone() else {
        return show(&stored, |_| html! {});
    };
    let update = {
        let (form, saved) = (form.clone(), saved.clone());
        move |change: Box<SettingChange>| {
            let (form, saved) = (form.clone(), saved.clone());
            Callback::from(move |event: InputEvent| {
                let value = event.target_unchecked_into::<HtmlInputElement>().value();
                if let (Some(mut next), Ok(number)) = ((*form).clone(), value.trim().parse::<i32>())
                {
                    change(&mut next, number);
                    form.set(Some(next));
                    saved.set(false);
                }
            })
        }
    };
    let bands: Html = current
        .entry_age_bands
        .iter()
        .enumerate()
        .map(|(index, band)| {
            let on_min = update(Box::new(move |s: &mut OrganisationSettings, n: i32| s.entry_age_bands[index].min = n));
            let on_max = update(Box::new(move |s: &mut OrganisationSettings, n: i32| s.entry_age_bands[index].max = n));
            let remove = {
                let form = form.clone();
                Callback::from(move |_: MouseEvent| {
                    if let Some(mut next) = (*form).clone() {
                        next.entry_age_bands.remove(index);
                        form.set(Some(next));
                    }
                })
            };
            html! {
                <li class="band">
                    <input type="number" aria-label={i18n.t("settings.band_min")} value={band.min.to_string()} oninput={on_min} />
                    <span>{ "–" }</span>
                    <input type="number" aria-label={i18n.t("settings.band_max")} value={band.max.to_string()} oninput={on_max} />
                    <button type="button" class="link" onclick={remove}>{ i18n.t("settings.remove_band") }</button>
                    <FieldErrors error={(*error).clone()} path={format!("entry_age_bands[{index}].min")} id={format!("band-{index}-min-errors")} />
                    <FieldErrors error={(*error).clone()} path={format!("entry_age_bands[{index}].max")} id={format!("band-{index}-max-errors")} />
                </li>
            }
        })
        .collect();
    let add_band = {
        let form = form.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(mut next) = (*form).clone() {
                let min = next.entry_age_bands.last().map_or(0, |band| band.max + 1);
                next.entry_age_bands.push(AgeBand { min, max: min });
                form.set(Some(next));
            }
        })
    };
    let numbers: Html = NUMBERS
        .iter()
        .map(|field| {
            let (name, set) = (field.name, field.set);
            let oninput = update(Box::new(set));
            html! {
                <>
                    <label for={name}>{ i18n.t(&format!("settings.{name}")) }</label>
                    <input id={name} type="number" value={(field.get)(&current).to_string()} {oninput} />
                    <FieldErrors error={(*error).clone()} path={name} id={format!("{name}-errors")} />
                </>
            }
        })
        .collect();
    let edit_text = |apply: fn(&mut OrganisationSettings, String)| {
        let (form, saved) = (form.clone(), saved.clone());
        Callback::from(move |event: InputEvent| {
            let value = event.target_unchecked_into::<HtmlInputElement>().value();
            if let Some(mut next) = (*form).clone() {
                apply(&mut next, value);
                form.set(Some(next));
                saved.set(false);
            }
        })
    };
    let onsubmit = {
        let (form, error, saved) = (form.clone(), error.clone(), saved.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let Some(body) = (*form).clone() else { return };
            if let Err(invalid) = body.check() {
                error.set(Some(invalid));
                return;
            }
            let Some(organisation) = organisation else {
                return;
            };
            let (form, error, saved) = (form.clone(), error.clone(), saved.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match api::structure::save_settings(organisation, &body).await {
                    Ok(stored) => {
                        error.set(None);
                        saved.set(true);
                        // The form shows what the server keeps (bands in order, …).
                        form.set(Some(stored));
                    }
                    Err(failure) => error.set(Some(failure)),
                }
            });
        })
    };
    html! {
        <section>
            <h1>{ i18n.t("settings.title") }</h1>
            <form class="card inline-form" {onsubmit} novalidate=true>
                <ErrorBanner error={(*error).clone()} />
                <fieldset>
                    <legend>{ i18n.t("settings.age_bands") }</legend>
                    <ul class="bands">{ bands }</ul>
                    <button type="button" class="secondary" onclick={add_band}>{ i18n.t("settings.add_band") }</button>
                </fieldset>
                { numbers }
                <label for="time_zone">{ i18n.t("settings.time_zone") }</label>
                <input id="time_zone" value={current.time_zone.clone()} autocomplete="off"
                    oninput={edit_text(|s, v| s.time_zone = v)} />
                <FieldErrors error={(*error).clone()} path="time_zone" id="time_zone-errors" />
                <label for="default_language">{ i18n.t("settings.default_language") }</label>
                <select id="default_language" oninput={edit_text(|s, v| s.default_language = v)}>
                    { for Language::all().map(|language| html! {
                        <option value={language.tag()} selected={current.default_language == language.tag()}>
                            { language.native_name() }
                        </option>
                    }) }
                </select>
                <FieldErrors error={(*error).clone()} path="default_language" id="default_language-errors" />
                <label for="consent_text">{ i18n.t("settings.consent_text") }</label>
                <input id="consent_text" value={current.consent_text.clone()}
                    oninput={edit_text(|s, v| s.consent_text = v)} />
                <FieldErrors error={(*error).clone()} path="consent_text" id="consent_text-errors" />
                <button type="submit" id="save-settings">{ i18n.t("settings.save") }</button>
                if *saved { <p role="status" id="settings-saved">{ i18n.t("settings.saved") }</p> }
            </form>
            <TopicsEditor />
            <QuestionsEditor />
        </section>
    }
}
