//! Hand-written SQL for the statements diesel's builder cannot express across both engines
//! (reports and their roll-ups): text with `?` placeholders and the values bound to them, in
//! order, run on whichever engine the connection has.

use chrono::NaiveDate;
use diesel::backend::Backend;
use diesel::deserialize::QueryableByName;
use diesel::pg::Pg;
use diesel::prelude::*;
use diesel::query_builder::{AstPass, Query, QueryFragment, QueryId};
use diesel::serialize::ToSql;
use diesel::sql_types::{BigInt, Date, HasSqlType, Integer, Nullable, Text, Untyped};
use diesel::sqlite::Sqlite;

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

/// A statement being written: its text and its binds, kept in step.
#[derive(Debug, Clone, Default)]
pub struct Sql {
    text: String,
    binds: Vec<Bind>,
    /// Whether the connection keeps the statement prepared for its next run.
    keep_prepared: bool,
}

impl Sql {
    pub fn new(text: &str) -> Sql {
        Sql {
            text: text.to_owned(),
            binds: Vec::new(),
            keep_prepared: false,
        }
    }

    /// A statement the connection keeps prepared for its next run: for statements run on every
    /// write whose text takes only a few shapes (each shape stays in the connection's cache
    /// for good, so never for text built from lists or values).
    pub fn prepared(text: &str) -> Sql {
        Sql {
            keep_prepared: true,
            ..Sql::new(text)
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
        R: QueryableByName<Pg> + QueryableByName<Sqlite> + 'static,
    {
        match conn {
            DbConn::Pg(pg) => RunQueryDsl::load(self, pg),
            DbConn::Sqlite(sqlite) => RunQueryDsl::load(self, sqlite),
        }
    }

    /// Runs a statement that returns no rows; answers how many it changed.
    pub fn execute(self, conn: &mut DbConn) -> QueryResult<usize> {
        match conn {
            DbConn::Pg(pg) => RunQueryDsl::execute(self, pg),
            DbConn::Sqlite(sqlite) => RunQueryDsl::execute(self, sqlite),
        }
    }
}

/// The statement as diesel runs it: the text between the `?`s, and each value bound where its
/// `?` was (diesel writes the engine's placeholder: `?`, or `$1, $2, …` on PostgreSQL). Every
/// `?` is one: the SQL written here has none in literals (nor PostgreSQL's `?` JSON operators).
impl<DB> QueryFragment<DB> for Sql
where
    DB: Backend + HasSqlType<BigInt> + HasSqlType<Date> + HasSqlType<Text> + HasSqlType<Integer>,
    i64: ToSql<BigInt, DB>,
    NaiveDate: ToSql<Date, DB>,
    String: ToSql<Text, DB>,
    Option<i32>: ToSql<Nullable<Integer>, DB>,
{
    fn walk_ast<'b>(&'b self, mut out: AstPass<'_, 'b, DB>) -> QueryResult<()> {
        if !self.keep_prepared {
            out.unsafe_to_cache_prepared();
        }
        let mut parts = self.text.split('?');
        out.push_sql(parts.next().unwrap_or_default());
        for (bind, part) in self.binds.iter().zip(parts.by_ref()) {
            match bind {
                Bind::Id(id) => out.push_bind_param::<BigInt, _>(id)?,
                Bind::Day(day) => out.push_bind_param::<Date, _>(day)?,
                Bind::Text(text) => out.push_bind_param::<Text, _>(text)?,
                Bind::MaybeInt(value) => out.push_bind_param::<Nullable<Integer>, _>(value)?,
            }
            out.push_sql(part);
        }
        debug_assert!(parts.next().is_none(), "a value for every placeholder");
        Ok(())
    }
}

/// Cached by its text (`HAS_STATIC_QUERY_ID` is false), when kept prepared at all.
impl QueryId for Sql {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl Query for Sql {
    type SqlType = Untyped;
}

impl<Conn> RunQueryDsl<Conn> for Sql {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_for_postgres_only() {
        let mut sql = Sql::new("SELECT 1 WHERE a = ");
        sql.bind(Bind::Id(1))
            .push(" AND ")
            .in_list("b", &[2_i64, 3]);
        let postgres = diesel::debug_query::<Pg, _>(&sql).to_string();
        assert!(postgres.starts_with("SELECT 1 WHERE a = $1 AND b IN ($2, $3)"));
        let sqlite = diesel::debug_query::<Sqlite, _>(&sql).to_string();
        assert!(sqlite.starts_with("SELECT 1 WHERE a = ? AND b IN (?, ?)"));
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
