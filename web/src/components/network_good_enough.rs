//! Where a network's members stand on the Good Enough indicators this year: per indicator,
//! how many members meet it, come close, miss it or lack the data — counts of members only.

use chrono::Datelike;
use logbook_shared::follow_up::NetworkIndicator;
use logbook_shared::ids::NetworkId;
use logbook_shared::surveys::SurveyTemplate;
use yew::prelude::*;

use crate::api;
use crate::clock::today;
use crate::components::indicator_view::{metric_name, target_text};
use crate::components::loading::show;
use crate::hooks::use_load;
use crate::i18n::{I18n, use_i18n};

#[derive(Properties, PartialEq)]
pub struct NetworkGoodEnoughProps {
    pub network: NetworkId,
}

#[component]
pub fn NetworkGoodEnough(props: &NetworkGoodEnoughProps) -> Html {
    let i18n = use_i18n();
    let network = props.network;
    let asked = (today().year(), i18n.language.tag());
    let overview = use_load(asked, move |(year, language)| async move {
        api::aims::network_follow_up(network, year, language).await
    });
    let surveys = use_load((), |()| api::surveys::templates());
    let survey_list = surveys.ready().cloned().unwrap_or_default();
    let body = show(&overview, |overview| {
        let rows: Html = overview
            .indicators
            .iter()
            .map(|indicator| row(&i18n, indicator, &survey_list))
            .collect();
        html! {
            <div class="table-scroll" tabindex="0">
                <table class="figures" id="network-good-enough">
                    <thead><tr>
                        <th scope="col">{ i18n.t("network.good_enough_indicator") }</th>
                        <th scope="col">{ i18n.t("aim.target") }</th>
                        <th scope="col">{ i18n.t("network.good_enough_met") }</th>
                        <th scope="col">{ i18n.t("network.good_enough_close") }</th>
                        <th scope="col">{ i18n.t("network.good_enough_not_met") }</th>
                        <th scope="col">{ i18n.t("network.good_enough_no_data") }</th>
                    </tr></thead>
                    <tbody>{ rows }</tbody>
                </table>
            </div>
        }
    });
    html! {
        <div id="good-enough-overview">
            <p class="muted">{ i18n.t("network.good_enough_intro") }</p>
            { body }
        </div>
    }
}

fn row(i18n: &I18n, indicator: &NetworkIndicator, surveys: &[SurveyTemplate]) -> Html {
    let name = metric_name(
        i18n,
        indicator.metric,
        indicator.survey_question.as_ref(),
        surveys,
    );
    let count = |count: Option<i64>| match count {
        Some(count) => html! { <td>{ i18n.count(count) }</td> },
        None => {
            html! { <td>{ "–" }</td> }
        }
    };
    html! {
        <tr>
            <th scope="row">{ format!("{}: {name}", indicator.title) }</th>
            <td>{ target_text(i18n, indicator.comparator, indicator.metric, indicator.target) }</td>
            { count(indicator.met) }
            { count(indicator.close) }
            { count(indicator.not_met) }
            { count(indicator.not_enough_data) }
        </tr>
    }
}
