//! Login, throttling, "me", refresh rotation and logout.

use logbook_shared::Role;
use logbook_shared::auth::{Me, TokenPair};
use serde_json::{Value, json};

use crate::support::fixtures::count_refresh_tokens;
use crate::support::{PASSWORD, TestApp, expect_error};

#[tokio::test]
async fn login_gives_tokens_and_me_names_the_user() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::YouthWorker).await;

    let pair = app.login_ok(&email.to_uppercase()).await;
    assert_eq!(pair.token_type, "Bearer");
    assert!(
        pair.expires_in > 0 && pair.expires_in <= 15 * 60,
        "access token lives at most 15 minutes"
    );

    let me: Value = app
        .get_with_token("/api/v1/me", &pair.access_token)
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(me["email"], email);
    assert_eq!(me["role"], "youth_worker");
    assert_eq!(me["organisation"]["name"], "Test organisation");
}

#[tokio::test]
async fn wrong_password_and_unknown_user_get_the_same_401() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::Viewer).await;

    let wrong = expect_error(
        app.login(&email, "not the password").await,
        401,
        "invalid_credentials",
    )
    .await;
    let unknown = expect_error(
        app.login("nobody@example.org", PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
    assert_eq!(
        wrong, unknown,
        "the answers must not tell which accounts exist"
    );
    assert_eq!(
        count_refresh_tokens(&app).await,
        0,
        "a failed login stores nothing"
    );
}

#[tokio::test]
async fn login_is_throttled_per_account() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::Viewer).await;
    // Signing in counts for nothing; this browser is now known to the account.
    let mut device = None;
    for _ in 0..6 {
        let signed_in = app.login(&email, PASSWORD).await;
        assert_eq!(signed_in.status(), 200);
        let (cookie, attributes) = cookie_of(&signed_in, "logbook_device");
        for part in ["HttpOnly", "SameSite=Strict", "Path=/api/v1/auth/login"] {
            assert!(attributes.contains(part), "{attributes}");
        }
        device = Some(cookie);
    }
    let device = device.unwrap();
    for _ in 0..5 {
        expect_error(app.login(&email, "guess").await, 401, "invalid_credentials").await;
    }
    let response = app.login(&email, PASSWORD).await;
    let retry_after: u64 = response.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry_after));
    expect_error(response, 429, "too_many_requests").await;
    // Another account from the same address is not affected.
    let other = app.user(Role::Viewer).await;
    app.login_ok(&other).await;
    // The guesses locked out strangers only: the known browser gets in with the password
    // (and a wrong one from it still fails); another account's cookie is no key.
    let from_device = |password: &'static str, cookie: String| {
        let (app, email) = (&app, email.clone());
        async move {
            let body = json!({ "email": email, "password": password });
            let cookie = [("cookie", cookie.as_str())];
            app.send_with_headers("POST", "/api/v1/auth/login", None, Some(&body), &cookie)
                .await
        }
    };
    assert_eq!(from_device(PASSWORD, device.clone()).await.status(), 200);
    expect_error(
        from_device("guess", device.clone()).await,
        401,
        "invalid_credentials",
    )
    .await;
    let others = app.login(&other, PASSWORD).await;
    let (others_cookie, _) = cookie_of(&others, "logbook_device");
    expect_error(
        from_device(PASSWORD, others_cookie).await,
        429,
        "too_many_requests",
    )
    .await;
    // A new password ends the device's standing: with the held account it waits too.
    let signed_in = from_device(PASSWORD, device.clone()).await;
    let token = signed_in.json::<TokenPair>().await.unwrap().access_token;
    let change = json!({ "current_password": PASSWORD, "new_password": "a brand new password" });
    let changed = app
        .call("PUT", "/api/v1/me/password", &token, Some(change))
        .await;
    assert_eq!(changed.status(), 204);
    let after = from_device("a brand new password", device).await;
    expect_error(after, 429, "too_many_requests").await;
}

#[tokio::test]
async fn guessing_the_current_password_is_throttled() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::Viewer).await;
    let token = app.login_ok(&email).await.access_token;
    let guess = json!({ "current_password": "guess", "new_password": "a long new password" });
    for _ in 0..5 {
        let response = app
            .call("PUT", "/api/v1/me/password", &token, Some(guess.clone()))
            .await;
        expect_error(response, 422, "validation_failed").await;
    }
    let response = app
        .call("PUT", "/api/v1/me/password", &token, Some(guess))
        .await;
    expect_error(response, 429, "too_many_requests").await;
}

#[tokio::test]
async fn login_is_throttled_per_client_address() {
    let app = TestApp::spawn().await;
    // 30 attempts pass (each one a different account); the quota refills one attempt every
    // 2 seconds, so a slow machine may squeeze in a few more before the 429 arrives. Each
    // claims another client in `X-Forwarded-For`: from a peer that is no trusted proxy the
    // header is not believed.
    let mut throttled = None;
    for attempt in 0..60 {
        let body = json!({ "email": format!("guess{attempt}@example.org"), "password": "guess" });
        let forwarded = format!("203.0.113.{attempt}");
        let headers = [("x-forwarded-for", forwarded.as_str())];
        let response = app
            .send_with_headers("POST", "/api/v1/auth/login", None, Some(&body), &headers)
            .await;
        if response.status() == 429 {
            throttled = Some((attempt, response));
            break;
        }
        expect_error(response, 401, "invalid_credentials").await;
    }
    let (attempt, response) = throttled.expect("the address is throttled");
    assert!(attempt >= 30, "only {attempt} attempts were allowed");
    assert!(response.headers().contains_key("retry-after"));
    expect_error(response, 429, "too_many_requests").await;
}

#[tokio::test]
async fn refresh_rotates_and_the_old_token_stops_working() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::OrgAdmin).await;
    let first = app.login_ok(&email).await;

    let second = refresh(&app, first.refresh_token.as_deref().unwrap()).await;
    assert_ne!(second.refresh_token, first.refresh_token);
    // Both answers say who signed in, as `/me` does: an app starting with a refresh needs
    // no second round trip.
    let me = app.get_with_token("/api/v1/me", &second.access_token).await;
    assert_eq!(me.status(), 200);
    let me: Me = me.json().await.unwrap();
    assert_eq!((&first.me, &second.me), (&me, &me));
    assert_eq!(me.email, email);

    let third = refresh(&app, second.refresh_token.as_deref().unwrap()).await;
    assert_eq!(
        app.get_with_token("/api/v1/me", &third.access_token)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn reusing_a_spent_refresh_token_revokes_the_whole_chain() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::OrgAdmin).await;
    let first = app.login_ok(&email).await;
    let second = refresh(&app, first.refresh_token.as_deref().unwrap()).await;

    let replay = app
        .post_json(
            "/api/v1/auth/refresh",
            &json!({ "refresh_token": first.refresh_token }),
        )
        .await;
    expect_error(replay, 401, "unauthorized").await;

    // The legitimate holder's newer tokens are dead too: the chain is assumed stolen.
    let newer = app
        .post_json(
            "/api/v1/auth/refresh",
            &json!({ "refresh_token": second.refresh_token }),
        )
        .await;
    expect_error(newer, 401, "unauthorized").await;
    expect_error(
        app.get_with_token("/api/v1/me", &second.access_token).await,
        401,
        "unauthorized",
    )
    .await;

    // Other logins of the same user live on.
    let elsewhere = app.login_ok(&email).await;
    assert_eq!(
        app.get_with_token("/api/v1/me", &elsewhere.access_token)
            .await
            .status(),
        200
    );
}

#[tokio::test]
async fn two_racing_refreshes_with_one_token_yield_one_success() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::YouthWorker).await;
    let pair = app.login_ok(&email).await;
    let body = json!({ "refresh_token": pair.refresh_token });
    let (a, b) = tokio::join!(
        app.post_json("/api/v1/auth/refresh", &body),
        app.post_json("/api/v1/auth/refresh", &body)
    );
    let mut statuses = [a.status().as_u16(), b.status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 401]);
}

#[tokio::test]
async fn logout_ends_the_refresh_token_and_the_access_token() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::UnitManager).await;
    let pair = app.login_ok(&email).await;

    let body = json!({ "refresh_token": pair.refresh_token });
    assert_eq!(
        app.post_json("/api/v1/auth/logout", &body).await.status(),
        204
    );
    expect_error(
        app.post_json("/api/v1/auth/refresh", &body).await,
        401,
        "unauthorized",
    )
    .await;
    expect_error(
        app.get_with_token("/api/v1/me", &pair.access_token).await,
        401,
        "unauthorized",
    )
    .await;
    // Logging out twice is harmless.
    assert_eq!(
        app.post_json("/api/v1/auth/logout", &body).await.status(),
        204
    );
}

#[tokio::test]
async fn a_deactivated_user_is_stopped_at_once() {
    use diesel::prelude::*;
    use logbook_api::db::schema::users;

    let app = TestApp::spawn().await;
    let email = app.user(Role::YouthWorker).await;
    let pair = app.login_ok(&email).await;
    let target = email.clone();
    app.db(move |conn| {
        diesel::update(users::table.filter(users::email.eq(target)))
            .set(users::active.eq(false))
            .execute(conn)
            .unwrap()
    })
    .await;
    expect_error(
        app.get_with_token("/api/v1/me", &pair.access_token).await,
        401,
        "unauthorized",
    )
    .await;
    let body = json!({ "refresh_token": pair.refresh_token });
    expect_error(
        app.post_json("/api/v1/auth/refresh", &body).await,
        401,
        "unauthorized",
    )
    .await;
    expect_error(
        app.login(&email, PASSWORD).await,
        401,
        "invalid_credentials",
    )
    .await;
}

async fn refresh(app: &TestApp, refresh_token: &str) -> TokenPair {
    let response = app
        .post_json(
            "/api/v1/auth/refresh",
            &json!({ "refresh_token": refresh_token }),
        )
        .await;
    assert_eq!(response.status(), 200);
    response.json().await.unwrap()
}

/// Issue 17, item 8: an account whose invitation is pending has no password hash; checking a
/// password against it must take as long as against a real one, or the timing tells which
/// addresses have an account waiting. Three logins of each kind, interleaved; the pending
/// account's fastest must not be far below the median of the others (argon2 takes tens of
/// milliseconds, skipping it well under one).
#[tokio::test]
async fn a_pending_invitation_cannot_be_told_by_login_timing() {
    let app = TestApp::spawn().await;
    let admin = app
        .login_ok(&app.user(Role::OrgAdmin).await)
        .await
        .access_token;
    let real = app.user(Role::Viewer).await;
    let pending = "waiting@example.org";
    let body = json!({ "email": pending, "display_name": "Waiting", "role": "viewer",
                       "unit_ids": [] });
    let created = app.call("POST", "/api/v1/users", &admin, Some(body)).await;
    assert_eq!(created.status(), 201);
    let mut times: [Vec<std::time::Duration>; 3] = Default::default();
    for _ in 0..3 {
        for (kind, email) in [(0, pending), (1, real.as_str()), (2, "nobody@example.org")] {
            let started = std::time::Instant::now();
            let answer = app.login(email, "not the password").await;
            times[kind].push(started.elapsed());
            expect_error(answer, 401, "invalid_credentials").await;
        }
    }
    let mut others: Vec<_> = times[1].iter().chain(&times[2]).copied().collect();
    others.sort();
    let fastest_pending = times[0].iter().min().copied().unwrap();
    assert!(
        fastest_pending * 3 > others[others.len() / 2],
        "pending {:?} against wrong password {:?} and unknown {:?}",
        times[0],
        times[1],
        times[2]
    );
}

/// The `name=value` part of the response's cookie called `name`, and its attributes.
fn cookie_of(response: &reqwest::Response, name: &str) -> (String, String) {
    let cookie = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|value| value.to_str().ok())
        // A device cookie's name goes on with a hash of its account.
        .find(|cookie| cookie.starts_with(name))
        .unwrap_or_else(|| panic!("no {name} cookie"))
        .to_owned();
    let (pair, attributes) = cookie.split_once(';').unwrap_or((&cookie, ""));
    (pair.to_owned(), attributes.to_owned())
}

/// Issue 17, item 12: a browser keeps its refresh token in an HttpOnly cookie sent only to
/// the auth paths; refreshing and signing out read it when the body has none.
#[tokio::test]
async fn the_web_apps_refresh_token_lives_in_an_http_only_cookie() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::YouthWorker).await;
    let signed_in = app.login(&email, PASSWORD).await;
    let (cookie, attributes) = cookie_of(&signed_in, "logbook_refresh");
    for part in ["HttpOnly", "SameSite=Strict", "Path=/api/v1/auth"] {
        assert!(attributes.contains(part), "{attributes}");
    }
    let with_cookie = |path: &'static str, cookie: String| {
        let app = &app;
        async move {
            let headers = [("cookie", cookie.as_str())];
            app.send_with_headers("POST", path, None, Some(&json!({})), &headers)
                .await
        }
    };
    let refreshed = with_cookie("/api/v1/auth/refresh", cookie.clone()).await;
    assert_eq!(refreshed.status(), 200);
    let (next, _) = cookie_of(&refreshed, "logbook_refresh");
    assert_ne!(next, cookie, "the cookie carries the next token");
    let pair: TokenPair = refreshed.json().await.unwrap();
    assert_eq!(
        pair.refresh_token, None,
        "a browser's next token stays in the cookie"
    );
    let me = app.get_with_token("/api/v1/me", &pair.access_token).await;
    assert_eq!(me.status(), 200);
    // No token in the body and no cookie: nothing to refresh with.
    let none = app.post_json("/api/v1/auth/refresh", &json!({})).await;
    expect_error(none, 401, "unauthorized").await;
    // Signing out through the cookie ends the login and tells the browser to forget it.
    let out = with_cookie("/api/v1/auth/logout", next.clone()).await;
    assert_eq!(out.status(), 204);
    let (_, attributes) = cookie_of(&out, "logbook_refresh");
    assert!(attributes.contains("Max-Age=0"), "{attributes}");
    let after = with_cookie("/api/v1/auth/refresh", next).await;
    expect_error(after, 401, "unauthorized").await;
}

/// Guesses sent all at once count before any of them has failed: of twenty parallel wrong
/// passwords for one account, five are checked and the rest wait.
#[tokio::test]
async fn parallel_guesses_at_one_account_are_throttled_too() {
    let app = TestApp::spawn().await;
    let email = app.user(Role::Viewer).await;
    let mut guesses = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let (client, url) = (app.client.clone(), app.url("/api/v1/auth/login"));
        let body = json!({ "email": email, "password": "guess" });
        guesses.spawn(async move { client.post(url).json(&body).send().await.unwrap().status() });
    }
    let statuses: Vec<u16> = guesses
        .join_all()
        .await
        .iter()
        .map(|status| status.as_u16())
        .collect();
    let checked = statuses.iter().filter(|status| **status == 401).count();
    let held = statuses.iter().filter(|status| **status == 429).count();
    assert_eq!((checked, held), (5, 15), "{statuses:?}");
}
