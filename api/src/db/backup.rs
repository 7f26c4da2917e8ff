//! `logbook backup FILE` and `logbook restore FILE`: a consistent copy of a running instance's
//! database, and putting one back into an empty database.
//!
//! SQLite copies itself with `VACUUM INTO`: one read transaction, so the copy is the database
//! as of one moment while writers go on. PostgreSQL is copied by its own `pg_dump` (custom
//! format, also one snapshot) and put back by `pg_restore`, which must be at least as new as
//! the server: an older one cannot read what a newer server has.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail, ensure};
use diesel::r2d2::ManageConnection;
use diesel::sql_types::{BigInt, Text};
use diesel::{QueryableByName, RunQueryDsl};

use super::connection::{DbConn, Manager};
use super::url::DatabaseUrl;

/// Writes a consistent copy of the database at `url` to `file`, which must not exist yet;
/// answers its size in bytes.
pub fn backup(url: &DatabaseUrl, file: &Path) -> anyhow::Result<u64> {
    ensure!(
        !file.exists(),
        "{} exists already: back up to a new file",
        file.display()
    );
    // Written under another name first, so that `file` is only ever a whole backup.
    let partial = with_suffix(file, ".partial");
    let _ = std::fs::remove_file(&partial);
    let placed = write_copy(url, &partial).and_then(|()| place(&partial, file));
    let _ = std::fs::remove_file(&partial);
    placed?;
    Ok(std::fs::metadata(file)?.len())
}

fn write_copy(url: &DatabaseUrl, partial: &Path) -> anyhow::Result<()> {
    let mut conn = open(url)?;
    match url {
        DatabaseUrl::Sqlite(_) => {
            let into = partial
                .to_str()
                .context("the backup's file name is not UTF-8")?;
            diesel::sql_query("VACUUM INTO ?")
                .bind::<Text, _>(into)
                .execute(&mut conn)
                .context("SQLite could not write the copy")?;
        }
        DatabaseUrl::Postgres(address) => {
            usable_tool(&mut conn, "pg_dump")?;
            let mut dump = postgres_tool("pg_dump", address)?;
            dump.args(["--format=custom", "--no-owner", "--file"])
                .arg(partial);
            run(dump)?;
        }
    }
    Ok(())
}

/// Gives the written copy its name once it is on the disk (neither tool syncs it), never
/// over a file that appeared meanwhile; the folder is synced so that the name lasts too.
fn place(partial: &Path, file: &Path) -> anyhow::Result<()> {
    std::fs::File::open(partial)?.sync_all()?;
    match std::fs::hard_link(partial, file) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!("{} exists already: back up to a new file", file.display())
        }
        // A file system without links (FAT, some network drives): a rename, checked first.
        Err(_) => {
            ensure!(
                !file.exists(),
                "{} exists already: back up to a new file",
                file.display()
            );
            std::fs::rename(partial, file)?;
        }
    }
    let folder = file
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    // Some file systems cannot sync a folder; the backup is whole and named all the same.
    let _ = std::fs::File::open(folder).and_then(|folder| folder.sync_all());
    Ok(())
}

/// Puts the backup in `file` into the empty database at `url`, then brings it up to this
/// version's schema (a backup from an older version is upgraded as it is restored); answers
/// how many sessions it holds.
pub fn restore(url: &DatabaseUrl, file: &Path) -> anyhow::Result<i64> {
    ensure!(file.is_file(), "there is no backup at {}", file.display());
    if let DatabaseUrl::Sqlite(target) = url {
        // SQLite removes both when the last process closes the database: while either is
        // there, a server has it open (or one crashed), and replacing the file under it
        // would lose its writes.
        for log in ["-wal", "-shm"] {
            let log = with_suffix(target, log);
            ensure!(
                !log.exists(),
                "{} exists: a server has the database open, or one stopped without closing \
                 it; stop the server (move the database and its -wal and -shm files away \
                 together), then restore",
                log.display()
            );
        }
        if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)?;
        }
    }
    let mut conn = open(url)?;
    ensure!(
        tables(&mut conn)? == 0,
        "the database at {url} is not empty: restore into a new database (on SQLite, move the \
         old file away first)"
    );
    match url {
        DatabaseUrl::Sqlite(target) => {
            drop(conn);
            restore_sqlite(file, target)?;
        }
        DatabaseUrl::Postgres(address) => {
            usable_tool(&mut conn, "pg_restore")?;
            let mut restore = postgres_tool("pg_restore", address)?;
            restore
                .args(["--no-owner", "--exit-on-error", "--single-transaction"])
                .arg(file);
            run(restore)?;
        }
    }
    let pool = super::connect(url)?;
    let mut conn = pool.get()?;
    sessions(&mut conn)
}

/// The copy is checked where it will stay, under another name, before it becomes the
/// database: a damaged file or one that is not Logbook's is refused and removed.
fn restore_sqlite(file: &Path, target: &Path) -> anyhow::Result<()> {
    let partial = with_suffix(target, ".restoring");
    std::fs::copy(file, &partial)
        .with_context(|| format!("cannot copy {} to {}", file.display(), partial.display()))?;
    let checked = check_sqlite_backup(&partial);
    if checked.is_err() {
        let _ = std::fs::remove_file(&partial);
        return checked;
    }
    // The empty database's own log files would otherwise be read as the copy's.
    for stale in [with_suffix(target, "-wal"), with_suffix(target, "-shm")] {
        let _ = std::fs::remove_file(stale);
    }
    std::fs::rename(&partial, target)?;
    Ok(())
}

fn check_sqlite_backup(copy: &Path) -> anyhow::Result<()> {
    let url = DatabaseUrl::Sqlite(copy.to_path_buf());
    let mut conn = open(&url)?;
    #[derive(QueryableByName)]
    struct Integrity {
        #[diesel(sql_type = Text)]
        integrity_check: String,
    }
    let integrity: Vec<Integrity> = diesel::sql_query("PRAGMA integrity_check")
        .load(&mut conn)
        .context("the backup is not a SQLite database")?;
    ensure!(
        integrity.iter().all(|row| row.integrity_check == "ok"),
        "the backup is damaged: {}",
        integrity
            .iter()
            .map(|row| row.integrity_check.as_str())
            .collect::<Vec<_>>()
            .join("; ")
    );
    ensure!(
        sessions(&mut conn).is_ok(),
        "the backup is not a Logbook database"
    );
    Ok(())
}

fn open(url: &DatabaseUrl) -> anyhow::Result<DbConn> {
    Manager { url: url.clone() }
        .connect()
        .map_err(|error| anyhow::anyhow!("cannot connect to {url}: {error}"))
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    count: i64,
}

fn count(conn: &mut DbConn, query: &str) -> anyhow::Result<i64> {
    let rows: Vec<Count> = diesel::sql_query(query).load(conn)?;
    Ok(rows.first().map_or(0, |row| row.count))
}

/// Tables in the database: none in an empty one.
fn tables(conn: &mut DbConn) -> anyhow::Result<i64> {
    count(
        conn,
        match conn {
            DbConn::Sqlite(_) => {
                "SELECT COUNT(*) AS count FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%'"
            }
            DbConn::Pg(_) => {
                "SELECT COUNT(*) AS count FROM information_schema.tables \
                 WHERE table_schema = current_schema()"
            }
        },
    )
}

fn sessions(conn: &mut DbConn) -> anyhow::Result<i64> {
    count(conn, "SELECT COUNT(*) AS count FROM sessions")
}

/// Refuses a PostgreSQL tool older than the server, before it starts: the operator learns
/// what to install rather than reading the tool's own mismatch error half-way.
fn usable_tool(conn: &mut DbConn, tool: &str) -> anyhow::Result<()> {
    let server = count(
        conn,
        "SELECT current_setting('server_version_num')::bigint / 10000 AS count",
    )?;
    let output = Command::new(tool)
        .arg("--version")
        .output()
        .with_context(|| format!("{tool} is not installed (it comes with PostgreSQL's client)"))?;
    let version = String::from_utf8_lossy(&output.stdout);
    let major = tool_major(&version)
        .with_context(|| format!("cannot read {tool}'s version from {version:?}"))?;
    ensure!(
        major >= server,
        "{tool} {major} cannot copy a PostgreSQL {server} server: install {tool} {server} or newer"
    );
    Ok(())
}

/// The major version in `pg_dump (PostgreSQL) 15.10 (Debian 15.10-0+deb12u1)`.
fn tool_major(version: &str) -> Option<i64> {
    let number = version.split(") ").nth(1)?.split_whitespace().next()?;
    number.split('.').next()?.parse().ok()
}

/// `tool` connecting to `address`, its password passed in the environment rather than on
/// the command line, where anyone on the machine could read it.
fn postgres_tool(tool: &str, address: &str) -> anyhow::Result<Command> {
    let mut parsed = url::Url::parse(address).context("the PostgreSQL address is not a URL")?;
    let mut command = Command::new(tool);
    if let Some(password) = parsed.password() {
        let password = percent_encoding::percent_decode_str(password)
            .decode_utf8()
            .context("the PostgreSQL password is not UTF-8")?
            .into_owned();
        command.env("PGPASSWORD", password);
        parsed
            .set_password(None)
            .map_err(|()| anyhow::anyhow!("cannot take the password out of the address"))?;
    }
    command.arg("--dbname").arg(parsed.as_str());
    Ok(command)
}

fn run(mut command: Command) -> anyhow::Result<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let status = command
        .status()
        .with_context(|| format!("cannot run {program}"))?;
    ensure!(status.success(), "{program} failed ({status})");
    Ok(())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_major_version_of_postgres_tools() {
        assert_eq!(
            tool_major("pg_dump (PostgreSQL) 15.10 (Debian 15.10-0+deb12u1)\n"),
            Some(15)
        );
        assert_eq!(tool_major("pg_restore (PostgreSQL) 17.2\n"), Some(17));
        assert_eq!(tool_major("something else"), None);
    }
}
