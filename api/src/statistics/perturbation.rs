//! The cell key method (docs/statistics-protection.md): every count of young people a network
//! sees is moved by a small amount (−2 to +2) drawn from a fixed table by a key that depends
//! only on what the cell counts — the organisation × unit type × month slices that make its
//! row, and the true count — keyed by this instance's secret. The same cell gets the same noise in
//! every pull, so asking again or asking another way averages nothing away; cells that differ
//! get independent noise, so subtracting one from another gives no exact count. Ratios and
//! shares are worked out again from the perturbed counts, so they give back nothing more.

use diesel::prelude::*;
use hmac::{Hmac, Mac};
use logbook_shared::networks::{Perturbation, PerturbationMethod};
use logbook_shared::reports::GroupBy;
use sha2::{Digest, Sha256};

use crate::db::DbConn;
use crate::db::queries::statistics_slices::Slice;
use crate::db::raw::{Bind, Sql};
use crate::db::schema::statistics_keys;
use crate::error::ApiError;
use crate::reports::ratio;
use crate::reports::table::{Cell, Table};

/// The perturbation table: the chance of each move −2, −1, 0, +1, +2 (mean 0, variance 0.8).
pub const MOVES: [(i64, f64); 5] = [(-2, 0.05), (-1, 0.20), (0, 0.50), (1, 0.20), (2, 0.05)];

/// What every statistics answer says of its counts.
pub fn described() -> Perturbation {
    Perturbation {
        method: PerturbationMethod::CellKey,
        largest_move: MOVES
            .iter()
            .map(|(delta, _)| delta.abs())
            .max()
            .unwrap_or(0),
    }
}

/// This instance's secret for cell keys: made once, kept in the database so that every
/// server process and every restored backup perturbs a cell the same way.
pub struct CellKeys {
    mac: Hmac<Sha256>,
}

impl CellKeys {
    pub fn load(conn: &mut DbConn) -> Result<CellKeys, ApiError> {
        // Made once: every later pull only reads it, and takes no write lock.
        if let Some(secret) = stored(conn)? {
            return CellKeys::of(secret.as_bytes());
        }
        let fresh = hex::encode(crate::auth::secret::random_bytes::<32>());
        // The first caller's secret wins; another process making one at once keeps it.
        let mut insert = Sql::new("INSERT INTO statistics_keys (id, cell_key_secret) VALUES (1, ");
        insert
            .push_bound("?", [Bind::Text(fresh)])
            .push(") ON CONFLICT (id) DO NOTHING");
        insert.execute(conn)?;
        let secret = stored(conn)?.ok_or_else(|| ApiError::internal("no cell key secret"))?;
        CellKeys::of(secret.as_bytes())
    }

    fn of(secret: &[u8]) -> Result<CellKeys, ApiError> {
        let mac = Hmac::<Sha256>::new_from_slice(secret).map_err(ApiError::internal)?;
        Ok(CellKeys { mac })
    }

    /// The move for a cell: where its key falls in the table's cumulative chances.
    fn noise(&self, cell: &str) -> i64 {
        let mut mac = self.mac.clone();
        mac.update(cell.as_bytes());
        let digest = mac.finalize().into_bytes();
        let mut first = [0u8; 8];
        first.copy_from_slice(&digest[..8]);
        let bits = u64::from_be_bytes(first);
        let key = bits as f64 / (u64::MAX as f64 + 1.0);
        let mut cumulative = 0.0;
        for (delta, chance) in MOVES {
            cumulative += chance;
            if key < cumulative {
                return delta;
            }
        }
        MOVES[MOVES.len() - 1].0
    }
}

/// The instance's secret, once made.
fn stored(conn: &mut DbConn) -> QueryResult<Option<String>> {
    statistics_keys::table
        .find(1_i64)
        .select(statistics_keys::cell_key_secret)
        .first(conn)
        .optional()
}

/// What one statistics answer covers: the cells of its rows are named from it.
pub struct Release {
    /// Every organisation × unit type × month with sessions in the period, in order.
    pub slices: Vec<Slice>,
    pub group_by: Option<GroupBy>,
}

impl Release {
    /// A row's cells' common name: the slices that make the row. The same records have the
    /// same name however they are asked for — a month row of a year and a pull of that month
    /// alone, a quarter whose sessions all fall in one month and that month, a unit type's row
    /// and the total when all sessions are of that type, the total before and after a member
    /// with no sessions joins.
    fn row_name(&self, key: &str) -> String {
        // Read once, not per slice: a national pull has thousands of slices per row.
        let organisation = key.parse::<i64>().ok();
        let in_row = |slice: &&Slice| match self.group_by {
            _ if key.is_empty() => true,
            Some(GroupBy::Organisation) => Some(i64::from(slice.organisation_id)) == organisation,
            Some(GroupBy::UnitType) => slice.unit_type == key,
            Some(GroupBy::Month) => slice.month == key,
            _ => true,
        };
        let mut name = Sha256::new();
        for slice in self.slices.iter().filter(in_row) {
            name.update(format!(
                "{}|{}|{};",
                slice.organisation_id, slice.unit_type, slice.month
            ));
        }
        hex::encode(name.finalize())
    }

    /// One count of the row with group key `key` (empty for the total), perturbed.
    pub fn perturbed(&self, keys: &CellKeys, key: &str, value: i64, min_cell: i64) -> i64 {
        perturbed(keys, &self.row_name(key), value, min_cell)
    }
}

/// Perturbs every shown count of young people in `counts` (0 stays 0: it is nobody; none is
/// shown below `min_cell`, since only counts of at least that many are shown), then works
/// out again the ratios and shares made of them.
pub fn perturb(
    table: &mut Table,
    keys: &CellKeys,
    release: &Release,
    counts: &[usize],
    min_cell: i64,
) {
    let header = table.header.clone();
    let index = |name: &str| header.iter().position(|column| column == name);
    for row in &mut table.rows {
        let name = release.row_name(&row_key(row));
        // Visits at open activities are no column, but visits per opening hour carries them.
        let per_hour = index("visits_per_opening_hour");
        if let (Some(column), Some(Cell::Measure(Some(hours)))) =
            (per_hour, index("opening_hours").map(|column| &row[column]))
            && let Cell::Measure(Some(rate)) = row[column]
            && *hours > 0.0
        {
            let hours = *hours;
            let open = (rate * hours).round() as i64;
            let open = perturbed(keys, &name, open, min_cell);
            row[column] = Cell::Measure(Some(open as f64 / hours));
        }
        for &column in counts {
            if let Cell::Count(value) = row[column] {
                row[column] = Cell::Count(perturbed(keys, &name, value, min_cell));
            }
        }
        let count = |name: &str| match index(name).map(|column| &row[column]) {
            Some(Cell::Count(value)) => Some(*value),
            _ => None,
        };
        let mut remade = Vec::new();
        if let (Some(visits), Some(sessions)) = (count("visits"), count("sessions")) {
            remade.push(("visits_per_session", ratio(visits, sessions)));
        }
        let genders = ["visits_girl", "visits_boy", "visits_non_binary"].map(count);
        if let [Some(girls), Some(boys), Some(non_binary)] = genders {
            let stated = girls + boys + non_binary;
            remade.extend([
                ("share_girls", ratio(girls * 100, stated)),
                ("share_boys", ratio(boys * 100, stated)),
                ("share_non_binary", ratio(non_binary * 100, stated)),
            ]);
        }
        for (name, value) in remade {
            if let Some(column) = index(name)
                && row[column] != Cell::Suppressed
            {
                row[column] = Cell::Measure(value);
            }
        }
    }
}

/// One count of the row named `row_name`, perturbed. The column is no part of the key: two
/// columns counting the same records in a row (visits and girls' visits in a girls' group)
/// must move alike, or each would be another look at the one true value.
fn perturbed(keys: &CellKeys, row_name: &str, value: i64, min_cell: i64) -> i64 {
    if value <= 0 {
        return value;
    }
    let noise = keys.noise(&format!("{row_name}|{value}"));
    (value + noise).max(min_cell)
}

/// The row's group key (empty for the total).
pub fn row_key(row: &[Cell]) -> String {
    match &row[1] {
        Cell::Text(key) => key.clone(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_moves_are_centred_and_their_chances_add_up_to_one() {
        let total: f64 = MOVES.iter().map(|(_, chance)| chance).sum();
        let mean: f64 = MOVES
            .iter()
            .map(|(delta, chance)| *delta as f64 * chance)
            .sum();
        assert!((total - 1.0).abs() < 1e-12);
        assert!(mean.abs() < 1e-12);
    }

    #[test]
    fn the_same_cell_always_moves_alike_and_the_moves_follow_the_table() {
        let keys = CellKeys::of(b"test secret").unwrap();
        let mut seen = [0usize; 5];
        for cell in 0..20_000 {
            let name = format!("cell {cell}");
            let noise = keys.noise(&name);
            assert_eq!(noise, keys.noise(&name));
            seen[(noise + 2) as usize] += 1;
        }
        for ((_, chance), count) in MOVES.iter().zip(seen) {
            let share = count as f64 / 20_000.0;
            assert!((share - chance).abs() < 0.015, "{share} against {chance}");
        }
    }
}
