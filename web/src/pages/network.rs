//! The network admin's page (SPEC 8): invite organisations and see memberships, pull the
//! members' statistics for a period (suppressed cells marked, CSV download), compare each
//! member with the network's median, and read the log of pulls.

use logbook_shared::ids::OrganisationId;
use logbook_shared::networks::{
    Comparison, ComparisonQuery, InvitationInput, Membership, MembershipStatus, OrganisationEntry,
    Pull, Statistics, StatisticsGrouping, StatisticsQuery, StatisticsRow,
};
use logbook_shared::structure::Network;
use logbook_shared::{ErrorBody, ErrorCode};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::api;
use crate::components::errors::ErrorBanner;
use crate::components::form::act;
use crate::components::loading::show;
use crate::components::network_figures::{cell, column_label, comparison, pulls};
use crate::components::network_good_enough::NetworkGoodEnough;
use crate::components::network_release::NetworkRelease;
use crate::components::survey_comparison::SurveyComparisonView;
use crate::hooks::use_load;
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
    let period = api::networks::this_calendar_year();
    let grouping = use_state(|| Some(StatisticsGrouping::Organisation));
    let query = statistics_query(&period, *grouping);
    let loader = use_load(query.clone(), |query| async move { load(&query).await });
    let chosen = use_state(|| None::<OrganisationId>);
    // Why the last invitation, ending, threshold or download failed.
    let failed = use_state(|| None::<ErrorBody>);
    let reload = loader.reload.clone();
    let on_group = {
        let grouping = grouping.clone();
        Callback::from(move |event: Event| {
            let value = event.target_unchecked_into::<HtmlSelectElement>().value();
            grouping.set(StatisticsGrouping::parse(&value));
        })
    };
    let Some(loaded) = loader.ready() else {
        return show(&loader, |_| html! {});
    };
    let network = loaded.network.id;
    let options: Html = StatisticsGrouping::ALL
        .iter()
        .map(|group| {
            let selected = *grouping == Some(*group);
            html! { <option value={group.as_str()} {selected}>{ i18n.t(&format!("report.group.{}", group.as_str())) }</option> }
        })
        .collect();
    let download = {
        let download = move || {
            let query = query.clone();
            async move { api::networks::download_statistics(network, &query).await }
        };
        act(download, &failed, &Callback::noop())
    };
    html! {
        <section class="network">
            <h1>{ loaded.network.name.clone() }</h1>
            <ErrorBanner error={(*failed).clone()} />
            { memberships(&i18n, loaded, &reload, &chosen, &failed) }
            <h2>{ i18n.t_with("network.statistics", &[("from", i18n.date(period.from)), ("to", i18n.date(period.to))]) }</h2>
            <p class="muted">{ i18n.t_with("network.suppression", &[("min", &loaded.statistics.min_cell.to_string())]) }</p>
            <p class="muted" id="network-perturbed">{ i18n.t_with("network.perturbed", &[("most", &loaded.statistics.perturbation.largest_move.to_string())]) }</p>
            <NetworkRelease network={loaded.network.clone()} released={!loaded.pulls.is_empty()} on_saved={reload.clone()} failed={failed.clone()} />
            <label for="network-group">{ i18n.t("report.group_by") }</label>
            <select id="network-group" onchange={on_group}>
                <option value="" selected={grouping.is_none()}>{ i18n.t("report.group.none") }</option>
                { options }
            </select>
            <button type="button" class="secondary" id="network-csv" onclick={download}>{ i18n.t("report.export.csv") }</button>
            { statistics_table(&i18n, &loaded.statistics) }
            <h2>{ i18n.t("network.comparison") }</h2>
            { comparison(&i18n, &loaded.comparison) }
            <h2>{ i18n.t("network.surveys") }</h2>
            <SurveyComparisonView {network} />
            <h2>{ i18n.t("network.good_enough") }</h2>
            <NetworkGoodEnough {network} />
            <h2>{ i18n.t("network.pulls") }</h2>
            { pulls(&i18n, &loaded.pulls) }
        </section>
    }
}

/// The year's statistics as the page asks for them.
fn statistics_query(
    period: &ComparisonQuery,
    grouping: Option<StatisticsGrouping>,
) -> StatisticsQuery {
    StatisticsQuery {
        from: period.from,
        to: period.to,
        group_by: grouping,
        bands: None,
        format: None,
        ages: None,
    }
}

async fn load(query: &StatisticsQuery) -> Result<Loaded, ErrorBody> {
    let network = api::networks::networks()
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| ErrorBody::new(ErrorCode::NotFound, "No network"))?;
    let id = network.id;
    let compared = ComparisonQuery {
        from: query.from,
        to: query.to,
    };
    Ok(Loaded {
        memberships: api::networks::memberships_of(id).await?,
        directory: api::networks::directory().await?,
        statistics: api::networks::statistics(id, query).await?,
        comparison: api::networks::comparison(id, &compared).await?,
        pulls: api::networks::pulls_of(id).await?,
        network,
    })
}

fn memberships(
    i18n: &I18n,
    loaded: &Loaded,
    reload: &Callback<()>,
    chosen: &UseStateHandle<Option<OrganisationId>>,
    failed: &UseStateHandle<Option<ErrorBody>>,
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
            let id = membership.id;
            // The answer is the ended membership; the reloaded list shows it.
            let end = act(move || api::networks::end(id), failed, &reload.reform(|_: Membership| ()));
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
    let invite = match **chosen {
        Some(organisation_id) => {
            let input = InvitationInput { organisation_id };
            let invite = move || {
                let input = input.clone();
                async move { api::networks::invite(network, &input).await }
            };
            act(invite, failed, &reload.reform(|_: Membership| ()))
        }
        None => Callback::noop(),
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
        <div class="table-scroll" tabindex="0">
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
        Some(StatisticsGrouping::Month) => i18n.month_key(&row.key),
        _ => row.label.clone(),
    }
}
