//! A network's comparison and its log of pulls, and how a statistics cell reads: shared by
//! the network admin's page and the member organisation's.

use logbook_shared::networks::{Comparison, Figure, Pull, StatisticsRow};
use logbook_shared::report_columns;
use yew::prelude::*;

use crate::components::charts::{Bar, BarChart};
use crate::i18n::I18n;

/// Each member's visits beside the median, as a table of key figures and a chart.
pub fn comparison(i18n: &I18n, comparison: &Comparison) -> Html {
    const SHOWN: [&str; 5] = [
        "visits",
        "unique_visitors",
        "activity_hours",
        "youth_led_share",
        "share_girls",
    ];
    let indices: Vec<(usize, &str)> = SHOWN
        .iter()
        .filter_map(|name| {
            comparison
                .columns
                .iter()
                .position(|column| column == name)
                .map(|index| (index, *name))
        })
        .collect();
    let heads: Html = indices
        .iter()
        .map(|(_, name)| html! { <th scope="col">{ column_label(i18n, name) }</th> })
        .collect();
    let member_rows: Html = comparison
        .members
        .iter()
        .map(|row| {
            let cells: Html = indices
                .iter()
                .map(|(index, name)| html! { <td>{ cell(i18n, row, *index, name) }</td> })
                .collect();
            html! { <tr><th scope="row">{ row.label.clone() }</th>{ cells }</tr> }
        })
        .collect();
    let median: Html = indices
        .iter()
        .map(|(index, name)| html! { <td>{ comparison.median[*index].map_or("–".to_owned(), |v| measure(i18n, name, v)) }</td> })
        .collect();
    let visits = comparison.columns.iter().position(|c| c == "visits");
    let mut bars: Vec<Bar> = comparison
        .members
        .iter()
        .filter_map(|row| {
            let value = visits.and_then(|index| row.values[index])?;
            Some(Bar {
                label: row.label.clone(),
                parts: vec![(i18n.t("report.figure.visits"), value.as_f64())],
            })
        })
        .collect();
    if let Some(median) = visits.and_then(|index| comparison.median[index]) {
        bars.push(Bar {
            label: i18n.t("network.median"),
            parts: vec![(i18n.t("report.figure.visits"), median)],
        });
    }
    html! {
        <>
            <div class="table-scroll" tabindex="0">
                <table id="network-comparison">
                    <thead><tr><th scope="col">{ i18n.t("report.group.organisation") }</th>{ heads }</tr></thead>
                    <tbody>
                        { member_rows }
                        <tr class="median"><th scope="row">{ i18n.t("network.median") }</th>{ median }</tr>
                    </tbody>
                </table>
            </div>
            <div class="charts">
                <BarChart id="chart-comparison" title={i18n.t("network.comparison_chart")} {bars} />
            </div>
        </>
    }
}

pub fn pulls(i18n: &I18n, pulls: &[Pull]) -> Html {
    if pulls.is_empty() {
        return html! { <p>{ i18n.t("network.no_pulls") }</p> };
    }
    let rows: Html = pulls
        .iter()
        .map(|pull| {
            html! {
                <li key={pull.id.get()}>
                    { format!("{} · {} · {} · {}", i18n.date_time(pull.at),
                        pull.user_name.clone().unwrap_or_else(|| i18n.t("network.pulled_by_member")), pull.query,
                        i18n.t_with("network.organisations", &[("count", &pull.organisation_count.to_string())])) }
                </li>
            }
        })
        .collect();
    html! { <ul id="network-pulls" class="plain">{ rows }</ul> }
}

/// A figure's name (`visits_6_12`: "Visits aged 6–12"), as the exports head it too.
pub fn column_label(i18n: &I18n, column: &str) -> String {
    let (key, args) = report_columns::label(column);
    i18n.t_with(&key, &args)
}

pub fn cell(i18n: &I18n, row: &StatisticsRow, index: usize, column: &str) -> String {
    if row.suppressed.iter().any(|name| name == column) {
        return i18n.t("network.suppressed");
    }
    match row.values[index] {
        Some(Figure::Count(count)) => i18n.count(count),
        Some(Figure::Measure(value)) => measure(i18n, column, value),
        None => "–".to_owned(),
    }
}

/// A share in percent as the language writes percentages, any other measure with a decimal.
pub fn measure(i18n: &I18n, column: &str, value: f64) -> String {
    if report_columns::is_percent(column) {
        i18n.percent(value)
    } else {
        i18n.decimal(value, 1)
    }
}
