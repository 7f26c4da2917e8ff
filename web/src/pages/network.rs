//! The network admin's page (SPEC 8): invite organisations and see memberships, pull the
//! members' statistics for a period (suppressed cells marked, CSV download), compare each
//! member with the network's median, and read the log of pulls.

use logbook_shared::ids::OrganisationId;
use logbook_shared::networks::{
    Comparison, InvitationInput, Membership, MembershipStatus, NetworkSettings, OrganisationEntry,
    Pull, Statistics, StatisticsGrouping, StatisticsRow,
};
use logbook_shared::structure::Network;
use logbook_shared::{ErrorBody, Page};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::api;
use crate::api::reports::this_year;
use crate::components::errors::ErrorBanner;
use crate::components::network_figures::{cell, column_label, comparison, pulls};
use crate::i18n::{I18n, use_i18n};

/// Everything the page shows for one period and grouping.
#[derive(Clone, PartialEq)]
struct Loaded {
    network: Network,
    memberships: Vec<Membership>,
    directory: Vec<OrganisationEntry>,
    statistics: Statistics,
    comparison: Comparison,
    pulls: Vec<Pull>,
}

#[component]
pub fn NetworkPage() -> Html {
    let i18n = use_i18n();
    let period = this_year();
    let grouping = use_state(|| Some(StatisticsGrouping::Organisation));
    let generation = use_state(|| 0u32);
    let loaded = use_state(|| None::<Result<Loaded, ErrorBody>>);
    let chosen = use_state(|| None::<OrganisationId>);
    let min_cell = use_state(|| None::<i32>);
    {
        let loaded = loaded.clone();
        let (from, to) = (period.from, period.to);
        use_effect_with((*grouping, *generation), move |(grouping, _)| {
            let grouping = *grouping;
            wasm_bindgen_futures::spawn_local(async move {
                loaded.set(Some(load(from, to, grouping).await));
            });
        });
    }
    let reload = {
        let generation = generation.clone();
        Callback::from(move |()| generation.set(*generation + 1))
    };
    let on_group = {
        let grouping = grouping.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            grouping.set(StatisticsGrouping::parse(&value));
        })
    };
    let loaded = match &*loaded {
        None => return html! { <p>{ i18n.t("app.loading") }</p> },
        Some(Err(error)) => return html! { <ErrorBanner error={Some(error.clone())} /> },
        Some(Ok(loaded)) => loaded.clone(),
    };
    let network = loaded.network.id;
    let options: Html = StatisticsGrouping::ALL
        .iter()
        .map(|group| {
            let selected = *grouping == Some(*group);
            html! { <option value={group.as_str()} {selected}>{ i18n.t(&format!("report.group.{}", group.as_str())) }</option> }
        })
        .collect();
    let query = format!(
        "from={}&to={}{}",
        period.from,
        period.to,
        grouping.map_or(String::new(), |g| format!("&group_by={}", g.as_str()))
    );
    let download = {
        let path = format!("/networks/{network}/statistics?{query}&format=csv");
        let name = format!("statistics-{}-{}.csv", period.from, period.to);
        Callback::from(move |_: MouseEvent| {
            let (path, name) = (path.clone(), name.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // A failed download leaves the page as it is.
                let _ = api::download(&path, &name).await;
            });
        })
    };
    html! {
        <section class="network">
            <h1>{ loaded.network.name.clone() }</h1>
            { memberships(&i18n, &loaded, &reload, &chosen) }
            <h2>{ i18n.t_with("network.statistics", &[("from", &period.from.to_string()), ("to", &period.to.to_string())]) }</h2>
            <p class="muted">{ i18n.t_with("network.suppression", &[("min", &loaded.statistics.min_cell.to_string())]) }</p>
            { threshold(&i18n, &loaded.network, &reload, &min_cell) }
            <label for="network-group">{ i18n.t("report.group_by") }</label>
            <select id="network-group" onchange={on_group}>
                <option value="" selected={grouping.is_none()}>{ i18n.t("report.group.none") }</option>
                { options }
            </select>
            <button type="button" class="secondary" id="network-csv" onclick={download}>{ i18n.t("report.export.csv") }</button>
            { statistics_table(&i18n, &loaded.statistics) }
            <h2>{ i18n.t("network.comparison") }</h2>
            { comparison(&i18n, &loaded.comparison) }
            <h2>{ i18n.t("network.pulls") }</h2>
            { pulls(&i18n, &loaded.pulls) }
        </section>
    }
}

async fn load(
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    grouping: Option<StatisticsGrouping>,
) -> Result<Loaded, ErrorBody> {
    let networks: Page<Network> = api::get("/networks").await?;
    let network = networks
        .items
        .into_iter()
        .next()
        .ok_or_else(|| ErrorBody::new(logbook_shared::ErrorCode::NotFound, "No network"))?;
    let id = network.id;
    let grouped = grouping.map_or(String::new(), |g| format!("&group_by={}", g.as_str()));
    Ok(Loaded {
        memberships: api::get(&format!("/networks/{id}/memberships")).await?,
        directory: api::get("/organisation-directory").await?,
        statistics: api::get(&format!(
            "/networks/{id}/statistics?from={from}&to={to}{grouped}"
        ))
        .await?,
        comparison: api::get(&format!("/networks/{id}/comparison?from={from}&to={to}")).await?,
        pulls: api::get(&format!("/networks/{id}/pulls")).await?,
        network,
    })
}

fn memberships(
    i18n: &I18n,
    loaded: &Loaded,
    reload: &Callback<()>,
    chosen: &UseStateHandle<Option<OrganisationId>>,
) -> Html {
    let network = loaded.network.id;
    let rows: Html = loaded
        .memberships
        .iter()
        .map(|membership| {
            let open = matches!(
                membership.status,
                MembershipStatus::Invited | MembershipStatus::Member
            );
            let end = {
                let (reload, id) = (reload.clone(), membership.id);
                Callback::from(move |_: MouseEvent| {
                    let reload = reload.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        // The answer is the ended membership; the reloaded list shows it.
                        let _ = api::delete(&format!("/network-memberships/{id}")).await;
                        reload.emit(());
                    });
                })
            };
            html! {
                <li key={membership.id.get()} id={format!("membership-{}", membership.organisation_id)}>
                    <strong>{ membership.organisation_name.clone() }</strong>
                    <span class="tag status">{ i18n.t(&format!("membership.{}", membership.status.as_str())) }</span>
                    if open {
                        <button type="button" class="link" onclick={end}>{ i18n.t("membership.end") }</button>
                    }
                </li>
            }
        })
        .collect();
    let options: Html = loaded
        .directory
        .iter()
        .map(|entry| html! { <option value={entry.id.to_string()}>{ entry.name.clone() }</option> })
        .collect();
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            chosen.set(value.parse().ok());
        })
    };
    let invite = {
        let (reload, chosen) = (reload.clone(), chosen.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(organisation_id) = *chosen else {
                return;
            };
            let reload = reload.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let path = format!("/networks/{network}/invitations");
                let made: Result<Membership, ErrorBody> =
                    api::post(&path, &InvitationInput { organisation_id }).await;
                if made.is_ok() {
                    reload.emit(());
                }
            });
        })
    };
    html! {
        <>
            <h2>{ i18n.t("network.members") }</h2>
            <ul id="memberships" class="plain">{ rows }</ul>
            <label for="invite-organisation">{ i18n.t("network.invite_which") }</label>
            <select id="invite-organisation" onchange={on_choose}>
                <option value="" selected={chosen.is_none()}>{ "–" }</option>
                { options }
            </select>
            <button type="button" id="invite" onclick={invite}>{ i18n.t("network.invite") }</button>
        </>
    }
}

/// The network's own suppression threshold, which its admins set.
fn threshold(
    i18n: &I18n,
    network: &Network,
    reload: &Callback<()>,
    typed: &UseStateHandle<Option<i32>>,
) -> Html {
    let id = network.id;
    let value = typed.unwrap_or(network.min_cell);
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            let text = event
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            typed.set(text.parse().ok());
        })
    };
    let save = {
        let reload = reload.clone();
        Callback::from(move |_: MouseEvent| {
            let reload = reload.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let path = format!("/networks/{id}/settings");
                let saved: Result<Network, ErrorBody> =
                    api::put(&path, &NetworkSettings { min_cell: value }).await;
                if saved.is_ok() {
                    reload.emit(());
                }
            });
        })
    };
    html! {
        <div class="threshold">
            <label for="network-min-cell">{ i18n.t("network.min_cell") }</label>
            <input id="network-min-cell" type="number" min="2" max="100" value={value.to_string()} {oninput} />
            <button type="button" class="secondary" id="network-min-cell-save" onclick={save}>{ i18n.t("network.save_min_cell") }</button>
        </div>
    }
}

/// A figure per row, a column for the total and each group; hidden cells say so.
fn statistics_table(i18n: &I18n, statistics: &Statistics) -> Html {
    let heads: Html = statistics
        .rows
        .iter()
        .map(|row| html! { <th scope="col">{ row_label(i18n, statistics, row) }</th> })
        .collect();
    let body: Html = statistics
        .columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let cells: Html = statistics
                .rows
                .iter()
                .map(|row| html! { <td>{ cell(i18n, row, index, column) }</td> })
                .collect();
            html! { <tr id={format!("statistic-{column}")}><th scope="row">{ column_label(i18n, column) }</th>{ cells }</tr> }
        })
        .collect();
    html! {
        <div class="table-scroll">
            <table id="network-statistics">
                <thead><tr><th scope="col">{ i18n.t("network.figure") }</th>{ heads }</tr></thead>
                <tbody>{ body }</tbody>
            </table>
        </div>
    }
}

fn row_label(i18n: &I18n, statistics: &Statistics, row: &StatisticsRow) -> String {
    if row.key.is_empty() {
        return i18n.t("network.total");
    }
    match statistics.group_by {
        Some(StatisticsGrouping::UnitType) => i18n.t(&format!("unit_type.{}", row.key)),
        _ => row.label.clone(),
    }
}
