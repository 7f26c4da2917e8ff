//! The OpenAPI document: generated from the handlers, committed, served, with its UI.

use serde_json::Value;

use crate::support::{TestApp, workspace_root};

#[test]
fn committed_document_matches_the_code() {
    let generated: Value = serde_json::to_value(logbook_api::app::openapi_document()).unwrap();
    let path = workspace_root().join("openapi/openapi.json");
    let committed: Value = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    assert!(
        committed == generated,
        "openapi/openapi.json is out of date with the code. Regenerate it with:\n\n    \
         cargo run -q -p logbook-api -- openapi > openapi/openapi.json\n"
    );
}

#[tokio::test]
async fn the_server_serves_the_document_and_its_ui() {
    let app = TestApp::spawn().await;
    let served: Value = app
        .client
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        served,
        serde_json::to_value(logbook_api::app::openapi_document()).unwrap()
    );
    assert!(served["openapi"].as_str().unwrap().starts_with("3.1"));
    assert_eq!(
        served["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    for path in [
        "/api/v1/auth/login",
        "/api/v1/auth/refresh",
        "/api/v1/auth/logout",
        "/api/v1/me",
    ] {
        assert!(
            served["paths"].get(path).is_some(),
            "{path} missing from the document"
        );
    }
    assert_eq!(
        served["paths"]["/api/v1/me"]["get"]["security"][0]["bearer"],
        serde_json::json!([])
    );

    let ui = app.client.get(app.url("/api/docs/")).send().await.unwrap();
    assert_eq!(ui.status(), 200);
    assert!(
        ui.text().await.unwrap().contains("swagger"),
        "Swagger UI page"
    );
    let script = app
        .client
        .get(app.url("/api/docs/swagger-ui-bundle.js"))
        .send()
        .await
        .unwrap();
    assert_eq!(
        script.status(),
        200,
        "Swagger UI assets are embedded, not fetched from a CDN"
    );
}
