//! Integration tokens: made by org and network admins, shown once, working in the bearer header
//! within their scopes only (403 outside), refused when revoked, expired or tampered (401).

use chrono::{Duration, Utc};
use logbook_api::db::schema::api_tokens;
use serde_json::{Value, json};

use crate::support::fixtures::{Org, evening, log, new_network, ok_json};
use crate::support::{TestApp, expect_error, field_paths};

fn in_days(days: i64) -> String {
    (Utc::now().date_naive() + Duration::days(days)).to_string()
}

/// A token of `maker`'s organisation or network with these scopes; answers (secret, record).
async fn make(app: &TestApp, maker: &str, scopes: &[&str]) -> (String, Value) {
    let body =
        json!({ "name": "Municipal dashboard", "scopes": scopes, "expires_on": in_days(30) });
    let made = ok_json(
        app.call("POST", "/api/v1/api-tokens", maker, Some(body))
            .await,
        201,
    )
    .await;
    (
        made["token"].as_str().unwrap().to_owned(),
        made["api_token"].clone(),
    )
}

#[tokio::test]
async fn a_token_works_within_its_scopes_only_and_as_its_maker() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let (token, record) = make(&app, &org.admin, &["reports:read"]).await;
    assert!(token.starts_with("lbt_"));
    assert_eq!(record["scopes"], json!(["reports:read"]));
    assert!(record["last_used_at"].is_null());

    let report = "/api/v1/reports?from=2026-01-01&to=2026-12-31";
    assert_eq!(app.call("GET", report, &token, None).await.status(), 200);
    // Outside its scopes: sessions, administration, its own kind.
    for (method, path) in [
        ("GET", "/api/v1/sessions"),
        ("GET", "/api/v1/units"),
        ("GET", "/api/v1/users"),
        ("GET", "/api/v1/api-tokens"),
    ] {
        let refused = app.call(method, path, &token, None).await;
        expect_error(refused, 403, "forbidden").await;
    }
    let write = log(&app, &token, &evening(org.open_a)).await;
    expect_error(write, 403, "forbidden").await;
    // Making tokens needs a login.
    let body = json!({ "name": "More", "scopes": ["reports:read"], "expires_on": in_days(3) });
    let refused = app
        .call("POST", "/api/v1/api-tokens", &token, Some(body))
        .await;
    expect_error(refused, 403, "forbidden").await;

    // Its use is recorded.
    let listed = ok_json(
        app.call("GET", "/api/v1/api-tokens", &org.admin, None)
            .await,
        200,
    )
    .await;
    assert!(listed[0]["last_used_at"].is_string());
    assert!(listed[0].get("token").is_none(), "the secret is shown once");

    // A writing token logs sessions as the admin who made it.
    let (writer, _) = make(&app, &org.admin, &["sessions:write"]).await;
    let logged = ok_json(log(&app, &writer, &evening(org.open_a)).await, 201).await;
    // Reading it takes `sessions:read`.
    let path = format!("/api/v1/sessions/{}", logged["id"]);
    expect_error(
        app.call("GET", &path, &writer, None).await,
        403,
        "forbidden",
    )
    .await;
    let (reader, _) = make(&app, &org.admin, &["sessions:read"]).await;
    assert_eq!(app.call("GET", &path, &reader, None).await.status(), 200);
    let trail = ok_json(
        app.call(
            "GET",
            &format!("/api/v1/session-audit?session_id={}", logged["id"]),
            &org.admin,
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(trail["items"][0]["user_name"], "Test org_admin");
}

#[tokio::test]
async fn revoked_expired_and_tampered_tokens_get_401() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let report = "/api/v1/reports?from=2026-01-01&to=2026-12-31";

    let (revoked, record) = make(&app, &org.admin, &["reports:read"]).await;
    let path = format!("/api/v1/api-tokens/{}", record["id"]);
    // Another organisation's admin cannot revoke it.
    let other = Org::build(&app).await;
    expect_error(
        app.call("DELETE", &path, &other.admin, None).await,
        404,
        "not_found",
    )
    .await;
    assert_eq!(app.call("GET", report, &revoked, None).await.status(), 200);
    assert_eq!(
        app.call("DELETE", &path, &org.admin, None).await.status(),
        204
    );
    expect_error(
        app.call("GET", report, &revoked, None).await,
        401,
        "unauthorized",
    )
    .await;

    let (expired, record) = make(&app, &org.admin, &["reports:read"]).await;
    let id = record["id"].as_i64().unwrap();
    app.db(move |conn| {
        use diesel::prelude::*;
        let past = Utc::now().naive_utc() - Duration::minutes(1);
        diesel::update(api_tokens::table.find(id))
            .set(api_tokens::expires_at.eq(past))
            .execute(conn)
            .unwrap();
    })
    .await;
    expect_error(
        app.call("GET", report, &expired, None).await,
        401,
        "token_expired",
    )
    .await;

    let (genuine, _) = make(&app, &org.admin, &["reports:read"]).await;
    let mut tampered = genuine.clone();
    tampered.pop();
    tampered.push(if genuine.ends_with('A') { 'B' } else { 'A' });
    for bogus in [tampered.as_str(), "lbt_", "lbt_not-a-token"] {
        expect_error(
            app.call("GET", report, bogus, None).await,
            401,
            "unauthorized",
        )
        .await;
    }
}

#[tokio::test]
async fn scopes_and_expiry_are_checked_when_a_token_is_made() {
    let app = TestApp::spawn().await;
    let org = Org::build(&app).await;
    let bad = json!({ "name": "", "scopes": ["statistics:read", "reports:read", "reports:read"],
                      "expires_on": in_days(-1) });
    let refused = app
        .call("POST", "/api/v1/api-tokens", &org.admin, Some(bad))
        .await;
    let body = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(field_paths(&body), ["name", "scopes[2]"]);
    let wrong =
        json!({ "name": "Stats", "scopes": ["statistics:read"], "expires_on": in_days(800) });
    let refused = app
        .call("POST", "/api/v1/api-tokens", &org.admin, Some(wrong))
        .await;
    let body = expect_error(refused, 422, "validation_failed").await;
    assert_eq!(field_paths(&body), ["scopes[0]", "expires_on"]);
    // Youth workers make no tokens.
    let body = json!({ "name": "Mine", "scopes": ["reports:read"], "expires_on": in_days(3) });
    let refused = app
        .call("POST", "/api/v1/api-tokens", &org.worker_a, Some(body))
        .await;
    expect_error(refused, 403, "forbidden").await;
}

#[tokio::test]
async fn a_network_token_pulls_statistics_and_nothing_else() {
    let app = TestApp::spawn().await;
    let (network, admin) = new_network(&app).await;
    let (token, _) = make(&app, &admin, &["statistics:read"]).await;
    let statistics = format!("/api/v1/networks/{network}/statistics?from=2026-01-01&to=2026-12-31");
    assert_eq!(
        app.call("GET", &statistics, &token, None).await.status(),
        200
    );
    let org = Org::build(&app).await;
    let invite = app
        .call(
            "POST",
            &format!("/api/v1/networks/{network}/invitations"),
            &token,
            Some(json!({ "organisation_id": org.organisation })),
        )
        .await;
    expect_error(invite, 403, "forbidden").await;
    // The pull is logged under the admin who made the token.
    let pulls = ok_json(
        app.call(
            "GET",
            &format!("/api/v1/networks/{network}/pulls"),
            &token,
            None,
        )
        .await,
        200,
    )
    .await;
    assert_eq!(pulls[0]["user_name"], "Nora Network");
    // Another network's statistics stay hidden.
    let (other, _) = new_network(&app).await;
    let theirs = format!("/api/v1/networks/{other}/statistics?from=2026-01-01&to=2026-12-31");
    expect_error(
        app.call("GET", &theirs, &token, None).await,
        404,
        "not_found",
    )
    .await;
}
