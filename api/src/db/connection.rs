//! One connection type over SQLite and PostgreSQL, and the manager that opens it.

use diesel::connection::SimpleConnection;
use diesel::r2d2::ManageConnection;
use diesel::{Connection, ConnectionError, PgConnection, SqliteConnection};

use super::url::DatabaseUrl;

/// The busy timeout first, so that switching to WAL waits for another connection rather than
/// failing with "database is locked"; WAL for concurrent readers; NORMAL sync is durable
/// against a killed process in WAL mode; deleted rows (erased aliases, PIN hashes, deleted
/// notes) overwritten with zeros rather than left in free pages. (Memory-mapped reads were
/// tried for issue 18 and cost more: the map is redone, munmap and all, as the file grows.)
const SQLITE_PRAGMAS: &str = "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; \
     PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;";

#[derive(diesel::MultiConnection)]
pub enum DbConn {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

/// Opens connections of exactly the engine the URL names. diesel's generic manager would try
/// PostgreSQL first and then treat any string as a SQLite file name; this one never guesses.
#[derive(Debug, Clone)]
pub struct Manager {
    pub(super) url: DatabaseUrl,
}

impl ManageConnection for Manager {
    type Connection = DbConn;
    type Error = ConnectionError;

    fn connect(&self) -> Result<DbConn, ConnectionError> {
        match &self.url {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url).map(DbConn::Pg),
            DatabaseUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(&path.to_string_lossy())?;
                conn.batch_execute(SQLITE_PRAGMAS)
                    .map_err(ConnectionError::CouldntSetupConfiguration)?;
                Ok(DbConn::Sqlite(conn))
            }
        }
    }

    /// Asked at every checkout: a PostgreSQL connection may have been cut; a SQLite one is a
    /// file handle that cannot be, so it is not asked (a query per request saved).
    fn is_valid(&self, conn: &mut DbConn) -> Result<(), ConnectionError> {
        match conn {
            DbConn::Pg(pg) => pg
                .batch_execute("SELECT 1")
                .map_err(ConnectionError::CouldntSetupConfiguration),
            DbConn::Sqlite(_) => Ok(()),
        }
    }

    fn has_broken(&self, _conn: &mut DbConn) -> bool {
        false
    }
}
