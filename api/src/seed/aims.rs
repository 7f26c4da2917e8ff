//! Aims for the demo: the Good Enough aims adopted for this year, as the data leaves them;
//! and an aim at Northside over the last twelve months whose targets are set from its own
//! figures, so that the demo shows every status — met, close and not met — with a written
//! action plan.

use chrono::{Datelike, NaiveDate};
use logbook_shared::aims::{
    AimInput, Comparator, Grain, Indicator, IndicatorInput, Metric, PlanAction, PlanInput,
    TargetFrom, merge_indicators,
};
use logbook_shared::ids::{OrganisationId, UnitId, UserId};
use logbook_shared::periods::calendar_year;

use crate::db::DbConn;
use crate::db::queries::{aims, organisations};
use crate::follow_up::metrics::Measurer;
use crate::follow_up::periods::Period;
use crate::follow_up::templates;

pub fn add(
    conn: &mut DbConn,
    organisation: OrganisationId,
    northside: UnitId,
    admin: UserId,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let (from, to) = calendar_year(today);
    let year = Period { from, to };
    for template in templates::all() {
        let input = aim_input(template.title("en"), None, year, &template.indicators);
        let indicators = merge_indicators(&[], &template.indicators, year.from, today);
        aims::insert(conn, organisation, &input, &indicators, Some(&template.key))?;
    }
    // Northside's aim runs over the last twelve months, which the demo's sessions fill.
    let twelve_months = Period {
        from: today - chrono::Duration::days(365),
        to: today - chrono::Duration::days(1),
    };
    let home = organisations::get(conn, organisation)?.ok_or(diesel::NotFound)?;
    let mut measurer = Measurer::new(&home).map_err(failed)?;
    let mut measured = |conn: &mut DbConn, metric| -> anyhow::Result<f64> {
        let indicator = Indicator {
            id: 1,
            metric,
            survey_question: None,
            comparator: Comparator::AtLeast,
            targets: vec![TargetFrom {
                from: twelve_months.from,
                target: 0.0,
            }],
            baseline: None,
            grain: Grain::Year,
            min_denominator: 1,
        };
        let value = measurer
            .value(conn, Some(northside), &indicator, twelve_months)
            .map_err(failed)?;
        Ok(value.value.unwrap_or(0.0))
    };
    let visits = measured(conn, Metric::Visits)?;
    let unique = measured(conn, Metric::UniqueVisitors)?;
    let youth_led = measured(conn, Metric::YouthLedShare)?;
    let tenth = |value: f64| (value * 10.0).round() / 10.0;
    let northside_indicators = [
        (Metric::Visits, (visits * 0.9).floor()),
        // 3 % short: close.
        (Metric::UniqueVisitors, tenth(unique / 0.97 + 0.05)),
        (Metric::YouthLedShare, tenth((youth_led + 15.0).min(100.0))),
    ]
    .map(|(metric, target)| IndicatorInput {
        id: None,
        metric,
        survey_question: None,
        comparator: Comparator::AtLeast,
        target,
        target_from: None,
        baseline: None,
        grain: Grain::Year,
        min_denominator: 15,
    });
    let title = "More young people at Northside, and more of it theirs";
    let input = aim_input(title, Some(northside), twelve_months, &northside_indicators);
    let indicators = merge_indicators(&[], &northside_indicators, twelve_months.from, today);
    let aim = aims::insert(conn, organisation, &input, &indicators, None)?;
    let plan = PlanInput {
        notes: "Visits are up since the new Friday hours. Youth-led evenings are still rare: \
                the youth council wants to run more of them but needs keys and a budget."
            .into(),
        actions: vec![
            PlanAction {
                what: "Give the youth council its own budget line".into(),
                by_when: NaiveDate::from_ymd_opt(today.year(), 12, 15),
                who: "Mats Manager".into(),
                done: false,
            },
            PlanAction {
                what: "Train four young people to open and close on Fridays".into(),
                by_when: NaiveDate::from_ymd_opt(today.year() + 1, 2, 1),
                who: "Wille Worker".into(),
                done: false,
            },
        ],
    };
    aims::insert_plan(conn, organisation, aim.id, &plan, admin)?;
    Ok(())
}

fn failed(error: crate::error::ApiError) -> anyhow::Error {
    anyhow::anyhow!("measuring the demo's aims: {error:?}")
}

fn aim_input(
    title: &str,
    unit_id: Option<UnitId>,
    year: Period,
    indicators: &[IndicatorInput],
) -> AimInput {
    AimInput {
        title: title.to_owned(),
        unit_id,
        period_from: year.from,
        period_to: year.to,
        archived: false,
        indicators: Some(indicators.to_vec()),
    }
}
