//! How a network releases its figures (SPEC 8), set by its admins: the suppression threshold,
//! the age bands and the ages of visits per 1,000 residents — the fixed grains no two pulls
//! can be subtracted across.

use logbook_shared::key_figures::RatesQuery;
use logbook_shared::networks::NetworkSettings;
use logbook_shared::reports::ReportLayout;
use logbook_shared::structure::{Network, band_list};
use logbook_shared::{ErrorBody, ErrorCode};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::api;
use crate::components::form::act;
use crate::i18n::use_i18n;

#[derive(Properties, PartialEq)]
pub struct NetworkReleaseProps {
    pub network: Network,
    /// Figures were pulled: the bands and ages stay as they were released.
    pub released: bool,
    pub on_saved: Callback<()>,
    pub failed: UseStateHandle<Option<ErrorBody>>,
}

#[component]
pub fn NetworkRelease(props: &NetworkReleaseProps) -> Html {
    let i18n = use_i18n();
    let network = &props.network;
    let min_cell = use_state(|| network.min_cell.to_string());
    let bands = use_state(|| band_list(&network.age_bands));
    let ages = use_state(|| band_list(&[network.rate_ages]));
    let typed = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |event: InputEvent| {
            state.set(event.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
    let released = props.released;
    let save = {
        let (id, min_cell, bands, ages) = (
            network.id,
            (*min_cell).clone(),
            (*bands).clone(),
            (*ages).clone(),
        );
        let save = move || {
            let settings = settings_of(&min_cell, &bands, &ages).map(|mut settings| {
                if released {
                    settings.age_bands = None;
                    settings.rate_ages = None;
                }
                settings
            });
            async move { api::networks::save_settings(id, &settings?).await }
        };
        act(save, &props.failed, &props.on_saved.reform(|_: Network| ()))
    };
    html! {
        <div class="threshold">
            <p class="muted">{ i18n.t("network.grains") }</p>
            <label for="network-min-cell">{ i18n.t("network.min_cell") }</label>
            <input id="network-min-cell" type="number" min="2" max="100" value={(*min_cell).clone()} oninput={typed(&min_cell)} />
            <label for="network-age-bands">{ i18n.t("network.age_bands") }</label>
            <input id="network-age-bands" type="text" inputmode="numeric" value={(*bands).clone()} oninput={typed(&bands)} readonly={released} />
            <label for="network-rate-ages">{ i18n.t("network.rate_ages") }</label>
            <input id="network-rate-ages" type="text" inputmode="numeric" value={(*ages).clone()} oninput={typed(&ages)} readonly={released} />
            <button type="button" class="secondary" id="network-min-cell-save" onclick={save}>{ i18n.t("network.save_min_cell") }</button>
        </div>
    }
}

/// The settings as typed, read with the rules the server applies.
fn settings_of(min_cell: &str, bands: &str, ages: &str) -> Result<NetworkSettings, ErrorBody> {
    let invalid = |error: logbook_shared::FieldError| {
        let mut body = ErrorBody::new(ErrorCode::ValidationFailed, error.message.clone());
        body.fields.push(error);
        body
    };
    let layout = ReportLayout {
        group_by: None,
        bands: Some(bands.to_owned()),
    };
    let age_bands = layout.disjoint_age_bands().map_err(invalid)?;
    let rate_ages = RatesQuery {
        ages: Some(ages.to_owned()),
    }
    .ages()
    .map_err(invalid)?;
    Ok(NetworkSettings {
        // The server names a number it refuses.
        min_cell: min_cell.trim().parse().unwrap_or(0),
        age_bands,
        rate_ages: Some(rate_ages),
    })
}
