use std::fmt;
use std::path::PathBuf;

/// A parsed `DATABASE_URL`. Only two schemes exist; anything else is refused at start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `sqlite://path/to/file.sqlite` (relative) or `sqlite:///absolute/path.sqlite`.
    Sqlite(PathBuf),
    /// `postgres://…` or `postgresql://…`, passed to libpq as is.
    Postgres(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DatabaseUrl::Postgres(url.to_owned()));
        }
        if let Some(path) = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
        {
            anyhow::ensure!(
                !path.is_empty(),
                "DATABASE_URL {url:?} names no SQLite file"
            );
            return Ok(DatabaseUrl::Sqlite(PathBuf::from(path)));
        }
        anyhow::bail!(
            "DATABASE_URL {url:?} has an unknown scheme: use sqlite://<file> or postgres://<user>@<host>/<db>"
        )
    }
}

/// Shown in logs and errors: never prints a PostgreSQL password.
impl fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseUrl::Sqlite(path) => write!(f, "sqlite://{}", path.display()),
            DatabaseUrl::Postgres(url) => {
                let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
                let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
                write!(f, "{scheme}://{host}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_both_schemes_and_refuses_others() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://data/logbook.sqlite").unwrap(),
            DatabaseUrl::Sqlite("data/logbook.sqlite".into())
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///tmp/x.sqlite").unwrap(),
            DatabaseUrl::Sqlite("/tmp/x.sqlite".into())
        );
        assert!(
            DatabaseUrl::parse("postgresql://u@h/db")
                .unwrap()
                .to_string()
                == "postgresql://h/db"
        );
        assert!(DatabaseUrl::parse("mysql://u@h/db").is_err());
        assert!(DatabaseUrl::parse("data/logbook.sqlite").is_err());
        assert!(DatabaseUrl::parse("sqlite://").is_err());
    }

    #[test]
    fn display_hides_the_password() {
        let url = DatabaseUrl::parse("postgres://user:secret@db.example:5432/logbook").unwrap();
        assert_eq!(url.to_string(), "postgres://db.example:5432/logbook");
    }
}
