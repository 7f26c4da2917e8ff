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

/// How a figure is written, and how its change is.
#[derive(Clone, Copy)]
enum Written {
    Count,
    Decimal,
    /// A share in percent; it changes by percentage points.
    Share,
}

type Figure = (&'static str, Written, fn(&Figures) -> Option<f64>);

/// The figures of the table, in order.
const FIGURES: [Figure; 15] = [
    ("sessions", Written::Count, |f| Some(f.sessions as f64)),
    ("visits", Written::Count, |f| Some(f.visits as f64)),
    ("unique_visitors", Written::Count, |f| {
        Some(f.unique_visitors as f64)
    }),
    ("first_time_visitors", Written::Count, |f| {
        Some(f.first_time_visitors as f64)
    }),
    ("opening_hours", Written::Decimal, |f| Some(f.opening_hours)),
    ("group_hours", Written::Decimal, |f| Some(f.group_hours)),
    ("activity_hours", Written::Decimal, |f| {
        Some(f.activity_hours)
    }),
    ("youth_led_hours", Written::Decimal, |f| {
        Some(f.youth_led_hours)
    }),
    ("youth_led_share", Written::Share, |f| f.youth_led_share),
    ("youth_producers", Written::Count, |f| {
        Some(f.youth_producers as f64)
    }),
    ("visits_per_session", Written::Decimal, |f| {
        f.visits_per_session
    }),
    ("visits_per_opening_hour", Written::Decimal, |f| {
        f.visits_per_opening_hour
    }),
    ("share_girls", Written::Share, |f| f.share_girls),
    ("share_boys", Written::Share, |f| f.share_boys),
    ("share_non_binary", Written::Share, |f| f.share_non_binary),
];

fn shown(i18n: &I18n, written: Written, value: Option<f64>) -> String {
    match (written, value) {
        (_, None) => "–".to_owned(),
        (Written::Count, Some(value)) => i18n.count(value as i64),
        (Written::Decimal, Some(value)) => i18n.decimal(value, 1),
        (Written::Share, Some(value)) => i18n.percent(value),
    }
}

/// From `then` to `now`: by how many percent (counts, hours, ratios) or percentage points
/// (shares), signed; a dash when there is nothing to compare with.
fn change(i18n: &I18n, written: Written, now: Option<f64>, then: Option<f64>) -> String {
    let signed = |text: String, positive: bool| {
        if positive { format!("+{text}") } else { text }
    };
    match (written, now, then) {
        (Written::Share, Some(now), Some(then)) => {
            let points = i18n.decimal(now - then, 1);
            signed(
                i18n.t_with("report.points", &[("value", points)]),
                now > then,
            )
        }
        (Written::Count | Written::Decimal, Some(now), Some(then)) if then > 0.0 => {
            let percent = (now - then) / then * 100.0;
            signed(i18n.percent(percent), percent > 0.0)
        }
        _ => "–".to_owned(),
    }
}

/// Every figure of the total, one row each; beside each, when given, the same figure a year
/// earlier and the change since.
pub fn figures_table(i18n: &I18n, figures: &Figures, earlier: Option<&Figures>) -> Html {
    let rows: Html = FIGURES
        .iter()
        .map(|(name, written, value)| {
            let now = value(figures);
            let compared = earlier.map(|earlier| {
                let then = value(earlier);
                html! {
                    <>
                        <td class="earlier">{ shown(i18n, *written, then) }</td>
                        <td class="change">{ change(i18n, *written, now, then) }</td>
                    </>
                }
            });
            html! {
                <tr id={format!("figure-{name}")}>
                    <th scope="row">{ i18n.t(&format!("report.figure.{name}")) }</th>
                    <td class="now">{ shown(i18n, *written, now) }</td>
                    { compared.unwrap_or_default() }
                </tr>
            }
        })
        .collect();
    let head = earlier.map(|_| {
        html! {
            <thead><tr>
                <th scope="col">{ i18n.t("network.figure") }</th>
                <th scope="col">{ i18n.t("report.this_period") }</th>
                <th scope="col">{ i18n.t("report.year_earlier") }</th>
                <th scope="col">{ i18n.t("report.change") }</th>
            </tr></thead>
        }
    });
    html! {
        <div class="table-scroll" tabindex="0">
            <table class="figures">{ head.unwrap_or_default() }<tbody>{ rows }</tbody></table>
        </div>
    }
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
