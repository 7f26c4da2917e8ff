//! Follow-up of aims (SPEC 5, issue 20): each indicator's value per period beside the target
//! that held then, its status, and its trend; Good Enough templates; a network's overview.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::aims::{Aim, Comparator, IndicatorInput, Metric, Plan, SurveyQuestionRef};
use crate::ids::{NetworkId, UnitId};

crate::text_enum! {
    /// Where an indicator stands in a period.
    pub enum Status {
        Met = "met",
        /// Not met, but within the organisation's margin of the target.
        Close = "close",
        NotMet = "not_met",
        /// A ratio counted on fewer than the indicator's smallest denominator, or no survey
        /// round that reached the smallest number of answers.
        NotEnoughData = "not_enough_data",
    }
}

/// Where `value` stands against `target`: close is within `margin` percentage points for a
/// percentage, within `margin` % of the target otherwise.
pub fn status_of(
    value: Option<f64>,
    comparator: Comparator,
    target: f64,
    metric: Metric,
    margin: f64,
) -> Status {
    let Some(value) = value else {
        return Status::NotEnoughData;
    };
    let short_by = match comparator {
        Comparator::AtLeast => target - value,
        Comparator::AtMost => value - target,
    };
    let allowed = if metric.is_percentage() {
        margin
    } else {
        target.abs() * margin / 100.0
    };
    // Figures are shown rounded to a tenth: what reads as the target meets it.
    let short_by = (short_by * 10.0).round() / 10.0;
    const EXACT: f64 = 1e-9;
    if short_by <= EXACT {
        Status::Met
    } else if short_by <= allowed + EXACT {
        Status::Close
    } else {
        Status::NotMet
    }
}

/// An indicator's value in one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PeriodValue {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Absent when there is not enough data (or the ratio's denominator is zero).
    pub value: Option<f64>,
    /// What a ratio was counted on (visits, unique visitors, hours, sessions or answers);
    /// absent for a count.
    pub denominator: Option<f64>,
    /// The target that held at the period's end (today for the period under way).
    pub target: f64,
    pub status: Status,
    /// The period is under way: its value so far.
    pub partial: bool,
}

/// One indicator followed up.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorFollowUp {
    pub indicator_id: i32,
    /// The period under way (or the aim's last, once it has ended); absent before the aim
    /// starts.
    pub current: Option<PeriodValue>,
    /// Each of the aim's periods that has begun, oldest first.
    pub periods: Vec<PeriodValue>,
    /// The same metric over the last six periods up to the current one, also from before
    /// the aim began, oldest first.
    pub trend: Vec<PeriodValue>,
}

/// An aim with its indicators followed up and its latest plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AimFollowUp {
    pub aim: Aim,
    pub indicators: Vec<IndicatorFollowUp>,
    pub plan: Option<Plan>,
}

/// `GET /follow-up`: the aims of the organisation or of one unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FollowUp {
    /// Absent: the organisation's own aims.
    pub unit_id: Option<UnitId>,
    /// Today where the organisation is.
    pub today: NaiveDate,
    /// "Close" is within this many percentage points (or per cent of the target).
    pub close_margin: i32,
    pub aims: Vec<AimFollowUp>,
}

/// Which aims `GET /follow-up` shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct FollowUpQuery {
    /// A unit's own aims; absent: the organisation's.
    pub unit_id: Option<UnitId>,
    /// Archived aims too.
    #[serde(default)]
    pub archived: bool,
}

impl crate::Rules for FollowUpQuery {}

/// An aim's year in the annual report: each indicator's value over the year (as far as the
/// aim runs in it) and the written plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AimYear {
    pub aim: Aim,
    /// One per indicator, in the aim's order.
    pub values: Vec<PeriodValue>,
    pub plan: Option<Plan>,
}

/// A built-in Good Enough aim (KEKS's areas the data can measure), in the reader's language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AimTemplate {
    pub key: String,
    pub title: String,
    pub description: String,
    pub indicators: Vec<IndicatorInput>,
}

/// `POST /aim-templates/{key}/adopt`: where and when the adopted aim holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AdoptInput {
    /// Absent: for the whole organisation.
    pub unit_id: Option<UnitId>,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
}

impl crate::Rules for AdoptInput {
    fn cross_field(&self) -> Vec<crate::FieldError> {
        crate::periods::named_period_errors(self.period_from, self.period_to)
    }
}

/// How many members stand where on one Good Enough indicator, each against the template's
/// own target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkIndicator {
    pub template: String,
    pub title: String,
    pub metric: Metric,
    pub survey_question: Option<SurveyQuestionRef>,
    pub comparator: Comparator,
    pub target: f64,
    /// Counts of members, for the network's admins; absent for a member's admin, whose own
    /// status beside them would give others' away.
    pub met: Option<i64>,
    pub close: Option<i64>,
    pub not_met: Option<i64>,
    pub not_enough_data: Option<i64>,
    /// A member's admin: where their own organisation stands.
    pub own: Option<Status>,
}

/// `GET /networks/{id}/follow-up`: where the members stand on the Good Enough indicators in a
/// year, as counts of members only.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct NetworkFollowUp {
    pub network_id: NetworkId,
    pub year: i32,
    pub members: i64,
    pub indicators: Vec<NetworkIndicator>,
}

/// `GET /networks/{id}/follow-up`: which year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct YearQuery {
    pub year: i32,
}

impl crate::Rules for YearQuery {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_is_within_points_for_a_share_and_per_cent_for_a_count() {
        let share = |value| {
            status_of(
                Some(value),
                Comparator::AtLeast,
                45.0,
                Metric::ShareGirls,
                5.0,
            )
        };
        assert_eq!(share(45.0), Status::Met);
        assert_eq!(share(40.0), Status::Close);
        assert_eq!(share(39.9), Status::NotMet);
        assert_eq!(share(44.96), Status::Met, "reads as 45.0");
        let count = |value| {
            status_of(
                Some(value),
                Comparator::AtLeast,
                300.0,
                Metric::UniqueVisitors,
                5.0,
            )
        };
        assert_eq!(count(285.0), Status::Close);
        assert_eq!(count(284.0), Status::NotMet);
        let at_most = status_of(
            Some(12.0),
            Comparator::AtMost,
            10.0,
            Metric::VisitsPerSession,
            5.0,
        );
        assert_eq!(at_most, Status::NotMet);
        assert_eq!(
            status_of(None, Comparator::AtLeast, 1.0, Metric::Visits, 5.0),
            Status::NotEnoughData
        );
    }
}
