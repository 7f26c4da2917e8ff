//! A network's statistics (SPEC 8): its members' report, made by the same code as an
//! organisation's own (`crate::reports`), laid out as one table (`reports::table`) with small
//! cells suppressed. Only figures leave: no notes, reflections or aliases are read.

use logbook_shared::ids::{NetworkId, OrganisationId};
pub mod perturbation;
pub mod suppression;

use logbook_shared::networks::{
    Comparison, Figure, Statistics, StatisticsGrouping, StatisticsQuery, StatisticsRow,
};
use logbook_shared::report_columns as columns;
use logbook_shared::reports::GroupBy;
use logbook_shared::structure::{AgeBand, band_list};

use crate::db::DbConn;
use crate::db::queries::networks::NetworkRow;
use crate::db::queries::reports::selection::Selection;
use crate::db::queries::{memberships, statistics_slices};
use crate::error::ApiError;
use crate::reports::rates;
use crate::reports::table::{self, Cell, Table};
use logbook_shared::FieldError;
use perturbation::{CellKeys, Release};
use suppression::Partition;

/// The suppressed, perturbed table of the network's current members, and who they are.
pub fn table(
    conn: &mut DbConn,
    network: &NetworkRow,
    query: &StatisticsQuery,
) -> Result<(Table, Vec<OrganisationId>, i32), ApiError> {
    let (bands, ages) = release_grains(network, query)?;
    let members = memberships::members(conn, network.id)?;
    let mut organisation_ids: Vec<OrganisationId> = members.iter().map(|(id, _)| *id).collect();
    organisation_ids.sort();
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
    let report = crate::reports::report(conn, &selection, group_by, &bands)?;
    let mut table = table::of(&report);
    suppression::suppress(&mut table, i64::from(min_cell), partition);
    let keys = CellKeys::load(conn)?;
    let release = Release {
        slices: statistics_slices::slices(conn, &selection)?,
        group_by,
    };
    let counts = suppression::people_counts(&table);
    perturbation::perturb(&mut table, &keys, &release, &counts, i64::from(min_cell));
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
        let rate_cells = RateCells {
            ages,
            min_cell: i64::from(min_cell),
            keys: &keys,
            release: &release,
        };
        rate_cells.append(&mut table, each_row);
    }
    Ok((table, organisation_ids, min_cell))
}

/// The network's age bands and rate ages (SPEC 8's fixed grains); a query may name them, but
/// only as they are.
fn release_grains(
    network: &NetworkRow,
    query: &StatisticsQuery,
) -> Result<(Vec<AgeBand>, AgeBand), ApiError> {
    let (bands, ages) = (network.age_bands(), network.rate_ages());
    let mut errors = Vec::new();
    if let Ok(Some(asked)) = query.layout().disjoint_age_bands()
        && asked != bands
    {
        errors.push(FieldError::new(
            "bands",
            "release_grain",
            format!(
                "This network releases its figures in its own age bands only: {}",
                band_list(&bands)
            ),
        ));
    }
    if query.ages.is_some()
        && let Ok(asked) = query.rate_ages()
        && asked != ages
    {
        errors.push(FieldError::new(
            "ages",
            "release_grain",
            format!(
                "This network releases visits per 1,000 residents for ages {} only",
                band_list(&[ages])
            ),
        ));
    }
    if errors.is_empty() {
        Ok((bands, ages))
    } else {
        Err(ApiError::invalid_fields(errors))
    }
}

/// How the two rate columns of a pull are made.
struct RateCells<'a> {
    ages: AgeBand,
    min_cell: i64,
    keys: &'a CellKeys,
    release: &'a Release,
}

impl RateCells<'_> {
    /// Two more columns: visits per 1,000 residents of the ages, and cost per visit — made of
    /// perturbed counts, and hidden when they would give a small count (or a hidden one) back.
    fn append(&self, table: &mut Table, inputs_of: impl Fn(&str) -> Option<rates::Inputs>) {
        let column = columns::rate(self.ages);
        table
            .header
            .extend([column.clone(), columns::COST_PER_VISIT.to_owned()]);
        let visits = table.header.iter().position(|name| name == "visits");
        // A band inside the ages that is hidden (perhaps to protect a neighbour) hides the rate.
        let bands_inside: Vec<usize> = table
            .header
            .iter()
            .enumerate()
            .filter(|(_, name)| {
                columns::band_of(name)
                    .is_some_and(|band| self.ages.min <= band.min && band.max <= self.ages.max)
            })
            .map(|(column, _)| column)
            .collect();
        for row in &mut table.rows {
            let key = perturbation::row_key(row);
            let band_hidden = bands_inside
                .iter()
                .any(|&column| row[column] == Cell::Suppressed);
            let shown_visits = match visits.map(|column| &row[column]) {
                Some(Cell::Count(visits)) if !band_hidden => Some(*visits),
                _ => None,
            };
            let (rate, cost) = match (inputs_of(&key), shown_visits) {
                (Some(_), None) => (Cell::Suppressed, Cell::Suppressed),
                (Some(inputs), Some(visits)) => {
                    let in_ages = self.release.perturbed(
                        self.keys,
                        &key,
                        inputs.visits_in_ages,
                        self.min_cell,
                    );
                    let perturbed = rates::Inputs {
                        visits_in_ages: in_ages,
                        visits,
                        ..inputs
                    };
                    let small = (1..self.min_cell).contains(&inputs.visits_in_ages);
                    (
                        if small {
                            Cell::Suppressed
                        } else {
                            Cell::Measure(perturbed.visits_per_1000())
                        },
                        Cell::Measure(perturbed.cost_per_visit()),
                    )
                }
                (None, _) => (Cell::Measure(None), Cell::Measure(None)),
            };
            row.extend([rate, cost]);
        }
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
        perturbation: perturbation::described(),
    }
}

/// Each member's row of the statistics by organisation (only `only`'s when given), and per
/// figure the median of the members' shown (perturbed) values: a suppressed cell stays out of
/// it, so the median gives nothing hidden away; it needs five members, so that a member's own
/// value beside it does not single out another's; a median of counts is a whole number.
/// Members without sessions in the period have no row.
pub fn comparison(statistics: Statistics, only: Option<OrganisationId>) -> Comparison {
    let members: Vec<StatisticsRow> = statistics.rows.into_iter().skip(1).collect();
    let median = statistics
        .columns
        .iter()
        .enumerate()
        .map(|(index, column)| {
            let shown: Vec<Figure> = members
                .iter()
                .filter(|row| !row.suppressed.contains(column))
                .filter_map(|row| row.values[index])
                .collect();
            let counts = shown
                .iter()
                .all(|figure| matches!(figure, Figure::Count(_)));
            median(shown.into_iter().map(Figure::as_f64).collect())
                .map(|middle| if counts { middle.round() } else { middle })
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
        perturbation: statistics.perturbation,
    }
}

/// With three members the median is often one co-member's value, and with four the other
/// middle one is twice the median minus one's own: five keeps a member from placing another.
pub const FEWEST_FOR_A_MEDIAN: usize = 5;

/// The middle value, or the mean of the two middle ones; none of fewer than five values.
pub fn median(mut values: Vec<f64>) -> Option<f64> {
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
            median(vec![4.0, 1.0, 3.0, 10.0]),
            None,
            "with four, the other middle value is twice the median minus one's own"
        );
        assert_eq!(median(vec![7.0, 1.0, 3.0, 9.0, 2.0]), Some(3.0));
        assert_eq!(median(vec![4.0, 1.0, 3.0, 10.0, 8.0, 2.0]), Some(3.5));
    }
}
