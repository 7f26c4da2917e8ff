//! How an indicator reads: what it measures, a value and a target as the language writes
//! them, its status as words and a sign (never colour alone), and its trend as a chart with
//! its table.

use chrono::{Datelike, NaiveDate};
use logbook_shared::aims::{Comparator, Indicator, Metric, SurveyQuestionRef};
use logbook_shared::follow_up::{IndicatorFollowUp, PeriodValue, Status};
use logbook_shared::surveys::SurveyTemplate;
use yew::prelude::*;

use crate::components::charts::{Bar, BarChart, ValueFormat};
use crate::i18n::I18n;

/// What an indicator measures; a survey question in the reader's language.
pub fn metric_name(
    i18n: &I18n,
    metric: Metric,
    question: Option<&SurveyQuestionRef>,
    surveys: &[SurveyTemplate],
) -> String {
    let key = format!("follow.metric_{}", metric.as_str());
    let Some(asked) = question else {
        return i18n.t(&key);
    };
    let text = asked
        .text_in(surveys, i18n.language.tag())
        .unwrap_or(&asked.question);
    i18n.t_with(&key, &[("question", text)])
}

/// A value of `metric`: a percentage, a whole count, or one decimal.
pub fn value_text(i18n: &I18n, metric: Metric, value: f64) -> String {
    if metric.is_percentage() {
        i18n.percent(value)
    } else if metric.is_whole_count() {
        i18n.count(value.round() as i64)
    } else {
        i18n.decimal(value, 1)
    }
}

pub fn target_text(i18n: &I18n, comparator: Comparator, metric: Metric, target: f64) -> String {
    let key = match comparator {
        Comparator::AtLeast => "follow.target_at_least",
        Comparator::AtMost => "follow.target_at_most",
    };
    i18n.t_with(key, &[("target", value_text(i18n, metric, target))])
}

/// The status in words, with a sign that says the same for those who do not see colour.
pub fn status_chip(i18n: &I18n, status: Status) -> Html {
    let sign = match status {
        Status::Met => "✓",
        Status::Close => "≈",
        Status::NotMet => "✗",
        Status::NotEnoughData => "…",
    };
    html! {
        <span class={classes!("status", format!("status-{}", status.as_str()))}>
            <span aria-hidden="true">{ sign }</span>
            { i18n.t(&format!("follow.status_{}", status.as_str())) }
        </span>
    }
}

/// A period short enough for a bar: a year, a month, or the months it spans.
pub fn period_label(i18n: &I18n, from: NaiveDate, to: NaiveDate) -> String {
    let whole_year = from.month() == 1
        && from.day() == 1
        && to.year() == from.year()
        && to.month() == 12
        && to.day() == 31;
    if whole_year {
        from.year().to_string()
    } else if from.year() == to.year() && from.month() == to.month() {
        i18n.month(from)
    } else {
        format!("{}–{}", i18n.month(from), i18n.month(to))
    }
}

/// The value line of a period: value (so far), target, status and what it was counted on.
pub fn value_line(i18n: &I18n, indicator: &Indicator, period: &PeriodValue) -> Html {
    let value = period.value.map_or_else(
        || "–".to_owned(),
        |value| value_text(i18n, indicator.metric, value),
    );
    let based_on = period
        .denominator
        .filter(|_| indicator.metric.is_ratio())
        .map(|count| i18n.t_with("follow.based_on", &[("count", i18n.decimal(count, 0))]));
    html! {
        <p class="indicator-value">
            { status_chip(i18n, period.status) }
            <strong>{ value }</strong>
            if period.partial { <span class="muted">{ format!(" ({})", i18n.t("follow.so_far")) }</span> }
            <span>{ format!(" · {}", target_text(i18n, indicator.comparator, indicator.metric, period.target)) }</span>
            if let Some(text) = based_on { <span class="muted">{ format!(" · {text}") }</span> }
        </p>
    }
}

/// One indicator followed up: its name, this period's value and its trend.
pub fn indicator_view(
    i18n: &I18n,
    indicator: &Indicator,
    followed: &IndicatorFollowUp,
    surveys: &[SurveyTemplate],
    id: &str,
) -> Html {
    let name = metric_name(
        i18n,
        indicator.metric,
        indicator.survey_question.as_ref(),
        surveys,
    );
    // A period without enough data is left out rather than drawn as nothing.
    let bars: Vec<Bar> = followed
        .trend
        .iter()
        .filter_map(|period| {
            Some(Bar {
                label: period_label(i18n, period.from, period.to),
                parts: vec![(name.clone(), period.value?)],
            })
        })
        .collect();
    let format = if indicator.metric.is_percentage() || indicator.metric.is_ratio() {
        ValueFormat::OneDecimal
    } else {
        ValueFormat::Count
    };
    html! {
        <div class="indicator" id={id.to_owned()}>
            <h3>{ name.clone() }</h3>
            if let Some(current) = &followed.current {
                { value_line(i18n, indicator, current) }
            }
            if bars.len() > 1 {
                <BarChart id={format!("{id}-trend")} title={i18n.t_with("follow.trend", &[("name", name)])} {bars} {format} />
            }
            if followed.periods.len() > 1 {
                { periods_table(i18n, indicator, &followed.periods) }
            }
        </div>
    }
}

/// Every period of the aim so far, newest first, each with the target of its time and its
/// status, also those without enough data.
fn periods_table(i18n: &I18n, indicator: &Indicator, periods: &[PeriodValue]) -> Html {
    let rows = periods
        .iter()
        .rev()
        .map(|period| {
            (
                period_label(i18n, period.from, period.to),
                indicator,
                period,
            )
        })
        .collect();
    html! {
        <details class="periods">
            <summary>{ i18n.t("follow.periods") }</summary>
            { values_table(i18n, &i18n.t("follow.column_period"), rows) }
        </details>
    }
}

/// Values in a table: a row per (label, indicator, value) with the value, the target and
/// the status.
pub fn values_table(
    i18n: &I18n,
    first_column: &str,
    rows: Vec<(String, &Indicator, &PeriodValue)>,
) -> Html {
    let rows: Html = rows
        .into_iter()
        .map(|(label, indicator, period)| {
            let value = period.value.map_or_else(
                || "–".to_owned(),
                |value| value_text(i18n, indicator.metric, value),
            );
            html! {
                <tr>
                    <th scope="row">{ label }</th>
                    <td>{ value }</td>
                    <td>{ target_text(i18n, indicator.comparator, indicator.metric, period.target) }</td>
                    <td>{ status_chip(i18n, period.status) }</td>
                </tr>
            }
        })
        .collect();
    html! {
        <div class="table-scroll" tabindex="0">
            <table class="figures">
                <thead><tr>
                    <th scope="col">{ first_column.to_owned() }</th>
                    <th scope="col">{ i18n.t("follow.column_value") }</th>
                    <th scope="col">{ i18n.t("aim.target") }</th>
                    <th scope="col">{ i18n.t("follow.column_status") }</th>
                </tr></thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}
