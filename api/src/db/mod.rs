//! The database layer: one connection type over SQLite and PostgreSQL, a pool, migrations,
//! and the helper that runs blocking database work off the async workers.

pub mod backup;
mod connection;
pub mod raw;
mod url;
mod writer;

pub mod queries;
pub mod schema;

use std::sync::Arc;
use std::time::Duration;

use diesel::Connection;
use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::r2d2::{self, ManageConnection};
use diesel::result::Error as DieselError;
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

pub use connection::{DbConn, Manager, MultiBackend};
pub use url::DatabaseUrl;
use writer::Writer;

use crate::error::ApiError;

const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/postgres");
const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("../migrations/sqlite");

/// The connections, and on SQLite the one connection this process writes through.
#[derive(Clone)]
pub struct Pool {
    connections: r2d2::Pool<Manager>,
    writer: Option<Arc<Writer>>,
}

impl std::fmt::Debug for Pool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pool")
            .field("connections", &self.connections)
            .field("writer", &self.writer.is_some())
            .finish()
    }
}

impl Pool {
    pub fn get(&self) -> Result<r2d2::PooledConnection<Manager>, r2d2::PoolError> {
        self.connections.get()
    }
}

/// Connects (failing fast with the engine's own message), runs pending migrations, and
/// returns the pool.
pub fn connect(url: &DatabaseUrl) -> anyhow::Result<Pool> {
    if let DatabaseUrl::Sqlite(path) = url
        && let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(folder)?;
    }
    let manager = Manager { url: url.clone() };
    let mut first = manager
        .connect()
        .map_err(|e| anyhow::anyhow!("cannot connect to {url}: {e}"))?;
    run_migrations(&mut first)?;
    let writer = match first {
        DbConn::Sqlite(_) => Some(Arc::new(Writer::new(manager.clone(), first))),
        DbConn::Pg(_) => None,
    };
    let connections = r2d2::Pool::builder()
        .max_size(8)
        .connection_timeout(Duration::from_secs(10))
        .build(manager)?;
    Ok(Pool {
        connections,
        writer,
    })
}

pub fn run_migrations(conn: &mut DbConn) -> anyhow::Result<()> {
    let applied = match conn {
        DbConn::Pg(pg) => pg.run_pending_migrations(POSTGRES_MIGRATIONS),
        DbConn::Sqlite(sqlite) => sqlite.run_pending_migrations(SQLITE_MIGRATIONS),
    }
    .map_err(|e| anyhow::anyhow!("migrations failed: {e}"))?;
    for version in applied {
        tracing::info!(%version, "applied migration");
    }
    // New roll-up tables start empty: fill them from the sessions already stored.
    if queries::rollups::fill_once(conn)? {
        tracing::info!("filled the report roll-ups");
    }
    Ok(())
}

/// Reverts every migration (for the up → down → up test).
pub fn revert_all_migrations(conn: &mut DbConn) -> anyhow::Result<()> {
    match conn {
        DbConn::Pg(pg) => pg.revert_all_migrations(POSTGRES_MIGRATIONS).map(drop),
        DbConn::Sqlite(sqlite) => sqlite.revert_all_migrations(SQLITE_MIGRATIONS).map(drop),
    }
    .map_err(|e| anyhow::anyhow!("reverting migrations failed: {e}"))
}

/// Copies every page of SQLite's write-ahead log into the database and empties the log, so
/// that rows deleted since (erased aliases, PIN hashes, deleted notes — overwritten in the
/// database by `secure_delete`) leave no older copy there. Busy readers make it a no-op until
/// next time. On PostgreSQL deleted rows stay in dead tuples until (auto)vacuum reuses them,
/// and in its write-ahead log and any archive of it (docs/README.md says so).
pub fn empty_write_ahead_log(conn: &mut DbConn) -> Result<(), DieselError> {
    if let DbConn::Sqlite(sqlite) = conn {
        sqlite.batch_execute("PRAGMA wal_checkpoint(TRUNCATE);")?;
    }
    Ok(())
}

/// Work not run through `blocking` (commands, tests' own setup) writes on its own connection,
/// taking turns here rather than in SQLite's busy handler, which sleeps up to 100 ms between
/// tries and leaves the lock idle meanwhile; after the busy timeout such a writer goes on to
/// SQLite's own wait, so a turn held too long cannot stop the others. (`blocking`'s work
/// writes through its pool's `writer::Writer`.)
static SQLITE_WRITER: parking_lot::Mutex<()> = parking_lot::Mutex::new(());
const SQLITE_BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// A transaction that writes. On SQLite it waits for its turn, then begins `IMMEDIATE`,
/// taking the write lock (and waiting out the busy timeout for it) before it reads: in WAL
/// mode a deferred transaction that has read and then writes gets `SQLITE_BUSY` at once when
/// another writer went first, ignoring the timeout. Within `blocking` it runs on the pool's
/// writer connection instead of `conn` (`writer`).
/// PostgreSQL, and a transaction already open, need nothing special.
pub fn write_transaction<T, E, F>(conn: &mut DbConn, work: F) -> Result<T, E>
where
    F: FnOnce(&mut DbConn) -> Result<T, E>,
    E: From<DieselError>,
{
    let DbConn::Sqlite(sqlite) = conn else {
        return conn.transaction(work);
    };
    if AnsiTransactionManager::transaction_manager_status_mut(sqlite)
        .transaction_depth()?
        .is_some()
    {
        return conn.transaction(work);
    }
    if let Some(writer) = writer::current() {
        return writer.transaction(work);
    }
    let _turn = SQLITE_WRITER.try_lock_for(SQLITE_BUSY_TIMEOUT);
    writer::immediate(conn, work)
}

/// Runs database work on actix's blocking pool, so no async worker waits on IO or hashing.
pub async fn blocking<T, F>(pool: &Pool, work: F) -> Result<T, ApiError>
where
    F: FnOnce(&mut DbConn) -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    let pool = pool.clone();
    actix_web::web::block(move || {
        let mut conn = pool.get().map_err(ApiError::internal)?;
        let _writer = writer::Scope::enter(pool.writer.clone());
        work(&mut conn)
    })
    .await
    .map_err(ApiError::internal)?
}

impl From<DieselError> for ApiError {
    fn from(error: DieselError) -> Self {
        ApiError::internal(error)
    }
}
