//! Running an instance, with the real `logbook` binary as an operator runs it: every write the
//! server acknowledged survives `kill -9` of the server right after it; `SIGTERM` lets the
//! requests in flight finish before the process exits; and `logbook backup` under write load
//! restores with `logbook restore` into a fresh database that agrees with the live one.
//!
//! On SQLite, or on PostgreSQL when `LOGBOOK_TEST_DATABASE_URL` names a server, which must run
//! with `fsync` on (scripts/test starts it so). Needs the server binary built
//! (`cargo build --workspace --exclude logbook-tests --bins`; scripts/test does it first).

// Test binaries: a panic is how a failure is reported.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "operations/load.rs"]
mod load;
#[path = "operations/server.rs"]
mod server;
#[path = "support/mod.rs"]
mod support;
#[path = "operations/tables.rs"]
mod tables;

use std::sync::Arc;
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use load::{Acknowledged, Load, Target};
use logbook_api::db::DatabaseUrl;
use serde_json::{Value, json};
use server::{Server, run, succeed};
use support::{empty_database, fresh_database};

/// A database of the demo organisation, and a folder for the server's own files.
async fn demo_database() -> (DatabaseUrl, support::TestDatabase, tempfile::TempDir) {
    let (database, kept) = fresh_database();
    if let DatabaseUrl::Postgres(address) = &database {
        assert_eq!(
            tables::setting(address, "fsync"),
            "on",
            "the durability tests need PostgreSQL with fsync on"
        );
    }
    let data = tempfile::tempdir().unwrap();
    succeed(&database, data.path(), &["seed-demo"]).await;
    (database, kept, data)
}

async fn get(server: &Server, token: &str, path: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(server.url(path))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

/// Everything `acknowledged` is stored, as the restarted server reads it.
async fn all_stored(server: &Server, target: &Target, acknowledged: &Acknowledged) {
    for session in &acknowledged.sessions {
        let found = get(
            server,
            &target.token,
            &format!("/api/v1/sessions/{session}"),
        )
        .await;
        assert_eq!(found.status(), 200, "session {session} was lost");
    }
    for (session, check_in) in &acknowledged.check_ins {
        let path = format!("/api/v1/sessions/{session}/check-ins");
        let listed = get(server, &target.token, &path).await;
        assert_eq!(listed.status(), 200, "{path}");
        let listed: Value = listed.json().await.unwrap();
        let ids: Vec<i64> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|check_in| check_in["id"].as_i64().unwrap())
            .collect();
        assert!(
            ids.contains(check_in),
            "check-in {check_in} of session {session} was lost"
        );
    }
}

#[tokio::test]
async fn every_acknowledged_write_survives_kill_9_and_sigterm_lets_requests_in_flight_finish() {
    let (database, _kept, data) = demo_database().await;
    let mut server = Server::start(&database, data.path()).await;
    let target = Arc::new(Target::demo(&server.address).await);
    let answers_before = target.answers().await;

    // Youth workers log and check in, and young people send the survey three seconds after
    // opening it; the server is killed in the middle of it all, once a few answers are in.
    let load = Load::start(&target, 8, 20);
    load.answered(3).await;
    server.kill();
    let acknowledged = load.stop().await;
    println!(
        "acknowledged before kill -9: {} sessions, {} check-ins, {} answers",
        acknowledged.sessions.len(),
        acknowledged.check_ins.len(),
        acknowledged.answers
    );
    assert!(acknowledged.sessions.len() >= 100 && !acknowledged.check_ins.is_empty());

    let mut server = Server::start(&database, data.path()).await;
    all_stored(&server, &target, &acknowledged).await;
    let answers = target_on(&server, &target).answers().await;
    assert!(
        answers >= answers_before + acknowledged.answers as i64,
        "{answers} answers stored, {answers_before} + {} acknowledged",
        acknowledged.answers
    );
    // Nothing half-written either: the roll-ups agree with the sessions and check-ins.
    server.terminate();
    server.ended(Duration::from_secs(30)).await;
    succeed(&database, data.path(), &["verify-rollups"]).await;

    // SIGTERM under load, with one request half sent when the signal comes: it is finished
    // and answered, every request answered is stored, and the process exits cleanly.
    let mut server = Server::start(&database, data.path()).await;
    let target = Arc::new(target_on(&server, &target));
    let load = Load::start(&target, 32, 0);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut across = HalfSent::start(&server, &target).await;
    server.terminate();
    let signalled = Instant::now();
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (status, session) = across.finish().await;
    assert_eq!(
        status, 201,
        "the request in flight at the signal was not finished"
    );
    let ended = server.ended(Duration::from_secs(30)).await;
    let drained = signalled.elapsed();
    let mut acknowledged = load.stop().await;
    assert!(ended.success(), "the server ended with {ended}");
    println!(
        "SIGTERM: exited {drained:?} after the signal; {} sessions acknowledged",
        acknowledged.sessions.len()
    );
    acknowledged.sessions.push(session);
    let server = Server::start(&database, data.path()).await;
    all_stored(&server, &target, &acknowledged).await;
}

/// A session whose request is half sent: its headers, and once the server has read them
/// (it answers `100 Continue`), half its body; the rest in [`HalfSent::finish`].
struct HalfSent {
    stream: TcpStream,
    rest: Vec<u8>,
}

impl HalfSent {
    async fn start(server: &Server, target: &Target) -> HalfSent {
        let host = server.address.trim_start_matches("http://");
        let body = target
            .session("Half sent at SIGTERM")
            .to_string()
            .into_bytes();
        let head = format!(
            "POST /api/v1/sessions HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {}\r\n\
             Idempotency-Key: half-sent\r\nContent-Type: application/json\r\n\
             Content-Length: {}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
            target.token,
            body.len()
        );
        let mut stream = TcpStream::connect(host).await.unwrap();
        stream.write_all(head.as_bytes()).await.unwrap();
        let mut interim = Vec::new();
        while !interim.ends_with(b"\r\n\r\n") {
            let mut byte = [0];
            stream.read_exact(&mut byte).await.unwrap();
            interim.push(byte[0]);
        }
        let interim = String::from_utf8(interim).unwrap();
        assert!(interim.starts_with("HTTP/1.1 100"), "{interim}");
        let (first, rest) = body.split_at(body.len() / 2);
        stream.write_all(first).await.unwrap();
        HalfSent {
            stream,
            rest: rest.to_vec(),
        }
    }

    /// Sends the rest; answers the status and the new session's id.
    async fn finish(&mut self) -> (u16, i64) {
        self.stream.write_all(&self.rest).await.unwrap();
        let mut answer = String::new();
        self.stream.read_to_string(&mut answer).await.unwrap();
        let status = answer
            .split_whitespace()
            .nth(1)
            .and_then(|code| code.parse().ok())
            .unwrap_or(0);
        let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
        let id = serde_json::from_str::<Value>(body)
            .map_or(0, |session| session["id"].as_i64().unwrap_or(0));
        (status, id)
    }
}

/// `target` as read through `server` (a restarted one, on another port).
fn target_on(server: &Server, target: &Target) -> Target {
    target.on(&server.address)
}

#[tokio::test]
async fn a_backup_under_write_load_restores_into_a_fresh_database_that_agrees_with_the_live_one() {
    let (database, _kept, data) = demo_database().await;
    let server = Server::start(&database, data.path()).await;
    let target = Arc::new(Target::demo(&server.address).await);
    let before = tables::rows(&database).await;

    let load = Load::start(&target, 8, 0);
    tokio::time::sleep(Duration::from_millis(500)).await;
    let backup = data.path().join("backup.logbook");
    let backup_arg = backup.to_str().unwrap().to_owned();
    let printed = succeed(&database, data.path(), &["backup", &backup_arg]).await;
    assert!(printed.starts_with("Backed up to "), "{printed}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    let acknowledged = load.stop().await;
    assert!(!acknowledged.sessions.is_empty());
    let after = tables::rows(&database).await;

    // Backing up again to the same file is refused: a backup is never overwritten.
    let again = run(&database, data.path(), &["backup", &backup_arg]).await;
    assert!(!again.status.success());

    let (fresh, _fresh_kept) = empty_database();
    let restored = succeed(&fresh, data.path(), &["restore", &backup_arg]).await;
    assert!(restored.starts_with("Restored "), "{restored}");
    let copy = tables::rows(&fresh).await;
    tables::agree(&before, &copy, &after);
    // The copy is one moment of the database: its roll-ups agree with its sessions.
    succeed(&fresh, data.path(), &["verify-rollups"]).await;

    // A database with data in it is never restored over.
    let over = run(&fresh, data.path(), &["restore", &backup_arg]).await;
    assert!(!over.status.success());
    let said = String::from_utf8_lossy(&over.stderr);
    assert!(said.contains("not empty"), "{said}");
    let copy_again = tables::rows(&fresh).await;
    assert_eq!(copy_again, copy);

    // The restored instance serves: the demo admin signs in and finds the data.
    let restored_server = Server::start(&fresh, data.path()).await;
    let signed_in = reqwest::Client::new()
        .post(restored_server.url("/api/v1/auth/login"))
        .json(&json!({ "email": logbook_api::seed::DEMO_EMAIL,
                       "password": logbook_api::seed::DEMO_PASSWORD }))
        .send()
        .await
        .unwrap();
    assert_eq!(signed_in.status(), 200);
    drop(server);
}
