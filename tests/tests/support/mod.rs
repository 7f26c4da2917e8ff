//! What every integration test needs: a fresh database per test on the engine the run asks
//! for, and the real server on a free port.
//!
//! `LOGBOOK_TEST_DATABASE_URL` unset: SQLite in a temp folder. Set to a PostgreSQL server URL
//! (a database the test may connect to, e.g. `postgres://postgres@127.0.0.1:5433/postgres`):
//! each test gets its own database copied from a migrated template.

#![allow(dead_code)] // Each test binary uses a different part of this module.

pub mod contract;
pub mod fixtures;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

use diesel::{Connection, PgConnection, RunQueryDsl};
use logbook_api::accounts::Home;
use logbook_api::app;
use logbook_api::db::{self, DatabaseUrl, DbConn, Pool};
use logbook_api::state::AppState;
use logbook_shared::Role;
use logbook_shared::auth::{NewAccount, TokenPair};
use serde_json::{Value, json};

pub const JWT_SECRET: &[u8] = b"integration-test-secret-of-enough-length";
pub const PASSWORD: &str = "a long test password";

pub struct TestApp {
    pub address: String,
    /// Holds every request and answer against the OpenAPI document (`contract`).
    pub client: reqwest_middleware::ClientWithMiddleware,
    pub pool: Pool,
    _database: TestDatabase,
}

/// What keeps a test's database: its SQLite folder, removed with it.
pub enum TestDatabase {
    Sqlite(tempfile::TempDir),
    Postgres,
}

impl TestApp {
    pub async fn spawn() -> TestApp {
        TestApp::spawn_configured(|_| ()).await
    }

    /// A server (without the web app) whose state `configure` sets as an operator's settings
    /// would.
    pub async fn spawn_configured(configure: impl FnOnce(&mut AppState)) -> TestApp {
        let no_web_app = std::env::temp_dir().join("logbook-no-web-app");
        TestApp::start(&no_web_app, configure).await
    }

    /// A server that also serves the web app from `web_dir`.
    pub async fn spawn_serving(web_dir: &Path) -> TestApp {
        TestApp::start(web_dir, |_| ()).await
    }

    async fn start(web_dir: &Path, configure: impl FnOnce(&mut AppState)) -> TestApp {
        let (url, database) = fresh_database();
        let pool = tokio::task::spawn_blocking(move || db::connect(&url))
            .await
            .unwrap()
            .expect("test database connects and migrates");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = format!("http://{}", listener.local_addr().unwrap());
        let mut state = AppState::new(pool.clone(), JWT_SECRET);
        configure(&mut state);
        let server = app::serve(state, listener, web_dir.to_path_buf()).expect("server starts");
        tokio::spawn(server);
        TestApp {
            address,
            // Idle connections are let go before the server's keep-alive (5 s) closes them:
            // a request sent on one the server is closing fails with an incomplete message.
            client: reqwest_middleware::ClientBuilder::new(
                reqwest::Client::builder()
                    .pool_idle_timeout(std::time::Duration::from_secs(2))
                    .build()
                    .unwrap(),
            )
            .with(contract::ContractCheck)
            .build(),
            pool,
            _database: database,
        }
    }

    /// The folder of the SQLite database and its write-ahead log; none on PostgreSQL.
    pub fn sqlite_dir(&self) -> Option<&Path> {
        match &self._database {
            TestDatabase::Sqlite(dir) => Some(dir.path()),
            TestDatabase::Postgres => None,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Runs `work` on a pooled connection off the async runtime.
    pub async fn db<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut DbConn) -> T + Send + 'static,
    ) -> T {
        let pool = self.pool.clone();
        tokio::task::spawn_blocking(move || work(&mut pool.get().unwrap()))
            .await
            .unwrap()
    }

    /// An organisation with one user of `role`; returns the e-mail address.
    pub async fn user(&self, role: Role) -> String {
        let email = format!("{}-{}@example.org", role.as_str(), unique());
        let account = NewAccount {
            email: email.clone(),
            display_name: format!("Test {}", role.as_str()),
            password: PASSWORD.to_owned(),
        };
        self.db(move |conn| {
            let organisation =
                logbook_api::db::queries::organisations::insert(conn, "Test organisation").unwrap();
            logbook_api::accounts::create(
                conn,
                Home::Organisation(organisation.id),
                &account,
                role,
            )
            .unwrap();
        })
        .await;
        email
    }

    pub async fn post_json(&self, path: &str, body: &Value) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        self.post_json(
            "/api/v1/auth/login",
            &json!({ "email": email, "password": password }),
        )
        .await
    }

    pub async fn login_ok(&self, email: &str) -> TokenPair {
        let response = self.login(email, PASSWORD).await;
        assert_eq!(response.status(), 200);
        response.json().await.unwrap()
    }

    /// Any request: `method` and `path`, with a bearer token and a JSON body when given.
    pub async fn send(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
    ) -> reqwest::Response {
        self.send_with_headers(method, path, token, body, &[]).await
    }

    /// [`TestApp::send`] with extra headers.
    pub async fn send_with_headers(
        &self,
        method: &str,
        path: &str,
        token: Option<&str>,
        body: Option<&Value>,
        headers: &[(&str, &str)],
    ) -> reqwest::Response {
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = self.client.request(method, self.url(path));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        if let Some(body) = body {
            request = request.json(body);
        }
        request.send().await.unwrap()
    }

    /// A signed-in request.
    pub async fn call(
        &self,
        method: &str,
        path: &str,
        token: &str,
        body: Option<Value>,
    ) -> reqwest::Response {
        self.send(method, path, Some(token), body.as_ref()).await
    }

    pub async fn get_with_token(&self, path: &str, token: &str) -> reqwest::Response {
        self.client
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }
}

/// Reads an error answer and checks it is the JSON envelope with the expected status and code.
pub async fn expect_error(response: reqwest::Response, status: u16, code: &str) -> Value {
    assert_eq!(response.status(), status, "unexpected status");
    let content_type = response.headers()["content-type"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        content_type.starts_with("application/json"),
        "error is not JSON: {content_type}"
    );
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["code"], code, "unexpected code in {body}");
    assert!(
        body["message"].as_str().is_some_and(|m| !m.is_empty()),
        "no message in {body}"
    );
    assert!(body["fields"].is_array(), "no fields list in {body}");
    body
}

/// The field paths an error names.
pub fn field_paths(body: &Value) -> Vec<String> {
    body["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|field| field["path"].as_str().unwrap().to_owned())
        .collect()
}

/// A typed id read from an answer, e.g. `id_of::<UnitId>(&body["id"])`.
pub fn id_of<Id: serde::de::DeserializeOwned>(value: &Value) -> Id {
    serde_json::from_value(value.clone()).unwrap_or_else(|_| panic!("not an id: {value}"))
}

pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

pub fn unique() -> String {
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    format!(
        "{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    )
}

/// A database with no tables at all, on the engine the run asks for (as `restore` wants).
pub fn empty_database() -> (DatabaseUrl, TestDatabase) {
    match std::env::var("LOGBOOK_TEST_DATABASE_URL") {
        Ok(server) if !server.is_empty() => {
            let name = format!("logbook_empty_{}", unique().replace('-', "_"));
            create_database(&server, &name, None);
            let url = DatabaseUrl::parse(&database_url(&server, &name)).unwrap();
            (url, TestDatabase::Postgres)
        }
        _ => fresh_database(),
    }
}

/// `url` as `DATABASE_URL` gives it to the `logbook` command.
pub fn url_setting(url: &DatabaseUrl) -> String {
    match url {
        DatabaseUrl::Sqlite(path) => format!("sqlite://{}", path.display()),
        DatabaseUrl::Postgres(address) => address.clone(),
    }
}

/// A migrated database for a test (on SQLite a file not made yet, which migrating makes).
pub fn fresh_database() -> (DatabaseUrl, TestDatabase) {
    match std::env::var("LOGBOOK_TEST_DATABASE_URL") {
        Ok(server) if !server.is_empty() => (postgres_copy(&server), TestDatabase::Postgres),
        _ => {
            let folder = tempfile::tempdir().unwrap();
            let url = DatabaseUrl::Sqlite(folder.path().join("test.sqlite"));
            (url, TestDatabase::Sqlite(folder))
        }
    }
}

/// A new database copied from a template migrated once per test process: far cheaper than
/// migrating every test's database.
fn postgres_copy(server: &str) -> DatabaseUrl {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    static CREATING: Mutex<()> = Mutex::new(());
    let template = TEMPLATE.get_or_init(|| {
        let name = format!("logbook_template_{}", std::process::id());
        create_database(server, &name, None);
        drop(db::connect(&DatabaseUrl::parse(&database_url(server, &name)).unwrap()).unwrap());
        name
    });
    let name = format!("logbook_test_{}", unique().replace('-', "_"));
    let _one_copy_at_a_time = CREATING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    create_database(server, &name, Some(template));
    DatabaseUrl::parse(&database_url(server, &name)).unwrap()
}

fn create_database(server: &str, name: &str, template: Option<&str>) {
    let mut admin = PgConnection::establish(server).expect("PostgreSQL test server is reachable");
    let template = template
        .map(|t| format!(" TEMPLATE {t}"))
        .unwrap_or_default();
    diesel::sql_query(format!("CREATE DATABASE {name}{template}"))
        .execute(&mut admin)
        .unwrap();
}

fn database_url(server: &str, name: &str) -> String {
    let (base, _) = server.rsplit_once('/').expect("URL names a database");
    format!("{base}/{name}")
}

/// `base` with the fields of `overrides` replaced or added.
pub fn merge(mut base: Value, overrides: Value) -> Value {
    for (key, value) in overrides.as_object().unwrap() {
        base[key] = value.clone();
    }
    base
}

/// A CSV file's records as a spreadsheet or a script reads them, quoted fields and all.
pub fn csv_records(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|record| record.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// A PDF's text as a reader's PDF tool extracts it.
pub async fn pdf_text(pdf: reqwest::Response) -> String {
    let document = lopdf::Document::load_mem(&pdf.bytes().await.unwrap()).unwrap();
    let pages: Vec<u32> = document.get_pages().keys().copied().collect();
    document.extract_text(&pages).unwrap()
}

/// Each one-line message of language `tag`'s Fluent file by id, as the file writes it
/// (variables unfilled).
pub fn ftl_messages(tag: &str) -> std::collections::BTreeMap<String, String> {
    let file = std::fs::read_to_string(workspace_root().join(format!("web/i18n/{tag}.ftl")));
    file.unwrap()
        .lines()
        .filter(|line| !line.starts_with([' ', '#']))
        .filter_map(|line| line.split_once(" = "))
        .map(|(id, text)| (id.to_owned(), text.to_owned()))
        .collect()
}

/// The message `id` of language `tag` as its Fluent file writes it (variables unfilled).
pub fn ftl_message(tag: &str, id: &str) -> String {
    ftl_messages(tag)
        .remove(id)
        .unwrap_or_else(|| panic!("{tag}.ftl has no one-line {id}"))
}
