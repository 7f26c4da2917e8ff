//! Small-cell suppression (SPEC 8) of a statistics table: a row for the total, then one per
//! group. A count of young people below the threshold is suppressed (0 is shown: it is nobody);
//! then, wherever the cells of one sum would leave a single suppressed cell to be worked out
//! (the total minus the shown cells), one more is suppressed, until no sum has exactly one.
//! Ratios that would give a suppressed count back are suppressed with it.

use logbook_shared::report_columns::band_of;

use crate::reports::table::{Cell, Table};

/// Which group sums hold: the groups split the sessions (organisation, unit type, month),
/// and visitors are the organisation's own, so some distinct counts add up as well.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Partition {
    /// No groups: only the sums inside the total row.
    None,
    /// A visitor belongs to one organisation: unique and first-time visitors add up.
    Organisations,
    /// First visits fall in one month: first-time visitors add up, unique visitors do not.
    Months,
    /// A visitor can come to units of several types: neither adds up.
    UnitTypes,
}

/// Columns that count young people (visits count each young person once per session).
const GENDERS: [&str; 4] = [
    "visits_girl",
    "visits_boy",
    "visits_non_binary",
    "visits_not_stated",
];
const OTHER_AGES: [&str; 3] = [
    "visits_unbanded",
    "visits_outside_bands",
    "visits_age_unknown",
];
const SHARES: [&str; 3] = ["share_girls", "share_boys", "share_non_binary"];

/// A sum the table shows: `cells[0]` = the sum of the rest.
type Sum = Vec<(usize, usize)>;

/// The columns that count young people: what is suppressed when small, and perturbed.
pub fn people_counts(table: &Table) -> Vec<usize> {
    Columns::of(table).people_counts()
}

pub fn suppress(table: &mut Table, min_cell: i64, partition: Partition) {
    let columns = Columns::of(table);
    let counts = columns.people_counts();
    // Primary: small counts.
    for row in &mut table.rows {
        for &column in &counts {
            if let Cell::Count(value) = row[column]
                && (1..min_cell).contains(&value)
            {
                row[column] = Cell::Suppressed;
            }
        }
    }
    // Complementary: no sum may have exactly one hidden cell.
    let sums = columns.sums(table.rows.len(), partition);
    loop {
        let mut changed = false;
        for sum in &sums {
            changed |= hide_a_second(table, sum);
        }
        if !changed {
            break;
        }
    }
    hide_revealing_ratios(table, &columns, min_cell);
}

/// Hides one more cell of `sum` when exactly one is hidden; answers whether it did.
fn hide_a_second(table: &mut Table, sum: &Sum) -> bool {
    let hidden = sum
        .iter()
        .filter(|&&(row, column)| table.rows[row][column] == Cell::Suppressed)
        .count();
    if hidden != 1 {
        return false;
    }
    let value = |&(row, column): &(usize, usize)| match table.rows[row][column] {
        Cell::Count(value) => Some(value),
        _ => None,
    };
    // The smallest non-zero part; else the total; else any shown part.
    let parts = &sum[1..];
    let choice = parts
        .iter()
        .filter_map(|cell| value(cell).filter(|v| *v > 0).map(|v| (v, *cell)))
        .min_by_key(|(v, _)| *v)
        .map(|(_, cell)| cell)
        .or_else(|| value(&sum[0]).map(|_| sum[0]))
        .or_else(|| parts.iter().find(|cell| value(cell).is_some()).copied());
    match choice {
        Some((row, column)) => {
            table.rows[row][column] = Cell::Suppressed;
            true
        }
        None => false,
    }
}

/// Ratios that would let a hidden count be worked out again.
fn hide_revealing_ratios(table: &mut Table, columns: &Columns, min_cell: i64) {
    let hidden = |row: &[Cell], name: &str| {
        columns
            .index(name)
            .is_some_and(|column| row[column] == Cell::Suppressed)
    };
    // Visits per opening hour × opening hours gives the visits at open activities, and visits
    // minus those the others; a small one in any row could be subtracted from the total's, so
    // the whole column goes.
    let small = |count: i64| (1..min_cell).contains(&count);
    let opening_column_reveals = table.rows.iter().any(|row| {
        let open = match (
            columns.measure(row, "visits_per_opening_hour"),
            columns.measure(row, "opening_hours"),
        ) {
            (Some(per_hour), Some(hours)) => (per_hour * hours).round() as i64,
            _ => 0,
        };
        let visits = columns.count(row, "visits");
        hidden(row, "visits") || small(open) || visits.is_some_and(|all| small(all - open))
    });
    for row in &mut table.rows {
        let mut hide = Vec::new();
        if hidden(row, "visits") {
            hide.push("visits_per_session");
        }
        if opening_column_reveals {
            hide.push("visits_per_opening_hour");
        }
        if GENDERS[..3].iter().any(|name| hidden(row, name)) {
            hide.extend(SHARES);
        }
        for name in hide {
            if let Some(column) = columns.index(name) {
                row[column] = Cell::Suppressed;
            }
        }
    }
}

/// The table's column names, for the sums between them.
struct Columns {
    header: Vec<String>,
}

impl Columns {
    fn of(table: &Table) -> Columns {
        Columns {
            header: table.header.clone(),
        }
    }

    fn index(&self, name: &str) -> Option<usize> {
        self.header.iter().position(|column| column == name)
    }

    fn indices(&self, names: &[&str]) -> Vec<usize> {
        names.iter().filter_map(|name| self.index(name)).collect()
    }

    fn count(&self, row: &[Cell], name: &str) -> Option<i64> {
        match self.index(name).map(|column| &row[column]) {
            Some(Cell::Count(value)) => Some(*value),
            _ => None,
        }
    }

    fn measure(&self, row: &[Cell], name: &str) -> Option<f64> {
        match self.index(name).map(|column| &row[column]) {
            Some(Cell::Measure(value)) => *value,
            _ => None,
        }
    }

    /// The requested age bands' columns (`visits_13_15`, …) and the three other age slots.
    fn ages(&self) -> Vec<usize> {
        let mut ages: Vec<usize> = self
            .header
            .iter()
            .enumerate()
            .filter(|(_, name)| band_of(name).is_some())
            .map(|(column, _)| column)
            .collect();
        ages.extend(self.indices(&OTHER_AGES));
        ages
    }

    fn people_counts(&self) -> Vec<usize> {
        let mut counts = self.indices(&["visits"]);
        counts.extend(self.indices(&GENDERS));
        counts.extend(self.ages());
        counts.extend(self.indices(&["unique_visitors", "first_time_visitors", "youth_producers"]));
        counts
    }

    /// Every sum the table shows: visits by gender and by age in each row, and, down the
    /// groups, each count that adds up over this partition.
    fn sums(&self, rows: usize, partition: Partition) -> Vec<Sum> {
        let mut sums = Vec::new();
        let Some(visits) = self.index("visits") else {
            return sums;
        };
        for row in 0..rows {
            for parts in [self.indices(&GENDERS), self.ages()] {
                let mut sum = vec![(row, visits)];
                sum.extend(parts.into_iter().map(|column| (row, column)));
                sums.push(sum);
            }
        }
        if partition == Partition::None || rows < 2 {
            return sums;
        }
        let mut adding = self.indices(&["visits", "youth_producers"]);
        adding.extend(self.indices(&GENDERS));
        adding.extend(self.ages());
        match partition {
            Partition::Organisations => {
                adding.extend(self.indices(&["unique_visitors", "first_time_visitors"]));
            }
            Partition::Months => adding.extend(self.indices(&["first_time_visitors"])),
            Partition::UnitTypes | Partition::None => {}
        }
        for column in adding {
            sums.push((0..rows).map(|row| (row, column)).collect());
        }
        sums
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use logbook_shared::reports::GroupBy;

    const MIN_CELL: i64 = 5;
    const HEADER: [&str; 14] = [
        "group",
        "visits",
        "visits_girl",
        "visits_boy",
        "visits_non_binary",
        "visits_not_stated",
        "visits_6_12",
        "visits_13_20",
        "visits_unbanded",
        "visits_outside_bands",
        "visits_age_unknown",
        "unique_visitors",
        "first_time_visitors",
        "youth_producers",
    ];

    /// One group's counts: visits split by gender and, another way, by age; visitors and
    /// producers on the side.
    fn group() -> impl Strategy<Value = Vec<i64>> {
        (
            prop::collection::vec(0i64..12, 4),
            prop::collection::vec(0i64..5, 5),
            (0i64..12, 0i64..12, 0i64..12),
        )
            .prop_map(|(genders, age_weights, (unique, first, producers))| {
                let visits: i64 = genders.iter().sum();
                // Spread the same visits over the age slots.
                let mut ages = vec![0i64; 5];
                let weight: i64 = age_weights.iter().sum::<i64>().max(1);
                let mut left = visits;
                for (slot, share) in age_weights.iter().enumerate() {
                    let part = (visits * share / weight).min(left);
                    ages[slot] = part;
                    left -= part;
                }
                ages[4] += left;
                let mut row = vec![visits];
                row.extend(genders);
                row.extend(ages);
                row.extend([unique.min(visits), first.min(unique.min(visits)), producers]);
                row
            })
    }

    fn table_of(groups: &[Vec<i64>]) -> Table {
        let total: Vec<i64> = (0..groups[0].len())
            .map(|column| groups.iter().map(|group| group[column]).sum())
            .collect();
        let row = |label: &str, counts: &[i64]| {
            let mut row = vec![Cell::Text(label.to_owned())];
            row.extend(counts.iter().map(|count| Cell::Count(*count)));
            row
        };
        let mut rows = vec![row("total", &total)];
        for (index, group) in groups.iter().enumerate() {
            rows.push(row(&format!("member {index}"), group));
        }
        Table {
            header: HEADER.iter().map(|name| (*name).to_owned()).collect(),
            text_keys: vec![None; rows.len()],
            rows,
            group_by: Some(GroupBy::Organisation),
        }
    }

    proptest! {
        /// For any table: every small count is hidden, and no sum the table shows — a row's
        /// visits by gender or by age, or a column down the members — has exactly one hidden
        /// cell, which would be its total minus the shown cells.
        #[test]
        fn no_hidden_cell_can_be_worked_out_from_one_sum(
            groups in prop::collection::vec(group(), 1..6)
        ) {
            let mut table = table_of(&groups);
            let before: Vec<Vec<Cell>> = table.rows.clone();
            suppress(&mut table, MIN_CELL, Partition::Organisations);
            let columns = Columns::of(&table);
            for (row, cells) in before.iter().enumerate() {
                for column in columns.people_counts() {
                    if let Cell::Count(value) = cells[column] {
                        if (1..MIN_CELL).contains(&value) {
                            prop_assert_eq!(&table.rows[row][column], &Cell::Suppressed);
                        } else if table.rows[row][column] != Cell::Suppressed {
                            prop_assert_eq!(&table.rows[row][column], &Cell::Count(value));
                        }
                    }
                }
            }
            for sum in columns.sums(table.rows.len(), Partition::Organisations) {
                let hidden = sum
                    .iter()
                    .filter(|&&(row, column)| table.rows[row][column] == Cell::Suppressed)
                    .count();
                prop_assert!(hidden != 1, "one hidden cell in {:?}", sum);
            }
        }
    }
}
