//! Whether the report roll-ups still say what the raw rows say: an organisation's roll-up rows
//! compared with a rebuild from its sessions, attendance and check-ins. The rebuild is made in
//! a transaction that is then rolled back, so checking changes nothing (`logbook
//! verify-rollups`, and the roll-up property test).

use std::collections::BTreeMap;

use diesel::QueryableByName;
use diesel::result::Error as DieselError;
use diesel::sql_types::Text;
use logbook_shared::ids::OrganisationId;

use super::rollups;
use crate::db::DbConn;
use crate::db::raw::{Bind, Sql};

/// Each roll-up table and its columns, every one of which must agree.
const TABLES: [(&str, &[&str]); 7] = [
    ("first_visits", &["visitor_key", "date"]),
    (
        "monthly_sessions",
        &[
            "unit_id",
            "activity_id",
            "date",
            "sessions",
            "activity_minutes",
            "youth_led_minutes",
            "youth_producers",
        ],
    ),
    (
        "monthly_attendance",
        &[
            "unit_id",
            "activity_id",
            "date",
            "gender",
            "age_min",
            "age_max",
            "visits",
        ],
    ),
    (
        "monthly_visitors",
        &[
            "unit_id",
            "activity_id",
            "date",
            "visitor_key",
            "check_ins",
            "first_date",
        ],
    ),
    (
        "organisation_sessions",
        &[
            "kind",
            "date",
            "sessions",
            "activity_minutes",
            "youth_led_minutes",
            "youth_producers",
        ],
    ),
    (
        "organisation_attendance",
        &["kind", "date", "gender", "age_min", "age_max", "visits"],
    ),
    (
        "organisation_visitors",
        &["kind", "date", "visitor_key", "check_ins", "first_date"],
    ),
];

/// A roll-up table of one organisation that disagrees with its raw rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drift {
    pub table: &'static str,
    /// Rows stored that a rebuild would not make (or makes fewer times).
    pub extra: Vec<String>,
    /// Rows a rebuild makes that are not stored.
    pub missing: Vec<String>,
}

/// The organisation's roll-up tables that disagree with a rebuild; empty when all agree.
pub fn drift(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
) -> Result<Vec<Drift>, DieselError> {
    // Both read in one transaction: what is stored, then the rebuild under its locks. (On
    // PostgreSQL a write committed between the two can still show as drift on a live server;
    // running it again tells.)
    let mut read = None;
    let outcome = crate::db::write_transaction(conn, |conn| {
        let stored = rows(conn, organisation_id)?;
        rollups::rebuild(conn, organisation_id)?;
        read = Some((stored, rows(conn, organisation_id)?));
        Err::<(), _>(DieselError::RollbackTransaction)
    });
    match (outcome, read) {
        (Err(DieselError::RollbackTransaction), Some((stored, rebuilt))) => {
            Ok(compare(stored, rebuilt))
        }
        (Err(error), _) => Err(error),
        (Ok(()), _) => unreachable!("the check's transaction is always rolled back"),
    }
}

/// Every organisation's drift: how many organisations were checked, and each table that
/// disagrees.
pub fn everywhere(conn: &mut DbConn) -> Result<(usize, Vec<(OrganisationId, Drift)>), DieselError> {
    let organisations = super::organisations::ids(conn)?;
    let mut found = Vec::new();
    for &organisation_id in &organisations {
        let drifted = drift(conn, organisation_id)?;
        found.extend(drifted.into_iter().map(|drift| (organisation_id, drift)));
    }
    Ok((organisations.len(), found))
}

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

/// Every roll-up row of the organisation, each as one line of its columns, by table.
fn rows(
    conn: &mut DbConn,
    organisation_id: OrganisationId,
) -> Result<Vec<Vec<String>>, DieselError> {
    TABLES
        .iter()
        .map(|(table, columns)| {
            let line = columns
                .iter()
                .map(|column| format!("COALESCE(CAST({column} AS TEXT), '-')"))
                .collect::<Vec<_>>()
                .join(" || '|' || ");
            let mut sql = Sql::new(&format!(
                "SELECT {line} AS line FROM {table} WHERE organisation_id = "
            ));
            sql.bind(Bind::Id(organisation_id.get()));
            let lines: Vec<Line> = sql.load(conn)?;
            Ok(lines.into_iter().map(|line| line.line).collect())
        })
        .collect()
}

fn compare(stored: Vec<Vec<String>>, rebuilt: Vec<Vec<String>>) -> Vec<Drift> {
    TABLES
        .iter()
        .zip(stored.into_iter().zip(rebuilt))
        .filter_map(|((table, _), (stored, rebuilt))| {
            let mut balance: BTreeMap<String, i64> = BTreeMap::new();
            for line in stored {
                *balance.entry(line).or_default() += 1;
            }
            for line in rebuilt {
                *balance.entry(line).or_default() -= 1;
            }
            let mut drift = Drift {
                table,
                extra: Vec::new(),
                missing: Vec::new(),
            };
            for (line, count) in balance {
                let side = if count > 0 {
                    &mut drift.extra
                } else {
                    &mut drift.missing
                };
                side.extend(std::iter::repeat_n(line, count.unsigned_abs() as usize));
            }
            (!drift.extra.is_empty() || !drift.missing.is_empty()).then_some(drift)
        })
        .collect()
}
