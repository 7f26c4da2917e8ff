//! A year's key figures of an organisation (SPEC 8): its municipality's residents by age, and
//! cost, staff and opening weeks — for visits per 1,000 residents and cost per visit.

use serde::{Deserialize, Serialize};
use validator::Validate;

use crate::error::FieldError;
use crate::structure::AgeBand;

/// Residents of one year of age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Residents {
    #[validate(range(min = 0, max = 120))]
    pub age: i32,
    #[validate(range(min = 0, max = 100_000_000))]
    pub residents: i32,
}

/// `PUT /key-figures/{year}` and its answer; a figure not known is `null`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct KeyFigures {
    /// The municipality's residents by single year of age.
    #[validate(nested)]
    pub population: Vec<Residents>,
    /// The year's cost of the youth work, in whole units of the currency.
    #[validate(range(min = 0))]
    pub cost: Option<i64>,
    /// Staff in full-time equivalents.
    #[validate(range(min = 0.0, max = 100_000.0))]
    pub staff: Option<f64>,
    #[validate(range(min = 0, max = 53))]
    pub opening_weeks: Option<i32>,
}

impl crate::validation::Rules for KeyFigures {
    fn cross_field(&self) -> Vec<FieldError> {
        self.population
            .iter()
            .enumerate()
            .filter(|(index, row)| self.population[..*index].iter().any(|r| r.age == row.age))
            .map(|(index, _)| {
                FieldError::new(
                    format!("population[{index}].age"),
                    "duplicate",
                    "This age is listed already",
                )
            })
            .collect()
    }
}

/// The rates of a year (`GET /key-figures/{year}/rates?ages=6-20`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Rates {
    pub year: i32,
    pub ages: AgeBand,
    /// Residents of those ages; 0 when the population is not entered.
    pub residents: i64,
    /// Visits by young people of those ages (rows wholly inside the range, SPEC 3.1).
    pub visits_in_ages: i64,
    pub visits_per_1000_residents: Option<f64>,
    pub visits: i64,
    pub cost: Option<i64>,
    pub cost_per_visit: Option<f64>,
}

/// The age range of per-capita rates: `6-20` by default, as SPEC 8's example.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, validator::Validate)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams), into_params(parameter_in = Query))]
pub struct RatesQuery {
    pub ages: Option<String>,
}

impl crate::Rules for RatesQuery {}

/// SPEC 8's example range.
pub const DEFAULT_RATE_AGES: AgeBand = AgeBand { min: 6, max: 20 };

impl RatesQuery {
    /// The requested range, or the field error naming what is wrong.
    pub fn ages(&self) -> Result<AgeBand, FieldError> {
        let layout = crate::reports::ReportLayout {
            group_by: None,
            bands: self.ages.clone(),
        };
        match layout.age_bands() {
            Ok(None) => Ok(DEFAULT_RATE_AGES),
            Ok(Some(bands)) if bands.len() == 1 => Ok(bands[0]),
            _ => Err(FieldError::new(
                "ages",
                "invalid",
                "One age range such as 6-20",
            )),
        }
    }
}
