//! Settings from the environment (or flags), with defaults that run out of the box.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use rand::RngCore;

use crate::db::DatabaseUrl;

/// The shortest `LOGBOOK_JWT_SECRET` accepted: HS256 wants at least 256 bits.
const MIN_SECRET_LEN: usize = 32;
const SECRET_FILE: &str = "jwt_secret";

#[derive(Debug, Clone, clap::Args)]
pub struct Settings {
    /// sqlite://<file> or postgres://<user>@<host>/<db> [default: a SQLite file in the data folder]
    #[arg(long, env = "DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Address and port to listen on.
    #[arg(
        long,
        env = "LOGBOOK_BIND",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub bind: String,
    /// Secret that signs access tokens [default: generated once and kept in the data folder]
    #[arg(
        long,
        env = "LOGBOOK_JWT_SECRET",
        hide_env_values = true,
        global = true
    )]
    pub jwt_secret: Option<String>,
    /// Folder for the SQLite file and the generated secret.
    #[arg(long, env = "LOGBOOK_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,
    /// Folder of the built web app.
    #[arg(long, env = "LOGBOOK_WEB_DIR", default_value = "dist", global = true)]
    pub web_dir: PathBuf,
    /// Reverse proxies whose `X-Forwarded-For` names the client (addresses or networks,
    /// separated by commas); none by default.
    #[arg(
        long,
        env = "LOGBOOK_TRUSTED_PROXIES",
        default_value = "",
        global = true
    )]
    pub trusted_proxies: String,
    /// The address young people reach this server by (such as https://logbook.example.org),
    /// for survey links in QR codes and posters [default: the address each request came to]
    #[arg(long, env = "LOGBOOK_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,
}

/// The resolved configuration the server runs with.
#[derive(Debug, Clone)]
pub struct Config {
    pub database_url: DatabaseUrl,
    pub bind: String,
    pub jwt_secret: Vec<u8>,
    pub web_dir: PathBuf,
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Without a trailing `/`.
    pub public_url: Option<String>,
}

impl Settings {
    /// The database URL alone, for commands that need no secret.
    pub fn database_url(&self) -> anyhow::Result<DatabaseUrl> {
        match &self.database_url {
            Some(url) => DatabaseUrl::parse(url),
            None => Ok(DatabaseUrl::Sqlite(self.data_dir.join("logbook.sqlite"))),
        }
    }

    pub fn resolve(&self) -> anyhow::Result<Config> {
        let jwt_secret = match &self.jwt_secret {
            Some(secret) => {
                anyhow::ensure!(
                    secret.len() >= MIN_SECRET_LEN,
                    "LOGBOOK_JWT_SECRET must be at least {MIN_SECRET_LEN} characters"
                );
                secret.as_bytes().to_vec()
            }
            None => stored_secret(&self.data_dir)?,
        };
        Ok(Config {
            database_url: self.database_url()?,
            bind: self.bind.clone(),
            jwt_secret,
            web_dir: self.web_dir.clone(),
            trusted_proxies: crate::auth::client_address::parse_trusted(&self.trusted_proxies)
                .map_err(|error| anyhow::anyhow!("LOGBOOK_TRUSTED_PROXIES: {error}"))?,
            public_url: self.public_url.as_deref().map(public_url).transpose()?,
        })
    }
}

/// `LOGBOOK_PUBLIC_URL` as links are built from it: an http(s) address without a path's
/// trailing `/`.
fn public_url(given: &str) -> anyhow::Result<String> {
    let url = given.trim().trim_end_matches('/');
    let host = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or("");
    anyhow::ensure!(
        !host.is_empty() && !host.contains(char::is_whitespace),
        "LOGBOOK_PUBLIC_URL must be an http:// or https:// address, such as https://logbook.example.org"
    );
    Ok(url.to_owned())
}

/// Reads the secret kept in the data folder, creating it (readable by the owner only) once.
fn stored_secret(data_dir: &Path) -> anyhow::Result<Vec<u8>> {
    let path = data_dir.join(SECRET_FILE);
    if let Ok(existing) = fs::read_to_string(&path) {
        let existing = existing.trim();
        anyhow::ensure!(
            existing.len() >= MIN_SECRET_LEN,
            "{} is shorter than {MIN_SECRET_LEN} characters; delete it to make a new one",
            path.display()
        );
        return Ok(existing.as_bytes().to_vec());
    }
    fs::create_dir_all(data_dir)
        .with_context(|| format!("cannot create {}", data_dir.display()))?;
    let mut bytes = [0u8; 48];
    rand::rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    let mut file = owner_only_file(&path)?;
    file.write_all(secret.as_bytes())?;
    tracing::info!(path = %path.display(), "generated a new JWT secret");
    Ok(secret.into_bytes())
}

#[cfg(unix)]
fn owner_only_file(path: &Path) -> anyhow::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot create {}", path.display()))
}

#[cfg(not(unix))]
fn owner_only_file(path: &Path) -> anyhow::Result<fs::File> {
    fs::File::create_new(path).with_context(|| format!("cannot create {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(data_dir: &Path) -> Settings {
        Settings {
            database_url: None,
            bind: "127.0.0.1:0".into(),
            jwt_secret: None,
            data_dir: data_dir.to_path_buf(),
            web_dir: "dist".into(),
            trusted_proxies: String::new(),
            public_url: None,
        }
    }

    #[test]
    fn generated_secret_is_kept_and_reused() {
        let dir = tempfile::tempdir().unwrap();
        let first = settings(dir.path()).resolve().unwrap();
        let second = settings(dir.path()).resolve().unwrap();
        assert_eq!(first.jwt_secret, second.jwt_secret);
        assert!(first.jwt_secret.len() >= MIN_SECRET_LEN);
        assert_eq!(
            first.database_url,
            DatabaseUrl::Sqlite(dir.path().join("logbook.sqlite"))
        );
    }

    #[test]
    fn short_secret_and_unknown_scheme_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let mut short = settings(dir.path());
        short.jwt_secret = Some("short".into());
        assert!(short.resolve().is_err());
        let mut mistyped = settings(dir.path());
        mistyped.database_url = Some("postgress://localhost/logbook".into());
        assert!(mistyped.resolve().is_err());
    }

    #[test]
    fn the_public_address_is_an_http_address_kept_without_its_trailing_slash() {
        let dir = tempfile::tempdir().unwrap();
        let mut given = settings(dir.path());
        given.public_url = Some("https://logbook.example.org/".into());
        let config = given.resolve().unwrap();
        assert_eq!(
            config.public_url.as_deref(),
            Some("https://logbook.example.org")
        );
        for wrong in [
            "logbook.example.org",
            "https://",
            "ftp://logbook.example.org",
        ] {
            given.public_url = Some(wrong.into());
            assert!(given.resolve().is_err(), "{wrong}");
        }
    }
}
