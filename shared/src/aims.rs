//! Aims (SPEC section 5), minimal for now: what the organisation or a unit works towards in a
//! period. Sessions link to them; indicators and follow-up come later.

use crate::ids::{AimId, UnitId};
use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;
use crate::validation::Rules;

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
}

impl Rules for AimInput {
    fn cross_field(&self) -> Vec<FieldError> {
        if self.period_to < self.period_from {
            vec![FieldError::new(
                "period_to",
                "date_order",
                "Ends before it starts",
            )]
        } else {
            Vec::new()
        }
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
