//! Malformed requests: each gets its 4xx JSON error naming the problem, never a 5xx, and
//! changes nothing.

use logbook_shared::Role;
use serde_json::json;

use crate::support::fixtures::count_refresh_tokens;
use crate::support::{PASSWORD, TestApp, expect_error, field_paths};

const LOGIN: &str = "/api/v1/auth/login";

#[tokio::test]
async fn malformed_json_is_400() {
    let app = TestApp::spawn().await;
    let response = app
        .client
        .post(app.url(LOGIN))
        .header("content-type", "application/json")
        .body(r#"{"email": "a@example.org", "password": "#)
        .send()
        .await
        .unwrap();
    expect_error(response, 400, "bad_request").await;
    assert_eq!(count_refresh_tokens(&app).await, 0);
}

#[tokio::test]
async fn wrong_content_type_is_415() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::Viewer).await;
    let response = app
        .client
        .post(app.url(LOGIN))
        .header("content-type", "text/plain")
        .body(json!({ "email": email, "password": PASSWORD }).to_string())
        .send()
        .await
        .unwrap();
    expect_error(response, 415, "unsupported_media_type").await;
    assert_eq!(count_refresh_tokens(&app).await, 0);
}

#[tokio::test]
async fn an_oversized_body_is_413() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::Viewer).await;
    let huge = "x".repeat(200 * 1024);
    let response = app
        .post_json(LOGIN, &json!({ "email": email, "password": huge }))
        .await;
    expect_error(response, 413, "payload_too_large").await;
    assert_eq!(count_refresh_tokens(&app).await, 0);
}

#[tokio::test]
async fn missing_and_wrongly_typed_fields_are_422_and_named() {
    let app = TestApp::spawn().await;
    let missing = expect_error(
        app.post_json(LOGIN, &json!({ "email": "a@example.org" }))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&missing), ["password"]);

    let typed = expect_error(
        app.post_json(LOGIN, &json!({ "email": 5, "password": "x" }))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&typed), ["email"]);

    let not_object = expect_error(
        app.post_json(LOGIN, &json!([1, 2])).await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(not_object["fields"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn invalid_values_are_422_with_every_field_named() {
    let app = TestApp::spawn().await;
    let body = expect_error(
        app.post_json(LOGIN, &json!({ "email": "not-an-address", "password": "" }))
            .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&body), ["email", "password"]);
    assert_eq!(body["fields"][0]["code"], "email");
    assert_eq!(body["fields"][1]["code"], "length");

    let too_long = "p".repeat(257);
    let body = expect_error(
        app.post_json(
            LOGIN,
            &json!({ "email": "a@example.org", "password": too_long }),
        )
        .await,
        422,
        "validation_failed",
    )
    .await;
    assert_eq!(field_paths(&body), ["password"]);
}

#[tokio::test]
async fn refresh_and_logout_validate_their_bodies() {
    let app = TestApp::spawn().await;
    // An empty body means the cookie (the web app's); with neither, nothing to refresh.
    let none = app.post_json("/api/v1/auth/refresh", &json!({})).await;
    expect_error(none, 401, "unauthorized").await;
    for path in ["/api/v1/auth/refresh", "/api/v1/auth/logout"] {
        let body = expect_error(
            app.post_json(path, &json!({ "refresh_token": "" })).await,
            422,
            "validation_failed",
        )
        .await;
        assert_eq!(field_paths(&body), ["refresh_token"]);
    }
    let unknown = app
        .post_json(
            "/api/v1/auth/refresh",
            &json!({ "refresh_token": "made-up" }),
        )
        .await;
    expect_error(unknown, 401, "unauthorized").await;
}

#[tokio::test]
async fn unknown_routes_and_methods_under_api_are_json_errors() {
    let app = TestApp::spawn().await;
    for path in [
        "/api/v1/nothing-here",
        "/api/v2/me",
        "/api",
        "/api/v1/me/extra",
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        expect_error(response, 404, "not_found").await;
    }
    let wrong_method = app.client.get(app.url(LOGIN)).send().await.unwrap();
    assert!(wrong_method.status().is_client_error());
    let code = if wrong_method.status() == 405 {
        "method_not_allowed"
    } else {
        "not_found"
    };
    let status = wrong_method.status().as_u16();
    expect_error(wrong_method, status, code).await;
}

#[tokio::test]
async fn every_bad_query_or_path_parameter_is_named() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::OrgAdmin).await;
    let token = app.login_ok(&email).await.access_token;
    let month = "from=2026-01-01&to=2026-01-31";
    let grouped = format!("/api/v1/reports?{month}&group_by=Month");
    let export = format!("/api/v1/reports/export?{month}&format=pdf");
    for (path, status, code, parameter) in [
        ("/api/v1/sessions?limit=abc", 400, "bad_request", "limit"),
        (
            "/api/v1/sessions?limit=500",
            422,
            "validation_failed",
            "limit",
        ),
        ("/api/v1/units?limit=0", 422, "validation_failed", "limit"),
        ("/api/v1/units?cursor=first", 400, "bad_request", "cursor"),
        ("/api/v1/units?limit=1&limit=2", 400, "bad_request", "limit"),
        ("/api/v1/reports?to=2026-01-31", 400, "bad_request", "from"),
        (
            "/api/v1/reports?from=2026-13-01&to=2026-12-31",
            400,
            "bad_request",
            "from",
        ),
        (grouped.as_str(), 400, "bad_request", "group_by"),
        (
            "/api/v1/reports?from=2026-01-01&to=%2B262142-12-31&group_by=month",
            422,
            "validation_failed",
            "to",
        ),
        (export.as_str(), 400, "bad_request", "format"),
        ("/api/v1/sessions/abc", 400, "bad_request", "id"),
        ("/api/v1/annual-reports/twenty", 400, "bad_request", "year"),
        (
            "/api/v1/annual-reports/1800",
            422,
            "validation_failed",
            "year",
        ),
    ] {
        let response = app.call("GET", path, &token, None).await;
        assert_eq!(response.status(), status, "{path}");
        let body = expect_error(response, status, code).await;
        assert_eq!(field_paths(&body), [parameter], "{path}: {body}");
    }
}
