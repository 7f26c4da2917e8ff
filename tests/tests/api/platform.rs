//! Probes, request ids, migrations both ways, start-up failures, serving the web app.

use logbook_api::db::{self, DatabaseUrl};
use serde_json::Value;

use crate::support::{TestApp, expect_error};

#[tokio::test]
async fn health_and_readiness_answer_with_a_request_id() {
    let app = TestApp::spawn().await;
    let health = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    assert!(!health.headers()["x-request-id"].is_empty());
    let ready: Value = app
        .client
        .get(app.url("/readyz"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["status"], "ready");

    let first = app.client.get(app.url("/healthz")).send().await.unwrap();
    assert_ne!(
        first.headers()["x-request-id"],
        health.headers()["x-request-id"]
    );
}

#[tokio::test]
async fn migrations_go_down_and_up_again() {
    let app = TestApp::spawn().await;
    app.db(|conn| {
        db::revert_all_migrations(conn).unwrap();
        db::run_migrations(conn).unwrap();
    })
    .await;
    let email = app.user(logbook_shared::Role::Viewer).await;
    app.login_ok(&email).await;
}

#[test]
fn an_unreachable_postgres_fails_loudly() {
    let url = DatabaseUrl::parse("postgres://nobody@127.0.0.1:9/logbook").unwrap();
    let error = db::connect(&url)
        .expect_err("connecting must fail")
        .to_string();
    assert!(
        error.contains("cannot connect to postgres://127.0.0.1:9/logbook"),
        "{error}"
    );
}

#[tokio::test]
async fn the_web_app_is_served_with_a_fallback_for_deep_links() {
    let web = tempfile::tempdir().unwrap();
    std::fs::write(
        web.path().join("index.html"),
        "<!doctype html><title>app shell</title>",
    )
    .unwrap();
    std::fs::write(web.path().join("app.css"), "body{}").unwrap();
    let app = TestApp::spawn_serving(web.path()).await;

    for path in ["/", "/me", "/some/deep/link"] {
        let page = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(page.status(), 200, "{path}");
        assert!(
            page.text().await.unwrap().contains("app shell"),
            "{path} serves index.html"
        );
    }
    // With both bundles built, a youth worker's pages open the field bundle, the rest the
    // whole app.
    std::fs::write(
        web.path().join("office.html"),
        "<!doctype html><title>whole app</title>",
    )
    .unwrap();
    for (path, page) in [
        ("/log", "app shell"),
        ("/sessions/7", "app shell"),
        ("/reports", "whole app"),
        ("/some/deep/link", "whole app"),
    ] {
        let answer = app.client.get(app.url(path)).send().await.unwrap();
        assert!(
            answer.text().await.unwrap().contains(page),
            "{path}: {page}"
        );
    }
    let css = app.client.get(app.url("/app.css")).send().await.unwrap();
    assert_eq!(css.headers()["cache-control"], "no-cache");
    assert_eq!(css.text().await.unwrap(), "body{}");
    // The page may run its own scripts and WebAssembly only, and be framed nowhere; API
    // answers are never stored (issue 17, item 12). The browser suite runs the app under it.
    let page = app.client.get(app.url("/")).send().await.unwrap();
    let policy = page.headers()["content-security-policy"].to_str().unwrap();
    for part in [
        "script-src 'self' 'wasm-unsafe-eval';",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ] {
        assert!(policy.contains(part), "{policy}");
    }
    assert!(!policy.contains("unsafe-inline"), "{policy}");
    let api = app.client.get(app.url("/api/v1/me")).send().await.unwrap();
    for response in [&page, &api] {
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert_eq!(response.headers()["referrer-policy"], "no-referrer");
    }
    assert_eq!(api.headers()["cache-control"], "no-store");
    assert!(
        api.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .starts_with("default-src 'none'")
    );
    // Nothing outside the folder, however the path is spelled: a page of the app answers.
    for escaping in ["/%2e%2e/Cargo.toml", "/..%2fCargo.toml", "/.hidden"] {
        let page = app.client.get(app.url(escaping)).send().await.unwrap();
        assert!(
            page.text().await.unwrap().starts_with("<!doctype html>"),
            "{escaping}"
        );
    }
    // API paths never fall back to the web app.
    expect_error(
        app.client
            .get(app.url("/api/v1/nope"))
            .send()
            .await
            .unwrap(),
        404,
        "not_found",
    )
    .await;
}

/// A file with a content hash in its name is kept for good; each comes in the smallest
/// encoding the browser accepts, from the copies the build made beside it.
#[tokio::test]
async fn static_files_come_compressed_as_accepted_and_hashed_ones_are_cached_for_good() {
    let web = tempfile::tempdir().unwrap();
    std::fs::write(web.path().join("index.html"), "<!doctype html>").unwrap();
    let name = "logbook-0123456789abcdef.js";
    for (suffix, body) in [("", "plain"), (".br", "brotli"), (".gz", "gzip")] {
        std::fs::write(web.path().join(format!("{name}{suffix}")), body).unwrap();
    }
    let app = TestApp::spawn_serving(web.path()).await;
    for (accepted, encoding, body) in [
        ("gzip, deflate, br, zstd", Some("br"), "brotli"),
        ("gzip", Some("gzip"), "gzip"),
        ("br;q=0, gzip", Some("gzip"), "gzip"),
        ("identity", None, "plain"),
    ] {
        let file = app
            .client
            .get(app.url(&format!("/{name}")))
            .header("accept-encoding", accepted)
            .send()
            .await
            .unwrap();
        let headers = file.headers().clone();
        assert_eq!(
            headers.get("content-encoding").map(|v| v.to_str().unwrap()),
            encoding,
            "{accepted}"
        );
        assert_eq!(headers["content-type"], "text/javascript");
        assert_eq!(headers["vary"], "Accept-Encoding");
        assert!(
            headers.get("content-disposition").is_none(),
            "shown, not saved"
        );
        assert_eq!(
            headers["cache-control"],
            "public, max-age=31536000, immutable"
        );
        assert_eq!(file.text().await.unwrap(), body, "{accepted}");
    }
    let index = app.client.get(app.url("/")).send().await.unwrap();
    assert_eq!(index.headers()["cache-control"], "no-cache");
}
