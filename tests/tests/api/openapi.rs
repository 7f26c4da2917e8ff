//! The OpenAPI document: generated from the handlers, committed, served, with its UI.

use serde_json::Value;

use serde_json::json;

use crate::support::contract::{check_answer, request_faults};
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

// The contract check that every API test runs through must itself refuse what a generated
// client would: these feed it wrong answers and requests directly.

/// `GET /me`'s answer for someone of `role` (a wire value, or not).
fn check_me(role: &str) {
    let may = json!({ "administer_organisation": false, "manage_units": false,
        "log_sessions": true, "read_sessions": true, "manage_visitors": false,
        "read_reports": true, "manage_network": false, "manage_tenants": false });
    let me = json!({ "id": 1, "email": "a@example.org", "display_name": "A", "role": role,
                     "unit_ids": [2], "organisation": { "id": 3, "name": "Demo" }, "may": may,
                     "language": "fi", "default_language": "en" });
    check_answer(
        "get",
        "/api/v1/me",
        200,
        "application/json",
        me.to_string().as_bytes(),
    );
}

#[test]
fn the_contract_check_accepts_an_answer_as_declared() {
    check_me("youth_worker");
}

#[test]
#[should_panic(expected = "does not match the document")]
fn the_contract_check_refuses_an_enum_value_the_document_does_not_list() {
    check_me("YouthWorker");
}

#[test]
#[should_panic(expected = "does not match the document")]
fn the_contract_check_refuses_a_timestamp_without_an_offset() {
    let token = json!({ "id": 1, "name": "Sync", "scopes": ["reports:read"],
        "created_at": "2026-12-01T21:36:09.191263858",
        "expires_at": "2027-12-01T00:00:00Z", "last_used_at": null, "revoked_at": null });
    check_answer(
        "get",
        "/api/v1/api-tokens",
        200,
        "application/json",
        json!([token]).to_string().as_bytes(),
    );
}

#[test]
#[should_panic(expected = "declares no such status")]
fn the_contract_check_refuses_an_undeclared_status() {
    check_answer("get", "/api/v1/me", 302, "application/json", b"{}");
}

#[test]
#[should_panic(expected = "is not one the document declares")]
fn the_contract_check_refuses_an_undeclared_content_type() {
    check_answer(
        "get",
        "/api/v1/reports/export",
        200,
        "application/octet-stream",
        b"x",
    );
}

#[test]
fn the_contract_check_finds_what_is_wrong_with_a_request() {
    let session = json!({ "activity_id": 1, "date": "2026-11-02", "start_time": "18:00",
        "end_time": "21:00", "attendance": [{ "gender": "Girl", "age_min": 13, "age_max": 15, "count": 4 }] });
    let faults = request_faults("post", "http://localhost/api/v1/sessions", &session);
    assert_eq!(faults.len(), 1, "{faults:?}");
    assert!(faults[0].contains("/attendance/0/gender"), "{faults:?}");
    let query = "http://localhost/api/v1/reports?from=2026-01-01&to=2026-01-31&group_by=Month&group-by=month";
    let faults = request_faults("get", query, &json!(null));
    assert_eq!(faults.len(), 2, "{faults:?}");
    assert!(
        faults[0].starts_with("query parameter group-by is not in the document"),
        "{faults:?}"
    );
    assert!(
        faults[1].starts_with("query parameter group_by=Month"),
        "{faults:?}"
    );
}
