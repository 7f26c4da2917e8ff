//! The real `logbook` binary as an operator runs it: the server as a process of its own, which
//! a test can kill or ask to stop, and the commands beside it.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

use logbook_api::db::DatabaseUrl;

use crate::support::{JWT_SECRET, url_setting, workspace_root};

/// `target/debug/logbook`, which `cargo build --bins` makes (scripts/test does, first).
fn binary() -> PathBuf {
    let path = workspace_root().join("target/debug/logbook");
    assert!(
        path.is_file(),
        "build the server first: cargo build --workspace --exclude logbook-tests --bins"
    );
    path
}

/// The `logbook` command on `database`, its files in `data`.
fn logbook(database: &DatabaseUrl, data: &Path) -> Command {
    let mut command = Command::new(binary());
    command
        .env("DATABASE_URL", url_setting(database))
        .env("LOGBOOK_DATA_DIR", data)
        .env("LOGBOOK_WEB_DIR", data.join("no-web-app"))
        .env(
            "LOGBOOK_JWT_SECRET",
            std::str::from_utf8(JWT_SECRET).unwrap(),
        )
        .env("RUST_LOG", "error");
    command
}

/// Runs `logbook ARGS` to the end; answers what it printed and how it ended.
pub async fn run(database: &DatabaseUrl, data: &Path, args: &[&str]) -> Output {
    let mut command = logbook(database, data);
    command.args(args);
    tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap()
}

/// Runs `logbook ARGS`, which must succeed; answers what it printed.
pub async fn succeed(database: &DatabaseUrl, data: &Path, args: &[&str]) -> String {
    let output = run(database, data, args).await;
    assert!(
        output.status.success(),
        "logbook {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

pub struct Server {
    child: Child,
    pub address: String,
}

impl Server {
    /// `logbook serve` on a free port, once it answers. A port found free can be taken by
    /// another test's server before ours binds it: ours then exits, and it tries another.
    pub async fn start(database: &DatabaseUrl, data: &Path) -> Server {
        for _ in 0..3 {
            let port = {
                let listener = TcpListener::bind("127.0.0.1:0").unwrap();
                listener.local_addr().unwrap().port()
            };
            let child = logbook(database, data)
                .arg("serve")
                .env("LOGBOOK_BIND", format!("127.0.0.1:{port}"))
                .stdout(Stdio::null())
                .spawn()
                .unwrap();
            let mut server = Server {
                child,
                address: format!("http://127.0.0.1:{port}"),
            };
            if server.ready().await {
                return server;
            }
        }
        panic!("the server did not start");
    }

    /// Whether this server (not another on its port) answers within a minute.
    async fn ready(&mut self) -> bool {
        let started = Instant::now();
        while started.elapsed() < Duration::from_secs(60) {
            if self.child.try_wait().unwrap().is_some() {
                return false;
            }
            let answer = reqwest::get(format!("{}/readyz", self.address)).await;
            if answer.is_ok_and(|answer| answer.status().is_success()) {
                return self.child.try_wait().unwrap().is_none();
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        false
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// `kill -9`: the process ends at once, with no chance to finish anything.
    pub fn kill(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// `kill -TERM`, as a service manager stops a server.
    pub fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// How the process ended, waiting up to `within` for it.
    pub async fn ended(&mut self, within: Duration) -> ExitStatus {
        let started = Instant::now();
        while started.elapsed() < within {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the server was still running after {within:?}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
