//! SQLite's writes through one connection per pool (issue 18).
//!
//! SQLite has one writer at a time. A pool's writers take turns on one connection of its own,
//! each woken the moment the one before commits: unlike a pool connection, whose page cache
//! SQLite drops whenever another connection has written, it keeps its cache, so a write reads
//! no page it read before from the file again. (Committing queued writes together was tried
//! too, and was slower: the writers waiting for a group's commit then contend for the turn.)

use std::cell::{Cell, RefCell};
use std::panic::{AssertUnwindSafe, catch_unwind, resume_unwind};
use std::sync::Arc;

use diesel::Connection;
use diesel::connection::{AnsiTransactionManager, TransactionManager};
use diesel::r2d2::ManageConnection;
use diesel::result::{DatabaseErrorKind, Error as DieselError};
use parking_lot::Mutex;

use super::connection::{DbConn, Manager};

pub struct Writer {
    manager: Manager,
    /// `None` after a failure left it inside a transaction; opened again by the next write.
    connection: Mutex<Option<DbConn>>,
}

impl Writer {
    /// The writer of a SQLite database, on `first` (a connection already open).
    pub fn new(manager: Manager, first: DbConn) -> Writer {
        Writer {
            manager,
            connection: Mutex::new(Some(first)),
        }
    }

    /// Runs `work` in a transaction of its own on the writer connection, in its turn.
    pub fn transaction<T, E, F>(&self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut DbConn) -> Result<T, E>,
        E: From<DieselError>,
    {
        if WRITING.with(|writing| writing.replace(true)) {
            // Work holding the writer asked for it again (through another connection than
            // its own): waiting would wait for itself.
            return Err(not_written("a write within a write, on another connection").into());
        }
        let _writing = NotWriting;
        let mut slot = self.connection.lock();
        let conn = match &mut *slot {
            Some(conn) => conn,
            closed => closed.insert(
                self.manager
                    .connect()
                    .map_err(|error| not_written(&error.to_string()))?,
            ),
        };
        let outcome = match catch_unwind(AssertUnwindSafe(|| immediate(conn, work))) {
            Ok(outcome) => outcome,
            Err(panic) => {
                // Closing the connection rolls back what the work had begun.
                *slot = None;
                resume_unwind(panic);
            }
        };
        if let DbConn::Sqlite(sqlite) = conn
            && !matches!(
                AnsiTransactionManager::transaction_manager_status_mut(sqlite).transaction_depth(),
                Ok(None)
            )
        {
            *slot = None;
        }
        outcome
    }
}

/// `work` in a SQLite transaction begun `IMMEDIATE`, committed when it succeeds.
pub(super) fn immediate<T, E, F>(conn: &mut DbConn, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<DieselError>,
{
    let DbConn::Sqlite(sqlite) = conn else {
        return conn.transaction(work);
    };
    AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE")?;
    let outcome = work(conn);
    if let DbConn::Sqlite(sqlite) = conn {
        match &outcome {
            Ok(_) => AnsiTransactionManager::commit_transaction(sqlite)?,
            Err(_) => AnsiTransactionManager::rollback_transaction(sqlite)?,
        }
    }
    outcome
}

fn not_written(why: &str) -> DieselError {
    DieselError::DatabaseError(
        DatabaseErrorKind::Unknown,
        Box::new(format!("the write was not saved: {why}")),
    )
}

thread_local! {
    /// The writer of the pool whose work this thread runs (`super::blocking`).
    static CURRENT: RefCell<Option<Arc<Writer>>> = const { RefCell::new(None) };
    /// Whether this thread is inside `Writer::transaction`.
    static WRITING: Cell<bool> = const { Cell::new(false) };
}

/// Clears `WRITING` when the write ends, also by a panic.
struct NotWriting;

impl Drop for NotWriting {
    fn drop(&mut self) {
        WRITING.with(|writing| writing.set(false));
    }
}

/// The writer of the pool whose work this thread runs, if any.
pub fn current() -> Option<Arc<Writer>> {
    CURRENT.with(|current| current.borrow().clone())
}

/// Sets the thread's current writer for as long as it lives, then puts the one before back.
pub struct Scope(Option<Arc<Writer>>);

impl Scope {
    pub fn enter(writer: Option<Arc<Writer>>) -> Scope {
        Scope(CURRENT.with(|current| current.replace(writer)))
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        let before = self.0.take();
        CURRENT.with(|current| current.replace(before));
    }
}

#[cfg(test)]
mod tests {
    use diesel::prelude::*;
    use diesel::sql_types::BigInt;

    use super::*;
    use crate::db::{DatabaseUrl, Pool, connect, write_transaction};

    #[derive(QueryableByName)]
    struct Count {
        #[diesel(sql_type = BigInt)]
        n: i64,
    }

    fn count(pool: &Pool) -> i64 {
        diesel::sql_query("SELECT COUNT(*) AS n FROM rollups_state")
            .get_result::<Count>(&mut *pool.get().unwrap())
            .unwrap()
            .n
    }

    /// Adds a row to a table every database has, through the pool's writer.
    fn add_row(conn: &mut DbConn) -> Result<(), DieselError> {
        diesel::sql_query("INSERT INTO rollups_state (filled) VALUES (TRUE)")
            .execute(conn)
            .map(drop)
    }

    #[test]
    fn a_failed_or_panicking_write_leaves_the_writer_usable() {
        let folder = tempfile::tempdir().unwrap();
        let url = DatabaseUrl::Sqlite(folder.path().join("writer.sqlite"));
        let pool = connect(&url).unwrap();
        let _scope = Scope::enter(pool.writer.clone());
        let before = count(&pool);
        let mut conn = pool.get().unwrap();
        let failed = write_transaction(&mut conn, |conn| {
            add_row(conn)?;
            Err::<(), _>(DieselError::RollbackTransaction)
        });
        assert!(failed.is_err());
        assert_eq!(count(&pool), before, "the failed write is rolled back");
        let panicked = std::panic::catch_unwind(AssertUnwindSafe(|| {
            let _ = write_transaction(&mut pool.get().unwrap(), |conn| {
                add_row(conn)?;
                panic!("a bug in the work");
                #[allow(unreachable_code)]
                Ok::<(), DieselError>(())
            });
        }));
        assert!(panicked.is_err());
        assert_eq!(count(&pool), before, "the panicked write is rolled back");
        write_transaction(&mut conn, add_row).unwrap();
        assert_eq!(count(&pool), before + 1, "the next write is saved");
        let nested = write_transaction(&mut conn, |_| {
            write_transaction(&mut pool.get().unwrap(), add_row)
        });
        assert!(
            nested.is_err(),
            "a write within a write on another connection is refused"
        );
        write_transaction(&mut conn, add_row).unwrap();
        assert_eq!(count(&pool), before + 2);
    }
}
