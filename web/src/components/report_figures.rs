//! A report's figures as a table and its visits by month as a chart, shared by the reports,
//! annual report and home pages.

use logbook_shared::reports::{Figures, Report};
use yew::prelude::*;

use crate::components::charts::{Bar, BarChart};
use crate::i18n::I18n;

pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| format!("{value:.1} %"))
}

fn decimal(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| format!("{value:.1}"))
}

/// Every figure of the total, one row each.
pub fn figures_table(i18n: &I18n, figures: &Figures) -> Html {
    let rows: Vec<(&str, String)> = vec![
        ("sessions", figures.sessions.to_string()),
        ("visits", figures.visits.to_string()),
        ("unique_visitors", figures.unique_visitors.to_string()),
        (
            "first_time_visitors",
            figures.first_time_visitors.to_string(),
        ),
        ("opening_hours", format!("{:.1}", figures.opening_hours)),
        ("group_hours", format!("{:.1}", figures.group_hours)),
        ("activity_hours", format!("{:.1}", figures.activity_hours)),
        ("youth_led_hours", format!("{:.1}", figures.youth_led_hours)),
        ("youth_led_share", percent(figures.youth_led_share)),
        ("youth_producers", figures.youth_producers.to_string()),
        ("visits_per_session", decimal(figures.visits_per_session)),
        (
            "visits_per_opening_hour",
            decimal(figures.visits_per_opening_hour),
        ),
        ("share_girls", percent(figures.share_girls)),
        ("share_boys", percent(figures.share_boys)),
        ("share_non_binary", percent(figures.share_non_binary)),
    ];
    let rows: Html = rows
        .into_iter()
        .map(|(name, value)| {
            html! {
                <tr id={format!("figure-{name}")}>
                    <th scope="row">{ i18n.t(&format!("report.figure.{name}")) }</th>
                    <td>{ value }</td>
                </tr>
            }
        })
        .collect();
    html! { <table class="figures">{ rows }</table> }
}

/// Visits per month, stacked by gender.
pub fn visits_by_gender_chart(i18n: &I18n, by_month: &Report) -> Html {
    let bars: Vec<Bar> = by_month
        .groups
        .iter()
        .map(|group| {
            let gender = group.figures.visits_by_gender;
            Bar {
                label: group.key.get(5..).unwrap_or(&group.key).to_owned(),
                parts: [
                    ("girl", gender.girl),
                    ("boy", gender.boy),
                    ("non_binary", gender.non_binary),
                    ("not_stated", gender.not_stated),
                ]
                .into_iter()
                .map(|(name, visits)| (i18n.t(&format!("gender.{name}")), visits as f64))
                .collect(),
            }
        })
        .collect();
    html! { <BarChart id="chart-visits" title={i18n.t("report.chart.visits_by_gender")} {bars} /> }
}
