//! The schema cannot drift: the engine under test, migrated, has the same tables and columns,
//! with the same types and nullability, as SQLite migrated beside it, and as
//! `api/src/db/schema.rs` declares. The suite runs once per engine, so both migration trees
//! are held to each other and to the one `schema.rs`.

use std::collections::BTreeMap;

use diesel::RunQueryDsl;
use diesel::sql_types::{Bool, Text};
use logbook_api::db::{self, DatabaseUrl, DbConn};

use crate::support::{TestApp, workspace_root};

/// Table → column → (diesel type, nullable).
type Tables = BTreeMap<String, BTreeMap<String, (String, bool)>>;

/// The `diesel::table!` blocks of `schema.rs`.
fn declared() -> Tables {
    let text = std::fs::read_to_string(workspace_root().join("api/src/db/schema.rs")).unwrap();
    let mut tables = Tables::new();
    let mut current: Option<String> = None;
    for line in text.lines().map(str::trim) {
        if let Some((name, _)) = line.split_once(" (").filter(|_| line.ends_with('{')) {
            current = Some(name.to_owned());
            tables.entry(name.to_owned()).or_default();
        } else if let (Some(table), Some((column, kind))) = (&current, line.split_once(" -> ")) {
            let kind = kind.trim_end_matches(',');
            let (kind, nullable) = match kind.strip_prefix("Nullable<") {
                Some(inner) => (inner.trim_end_matches('>'), true),
                None => (kind, false),
            };
            tables
                .get_mut(table)
                .unwrap()
                .insert(column.to_owned(), (kind.to_owned(), nullable));
        } else if line == "}" {
            current = None;
        }
    }
    tables
}

#[derive(diesel::QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    table_name: String,
    #[diesel(sql_type = Text)]
    column_name: String,
    #[diesel(sql_type = Text)]
    data_type: String,
    #[diesel(sql_type = Bool)]
    nullable: bool,
    #[diesel(sql_type = Bool)]
    primary_key: bool,
}

/// What the migrated database holds, in diesel's type names.
fn tables_of(conn: &mut DbConn) -> Tables {
    let columns: Vec<Column> = match conn {
        DbConn::Pg(pg) => diesel::sql_query(
            "SELECT c.table_name::text AS table_name, c.column_name::text AS column_name, \
                    c.data_type::text AS data_type, c.is_nullable = 'YES' AS nullable, \
                    EXISTS (SELECT 1 FROM information_schema.key_column_usage k \
                            JOIN information_schema.table_constraints t \
                              ON t.constraint_name = k.constraint_name \
                             AND t.constraint_type = 'PRIMARY KEY' \
                            WHERE k.table_name = c.table_name \
                              AND k.column_name = c.column_name) AS primary_key \
             FROM information_schema.columns c \
             WHERE c.table_schema = 'public' \
               AND c.table_name NOT LIKE '\\_\\_diesel%'",
        )
        .load(pg)
        .unwrap(),
        DbConn::Sqlite(sqlite) => diesel::sql_query(
            "SELECT m.name AS table_name, p.name AS column_name, p.type AS data_type, \
                    p.\"notnull\" = 0 AS nullable, p.pk > 0 AS primary_key \
             FROM sqlite_master m JOIN pragma_table_info(m.name) p \
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
               AND m.name NOT LIKE '\\_\\_diesel%' ESCAPE '\\'",
        )
        .load(sqlite)
        .unwrap(),
    };
    let mut tables = Tables::new();
    for column in columns {
        let kind = match column.data_type.to_lowercase().as_str() {
            "bigint" => "BigInt",
            // SQLite's auto-increment key must be declared INTEGER; it holds 64 bits.
            "integer" if column.primary_key && column.column_name == "id" => "BigInt",
            "integer" => "Integer",
            "text" => "Text",
            "boolean" => "Bool",
            "real" | "double precision" => "Double",
            "date" => "Date",
            "timestamp" | "timestamp without time zone" => "Timestamp",
            other => panic!(
                "{}.{} has a type schema.rs cannot say: {other}",
                column.table_name, column.column_name
            ),
        };
        tables.entry(column.table_name).or_default().insert(
            column.column_name,
            (kind.to_owned(), column.nullable && !column.primary_key),
        );
    }
    tables
}

/// The roll-up tables, read and written only through SQL text (`db/raw.rs`): diesel's
/// `table!` needs a primary key, which two of them have none of.
const RAW_SQL_TABLES: [&str; 7] = [
    "first_visits",
    "monthly_attendance",
    "monthly_sessions",
    "monthly_visitors",
    "organisation_attendance",
    "organisation_sessions",
    "organisation_visitors",
];

#[tokio::test]
async fn the_migrated_tables_are_those_schema_rs_declares_on_both_engines() {
    let app = TestApp::spawn().await;
    let migrated = app.db(tables_of).await;
    let folder = tempfile::tempdir().unwrap();
    let url = DatabaseUrl::Sqlite(folder.path().join("beside.sqlite"));
    let sqlite = tokio::task::spawn_blocking(move || {
        tables_of(&mut db::connect(&url).unwrap().get().unwrap())
    })
    .await
    .unwrap();
    assert!(
        migrated == sqlite,
        "the engine under test and SQLite differ:\n{migrated:?}\n{sqlite:?}"
    );

    let declared = declared();
    let undeclared: Vec<&str> = migrated
        .keys()
        .map(String::as_str)
        .filter(|table| !declared.contains_key(*table))
        .collect();
    assert_eq!(
        undeclared, RAW_SQL_TABLES,
        "tables schema.rs does not declare"
    );
    let mut differences = Vec::new();
    for (table, columns) in &declared {
        if migrated.get(table) != Some(columns) {
            differences.push(format!(
                "{table}:\n  schema.rs {columns:?}\n  migrated  {:?}",
                migrated.get(table)
            ));
        }
    }
    assert!(differences.is_empty(), "{}", differences.join("\n"));
}
