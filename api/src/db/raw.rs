//! Hand-written SQL for the statements diesel's builder cannot express across both engines
//! (reports and their roll-ups): text with `?` placeholders and the values bound to them, in
//! order, run on whichever engine the connection has.

use chrono::NaiveDate;
use diesel::deserialize::QueryableByName;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Date, Integer, Nullable, Text};

use crate::db::DbConn;

/// A value bound to a `?` of the SQL.
#[derive(Debug, Clone)]
pub enum Bind {
    Id(i64),
    Day(NaiveDate),
    Text(String),
    /// An integer that may be unknown (an attendance cell's ages).
    MaybeInt(Option<i32>),
}

/// The engine, for the few spellings that differ.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Engine {
    Postgres,
    Sqlite,
}

impl Engine {
    pub fn of(conn: &DbConn) -> Engine {
        match conn {
            DbConn::Pg(_) => Engine::Postgres,
            DbConn::Sqlite(_) => Engine::Sqlite,
        }
    }

    /// The first day of `day`'s month, as a date.
    pub fn month_of(self, day: &str) -> String {
        match self {
            Engine::Postgres => format!("CAST(date_trunc('month', {day}) AS DATE)"),
            Engine::Sqlite => format!("date({day}, 'start of month')"),
        }
    }

    /// The later of two dates.
    pub fn later_of(self, a: &str, b: &str) -> String {
        match self {
            Engine::Postgres => format!("GREATEST({a}, {b})"),
            Engine::Sqlite => format!("MAX({a}, {b})"),
        }
    }
}

/// The raw query with its values bound, for one engine (diesel's raw queries are typed by
/// their backend, so this expands once per engine).
macro_rules! bound {
    ($text:expr, $binds:expr, $backend:ty) => {{
        let mut query = diesel::sql_query($text).into_boxed::<$backend>();
        for bind in $binds {
            query = match bind {
                Bind::Id(id) => query.bind::<BigInt, _>(id),
                Bind::Day(day) => query.bind::<Date, _>(day),
                Bind::Text(text) => query.bind::<Text, _>(text),
                Bind::MaybeInt(value) => query.bind::<Nullable<Integer>, _>(value),
            };
        }
        query
    }};
}

/// A statement being written: its text and its binds, kept in step.
#[derive(Debug, Clone, Default)]
pub struct Sql {
    text: String,
    binds: Vec<Bind>,
}

impl Sql {
    pub fn new(text: &str) -> Sql {
        Sql {
            text: text.to_owned(),
            binds: Vec::new(),
        }
    }

    /// Appends text with no placeholders of its own.
    pub fn push(&mut self, text: &str) -> &mut Sql {
        self.text.push_str(text);
        self
    }

    /// Appends `?` bound to `value`.
    pub fn bind(&mut self, value: Bind) -> &mut Sql {
        self.text.push('?');
        self.binds.push(value);
        self
    }

    /// Appends text whose `?`s are bound to `values`, in order.
    pub fn push_bound(&mut self, text: &str, values: impl IntoIterator<Item = Bind>) -> &mut Sql {
        let before = self.binds.len();
        self.text.push_str(text);
        self.binds.extend(values);
        debug_assert_eq!(
            self.binds.len() - before,
            text.matches('?').count(),
            "one value per placeholder"
        );
        self
    }

    /// Appends another statement's text and binds.
    pub fn append(&mut self, other: Sql) -> &mut Sql {
        self.text.push_str(&other.text);
        self.binds.extend(other.binds);
        self
    }

    /// Appends `column IN (?, …)` with a bind per id; an empty list selects nothing.
    pub fn in_list<Id: Copy + Into<i64>>(&mut self, column: &str, ids: &[Id]) -> &mut Sql {
        self.push(column).push(" IN (");
        if ids.is_empty() {
            self.bind(Bind::Id(0));
        }
        for (index, id) in ids.iter().enumerate() {
            if index > 0 {
                self.push(", ");
            }
            self.bind(Bind::Id((*id).into()));
        }
        self.push(")")
    }

    /// Appends `column IN (?, …)` with a bind per text; an empty list selects nothing.
    pub fn in_texts(&mut self, column: &str, texts: &[String]) -> &mut Sql {
        self.push(column).push(" IN (");
        if texts.is_empty() {
            self.push("NULL");
        }
        for (index, text) in texts.iter().enumerate() {
            if index > 0 {
                self.push(", ");
            }
            self.bind(Bind::Text(text.clone()));
        }
        self.push(")")
    }

    pub fn load<R>(self, conn: &mut DbConn) -> QueryResult<Vec<R>>
    where
        R: QueryableByName<diesel::pg::Pg> + QueryableByName<diesel::sqlite::Sqlite> + 'static,
    {
        let text = numbered(&self.text, Engine::of(conn));
        match conn {
            DbConn::Pg(pg) => bound!(text, self.binds, diesel::pg::Pg).load(pg),
            DbConn::Sqlite(sqlite) => bound!(text, self.binds, diesel::sqlite::Sqlite).load(sqlite),
        }
    }

    /// Runs a statement that returns no rows; answers how many it changed.
    pub fn execute(self, conn: &mut DbConn) -> QueryResult<usize> {
        let text = numbered(&self.text, Engine::of(conn));
        match conn {
            DbConn::Pg(pg) => bound!(text, self.binds, diesel::pg::Pg).execute(pg),
            DbConn::Sqlite(sqlite) => {
                bound!(text, self.binds, diesel::sqlite::Sqlite).execute(sqlite)
            }
        }
    }
}

/// `?` placeholders as the engine wants them (`$1, $2, …` on PostgreSQL). Every `?` is one:
/// the SQL written here has none in literals (nor PostgreSQL's `?` JSON operators).
fn numbered(sql: &str, engine: Engine) -> String {
    if engine == Engine::Sqlite {
        return sql.to_owned();
    }
    let mut out = String::with_capacity(sql.len() + 16);
    for (index, part) in sql.split('?').enumerate() {
        if index > 0 {
            out.push_str(&format!("${index}"));
        }
        out.push_str(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_for_postgres_only() {
        let sql = "a = ? AND b IN (?, ?)";
        assert_eq!(numbered(sql, Engine::Sqlite), sql);
        assert_eq!(numbered(sql, Engine::Postgres), "a = $1 AND b IN ($2, $3)");
    }

    #[test]
    fn binds_follow_the_text() {
        let mut sql = Sql::new("SELECT 1 WHERE ");
        sql.in_list("x", &[4, 5])
            .push(" AND ")
            .in_list::<i64>("y", &[]);
        assert_eq!(sql.text, "SELECT 1 WHERE x IN (?, ?) AND y IN (?)");
        assert_eq!(sql.binds.len(), 3);
    }
}
