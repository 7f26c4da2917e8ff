//! Follow-up of aims (SPEC 5, issue 20): each indicator measured per period of its grain,
//! held against the target of the time, with its trend; an aim's year for the annual report;
//! the Good Enough templates; a network's overview.

pub mod lines;
pub mod metrics;
pub mod network;
pub mod periods;
pub mod templates;

use std::collections::HashMap;

use logbook_shared::aims::{Aim, Plan};
use logbook_shared::follow_up::{AimFollowUp, AimYear, IndicatorFollowUp, PeriodValue};
use logbook_shared::ids::{AimId, OrganisationId};

use crate::db::DbConn;
use crate::db::queries::{aims, organisations};
use crate::error::ApiError;
use metrics::Measurer;
use periods::{Period, TREND_PERIODS};

/// Each aim followed up today, with its latest plan.
pub fn follow_up(
    conn: &mut DbConn,
    organisation: OrganisationId,
    aims: Vec<Aim>,
) -> Result<(chrono::NaiveDate, i32, Vec<AimFollowUp>), ApiError> {
    let home = organisations::get(conn, organisation)?.ok_or(diesel::NotFound)?;
    let margin = home.settings()?.follow_up_margin;
    let mut measurer = Measurer::new(&home)?;
    let mut plans = latest_plans(conn, organisation, &aims)?;
    let mut followed = Vec::new();
    for aim in aims {
        let indicators = aim
            .indicators
            .iter()
            .map(|indicator| {
                let begun = periods::begun(
                    aim.period_from,
                    aim.period_to,
                    indicator.grain,
                    measurer.today(),
                );
                let mut values = Vec::new();
                for period in &begun {
                    values.push(measurer.value(conn, aim.unit_id, indicator, *period)?);
                }
                let span = Period {
                    from: aim.period_from,
                    to: aim.period_to,
                };
                let trend = match begun.len().checked_sub(1) {
                    Some(current) => periods::trend(span, indicator.grain, current, TREND_PERIODS)
                        .into_iter()
                        .map(|period| measurer.value(conn, aim.unit_id, indicator, period))
                        .collect::<Result<Vec<_>, _>>()?,
                    None => Vec::new(),
                };
                Ok(IndicatorFollowUp {
                    indicator_id: indicator.id,
                    current: values.last().cloned(),
                    periods: values,
                    trend,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        followed.push(AimFollowUp {
            plan: plans.remove(&aim.id),
            aim,
            indicators,
        });
    }
    Ok((measurer.today(), margin, followed))
}

/// Each aim's year `from`–`to` (as far as the aim runs in it): one value per indicator over
/// that stretch, and the latest plan.
pub fn years(
    conn: &mut DbConn,
    organisation: OrganisationId,
    aims: Vec<Aim>,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
) -> Result<Vec<AimYear>, ApiError> {
    let home = organisations::get(conn, organisation)?.ok_or(diesel::NotFound)?;
    let mut measurer = Measurer::new(&home)?;
    let mut plans = latest_plans(conn, organisation, &aims)?;
    let mut years = Vec::new();
    for aim in aims {
        let period = Period {
            from: aim.period_from.max(from),
            to: aim.period_to.min(to),
        };
        let values = aim
            .indicators
            .iter()
            .map(|indicator| measurer.over_stretch(conn, aim.unit_id, indicator, period))
            .collect::<Result<Vec<PeriodValue>, _>>()?;
        years.push(AimYear {
            plan: plans.remove(&aim.id),
            aim,
            values,
        });
    }
    Ok(years)
}

fn latest_plans(
    conn: &mut DbConn,
    organisation: OrganisationId,
    aims: &[Aim],
) -> Result<HashMap<AimId, Plan>, ApiError> {
    let ids: Vec<AimId> = aims.iter().map(|aim| aim.id).collect();
    Ok(aims::plans(conn, organisation, &ids, true)?
        .into_iter()
        .map(|plan| (plan.aim_id, plan))
        .collect())
}
