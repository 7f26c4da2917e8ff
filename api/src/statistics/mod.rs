//! A network's statistics (SPEC 8): its members' report, made by the same code as an
//! organisation's own (`crate::reports`), laid out as one table (`reports::table`) with small
//! cells suppressed. Only figures leave: no notes, reflections or aliases are read.

use logbook_shared::ids::{NetworkId, OrganisationId};
pub mod suppression;

use logbook_shared::networks::{
    Comparison, Figure, Statistics, StatisticsGrouping, StatisticsQuery, StatisticsRow,
};
use logbook_shared::report_columns as columns;
use logbook_shared::reports::GroupBy;
use logbook_shared::structure::AgeBand;

use crate::db::DbConn;
use crate::db::queries::memberships;
use crate::db::queries::networks::NetworkRow;
use crate::db::queries::reports::selection::Selection;
use crate::error::ApiError;
use crate::reports::rates;
use crate::reports::table::{self, Cell, Table};
use suppression::Partition;

/// The suppressed table of the network's current members, and who they are.
pub fn table(
    conn: &mut DbConn,
    network: &NetworkRow,
    query: &StatisticsQuery,
    bands: &[AgeBand],
) -> Result<(Table, Vec<OrganisationId>, i32), ApiError> {
    let members = memberships::members(conn, network.id)?;
    let organisation_ids: Vec<OrganisationId> = members.iter().map(|(id, _)| *id).collect();
    // A member may ask for more protection than the network; the strictest holds.
    let min_cell = members
        .iter()
        .map(|(_, own)| *own)
        .fold(network.min_cell, i32::max);
    let (group_by, partition) = match query.group_by {
        None => (None, Partition::None),
        Some(StatisticsGrouping::Organisation) => {
            (Some(GroupBy::Organisation), Partition::Organisations)
        }
        Some(StatisticsGrouping::UnitType) => (Some(GroupBy::UnitType), Partition::UnitTypes),
        Some(StatisticsGrouping::Month) => (Some(GroupBy::Month), Partition::Months),
    };
    let selection = Selection::of_organisations(organisation_ids.clone(), query.from, query.to);
    let report = crate::reports::report(conn, &selection, group_by, bands)?;
    let mut table = table::of(&report);
    suppression::suppress(&mut table, i64::from(min_cell), partition);
    let ages = query
        .rate_ages()
        .map_err(|error| ApiError::invalid_fields(vec![error]))?;
    if let Some(rates::ByOrganisation { each, total }) =
        rates::by_organisation(conn, &selection, ages)?
    {
        let each_row = |key: &str| match query.group_by {
            _ if key.is_empty() => Some(total),
            Some(StatisticsGrouping::Organisation) => key
                .parse()
                .ok()
                .and_then(|id: OrganisationId| each.get(&id).copied()),
            _ => None,
        };
        append_rates(&mut table, ages, i64::from(min_cell), each_row);
    }
    Ok((table, organisation_ids, min_cell))
}

/// Two more columns: visits per 1,000 residents of the ages, and cost per visit — hidden when
/// they would give a small count (or a hidden one) back.
fn append_rates(
    table: &mut Table,
    ages: AgeBand,
    min_cell: i64,
    inputs_of: impl Fn(&str) -> Option<rates::Inputs>,
) {
    table
        .header
        .extend([columns::rate(ages), columns::COST_PER_VISIT.to_owned()]);
    let visits = table.header.iter().position(|name| name == "visits");
    for row in &mut table.rows {
        let key = match &row[1] {
            Cell::Text(key) => key.clone(),
            _ => String::new(),
        };
        let visits_hidden = visits.is_some_and(|column| row[column] == Cell::Suppressed);
        let (rate, cost) = match inputs_of(&key) {
            Some(inputs) => (
                if (1..min_cell).contains(&inputs.visits_in_ages) || visits_hidden {
                    Cell::Suppressed
                } else {
                    Cell::Measure(inputs.visits_per_1000())
                },
                if visits_hidden {
                    Cell::Suppressed
                } else {
                    Cell::Measure(inputs.cost_per_visit())
                },
            ),
            None => (Cell::Measure(None), Cell::Measure(None)),
        };
        row.extend([rate, cost]);
    }
}

/// The table as JSON: the figure columns, and per row its values with suppressed ones named.
pub fn statistics(
    network_id: NetworkId,
    query: &StatisticsQuery,
    table: &Table,
    organisation_ids: Vec<OrganisationId>,
    min_cell: i32,
) -> Statistics {
    // The first two columns are the group's label and key.
    let columns: Vec<String> = table.header[2..].to_vec();
    let rows = table
        .rows
        .iter()
        .map(|row| {
            let text = |cell: &Cell| match cell {
                Cell::Text(text) => text.clone(),
                _ => String::new(),
            };
            let mut suppressed = Vec::new();
            let values = row[2..]
                .iter()
                .zip(&columns)
                .map(|(cell, column)| match cell {
                    Cell::Count(count) => Some(Figure::Count(*count)),
                    Cell::Measure(value) => value.map(Figure::Measure),
                    Cell::Suppressed => {
                        suppressed.push(column.clone());
                        None
                    }
                    Cell::Text(_) => None,
                })
                .collect();
            StatisticsRow {
                label: text(&row[0]),
                key: text(&row[1]),
                values,
                suppressed,
            }
        })
        .collect();
    Statistics {
        network_id,
        from: query.from,
        to: query.to,
        group_by: query.group_by,
        min_cell,
        organisation_ids,
        columns,
        rows,
    }
}

/// Each member's row of the statistics by organisation (only `only`'s when given), and per
/// figure the median of the members' shown values: a suppressed cell stays out of it, so the
/// median gives nothing hidden away, and it needs three members, so that no member works out
/// another's figure from its own. Members without sessions in the period have no row.
pub fn comparison(statistics: Statistics, only: Option<OrganisationId>) -> Comparison {
    let members: Vec<StatisticsRow> = statistics.rows.into_iter().skip(1).collect();
    let median = statistics
        .columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            median(
                members
                    .iter()
                    .filter(|row| !row.suppressed.contains(column))
                    .filter_map(|row| row.values[index].map(Figure::as_f64))
                    .collect(),
            )
        })
        .collect();
    let members = members
        .into_iter()
        .filter(|row| only.is_none_or(|id| row.key == id.to_string()))
        .collect();
    Comparison {
        network_id: statistics.network_id,
        from: statistics.from,
        to: statistics.to,
        columns: statistics.columns,
        median,
        members,
    }
}

/// A median of fewer members would let one member work out another's figure from its own.
const FEWEST_FOR_A_MEDIAN: usize = 3;

/// The middle value, or the mean of the two middle ones; none of fewer than three values.
fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        n if n < FEWEST_FOR_A_MEDIAN => None,
        n if n % 2 == 1 => Some(values[middle]),
        _ => Some((values[middle - 1] + values[middle]) / 2.0),
    }
}

#[cfg(test)]
mod tests {
    use super::median;

    #[test]
    fn the_median_is_the_middle_or_the_mean_of_the_two_middle_values() {
        assert_eq!(median(vec![]), None);
        assert_eq!(
            median(vec![4.0, 1.0]),
            None,
            "two members would see each other"
        );
        assert_eq!(median(vec![7.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 10.0]), Some(3.5));
    }
}
