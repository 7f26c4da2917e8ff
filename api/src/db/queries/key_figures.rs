//! Organisations' yearly key figures and their municipalities' residents by age (SPEC 8).

use logbook_shared::ids::OrganisationId;
use std::collections::HashMap;

use diesel::prelude::*;
use logbook_shared::key_figures::{KeyFigures, Residents};
use logbook_shared::structure::AgeBand;

use crate::db::DbConn;
use crate::db::schema::{key_figures, populations};

/// Replaces the organisation's figures of the year (call inside a transaction).
pub fn save(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    year: i32,
    figures: &KeyFigures,
) -> QueryResult<()> {
    diesel::delete(
        populations::table
            .filter(populations::organisation_id.eq(organisation_id))
            .filter(populations::year.eq(year)),
    )
    .execute(conn)?;
    for row in &figures.population {
        diesel::insert_into(populations::table)
            .values((
                populations::organisation_id.eq(organisation_id),
                populations::year.eq(year),
                populations::age.eq(row.age),
                populations::residents.eq(row.residents),
            ))
            .execute(conn)?;
    }
    diesel::delete(
        key_figures::table
            .filter(key_figures::organisation_id.eq(organisation_id))
            .filter(key_figures::year.eq(year)),
    )
    .execute(conn)?;
    diesel::insert_into(key_figures::table)
        .values((
            key_figures::organisation_id.eq(organisation_id),
            key_figures::year.eq(year),
            key_figures::cost.eq(figures.cost),
            key_figures::staff.eq(figures.staff),
            key_figures::opening_weeks.eq(figures.opening_weeks),
        ))
        .execute(conn)
        .map(drop)
}

/// The organisation's figures of the year (all absent when never entered).
pub fn get(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
    year: i32,
) -> QueryResult<KeyFigures> {
    let population: Vec<(i32, i32)> = populations::table
        .filter(populations::organisation_id.eq(organisation_id))
        .filter(populations::year.eq(year))
        .order(populations::age)
        .select((populations::age, populations::residents))
        .load(conn)?;
    let row: Option<(Option<i64>, Option<f64>, Option<i32>)> = key_figures::table
        .filter(key_figures::organisation_id.eq(organisation_id))
        .filter(key_figures::year.eq(year))
        .select((
            key_figures::cost,
            key_figures::staff,
            key_figures::opening_weeks,
        ))
        .first(conn)
        .optional()?;
    let (cost, staff, opening_weeks) = row.unwrap_or_default();
    Ok(KeyFigures {
        population: population
            .into_iter()
            .map(|(age, residents)| Residents { age, residents })
            .collect(),
        cost,
        staff,
        opening_weeks,
    })
}

/// Each organisation's residents of the ages in the year (those that entered any).
pub fn residents(
    conn: &mut DbConn,
    organisation_ids: &[OrganisationId],
    year: i32,
    ages: AgeBand,
) -> QueryResult<HashMap<OrganisationId, i64>> {
    let rows: Vec<(OrganisationId, i32)> = populations::table
        .filter(populations::organisation_id.eq_any(organisation_ids.to_vec()))
        .filter(populations::year.eq(year))
        .filter(populations::age.between(ages.min, ages.max))
        .select((populations::organisation_id, populations::residents))
        .load(conn)?;
    let mut sums = HashMap::new();
    for (organisation, residents) in rows {
        *sums.entry(organisation).or_insert(0) += i64::from(residents);
    }
    Ok(sums)
}

/// Each organisation's cost of the year (those that entered one).
pub fn costs(
    conn: &mut DbConn,
    organisation_ids: &[OrganisationId],
    year: i32,
) -> QueryResult<HashMap<OrganisationId, i64>> {
    let rows: Vec<(OrganisationId, Option<i64>)> = key_figures::table
        .filter(key_figures::organisation_id.eq_any(organisation_ids.to_vec()))
        .filter(key_figures::year.eq(year))
        .select((key_figures::organisation_id, key_figures::cost))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .filter_map(|(organisation, cost)| cost.map(|cost| (organisation, cost)))
        .collect())
}
