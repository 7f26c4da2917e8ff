//! Every table of a database, row by row, as text: to hold a restored copy against the live
//! database it was taken from.

use std::collections::{BTreeMap, BTreeSet};

use diesel::sql_types::Text;
use diesel::{Connection, PgConnection, QueryableByName, RunQueryDsl, SqliteConnection};
use logbook_api::db::DatabaseUrl;

/// Each table's rows, sorted.
pub type Tables = BTreeMap<String, Vec<String>>;

#[derive(QueryableByName)]
struct Line {
    #[diesel(sql_type = Text)]
    line: String,
}

fn lines<C: Connection>(conn: &mut C, query: &str) -> Vec<String>
where
    diesel::query_builder::SqlQuery: diesel::query_dsl::LoadQuery<'static, C, Line>,
{
    let mut lines: Vec<String> = diesel::sql_query(query)
        .load::<Line>(conn)
        .unwrap()
        .into_iter()
        .map(|line| line.line)
        .collect();
    lines.sort();
    lines
}

/// A PostgreSQL server setting, as `SHOW` gives it.
pub fn setting(address: &str, name: &str) -> String {
    let mut conn = PgConnection::establish(address).unwrap();
    lines(
        &mut conn,
        &format!("SELECT current_setting('{name}') AS line"),
    )
    .remove(0)
}

/// Every table of the database at `url`.
pub async fn rows(url: &DatabaseUrl) -> Tables {
    let url = url.clone();
    tokio::task::spawn_blocking(move || match url {
        DatabaseUrl::Sqlite(path) => {
            let mut conn = SqliteConnection::establish(path.to_str().unwrap()).unwrap();
            let names = lines(
                &mut conn,
                "SELECT name AS line FROM sqlite_master \
                 WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
            );
            names
                .into_iter()
                .map(|table| {
                    let columns = lines(
                        &mut conn,
                        &format!("SELECT name AS line FROM pragma_table_info('{table}')"),
                    );
                    let row = columns
                        .iter()
                        .map(|column| format!("quote(\"{column}\")"))
                        .collect::<Vec<_>>()
                        .join(" || '|' || ");
                    let rows = lines(&mut conn, &format!("SELECT {row} AS line FROM \"{table}\""));
                    (table, rows)
                })
                .collect()
        }
        DatabaseUrl::Postgres(address) => {
            let mut conn = PgConnection::establish(&address).unwrap();
            let names = lines(
                &mut conn,
                "SELECT table_name::text AS line FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
            );
            names
                .into_iter()
                .map(|table| {
                    let rows = lines(
                        &mut conn,
                        &format!("SELECT t::text AS line FROM \"{table}\" t"),
                    );
                    (table, rows)
                })
                .collect()
        }
    })
    .await
    .unwrap()
}

/// Holds `copy`, a backup taken while writes went on between `before` and `after`, against
/// them: every table is there; a table the writes left alone is copied row for row; one they
/// only added to holds every row from before and nothing that never was; one they changed in
/// place holds a number of rows between the two.
pub fn agree(before: &Tables, copy: &Tables, after: &Tables) {
    assert_eq!(
        copy.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "the copy has every table"
    );
    let (mut same, mut added, mut changed) = (0, 0, 0);
    for (table, live) in after {
        let (old, copied) = (&before[table], &copy[table]);
        if old == live {
            assert_eq!(copied, live, "{table}: the writes left it alone");
            same += 1;
            continue;
        }
        let old_rows: BTreeSet<&String> = old.iter().collect();
        let live_rows: BTreeSet<&String> = live.iter().collect();
        let copied_rows: BTreeSet<&String> = copied.iter().collect();
        if old_rows.is_subset(&live_rows) {
            assert!(
                old_rows.is_subset(&copied_rows),
                "{table}: the copy lost rows from before the backup"
            );
            assert!(
                copied_rows.is_subset(&live_rows),
                "{table}: the copy has rows the database never had"
            );
            added += 1;
        } else {
            assert!(
                (old.len()..=live.len()).contains(&copied.len()),
                "{table}: {} rows in the copy, {} before and {} after",
                copied.len(),
                old.len(),
                live.len()
            );
            changed += 1;
        }
    }
    println!(
        "{} tables: {same} copied as they were, {added} added to during the backup, \
         {changed} changed in place",
        after.len()
    );
}
