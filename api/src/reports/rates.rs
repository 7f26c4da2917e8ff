//! Per-capita and cost rates (SPEC 8): visits per 1,000 residents of an age range, and cost
//! per visit, from the figures organisations enter for a year (`db::queries::key_figures`).

use logbook_shared::ids::OrganisationId;
use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use logbook_shared::reports::GroupBy;
use logbook_shared::structure::AgeBand;

use crate::db::DbConn;
use crate::db::queries::key_figures;
use crate::db::queries::reports::selection::Selection;
use crate::error::ApiError;

/// What the rates of one organisation (or of several together) are made of.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Inputs {
    /// Visits of rows wholly inside the age range (SPEC 3.1).
    pub visits_in_ages: i64,
    pub visits: i64,
    /// Residents of the age range; 0 when not entered.
    pub residents: i64,
    /// The year's cost, in proportion to the period's share of the year.
    pub cost: Option<f64>,
}

impl Inputs {
    pub fn visits_per_1000(&self) -> Option<f64> {
        (self.residents > 0).then(|| self.visits_in_ages as f64 * 1000.0 / self.residents as f64)
    }

    pub fn cost_per_visit(&self) -> Option<f64> {
        self.cost
            .filter(|_| self.visits > 0)
            .map(|cost| cost / self.visits as f64)
    }

    fn add(&mut self, other: &Inputs) {
        self.visits_in_ages += other.visits_in_ages;
        self.visits += other.visits;
        self.residents += other.residents;
        self.cost = match (self.cost, other.cost) {
            (Some(a), Some(b)) => Some(a + b),
            (one, other) => one.or(other),
        };
    }
}

/// The inputs of each organisation of a selection, and of all of them together.
pub struct ByOrganisation {
    pub each: HashMap<OrganisationId, Inputs>,
    pub total: Inputs,
}

/// The inputs of the selection's organisations; `None` when the period is not within one
/// calendar year (population and cost are yearly).
pub fn by_organisation(
    conn: &mut DbConn,
    selection: &Selection,
    ages: AgeBand,
) -> Result<Option<ByOrganisation>, ApiError> {
    let year = selection.sessions.from.year();
    if selection.sessions.to.year() != year {
        return Ok(None);
    }
    let share = share_of_year(selection.sessions.from, selection.sessions.to);
    let ids = &selection.organisation_ids;
    let residents = key_figures::residents(conn, ids, year, ages)?;
    let costs = key_figures::costs(conn, ids, year)?;
    let report = super::report(conn, selection, Some(GroupBy::Organisation), &[ages])?;
    let mut each = HashMap::new();
    let mut total = Inputs::default();
    for id in ids {
        let figures = report
            .groups
            .iter()
            .find(|group| group.key == id.to_string())
            .map(|group| &group.figures);
        let inputs = Inputs {
            visits_in_ages: figures.map_or(0, |f| f.visits_by_age.bands[0].visits),
            visits: figures.map_or(0, |f| f.visits),
            residents: residents.get(id).copied().unwrap_or(0),
            cost: costs.get(id).map(|cost| *cost as f64 * share),
        };
        total.add(&inputs);
        each.insert(*id, inputs);
    }
    Ok(Some(ByOrganisation { each, total }))
}

/// The period's days over the year's.
fn share_of_year(from: NaiveDate, to: NaiveDate) -> f64 {
    let year = from.year();
    let days_in_year = if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
        366.0
    } else {
        365.0
    };
    ((to - from).num_days() + 1) as f64 / days_in_year
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_need_residents_and_visits() {
        let inputs = Inputs {
            visits_in_ages: 30,
            visits: 40,
            residents: 2000,
            cost: Some(10_000.0),
        };
        assert_eq!(inputs.visits_per_1000(), Some(15.0));
        assert_eq!(inputs.cost_per_visit(), Some(250.0));
        assert_eq!(Inputs::default().visits_per_1000(), None);
        assert_eq!(Inputs::default().cost_per_visit(), None);
    }

    #[test]
    fn a_period_carries_its_share_of_the_years_cost() {
        let day = |text: &str| text.parse::<NaiveDate>().unwrap();
        assert_eq!(share_of_year(day("2026-01-01"), day("2026-12-31")), 1.0);
        assert_eq!(
            share_of_year(day("2024-01-01"), day("2024-01-31")),
            31.0 / 366.0
        );
    }
}
