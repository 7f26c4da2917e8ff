//! A report's figures as a table and its visits by month as a chart, shared by the reports,
//! annual report and home pages.

use logbook_shared::reports::{Figures, Report};
use yew::prelude::*;

use crate::components::charts::{Bar, BarChart};
use crate::i18n::I18n;

/// A share in the language's way (`26,6 %`), or a dash where there is none.
pub fn percent(i18n: &I18n, value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| i18n.percent(value))
}

fn decimal(i18n: &I18n, value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| i18n.decimal(value, 1))
}

/// Every figure of the total, one row each.
pub fn figures_table(i18n: &I18n, figures: &Figures) -> Html {
    let rows: Vec<(&str, String)> = vec![
        ("sessions", i18n.count(figures.sessions)),
        ("visits", i18n.count(figures.visits)),
        ("unique_visitors", i18n.count(figures.unique_visitors)),
        (
            "first_time_visitors",
            i18n.count(figures.first_time_visitors),
        ),
        ("opening_hours", i18n.decimal(figures.opening_hours, 1)),
        ("group_hours", i18n.decimal(figures.group_hours, 1)),
        ("activity_hours", i18n.decimal(figures.activity_hours, 1)),
        ("youth_led_hours", i18n.decimal(figures.youth_led_hours, 1)),
        ("youth_led_share", percent(i18n, figures.youth_led_share)),
        ("youth_producers", i18n.count(figures.youth_producers)),
        (
            "visits_per_session",
            decimal(i18n, figures.visits_per_session),
        ),
        (
            "visits_per_opening_hour",
            decimal(i18n, figures.visits_per_opening_hour),
        ),
        ("share_girls", percent(i18n, figures.share_girls)),
        ("share_boys", percent(i18n, figures.share_boys)),
        ("share_non_binary", percent(i18n, figures.share_non_binary)),
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
