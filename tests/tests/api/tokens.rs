//! Access tokens that must not work: missing, expired, foreign-signed, tampered.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{EncodingKey, Header};
use logbook_shared::Role;
use serde_json::{Value, json};

use crate::support::{JWT_SECRET, TestApp, expect_error};

#[tokio::test]
async fn no_token_or_a_malformed_header_is_401() {
    let app = TestApp::spawn().await;
    expect_error(
        app.client.get(app.url("/api/v1/me")).send().await.unwrap(),
        401,
        "unauthorized",
    )
    .await;
    let basic = app
        .client
        .get(app.url("/api/v1/me"))
        .header("authorization", "Basic dXNlcjpwdw==");
    expect_error(basic.send().await.unwrap(), 401, "unauthorized").await;
    expect_error(
        app.get_with_token("/api/v1/me", "not.a.jwt").await,
        401,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn an_expired_token_is_401_token_expired() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::YouthWorker).await;
    let pair = app.login_ok(&email).await;
    let mut claims = claims_of(&pair.access_token);
    let past = chrono::Utc::now().timestamp() - 3600;
    claims["iat"] = json!(past - 900);
    claims["exp"] = json!(past);
    let expired = sign(&claims, JWT_SECRET);
    expect_error(
        app.get_with_token("/api/v1/me", &expired).await,
        401,
        "token_expired",
    )
    .await;
}

#[tokio::test]
async fn a_token_signed_with_another_key_is_401() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::YouthWorker).await;
    let pair = app.login_ok(&email).await;
    let forged = sign(
        &claims_of(&pair.access_token),
        b"some-other-secret-that-is-long-enough",
    );
    expect_error(
        app.get_with_token("/api/v1/me", &forged).await,
        401,
        "unauthorized",
    )
    .await;
}

#[tokio::test]
async fn tampered_claims_are_401() {
    let app = TestApp::spawn().await;
    let victim = app.user(Role::OrgAdmin).await;
    let attacker = app.user(Role::Viewer).await;
    let victim_id = me_id(&app, &app.login_ok(&victim).await.access_token).await;
    let token = app.login_ok(&attacker).await.access_token;

    // Swap the payload for one naming the victim, keeping the attacker's signature.
    let mut claims = claims_of(&token);
    claims["sub"] = json!(victim_id.to_string());
    let parts: Vec<&str> = token.split('.').collect();
    let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&claims).unwrap());
    let tampered = format!("{}.{}.{}", parts[0], payload, parts[2]);
    expect_error(
        app.get_with_token("/api/v1/me", &tampered).await,
        401,
        "unauthorized",
    )
    .await;

    // "alg: none" with no signature is refused as well.
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let unsigned = format!("{header}.{payload}.");
    expect_error(
        app.get_with_token("/api/v1/me", &unsigned).await,
        401,
        "unauthorized",
    )
    .await;
}

async fn me_id(app: &TestApp, token: &str) -> i64 {
    let me: Value = app
        .get_with_token("/api/v1/me", token)
        .await
        .json()
        .await
        .unwrap();
    me["id"].as_i64().unwrap()
}

fn claims_of(token: &str) -> Value {
    let payload = token.split('.').nth(1).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap()
}

fn sign(claims: &Value, secret: &[u8]) -> String {
    jsonwebtoken::encode(
        &Header::default(),
        claims,
        &EncodingKey::from_secret(secret),
    )
    .unwrap()
}
