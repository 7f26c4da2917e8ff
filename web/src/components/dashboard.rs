//! The home screen's dashboard: the caller's own units this year so far — key figures and
//! visits per month.

use logbook_shared::reports::GroupBy;
use yew::prelude::*;

use crate::api::reports::{load_grouped, this_year};
use crate::components::loading::show;
use crate::components::report_figures::visits_by_gender_chart;
use crate::hooks::use_load;
use crate::i18n::use_i18n;

const KEY_FIGURES: [&str; 4] = ["sessions", "visits", "unique_visitors", "activity_hours"];

#[component]
pub fn Dashboard() -> Html {
    let i18n = use_i18n();
    let report = use_load((), |()| async {
        load_grouped(&this_year(), None, Some(GroupBy::Month)).await
    });
    let Some(report) = report.ready() else {
        return show(&report, |_| html! {});
    };
    let total = &report.total;
    let values = [
        i18n.count(total.sessions),
        i18n.count(total.visits),
        i18n.count(total.unique_visitors),
        i18n.decimal(total.activity_hours, 0),
    ];
    let tiles: Html = KEY_FIGURES
        .iter()
        .zip(values)
        .map(|(name, value)| {
            html! {
                <div class="tile" id={format!("dashboard-{name}")}>
                    <strong>{ value }</strong>
                    <span>{ i18n.t(&format!("report.figure.{name}")) }</span>
                </div>
            }
        })
        .collect();
    html! {
        <section class="dashboard" aria-labelledby="dashboard-title">
            <h2 id="dashboard-title">{ i18n.t("dashboard.title") }</h2>
            <div class="tiles">{ tiles }</div>
            { visits_by_gender_chart(&i18n, report) }
        </section>
    }
}
