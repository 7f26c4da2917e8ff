//! Aims (SPEC section 5): what the organisation or a unit works towards in a period, and the
//! indicators that follow it up from the data. The follow-up itself is in [`crate::follow_up`].

use crate::ids::{AimId, UnitId};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;
use crate::validation::Rules;

crate::text_enum! {
    /// What an indicator measures: a figure or share of SPEC 7 for the aim's scope, or the
    /// share agreeing with a survey question.
    pub enum Metric {
        Sessions = "sessions",
        Visits = "visits",
        UniqueVisitors = "unique_visitors",
        FirstTimeVisitors = "first_time_visitors",
        /// Of the visits with a stated gender.
        ShareGirls = "share_girls",
        ShareBoys = "share_boys",
        ShareNonBinary = "share_non_binary",
        /// Of the unique visitors with a stated gender (each by their latest check-in).
        ShareGirlsUnique = "share_girls_unique",
        ShareBoysUnique = "share_boys_unique",
        ShareNonBinaryUnique = "share_non_binary_unique",
        OpeningHours = "opening_hours",
        GroupHours = "group_hours",
        ActivityHours = "activity_hours",
        YouthLedHours = "youth_led_hours",
        /// Youth-led hours as a percentage of activity hours.
        YouthLedShare = "youth_led_share",
        YouthProducers = "youth_producers",
        /// Youth producers per 100 visits.
        ProducersPer100Visits = "producers_per_100_visits",
        VisitsPerSession = "visits_per_session",
        VisitsPerOpeningHour = "visits_per_opening_hour",
        /// The percentage of answers of 4 or 5 to a 1–5 survey question, from closed rounds.
        SurveyAgreeing = "survey_agreeing",
    }
}

impl Metric {
    /// A percentage: "close" is within the margin in percentage points, and the target lies
    /// in 0–100.
    pub fn is_percentage(self) -> bool {
        matches!(
            self,
            Metric::ShareGirls
                | Metric::ShareBoys
                | Metric::ShareNonBinary
                | Metric::ShareGirlsUnique
                | Metric::ShareBoysUnique
                | Metric::ShareNonBinaryUnique
                | Metric::YouthLedShare
                | Metric::SurveyAgreeing
        )
    }

    /// A count of something whole (sessions, visits, young people), shown without decimals.
    pub fn is_whole_count(self) -> bool {
        matches!(
            self,
            Metric::Sessions
                | Metric::Visits
                | Metric::UniqueVisitors
                | Metric::FirstTimeVisitors
                | Metric::YouthProducers
        )
    }

    /// A share of unique visitors: a few young people each, so its smallest denominator is
    /// never below the organisation's smallest cell.
    pub fn is_unique_share(self) -> bool {
        matches!(
            self,
            Metric::ShareGirlsUnique | Metric::ShareBoysUnique | Metric::ShareNonBinaryUnique
        )
    }

    /// A ratio, which says "not enough data" below the indicator's smallest denominator; a
    /// count has no denominator and is always known.
    pub fn is_ratio(self) -> bool {
        self.is_percentage()
            || matches!(
                self,
                Metric::ProducersPer100Visits
                    | Metric::VisitsPerSession
                    | Metric::VisitsPerOpeningHour
            )
    }
}

crate::text_enum! {
    /// How a value is held against its target.
    pub enum Comparator {
        AtLeast = "at_least",
        AtMost = "at_most",
    }
}

crate::text_enum! {
    /// How long each period of an indicator is: steps of one, three or twelve months from the
    /// aim's first day.
    pub enum Grain {
        Month = "month",
        Quarter = "quarter",
        Year = "year",
    }
}

impl Grain {
    pub fn months(self) -> u32 {
        match self {
            Grain::Month => 1,
            Grain::Quarter => 3,
            Grain::Year => 12,
        }
    }
}

/// A 1–5 question of a built-in survey, by key: every closed round of a questionnaire copied
/// from that template counts, whichever year's copy it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyQuestionRef {
    /// The built-in template's key, e.g. `meeting_place`.
    #[validate(length(min = 1, max = 64))]
    pub template: String,
    /// The question's key in it, e.g. `influence`.
    #[validate(length(min = 1, max = 64))]
    pub question: String,
}

impl SurveyQuestionRef {
    /// The question's text in `language` among the built-in `surveys`.
    pub fn text_in<'a>(
        &self,
        surveys: &'a [crate::surveys::SurveyTemplate],
        language: &str,
    ) -> Option<&'a str> {
        surveys
            .iter()
            .filter(|survey| survey.key == self.template)
            .flat_map(|survey| &survey.questions)
            .find(|question| question.key == self.question)
            .map(|question| crate::surveys::in_language(&question.text, language, "en"))
    }
}

/// A target and the day from which it holds (until the next one's day).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TargetFrom {
    pub from: NaiveDate,
    pub target: f64,
}

/// One indicator of an aim: a metric computed from the data, held against a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Indicator {
    /// Unique within its aim; send it back to keep the indicator's target history.
    pub id: i32,
    pub metric: Metric,
    /// For `survey_agreeing` only.
    pub survey_question: Option<SurveyQuestionRef>,
    pub comparator: Comparator,
    /// Every target it has had, oldest first; the first holds from the aim's start.
    pub targets: Vec<TargetFrom>,
    /// Where the organisation stood before the aim, for reference.
    pub baseline: Option<f64>,
    pub grain: Grain,
    /// A ratio counted on fewer than this many (visits, unique visitors, hours, sessions or
    /// answers) says "not enough data".
    pub min_denominator: i32,
}

impl Indicator {
    /// The target that holds on `day`: the last one set from that day or before.
    pub fn target_on(&self, day: NaiveDate) -> f64 {
        self.targets
            .iter()
            .rev()
            .find(|target| target.from <= day)
            .or(self.targets.first())
            .map_or(0.0, |target| target.target)
    }

    /// The target now in force (the last one set).
    pub fn current_target(&self) -> f64 {
        self.targets.last().map_or(0.0, |target| target.target)
    }
}

/// The indicators an aim's form asks for, made from those it has: one sent with its id (and
/// the same measure) keeps its target history, a changed target added from `target_from`
/// (default `today`) on, replacing later ones; a new one's target holds from the aim's start;
/// one not sent is dropped.
pub fn merge_indicators(
    current: &[Indicator],
    inputs: &[IndicatorInput],
    aim_start: NaiveDate,
    today: NaiveDate,
) -> Vec<Indicator> {
    let mut next_id = current
        .iter()
        .map(|indicator| indicator.id)
        .max()
        .unwrap_or(0);
    inputs
        .iter()
        .map(|input| {
            // A changed measure is a new indicator: the old targets were for something else.
            let kept = current.iter().find(|indicator| {
                Some(indicator.id) == input.id
                    && indicator.metric == input.metric
                    && indicator.survey_question == input.survey_question
                    && indicator.comparator == input.comparator
                    && indicator.grain == input.grain
            });
            let (id, targets) = match kept {
                Some(kept) => {
                    let mut targets = kept.targets.clone();
                    if kept.current_target() != input.target {
                        let from = input.target_from.unwrap_or(today);
                        targets.retain(|target| target.from < from);
                        targets.push(TargetFrom {
                            from,
                            target: input.target,
                        });
                    }
                    (kept.id, targets)
                }
                None => {
                    next_id += 1;
                    let first = TargetFrom {
                        from: aim_start,
                        target: input.target,
                    };
                    (next_id, vec![first])
                }
            };
            Indicator {
                id,
                metric: input.metric,
                survey_question: input.survey_question.clone(),
                comparator: input.comparator,
                targets,
                baseline: input.baseline,
                grain: input.grain,
                min_denominator: input.min_denominator,
            }
        })
        .collect()
}

fn default_min_denominator() -> i32 {
    15
}

/// An indicator as an aim's form sends it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IndicatorInput {
    /// The indicator's id to change it (its target history is kept); absent for a new one.
    pub id: Option<i32>,
    pub metric: Metric,
    #[validate(nested)]
    pub survey_question: Option<SurveyQuestionRef>,
    pub comparator: Comparator,
    pub target: f64,
    /// From which day a changed target holds; default today. Ignored when the target is
    /// unchanged.
    pub target_from: Option<NaiveDate>,
    pub baseline: Option<f64>,
    pub grain: Grain,
    #[serde(default = "default_min_denominator")]
    #[validate(range(min = 1, max = 100000))]
    pub min_denominator: i32,
}

impl IndicatorInput {
    /// What is wrong with it, as fields under `indicators[index]`.
    fn errors(&self, index: usize) -> Vec<FieldError> {
        let field = |name: &str| format!("indicators[{index}].{name}");
        let mut errors = Vec::new();
        let survey = self.metric == Metric::SurveyAgreeing;
        if survey != self.survey_question.is_some() {
            errors.push(FieldError::new(
                field("survey_question"),
                if survey { "required" } else { "not_allowed" },
                "A survey question goes with the survey metric, and only with it",
            ));
        }
        let most = if self.metric.is_percentage() {
            100.0
        } else {
            1.0e9
        };
        for (name, value) in [("target", Some(self.target)), ("baseline", self.baseline)] {
            if value.is_some_and(|value| !value.is_finite() || !(0.0..=most).contains(&value)) {
                errors.push(FieldError::new(
                    field(name),
                    "range",
                    format!("A number from 0 to {most}"),
                ));
            }
        }
        errors
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Aim {
    pub id: AimId,
    pub title: String,
    /// The unit it is set for; absent for the whole organisation.
    pub unit_id: Option<UnitId>,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    pub archived: bool,
    /// The Good Enough template it was adopted from, if any.
    pub template: Option<String>,
    pub indicators: Vec<Indicator>,
    #[serde(with = "crate::utc")]
    pub created_at: NaiveDateTime,
}

impl Aim {
    /// Whether a session of `unit_id` on `date` can work towards it.
    pub fn applies_to(&self, unit_id: UnitId, date: NaiveDate) -> bool {
        !self.archived
            && self.unit_id.is_none_or(|unit| unit == unit_id)
            && (self.period_from..=self.period_to).contains(&date)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AimInput {
    #[validate(length(min = 1, max = 200))]
    pub title: String,
    pub unit_id: Option<UnitId>,
    pub period_from: NaiveDate,
    pub period_to: NaiveDate,
    #[serde(default)]
    pub archived: bool,
    /// The aim's indicators as they should be; absent leaves them as they are.
    #[validate(length(max = 12), nested)]
    pub indicators: Option<Vec<IndicatorInput>>,
}

impl Rules for AimInput {
    fn cross_field(&self) -> Vec<FieldError> {
        let mut errors = crate::periods::named_period_errors(self.period_from, self.period_to);
        let indicators = self.indicators.as_deref().unwrap_or_default();
        for (index, indicator) in indicators.iter().enumerate() {
            errors.extend(indicator.errors(index));
            let outside = indicator
                .target_from
                .is_some_and(|day| !(self.period_from..=self.period_to).contains(&day));
            if outside {
                errors.push(FieldError::new(
                    format!("indicators[{index}].target_from"),
                    "range",
                    "A day within the aim's period",
                ));
            }
        }
        for (index, indicator) in indicators.iter().enumerate() {
            let earlier = &indicators[..index];
            if indicator.id.is_some() && earlier.iter().any(|other| other.id == indicator.id) {
                errors.push(FieldError::new(
                    format!("indicators[{index}].id"),
                    "duplicate",
                    "Listed twice",
                ));
            }
        }
        errors
    }
}

/// Filters of `GET /aims`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct AimFilter {
    /// The unit's own aims and the organisation's.
    pub unit_id: Option<UnitId>,
    /// Absent: both; `false`: only current ones.
    pub archived: Option<bool>,
}

impl crate::Rules for AimFilter {}

/// One thing to do in an aim's action plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanAction {
    /// What we will do.
    #[validate(length(min = 1, max = 300))]
    pub what: String,
    /// By when.
    pub by_when: Option<NaiveDate>,
    /// Who does it.
    #[validate(length(max = 100))]
    pub who: String,
    #[serde(default)]
    pub done: bool,
}

/// An aim's notes and action plan as written; every save is kept.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PlanInput {
    /// Kept within the body limit (64 KB) at any size the rules allow.
    #[validate(length(max = 8000))]
    pub notes: String,
    #[validate(length(max = 20), nested)]
    pub actions: Vec<PlanAction>,
}

impl Rules for PlanInput {
    fn cross_field(&self) -> Vec<FieldError> {
        self.actions
            .iter()
            .enumerate()
            .filter(|(_, action)| action.what.trim().is_empty())
            .map(|(index, _)| {
                FieldError::new(format!("actions[{index}].what"), "required", "Say what")
            })
            .collect()
    }
}

/// One saved version of an aim's notes and action plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Plan {
    pub aim_id: AimId,
    pub notes: String,
    pub actions: Vec<PlanAction>,
    /// The writer's name (absent once their account is gone).
    pub written_by: Option<String>,
    #[serde(with = "crate::utc")]
    pub written_at: NaiveDateTime,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn the_target_on_a_day_is_the_last_one_set_by_then() {
        let indicator = Indicator {
            id: 1,
            metric: Metric::ShareGirls,
            survey_question: None,
            comparator: Comparator::AtLeast,
            targets: vec![
                TargetFrom {
                    from: day("2026-01-01"),
                    target: 40.0,
                },
                TargetFrom {
                    from: day("2026-07-01"),
                    target: 45.0,
                },
            ],
            baseline: None,
            grain: Grain::Quarter,
            min_denominator: 15,
        };
        assert_eq!(indicator.target_on(day("2025-12-01")), 40.0);
        assert_eq!(indicator.target_on(day("2026-06-30")), 40.0);
        assert_eq!(indicator.target_on(day("2026-07-01")), 45.0);
        assert_eq!(indicator.current_target(), 45.0);
    }

    #[test]
    fn a_changed_target_is_added_to_the_history_and_a_new_indicator_starts_with_the_aim() {
        let input = |id, target, target_from| IndicatorInput {
            id,
            metric: Metric::ShareGirls,
            survey_question: None,
            comparator: Comparator::AtLeast,
            target,
            target_from,
            baseline: None,
            grain: Grain::Month,
            min_denominator: 15,
        };
        let (start, today) = (day("2026-01-01"), day("2026-05-20"));
        let first = merge_indicators(&[], &[input(None, 40.0, None)], start, today);
        assert_eq!((first[0].id, first[0].targets.len()), (1, 1));
        assert_eq!(first[0].targets[0].from, start);
        let unchanged = merge_indicators(&first, &[input(Some(1), 40.0, None)], start, today);
        assert_eq!(unchanged, first);
        let changed = merge_indicators(
            &first,
            &[
                input(Some(1), 45.0, Some(day("2026-07-01"))),
                input(None, 10.0, None),
            ],
            start,
            today,
        );
        assert_eq!(changed[0].targets.len(), 2);
        assert_eq!(changed[0].target_on(day("2026-06-30")), 40.0);
        assert_eq!(changed[0].target_on(day("2026-07-01")), 45.0);
        assert_eq!(changed[1].id, 2);
        let moved_earlier =
            merge_indicators(&changed[..1], &[input(Some(1), 50.0, None)], start, today);
        assert_eq!(
            moved_earlier[0]
                .targets
                .iter()
                .map(|t| t.target)
                .collect::<Vec<_>>(),
            [40.0, 50.0]
        );
    }

    #[test]
    fn a_survey_indicator_needs_its_question_and_a_share_stays_within_100() {
        let input = IndicatorInput {
            id: None,
            metric: Metric::SurveyAgreeing,
            survey_question: None,
            comparator: Comparator::AtLeast,
            target: 120.0,
            target_from: None,
            baseline: Some(f64::NAN),
            grain: Grain::Year,
            min_denominator: 15,
        };
        let codes: Vec<String> = input
            .errors(0)
            .into_iter()
            .map(|error| format!("{}:{}", error.path, error.code))
            .collect();
        assert_eq!(
            codes,
            [
                "indicators[0].survey_question:required",
                "indicators[0].target:range",
                "indicators[0].baseline:range"
            ]
        );
    }
}
